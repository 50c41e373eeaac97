"""Prominent readings before small namesakes: a state, country or region name is no village, a big city no hamlet.

* A name that is a US state, a province, a country or a region under its own name ("Florida", "Vermont",
  "Poland", "Middle East") is read as one of its villages (Florida, New York; Vermont, Wisconsin) only
  when the text says so: a qualifier ("Florida, N.Y."), a written area, or the town's county named in the
  article. The article's other towns lying near such a village are no evidence: a story about New York
  names Florida the state, not the village of Florida in Orange County (rule area_before_town).
* A famous city's namesake in its own country 150 times smaller ("Cleveland", a hamlet of 700 in New
  York; "Washington", New Hampshire) needs local support of its own in any story, and in a story naming
  several states its county named: scattered local names of a national story lie near some hamlet by
  chance (rule tiny_namesake, :func:`tiny_namesake`). Namesakes abroad keep the famous-city rule alone
  (:mod:`.famous`): a local story names its Athens or Moscow without its county.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND, CAPITAL, CITY, CONTINENT, COUNTRY, REGION

if TYPE_CHECKING:
    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry

# Readings that make a name an area before it is a town.
AREA_FEATURES = frozenset({ADMIN1_KIND, COUNTRY, REGION, CONTINENT})
TOWNS = frozenset({CITY, CAPITAL})


def reads_as_area(m: Toponym) -> bool:
    """Whether a name is a state, province, country or region under its own name (not an alternate one)."""
    return any(not c.alias and c.feature in AREA_FEATURES for c in m.candidates)


def areas_before_towns(mentions: list[Toponym], pools: list[tuple[GazetteerEntry, ...]],
                       contained: list[set[GazetteerEntry]], config: PlacesConfig) -> list[tuple[GazetteerEntry, ...]]:
    """Drop the small-town readings of area names whose pool no qualifier narrowed (rule area_before_town).

    ``contained``: for each mention, the readings whose county another name of the article reads as.
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
                    m.note = "places: a state, country or region name is none of its small namesake towns"
                pool = kept
        out.append(pool)
    return out


def tiny_namesake(c: GazetteerEntry, famous: GazetteerEntry | None, near: float, contained: float,
                  many_states: bool, config: PlacesConfig) -> bool:
    """Whether ``c`` is a hamlet of a famous city's name without the local support it needs (rule tiny_namesake)."""
    if (famous is None or c is famous or config.tiny_ratio <= 0 or contained > 0.0 or c.feature not in TOWNS
            or c.country != famous.country or c.population * config.tiny_ratio > famous.population):
        return False
    return many_states or near < config.famous_local_support
