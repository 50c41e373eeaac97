"""Members of an organisation with a country: "FARC commander X" serves the organisation's country.

A role whose title names the body with a state's possessive and no affiliation ("X, who heads Peru's tax
agency") serves that state (rule :data:`TITLE_RULE`).

A person whose role's affiliation is an organisation or people named in the document ("FARC
commander X", "Hezbollah leader Y") takes the country that organisation has, when the organisation's
country was read from its name or a lexicon (not merely echoed from the story's one country) and the
role is no reporter's (a newspaper's correspondent reports from abroad) nor an envoy's posting.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.actors.countries import actor_type
from sidelines.extractors.actors.home import ECHO_DECISION, POSTING
from sidelines.extractors.explain import decide
from sidelines.lexicon.countries import country_by_name
from sidelines.lexicon.titles import MEDIA_HEADS

if TYPE_CHECKING:
    from sidelines.model.document import Document
    from sidelines.model.record import Entity

# Types of the organisations and peoples whose members serve their country.
BODY_TYPES = frozenset({"ORG", "NORP"})
# A state's name of up to four capitalised words with "'s" inside a role's title ("head of Peru's tax agency").
TITLE_POSSESSIVE = re.compile(r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\b")
TITLE_RULE = "a role in a body of the state its title names with 's"


def _body_countries(doc: "Document") -> dict[str, str]:
    """Name (and name mention) of each organisation or people -> its country, when not an echo; an assembly
    the tagger took for an event ("the French National Assembly") counts as the organisation it is."""
    out: dict[str, str] = {}
    for ent in doc.layer("entities"):
        why = ent.explanation.decisions.get("country", "") if ent.explanation else ""
        if actor_type(ent) not in BODY_TYPES or not ent.country or why == ECHO_DECISION:
            continue
        for name in (ent.name, *(m.text for m in ent.mentions if m.kind == "name")):
            out.setdefault(name, ent.country)
    return out


def _member_country(person: "Entity", bodies: dict[str, str]) -> str | None:
    for role in person.roles:
        words = set(role.title.lower().replace("-", " ").split())
        if role.affiliation is None or words & MEDIA_HEADS or POSTING.search(role.title):
            continue
        country = bodies.get(role.affiliation)
        if country is not None:
            return country
    return None


def _title_country(person: "Entity") -> str | None:
    """The one state whose possessive the titles of a person's unaffiliated roles hold, if any."""
    found = set()
    for role in person.roles:
        words = set(role.title.lower().replace("-", " ").split())
        if role.affiliation is not None or words & MEDIA_HEADS or POSTING.search(role.title):
            continue
        for hit in TITLE_POSSESSIVE.finditer(role.title):
            country = country_by_name(hit.group(1))
            if country is not None:
                found.add(country.iso3)
    return next(iter(found)) if len(found) == 1 else None


def fill_member_countries(doc: "Document") -> None:
    """People with no country whose role belongs to an organisation with a country take that country."""
    people = [e for e in doc.layer("entities") if e.type == "PERSON" and e.country is None and e.roles]
    bodies = _body_countries(doc) if people else {}
    for person in people:
        country = _member_country(person, bodies)
        if country is not None:
            person.country = country
            decide(person, "country", "actors", "a role in an organisation with a country")
            continue
        country = _title_country(person)
        if country is not None:
            person.country = country
            decide(person, "country", "actors", TITLE_RULE)
