"""Readings fixed by the words around a name: a capital and its district, a state called a state.

"Washington, D.C." is one name, the capital's full name, not a town and a list of two areas: the
capital's mention takes the district's abbreviation into its span and reads as the capital alone
(:func:`join_capital_districts`; also "Mexico City, D.F."). "Washington state" and "New York state"
name the state, not the capital or the city of that name (:func:`state_by_common_noun`); so does a
state's name written with "State" ("Washington State"), unless the name is a country's too (:func:`note_state_suffix`).
A name next to a US state's office ("Georgia Gov.", "the Georgia legislature", "governor of Washington",
"Georgia's governor") is the US state, and one next to a mayor's ("New York Mayor", "mayor of New York") is
the city (:func:`readings_by_office`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND, CAPITAL, CITY, COUNTRY
from sidelines.lexicon.countries import country_by_capital

if TYPE_CHECKING:
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry

# An abbreviation of a district after a comma: "D.C.", "DC", "D.F.".
_DISTRICT_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}")
# The common noun "state" right after a state's name ("Washington state", "New York state's"): lower case only,
# so "Ohio State" (a university, a team) is left alone.
_STATE_NOUN = re.compile(r" state(?!\w)(?! (?:[A-Z]|university|college|park|line|border))")

# Offices of a US state written right after its name ("Georgia Gov.", "Washington's senators", "the Ohio
# legislature") or before it with "of" ("governor of Washington"): offices no country has under those names.
_STATE_OFFICES = (r"Gov\.|[Gg]overnors?|Lt\. Gov\.|[Ll]ieutenant [Gg]overnor|Sen\.|[Ss]enators?|Rep\.|"
                  r"[Cc]ongress(?:wo)?m[ae]n|[Cc]ongressional|[Aa]ttorney [Gg]eneral|[Ss]ecretary of [Ss]tate|"
                  r"[Ll]egislat(?:ure|ors?)|General Assembly|state (?:Sen\.|Rep\.|[Ss]enators?|lawmakers|"
                  r"[Ll]egislat(?:ure|ors?))|[Pp]rimar(?:y|ies)(?! schools?)|[Cc]aucus(?:es)?")
_CITY_OFFICES = r"Mayor|mayor|City Council|city council|City Hall"
_OFFICE_AFTER = {kind: re.compile(r"(?:'s)? (?:" + words + r")(?![\w-])")
                 for kind, words in (("state", _STATE_OFFICES), ("city", _CITY_OFFICES))}
_OFFICE_BEFORE = {kind: re.compile(r"(?<![\w-])(?:" + words + r") of (?:the )?$")
                  for kind, words in (("state", r"[Gg]overnor|[Ll]egislature|[Ss]tate|[Ss]enators?"),
                                      ("city", r"[Mm]ayor"))}


def _office_kind(m: Toponym, text: str) -> str | None:
    """"state" or "city": the kind of office written next to a mention, if any."""
    before = text[max(0, m.start - 30):m.start]
    for kind in ("state", "city"):
        if _OFFICE_AFTER[kind].match(text, m.end) or _OFFICE_BEFORE[kind].search(before):
            return kind
    return None


def readings_by_office(mentions: list[Toponym], text: str) -> None:
    """Read a name next to a US state's office as the state, next to a mayor's as the city (rule office_reading).

    Only a name that has a US state's reading and another is narrowed (a mayor's office decides only between a
    state and its namesake city): "Georgia Gov." drops the country, "Washington
    Gov." the capital, "New York Mayor" the state; "Georgia's president" and "Washington" alone are left to
    the context.
    """
    for m in mentions:
        if m.kind != "literal" or m.written:
            continue
        kind = _office_kind(m, text)
        if kind == "state":
            keep = tuple(c for c in m.candidates if c.feature == ADMIN1_KIND and c.country == "USA" and not c.alias)
        elif kind == "city" and any(c.feature == ADMIN1_KIND and c.country == "USA" for c in m.candidates):
            keep = tuple(c for c in m.candidates if c.feature in (CITY, CAPITAL))
        else:
            continue
        if keep and len(keep) < len(m.candidates):
            m.candidates = keep
            m.note = f"places: a name next to a {'US state' if kind == 'state' else 'mayor'}'s office is the {kind}"


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
