"""Prominent readings before small namesakes: a state, country or region name is no village, a big city no hamlet.

* A name that is a US state, a province, a country or a region under its own name ("Florida", "Vermont",
  "Poland", "Middle East") is read as one of its villages (Florida, New York; Vermont, Wisconsin) only
  when the text says so: a qualifier that the area name keeps (a country's namesake town in a US state,
  "Mexico, Mo."; a state's name keeps no state after it, since "Florida, New York" may be a list), the
  town's county named in the article, or small towns named near it (a local story, :func:`supported_towns`).
  Big cities lying near such a village are no evidence: a story naming Albany and Buffalo names Florida
  the state, not the village of Florida in New York (rule area_before_town).
* A famous city's namesake in its own country 150 times smaller ("Cleveland", a hamlet of 700 in New
  York; "Washington", New Hampshire) needs local support of its own in any story, and in a story naming
  several states its county named: scattered local names of a national story lie near some hamlet by
  chance (rule tiny_namesake, :func:`tiny_namesake`). Namesakes abroad keep the famous-city rule alone
  (:mod:`.famous`): a local story names its Athens or Moscow without its county.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.places.context import big_city_names, containment, name_key, proximity
from sidelines.gazetteer.index import ADMIN1_KIND, CAPITAL, CITY, CONTINENT, COUNTRY, REGION

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry

AREA_NOTE = "places: a state, country or region name is none of its small namesake towns"
# Readings that make a name an area before it is a town.
AREA_FEATURES = frozenset({ADMIN1_KIND, COUNTRY, REGION, CONTINENT})
TOWNS = frozenset({CITY, CAPITAL})


def reads_as_area(m: Toponym) -> bool:
    """Whether a name is a state, province, country or region under its own name (not an alternate one)."""
    return names_area(m.candidates)


def names_area(candidates: "Iterable[GazetteerEntry]") -> bool:
    """Whether one of ``candidates`` is an area (state, country, region) read under its own name."""
    return any(not c.alias and c.feature in AREA_FEATURES for c in candidates)


def supported_towns(mentions: list[Toponym], links: dict[tuple[str, bool], set[str]],
                    grid: dict[tuple[int, int], dict[str, float]], config: PlacesConfig) -> list[set[GazetteerEntry]]:
    """For each mention, the readings another name of the article supports: their county named, or small
    towns named around them (towns under ``area_town_support_population``: a local story's neighbours, not
    the big cities national news names anywhere)."""
    if config.area_town_min_population <= 0:
        return [set() for _ in mentions]
    areas = {name_key(m) for m in mentions if reads_as_area(m)}
    big = frozenset(big_city_names(mentions, config.area_town_support_population, aliases=True)) | areas
    return [{c for c in m.candidates if containment(c, links, name_key(m), config) > 0
             or proximity(c, grid, name_key(m), config, big) >= config.famous_local_support}
            if reads_as_area(m) else set() for m in mentions]


def areas_before_towns(mentions: list[Toponym], pools: list[tuple[GazetteerEntry, ...]],
                       contained: list[set[GazetteerEntry]], config: PlacesConfig) -> list[tuple[GazetteerEntry, ...]]:
    """Drop the small-town readings of area names whose pool no qualifier narrowed (rule area_before_town).

    ``contained``: for each mention, the readings the article supports (:func:`supported_towns`).
    A town of ``area_town_min_population`` people or more stays ("New York" the city), and so does a
    capital ("Luxembourg", "Kuwait").
    """
    if config.area_town_min_population <= 0:
        return pools
    out = []
    for m, pool, held in zip(mentions, pools, contained, strict=True):
        if pool is m.candidates and reads_as_area(m):
            kept = tuple(c for c in pool if c.feature != CITY or c.population >= config.area_town_min_population
                         or c in held)
            if kept and len(kept) < len(pool):
                if m.note is None:
                    m.note = AREA_NOTE
                pool = kept
        out.append(pool)
    return out


def small_namesake(c: GazetteerEntry, famous: GazetteerEntry | None, config: PlacesConfig) -> bool:
    """Whether ``c`` is a town of a famous city's name in its country, ``tiny_ratio`` times smaller or more."""
    return (famous is not None and c is not famous and config.tiny_ratio > 0 and c.feature in TOWNS
            and c.country == famous.country and c.population * config.tiny_ratio <= famous.population)


def tiny_namesake(c: GazetteerEntry, famous: GazetteerEntry | None, near: float, contained: float,
                  many_states: bool, config: PlacesConfig) -> bool:
    """Whether ``c`` is a hamlet of a famous city's name without the local support it needs (rule tiny_namesake)."""
    if contained > 0.0 or not small_namesake(c, famous, config):
        return False
    return many_states or near < config.famous_local_support


TINY_NOTE = "places: a famous city's name, not a far smaller namesake of its country without local support"


def note_tiny(m: Toponym, without_rule: GazetteerEntry | None) -> None:
    """Record rule tiny_namesake on a mention whose choice it changed (``without_rule``: the choice without it)."""
    if m.note in (None, TINY_NOTE):
        m.note = TINY_NOTE if without_rule is not m.chosen else None


def settle_area_note(m: Toponym) -> None:
    """Keep rule area_before_town's note only where the name was read as no town in the end."""
    if m.note == AREA_NOTE and m.chosen is not None and m.chosen.feature in TOWNS:
        m.note = None
