"""Countries of people that no title, appositive or delegation stated, read from weaker but safe evidence.

Two readings, applied after entities are built and only to people still without a country:

* a role affiliated to a place below the country level ("Ohio Governor X", "X, the senator from
  Texas" read as a role with affiliation "Texas") gives the country of that place;
* a country-level office held with no other affiliation ("President X", "Senator X", "the
  Republican nominee X") gives the document's country, but only where the document is clearly
  about one country: most of its country-bearing mentions name it, and more of its towns, states
  and seats of government lie in it than in any other (a US story about Iran has none).

A null country beats a wrong one: everything here leaves a person alone when in doubt.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sidelines.extractors.explain import decide
from sidelines.lexicon import countries
from sidelines.lexicon.titles import (
    DOMESTIC_AFFILIATIONS,
    NATIONAL_OFFICES,
    PARTY_AFFILIATIONS,
    PARTY_HOMES,
    PARTY_ROLES,
    PORTFOLIOS,
    SHARED_OFFICES,
)

if TYPE_CHECKING:
    from sidelines.model.record import Entity

# Words before an office that do not change it ("former President", "then-governor").
TITLE_QUALIFIERS = frozenset({"former", "then", "late", "acting", "interim", "ex", "outgoing", "incoming"})
# Cabinet heads that a portfolio turns into a national office ("Commerce Secretary").
CABINET_HEADS = frozenset({"secretary", "minister"})
# A document has a country when this share of its country-bearing mentions name one country...
DOC_COUNTRY_SHARE = 0.75
# ...and at least this many mentions do.
DOC_COUNTRY_MIN_MENTIONS = 4
# A town a role is affiliated to stands for its country when the gazetteer knows one this big by the name.
CITY_MIN_POPULATION = 50_000
# Labels of entities whose country says what country a document is about.
PLACE_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})


def place_country(name: str) -> str | None:
    """The country of a place name: a country or first-level division first, else a big enough town."""
    from sidelines.gazetteer import get_gazetteer
    from sidelines.gazetteer.index import ADMIN1_KIND, COUNTRY

    candidates = [c for c in get_gazetteer().lookup(name) if c.country]
    if not candidates:
        return None
    for cand in candidates:
        if cand.feature in {COUNTRY, ADMIN1_KIND}:
            return cand.country
    best = max(candidates, key=lambda c: c.population)
    return best.country if best.population >= CITY_MIN_POPULATION else None


def _leading_region_country(affiliation: str) -> str | None:
    """ "Wisconsin Supreme Court", "Ontario Provincial Police": a body named after a country or a first-level
    division (its first one or two words) lies in that country."""
    from sidelines.gazetteer import get_gazetteer
    from sidelines.gazetteer.index import ADMIN1_KIND, COUNTRY

    words = affiliation.split()
    for size in (2, 1):
        if len(words) <= size or not all(w[:1].isupper() for w in words[:size]):
            continue
        found = {c.country for c in get_gazetteer().lookup(" ".join(words[:size]))
                 if c.country and c.feature in {COUNTRY, ADMIN1_KIND}}
        if len(found) == 1:
            return found.pop()
    return None


def _containing_body(affiliation: str) -> str:
    """The body a unit belongs to ("Central Division of the Springfield Police" -> "Springfield Police"):
    a unit's own leading words ("Central Division") are no place to read a country from."""
    head, sep, body = affiliation.partition(" of ")
    if not sep or not head[:1].isupper():
        return affiliation
    body = body.removeprefix("the ").strip()
    return body if body[:1].isupper() else affiliation


def _is_home_evidence(e: "Entity") -> bool:
    """Places inside a country (states, towns) and seats of government: where a story is at home.

    A story about a foreign country names that country and its demonym again and again; the
    country it is written from shows in its own towns, states and institutions.
    """
    if e.type == "GPE":
        return countries.country_by_name(e.name) is None
    return e.type == "ORG" and countries.country_by_seat(e.name) is not None


def document_country(entities: "list[Entity]") -> str | None:
    """The one country a document is about, if its place and demonym mentions clearly agree.

    The country must lead both all country-bearing mentions (by :data:`DOC_COUNTRY_SHARE`) and the
    mentions of places inside a country, so that a US story about Iran has no document country.
    """
    counts: Counter[str] = Counter()
    home: Counter[str] = Counter()
    for e in entities:
        if e.type in PLACE_TYPES and e.country:
            n = sum(1 for m in e.mentions if m.kind == "name")
            counts[e.country] += n
            if _is_home_evidence(e):
                home[e.country] += n
    if not counts or not home:
        return None
    country, n = counts.most_common(1)[0]
    if n < DOC_COUNTRY_MIN_MENTIONS or n < DOC_COUNTRY_SHARE * sum(counts.values()):
        return None
    rival = max((v for c, v in home.items() if c != country), default=0)
    return country if home[country] > rival else None


def _is_national_office(title: str) -> bool:
    """Whether a role title names a country-level office ("President", "former Secretary of State").

    A bare head that organisations use as well ("president of the union") counts only when
    written as an honorific, with a capital ("President X").
    """
    words = title.replace("-", " ").split()
    words = [w for w in words if w.lower() not in TITLE_QUALIFIERS]
    if not words:
        return False
    office = " ".join(words).lower()
    if office in SHARED_OFFICES and not words[0][:1].isupper():
        return False
    if office in NATIONAL_OFFICES:
        return True
    # "Interior Secretary", "Energy Minister": a portfolio before a cabinet head.
    parts = office.split()
    return len(parts) > 1 and parts[-1] in CABINET_HEADS and all(w in PORTFOLIOS for w in parts[:-1])


def holds_national_office(title: str, affiliation: str | None) -> bool:
    """A country-level office with no affiliation or a domestic one; a party's nominee or candidate."""
    if affiliation is not None and affiliation not in DOMESTIC_AFFILIATIONS:
        return False
    if _is_national_office(title):
        return True
    return affiliation in PARTY_AFFILIATIONS and title.lower().split()[-1] in PARTY_ROLES


def party_homes(person: "Entity") -> frozenset[str] | None:
    """The countries whose party politics the person's party roles name ("Republican nominee" -> USA),
    None when no role names a party."""
    homes = [PARTY_HOMES[r.affiliation] for r in person.roles if r.affiliation in PARTY_HOMES]
    return frozenset().union(*homes) if homes else None


def fill_person_countries(entities: "list[Entity]") -> None:
    """Set the country of people without one from place affiliations and the document's country."""
    places: dict[str, str] = {}
    for e in entities:
        if e.type == "GPE" and e.country:
            for name in (e.name, *e.aliases):
                places.setdefault(name, e.country)
    doc_country = document_country(entities)
    for e in entities:
        if e.type != "PERSON" or e.country is not None:
            continue
        for r in e.roles:
            body = _containing_body(r.affiliation) if r.affiliation else None
            found = (places.get(r.affiliation) or places.get(body)) if r.affiliation and body else None
            found = found or (_leading_region_country(body) if body else None)
            if found:
                e.country = found
                decide(e, "country", "entities", f"the country of the place of their role ({r.affiliation})")
                break
        if e.country is not None or doc_country is None:
            continue
        homes = party_homes(e)
        if homes is not None and doc_country not in homes:
            continue  # "the Republican front-runner" in a story about Russia
        if any(holds_national_office(r.title, r.affiliation) for r in e.roles):
            e.country = doc_country
            decide(e, "country", "entities", "a national office, in the one country the document names")
