"""Qualifiers written around a town's name rather than right after its comma.

News names a town's state or country before it ("the Texas town of Paris", "the Swiss city of Geneva",
"the Georgian capital, Tbilisi") or in an appositive after it ("Victoria, the capital of British
Columbia", "Windsor, a town in Connecticut", "Birmingham, England's second city"), in a possessive before it
("Ohio's Warren County") or after "in" ("Clay County in Missouri"). Such a phrase
qualifies the name as ", Texas" does (:func:`.context.adjacent_qualifier`); a demonym names its country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.places.context import adjacent_qualifier
from sidelines.extractors.places.prominent import names_area
from sidelines.lexicon.countries import country_by_demonym

if TYPE_CHECKING:
    from sidelines.gazetteer import Gazetteer, GazetteerEntry

# Nouns for a settlement that a qualifier can govern ("the Ohio town of", "a city in").
# Not "suburb" (its area is a metro's city: "the Washington suburb of Arlington") nor "community" (a diaspora:
# "the Irish community of Boston").
SETTLEMENT_NOUNS = ("city", "town", "village", "capital", "port", "borough", "township", "hamlet",
                    "municipality", "seaport", "resort")
_NOUN = "(?:" + "|".join(SETTLEMENT_NOUNS) + ")"
_AREA = r"((?:[A-Z][\w.'’-]*\s){1,3})"
# "the Texas town of ", "the southern Ukrainian port of ", "the Georgian capital, " (right before the name).
_BEFORE = re.compile(r"\b[Tt]he (?:[a-z]+[- ]){0,2}?" + _AREA + r"(?:[a-z-]+ )?" + _NOUN + r"(?: of |, )$")
# ", the capital of ", ", a small city in northern " (right after the name; the area follows).
_AFTER = re.compile(r"^, (?:the|a|an) (?:[\w-]+ ){0,3}?" + _NOUN + r" (?:of|in) (?:(?:north|south|east|west|central|"
                    r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                    r"south-?western|rural|coastal) )?")
# ", England's second city", ", Iraq's capital" (a possessive area right after the name).
_POSSESSIVE = re.compile(r"^, ((?:[A-Z][\w.-]*\s?){1,3})['’]s (?:[\w-]+ ){0,2}?" + _NOUN + r"\b")
# "Ohio's Warren County", "Kentucky's Boone County" (a possessive area right before the name).
_OWNER_BEFORE = re.compile(r"(?:^|[^\w.'’-])((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s $")
# " in Missouri", " in Indiana" (an area right after the name, as in "Clay County in Missouri").
_IN_AREA = re.compile(r"^ in ((?:[A-Z][\w.-]*)(?: [A-Z][\w.-]*){0,2})")
_REACH = 80


def _reading(name: str, gaz: "Gazetteer", towns: tuple[GazetteerEntry, ...]) -> tuple[str | None, str | None]:
    """The state or country a written area names (as after a comma), or the country of a demonym ("Swiss")."""
    found = adjacent_qualifier(", " + name.strip(), 0, gaz, towns)
    if found != (None, None):
        return found
    country = country_by_demonym(name.strip())
    return (country.iso3, None) if country is not None else (None, None)


def written_area(text: str, start: int, end: int, gaz: "Gazetteer",
                 towns: tuple[GazetteerEntry, ...]) -> tuple[tuple[str | None, str | None], str | None]:
    """The (country, state) a phrase before or around the name gives it, with the area as written ("Texas")."""
    before = _BEFORE.search(text[max(0, start - _REACH):start])
    if before:
        found = _reading(before.group(1), gaz, towns)
        if found != (None, None):
            return found, before.group(1).strip()
    after = text[end:end + _REACH]
    tail = _AFTER.match(after)
    if tail:
        found = adjacent_qualifier(", " + after[tail.end():], 0, gaz, towns)
        if found != (None, None):
            return found, _written_after(after[tail.end():])
    owner = _POSSESSIVE.match(after)
    if owner:
        found = _reading(owner.group(1), gaz, towns)
        if found != (None, None):
            return found, owner.group(1).strip()
    if names_area(towns):
        return (None, None), None  # "fans of Mexico in Missouri": an area's own name is no town of the area after it
    for written in (_OWNER_BEFORE.search(text[max(0, start - 40):start]), _IN_AREA.match(after)):
        if written:
            found = _area_of_towns(written.group(1), gaz, towns)
            if found != (None, None):
                return found, written.group(1).strip()
    return (None, None), None


def _area_of_towns(name: str, gaz: "Gazetteer", towns: tuple[GazetteerEntry, ...]) -> tuple[str | None, str | None]:
    """The state or country a possessive or "in" phrase names ("Ohio's", "in Missouri"), only where the name has
    a namesake there: "Moscow's Red Square" and "Paris in spring" say nothing of a town's area."""
    found = adjacent_qualifier(", " + name.strip(), 0, gaz, towns)
    country, state = found
    if country and any(t.country == country and (state is None or t.admin1 == state) for t in towns):
        return found
    return None, None


def _written_after(rest: str) -> str:
    """The capitalised words that open an appositive's area ("British Columbia, on Friday" -> "British Columbia")."""
    words = re.match(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*", rest)
    return words.group(0) if words else rest.split(",")[0].strip()
