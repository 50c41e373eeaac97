"""Readings fixed by the words around a name: a capital and its district, a state called a state.

"Washington, D.C." is one name, the capital's full name, not a town and a list of two areas: the
capital's mention takes the district's abbreviation into its span and reads as the capital alone
(:func:`join_capital_districts`; also "Mexico City, D.F."). "Washington state" and "New York state"
name the state, not the capital or the city of that name (:func:`state_by_common_noun`); so does a
state's name written with "State" ("Washington State"), unless the name is a country's too (:func:`note_state_suffix`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND, CAPITAL, COUNTRY
from sidelines.lexicon.countries import country_by_capital

if TYPE_CHECKING:
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry

# An abbreviation of a district after a comma: "D.C.", "DC", "D.F.".
_DISTRICT_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}")
# The common noun "state" right after a state's name ("Washington state", "New York state's"): lower case only,
# so "Ohio State" (a university, a team) is left alone.
_STATE_NOUN = re.compile(r" state(?!\w)(?! (?:[A-Z]|university|college|park|line|border))")


def _national_capitals(m: Toponym) -> tuple[GazetteerEntry, ...]:
    """A name's readings as its country's national capital (under the capital's own name)."""
    return tuple(c for c in m.candidates if c.feature == CAPITAL and not c.alias
                 and country_by_capital(c.name) is not None)


def join_capital_districts(mentions: list[Toponym], text: str) -> list[Toponym]:
    """Join a national capital and the abbreviated district it lies in ("Washington, D.C.") into one mention.

    The capital's mention widens over the district's and reads as the capital only; the district's
    mention is dropped. Only an abbreviation joins: "Washington, District of Columbia" stays two names.
    """
    drop: set[int] = set()
    for i in range(len(mentions) - 1):
        m, n = mentions[i], mentions[i + 1]
        if i in drop or m.kind != "literal" or n.start != m.end + 2 or text[m.end:n.start] != ", ":
            continue
        if not _DISTRICT_ABBREVIATION.fullmatch(n.text):
            continue
        districts = {(c.country, c.admin1) for c in n.candidates if c.feature == ADMIN1_KIND}
        capitals = tuple(c for c in _national_capitals(m) if (c.country, c.admin1) in districts)
        if not capitals:
            continue
        m.end, m.text, m.candidates = n.end, text[m.start:n.end], capitals
        m.note = "places: a national capital written with its district (\"Washington, D.C.\"), one name"
        drop.add(i + 1)
    return [m for k, m in enumerate(mentions) if k not in drop]


def note_state_suffix(m: Toponym) -> bool:
    """Note a name written with "State" ("Washington State") that reads only as the state before it
    (:func:`.affixes.affixed_candidates` keeps the state's readings; rule state_suffix)."""
    words = m.text.split()
    if (len(words) < 2 or words[-1] != "State" or not m.candidates
            or any(c.feature != ADMIN1_KIND or c.name.endswith("State") for c in m.candidates)):
        return False
    if m.note is None:
        m.note = "places: a state's name followed by \"State\" is the state, not its namesake city"
    return True


def state_by_common_noun(mentions: list[Toponym], text: str) -> None:
    """Read a name followed by the noun "state" as the state ("Washington state", "New York state")."""
    for m in mentions:
        if m.kind == "literal" and note_state_suffix(m):
            continue
        if m.kind != "literal" or not _STATE_NOUN.match(text, m.end):
            continue
        if any(c.feature == COUNTRY for c in m.candidates):
            continue  # "Mexico state oil company", "Georgia state media": a country's state-owned body
        states = tuple(c for c in m.candidates if c.feature == ADMIN1_KIND and not c.alias)
        if states and len(states) < len(m.candidates):
            m.candidates = states
            m.note = "places: a name followed by the noun \"state\" is the state"
