"""Names inside a town: "X in Y", where Y reads only as a town, puts X in that town.

A park, district or suburb named before "in" and a town ("the pond near Ashgrove in Dayton") lies in
that town: its readings elsewhere are namesakes (a suburb of the same name abroad), and they must not
lend their country to the town, nor may a suburb next to a small namesake of the town pull the town
there. Such a name keeps only its readings near the town's most populous reading (Brooklyn near New
York City); with none left it has no reading of its own and borrows the point of the town as the
article reads it (:mod:`~sidelines.extractors.places.fallback`). A name after "in" that also reads as a state,
country or region ("Springfield in Illinois") is no town: nothing is ruled out. Nor is anything ruled out
for a name that also reads as a country, state or region ("talks between Italy and Austria in Geneva"), or one
not set as where something is by a word before it ("from Tokyo in Sydney": where people come from).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.places.context import name_key
from sidelines.extractors.places.fallback import km_between
from sidelines.gazetteer.index import CAPITAL, CITY

if TYPE_CHECKING:
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry

# How far from a reading of the town a reading of the name inside it may lie (a suburb, a borough).
INSIDE_KM = 50.0
TOWN_FEATURES = (CITY, CAPITAL)
# A word before the name that sets it as where something is ("near X in Y", "outside the old X in Y",
# "east of X in Y"), not where someone comes from; how far back (in characters) it is looked for.
INSIDE_CUE = re.compile(r"\b(?:in|near|at|around|outside|inside|across|through|off|(?:north|south|east|west)\s+of)"
                        r"\s+(?:the\s+)?(?:[a-z]+\s+)?$")
CUE_WINDOW = 30


def _own_readings(m: Toponym) -> list[GazetteerEntry]:
    """A name's readings of its own (no alias)."""
    return [c for c in m.candidates if not c.alias]


def _top_town(m: Toponym) -> GazetteerEntry | None:
    """The most populous town reading of a name that reads as nothing but towns (else None)."""
    own = _own_readings(m)
    if not own or any(c.feature not in TOWN_FEATURES for c in own):
        return None
    return max(own, key=lambda c: c.population)


def inside_pools(mentions: list[Toponym], pools: list[tuple[GazetteerEntry, ...]],
                 text: str) -> list[tuple[GazetteerEntry, ...]]:
    """Each mention's pool, less the readings of a name "in" a town that lie far from that town.

    One sense per article: every mention of the name keeps the same readings.
    """
    kept: dict[str, tuple[GazetteerEntry, ...]] = {}
    for m, town in zip(mentions, mentions[1:], strict=False):
        if m.kind != "literal" or not m.candidates or text[m.end:town.start] != " in ":
            continue
        top = _top_town(town)
        if top is None or name_key(m) == name_key(town):
            continue
        if any(c.feature not in TOWN_FEATURES for c in _own_readings(m)):
            continue
        if not INSIDE_CUE.search(text[max(0, m.start - CUE_WINDOW):m.start]):
            continue
        key = name_key(m)
        kept[key] = tuple(c for c in kept.get(key, m.candidates) if km_between(c, top) <= INSIDE_KM)
    if not kept:
        return pools
    return [tuple(c for c in pool if c in kept[name_key(m)]) if name_key(m) in kept else pool
            for m, pool in zip(mentions, pools, strict=True)]
