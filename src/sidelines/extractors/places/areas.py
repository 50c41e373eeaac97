"""Area names that the recognizer leaves short or out: a region under a lower-case modifier, a postal code.

"the upper Midwest" is the region "Upper Midwest", not the Midwest (:func:`widen_to_regions`); "Dothan,
AL" names Alabama, although a bare "AL" is too ambiguous to be a place (:func:`postal_states`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, REGION
from sidelines.gazetteer.regions import US_STATE_ABBREVIATIONS, US_STATE_CENTERS

if TYPE_CHECKING:
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import Gazetteer, GazetteerEntry

# A lower-case word right before a name ("the upper Midwest"), and a postal code after ", ".
_MODIFIER = re.compile(r"(?<![\w-])([a-z]+)\s+$")
_POSTAL = re.compile(r", ([A-Z]{2})(?![\w])")
# The state of a politician's party label: "(R-AL)", "(I-Vt.)", "(D-New York)".
_PARTY_STATE = re.compile(r"(?:^|[\s(\[,])(?:R|D|I|Rep|Dem|Ind)\s?[-–]\s?([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)(?=[),;\]])")
# States whose postal code is neither in the gazetteer's abbreviations nor has an AP abbreviation there.
_UNABBREVIATED = {"HI": "Hawaii", "ID": "Idaho", "ME": "Maine", "OH": "Ohio", "UT": "Utah", "AK": "Alaska",
                  "IA": "Iowa", "TX": "Texas"}


def widen_to_regions(mentions: list[Toponym], text: str, gaz: "Gazetteer") -> None:
    """Take a lower-case modifier into a mention when the two words name a region ("upper Midwest").

    Not a direction word: the recognizer reads "southern Africa" as Africa, and so does this.
    """
    from sidelines.extractors.places.affixes import DIRECTION_WORDS

    for m in mentions:
        found = _MODIFIER.search(text, max(0, m.start - 20), m.start)
        if found is None or found.end() != m.start:
            continue
        if found.group(1) in DIRECTION_WORDS:
            continue  # "western Europe" reads as Europe, like "Western Europe"'s direction elsewhere
        wider = text[found.start(1):m.end]
        regions = tuple(c for c in gaz.lookup(wider) if c.feature == REGION and not c.alias
                        and c not in m.candidates)  # not "the Spratly Islands": the same region
        if regions and not any(o.end > found.start(1) and o.start < found.start(1) for o in mentions):
            m.start, m.text, m.candidates = found.start(1), wider, regions


def state_by_postal_code(gaz: "Gazetteer", code: str) -> GazetteerEntry | None:
    """The US state a two-letter postal code stands for, from the gazetteer's abbreviations."""
    if code not in US_STATE_CENTERS:
        return None
    forms = [code, _UNABBREVIATED.get(code, "")] + [a for a, c in US_STATE_ABBREVIATIONS.items() if c == code]
    for form in forms:
        for c in gaz.lookup(form) if form else ():
            if c.feature == ADMIN1_KIND and c.country == "USA" and c.admin1 == code:
                return c
    return None


def party_states(mentions: list[Toponym], text: str, gaz: "Gazetteer") -> list[Toponym]:
    """Mentions of the state in a politician's party label the recognizer missed ("Sen. Lee (R-AL)").

    Marked as an affiliation: the state says where the politician is from, not where the story is.
    """
    from sidelines.extractors.places.recognize import Toponym

    added: list[Toponym] = []
    for found in _PARTY_STATE.finditer(text):
        start, end = found.span(1)
        if any(m.start < end and m.end > start for m in mentions):
            continue
        name = found.group(1)
        states = [c for c in gaz.lookup(name) if c.feature == ADMIN1_KIND and c.country == "USA" and not c.alias]
        state = states[0] if len(states) == 1 else state_by_postal_code(gaz, name) if len(name) == 2 else None
        if state is not None:
            added.append(Toponym(start, end, name, (state,), tagged=False, affiliation=True))
    return sorted([*mentions, *added], key=lambda t: t.start)


def postal_states(mentions: list[Toponym], text: str, gaz: "Gazetteer") -> list[Toponym]:
    """Mentions of the state a postal code names right after a town of that state ("Dothan, AL")."""
    from sidelines.extractors.places.recognize import Toponym

    taken = [(m.start, m.end) for m in mentions]
    added: list[Toponym] = []
    for m in mentions:
        found = _POSTAL.match(text, m.end)
        if found is None or m.kind != "literal" or any(s < found.end(1) and e > found.start(1) for s, e in taken):
            continue
        code = found.group(1)
        if not any(c.country == "USA" and c.admin1 == code and c.feature in (CITY, CAPITAL, ADMIN2_KIND)
                   for c in m.candidates):
            continue
        state = state_by_postal_code(gaz, code)
        if state is not None:
            added.append(Toponym(found.start(1), found.end(1), code, (state,), tagged=False))
    return sorted([*mentions, *added], key=lambda t: t.start)
