"""Countries of domestic office holders from the story's home: its one country or its publisher's.

A national paper names its own officials by a bare domestic title ("Treasury Secretary X", "Sen. Y",
"the Republican nominee Z") and its politicians by their party ("Republican X", "her Democratic
rival Y"). Such a person with no country yet takes the home country, when the
document's own country (:func:`document_country`, now that places have their countries) and the
publisher's country (:func:`publisher_country`) do not disagree and the document's country-bearing
mentions name it more than any other country (:func:`story_country`). A null country beats a wrong
one: a story whose places point to another country than its publisher's leaves its office holders
alone.
A page with no known publisher may still say where it is published: the time zone of its dateline
("Posted on May 3, 2012, 4:42 PM EDT") is its home's (:func:`dateline_country`); a wire story's dateline
naming a capital ("WASHINGTON (Reuters) -") sets it in that capital's country (:func:`dateline_capital`).
A party role names its own country's politics ("the Republican front-runner" is American): it takes no
other home, and in a story set abroad it takes the publisher's country when that is the party's.
An envoy posted to a named country with no sender named ("Ambassador to the Philippines X") serves the
publisher's country when that is not the country posted to.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from sidelines.content.source_chain import outlet_country, site_name
from sidelines.extractors.entities.person_country import (
    DOC_COUNTRY_MIN_MENTIONS,
    document_country,
    holds_national_office,
    party_homes,
)
from sidelines.extractors.explain import decide
from sidelines.lexicon.countries import country_by_capital, country_of
from sidelines.lexicon.titles import PARTY_AFFILIATIONS, POSTED_HEADS

if TYPE_CHECKING:
    from sidelines.model.document import Document
    from sidelines.model.record import Entity

# "Republican Trump", "her Republican rival X", "Democratic presidential nominee X": a party word before
# a name, with at most three lower-case words between (the party's member, whatever the title).
PARTY_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PARTY_AFFILIATIONS)) + r")(?:\s+[a-z][\w-]*){0,3}\s+$"
)
# How far back from a name the party word may stand, in characters.
PARTY_WINDOW = 48
# Entities whose country says where a story is set: places, peoples and organisations.
STORY_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})
# How the actors step records an organisation given the document's one country.
ECHO_DECISION = "actors: the one country the document names"


# Time zones that a page's dateline writes its times in, and the one country each belongs to (zones
# several countries write, such as "CST" for Central and China Standard Time or "IST", are left out).
TIME_ZONE_COUNTRIES: dict[str, str] = {
    **dict.fromkeys(("ET", "EST", "EDT", "PT", "PST", "PDT", "MT", "MDT", "AKST", "AKDT", "HST"), "USA"),
    **dict.fromkeys(("AEST", "AEDT", "ACST", "ACDT", "AWST"), "AUS"),
    "NZST": "NZL", "NZDT": "NZL", "JST": "JPN", "KST": "KOR", "BST": "GBR", "SGT": "SGP", "HKT": "HKG",
    "PKT": "PAK", "MSK": "RUS", "WIB": "IDN",
}
# A clock time and its zone: "4:42 PM EDT", "10:15 a.m. PST", "09:40 AEDT".
ZONED_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?\(?(?P<zone>[A-Z]{2,4})\b"
)
# How far into the text a dateline's time stands, in characters.
DATELINE_CHARS = 400

# "Ambassador to the Philippines": a posting abroad, and the country posted to.
POSTING = re.compile(
    r"\b(?:" + "|".join(sorted(POSTED_HEADS)) + r")\s+to\s+(?:the\s+)?(?P<where>[A-Z][\w .'’-]+)$", re.IGNORECASE
)


def dateline_country(text: str) -> str | None:
    """The country of the time zone of the first clock time near the top of a page, if one country's."""
    m = ZONED_TIME.search(text[:DATELINE_CHARS])
    return TIME_ZONE_COUNTRIES.get(m.group("zone")) if m else None


def publisher_country(doc: "Document") -> str | None:
    """The publisher's home country: a known outlet's (by name, else by the site of the page's URL), else
    the time zone of the page's dateline."""
    return outlet_country(doc.publisher) or outlet_country(site_name(doc.url)) or dateline_country(doc.text)


def sender_country(person: "Entity", sender: str | None) -> str | None:
    """ "Ambassador to X" with no sender named: the publisher's country (``sender``), when it is not X itself."""
    if sender is None:
        return None
    for role in person.roles:
        m = POSTING.search(role.title) if role.affiliation is None else None
        posted = country_of(m.group("where")) if m else None
        if posted is not None and posted.iso3 != sender:
            return sender
    return None


def party_member(person: "Entity", text: str) -> bool:
    """Whether a name of the person follows a domestic party word ("Republican Trump")."""
    return any(
        m.kind == "name" and PARTY_BEFORE.search(text[max(0, m.start - PARTY_WINDOW) : m.start])
        for m in person.mentions
    )


def dateline_capital(doc: "Document") -> str | None:
    """The country whose capital a wire dateline names ("WASHINGTON (Reuters) -", "NAIROBI, May 3 -")."""
    if doc.dateline is None:
        return None
    city = re.split(r"[,(\[]", doc.dateline.text)[0].strip()
    found = country_by_capital(city) if city else None
    return found.iso3 if found else None


def published_home(doc: "Document") -> str | None:
    """The publisher's country, else the country of the capital the wire dateline names."""
    return publisher_country(doc) or dateline_capital(doc)


def home_country(doc: "Document") -> str | None:
    """The one home country that the document's places and its publisher (else the capital its wire
    dateline names) agree on, if any."""
    found = {c for c in (document_country(doc.layer("entities")), published_home(doc)) if c}
    return found.pop() if len(found) == 1 else None


def _echoes(entity: "Entity") -> bool:
    """Whether the entity's country was given by the actors step (it echoes the document's country)."""
    why = entity.explanation.decisions.get("country", "") if entity.explanation else ""
    return why == ECHO_DECISION


def story_country(doc: "Document", share: float = 0.0) -> str | None:
    """The home country, when the document's places, peoples and organisations name it more than any
    other country and at least ``share`` of the time (or name no country at all and the publisher's
    country is the home).

    Entities whose country the actors step gave (organisations without one take the document's
    country) are not counted: they would only echo it. Without a publisher's country (or a dateline's
    capital) to agree with, the mentions must name the country :data:`DOC_COUNTRY_MIN_MENTIONS` times.
    """
    home = home_country(doc)
    if home is None:
        return None
    counts: Counter[str] = Counter()
    for e in doc.layer("entities"):
        if e.type in STORY_PLACE_TYPES and e.country and not _echoes(e):
            counts[e.country] += sum(1 for m in e.mentions if m.kind == "name")
    total, at_home = sum(counts.values()), published_home(doc) == home
    if at_home and not total:
        return home
    least = 1 if at_home else DOC_COUNTRY_MIN_MENTIONS
    rival = max((n for c, n in counts.items() if c != home), default=0)
    return home if counts[home] >= max(least, share * total) and counts[home] > rival else None


def fill_sender_countries(doc: "Document") -> None:
    """Give envoys posted to a named country, with no sender named, the publisher's country."""
    sender = publisher_country(doc)
    for person in doc.layer("entities"):
        if person.type == "PERSON" and person.country is None:
            person.country = sender_country(person, sender)
            if person.country is not None:
                decide(person, "country", "actors", "an envoy posted abroad, from the publisher's country")


def fill_home_countries(doc: "Document") -> None:
    """Give people who hold a domestic office or are named with a domestic party, and have no country,
    the document's home country."""
    people = [
        e
        for e in doc.layer("entities")
        if e.type == "PERSON"
        and e.country is None
        and (any(holds_national_office(r.title, r.affiliation) for r in e.roles) or party_member(e, doc.text))
    ]
    if not people:
        return
    home = story_country(doc)
    publisher = publisher_country(doc)
    for person in people:
        homes = party_homes(person)
        if home is not None and (homes is None or home in homes):
            person.country = home
            decide(person, "country", "actors", "a domestic office or party, in the document's home country")
        elif publisher is not None and homes is not None and publisher in homes:
            person.country = publisher
            decide(person, "country", "actors", "a party of the publisher's country, in a story set abroad")
