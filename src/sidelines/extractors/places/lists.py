"""Lists of places: the names of one enumeration are places of one kind.

In "California, Washington, Utah and Idaho" the other names are states, so "Washington" is the
state; in "Paris, Rome and Geneva" the other names are cities, so "Geneva" is a city before a
canton. A list is a run of mentions joined only by commas, "and" or "or".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, COUNTRY

if TYPE_CHECKING:
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry

# What may stand between two names of one list.
_JOINER = re.compile(r"^(,\s*|\s+and\s+|\s+or\s+|,\s+and\s+|,\s+or\s+)$")
# Feature kinds of one level: a list mixes no levels.
_LEVELS = {COUNTRY: "country", ADMIN1_KIND: "state", ADMIN2_KIND: "county", CITY: "town", CAPITAL: "town"}


def level(c: GazetteerEntry | None) -> str | None:
    """The level of a reading: country, state, county or town."""
    return _LEVELS.get(c.feature) if c is not None else None


def list_peers(mentions: list[Toponym], text: str) -> list[list[int]]:
    """For each mention, the indexes of the other mentions of the list it belongs to (none when it is in none)."""
    groups: list[list[int]] = []
    for i, m in enumerate(mentions):
        joined = i > 0 and m.kind == "literal" and mentions[i - 1].kind == "literal" and bool(
            _JOINER.match(text[mentions[i - 1].end:m.start]))
        if joined:
            groups[-1].append(i)
        else:
            groups.append([i])
    peers: list[list[int]] = [[] for _ in mentions]
    for group in groups:
        for i in group:
            peers[i] = [j for j in group if j != i]
    return peers


def list_level(mentions: list[Toponym], peers: list[int], min_peers: int) -> str | None:
    """The one level the other names of a list read as, when at least ``min_peers`` of them agree and none differs."""
    levels = {level(mentions[j].chosen) for j in peers}
    if len(peers) < min_peers or len(levels) != 1:
        return None
    return next(iter(levels))
