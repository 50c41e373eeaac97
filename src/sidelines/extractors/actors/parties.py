"""Party members: a person the text calls a member of a party that only one country has takes that country.

"Republican X", "X, a Democrat,", "X, the Montana Republican,", "X is a Republican", "Tory X": the party
word stands right before the name (at most three lower-case words between, "Republican presidential
candidate X"; a plural, "Democrats praised X", or another party's name, "the Social Democrats", is no
such word), in an apposition right after it, or after "is"/"was". Its country is the one of
:data:`~sidelines.lexicon.titles.PARTY_HOMES` when the party word names one country's party only ("Labour"
names several, and says nothing). Used last, for people still without a country, and never against a
story set in another country (its home, :func:`~sidelines.extractors.actors.home.story_country`, or the
country its places name, :func:`~sidelines.extractors.entities.person_country.document_country`): an
Irish story's "republican" is no American.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.actors.authors import author_ids
from sidelines.extractors.actors.home import story_country
from sidelines.extractors.entities.person_country import document_country
from sidelines.extractors.explain import decide
from sidelines.lexicon.titles import OTHER_PARTY_QUALIFIERS, PARTY_HOMES

if TYPE_CHECKING:
    from sidelines.model.document import Document
    from sidelines.model.record import Entity

# Party words that name one country's party only, and that country.
ONE_COUNTRY_PARTIES: dict[str, str] = {
    word: next(iter(homes)) for word, homes in PARTY_HOMES.items() if len(homes) == 1
}
_WORDS = "|".join(re.escape(w) for w in sorted(ONE_COUNTRY_PARTIES, key=len, reverse=True))
# "Republican X", "Republican presidential candidate X": the party word ends right before the name (the
# capitalised word before it, if any, is kept to tell another party: "Social Democrat X").
PARTY_FRONT = re.compile(rf"(?:\b(?P<pre>[A-Z][a-z]+)\s+)?\b(?P<party>{_WORDS})(?:\s+[a-z][\w-]*){{0,3}}\s+$")
# "X, a Democrat,", "X, the Montana Republican,": an apposition right after the name.
PARTY_APPOSITION = re.compile(rf"^\s*,\s*(?:a|an|the)\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}?(?P<party>{_WORDS})\b")
# "X is a Republican", "X was the Democratic nominee".
PARTY_PREDICATE = re.compile(rf"^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){{0,2}}?(?P<party>{_WORDS})\b")
# How far around a name the party word is looked for, in characters.
WINDOW = 60


def member_country(person: "Entity", text: str) -> str | None:
    """The country of a one-country party the text makes the person a member of, if any."""
    for m in person.mentions:
        if m.kind != "name":
            continue
        before, after = text[max(0, m.start - WINDOW) : m.start], text[m.end : m.end + WINDOW]
        front = PARTY_FRONT.search(before)
        if front is not None and (front.group("pre") in OTHER_PARTY_QUALIFIERS or front.group("party").endswith("s")):
            front = None  # "the Social Democrats chose X", "Democrats praised X": no modifier of the name
        found = front or PARTY_APPOSITION.match(after) or PARTY_PREDICATE.match(after)
        if found is not None:
            return ONE_COUNTRY_PARTIES[found.group("party")]
    return None


def fill_party_countries(doc: "Document") -> None:
    """Give people still without a country the country of the one-country party the text puts them in."""
    people = [e for e in doc.layer("entities") if e.type == "PERSON" and e.country is None]
    if not people:
        return
    authors = author_ids(doc)
    homes = {c for c in (story_country(doc), document_country(doc.layer("entities"))) if c}
    for person in people:
        country = member_country(person, doc.text) if person.id not in authors else None
        if country is None or (homes and homes != {country}):
            continue
        person.country = country
        decide(person, "country", "actors", "a member of a party only one country has")
