"""Affiliations read after a title head: the body or place a holder works in or for ("a spokeswoman for
the Russian Foreign Ministry", "a member of the Iranian parliament", "a senator from Texas"), and the
national office a title serves ("chief of staff to the Romanian prime minister", "an adviser to the
French president": the aide serves that country). An envoy's "to" names where they are posted, never
whom they serve ("ambassador to France"), and so does "for" a country ("the special envoy for Syria"). A
country before the lower-case words of a body before a title ("Chinese foreign ministry spokesperson") is the
holder's country too. A title the parser hangs from the holder's home town ("X, 45, of Dayton, Ohio, a nurse,")
is the holder's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.person_country import place_country
from sidelines.extractors.entities.title_words import (
    AFFILIATION_COUNTRY_LABELS,
    affiliation_of,
    is_description,
    is_title_head,
)
from sidelines.lexicon import countries
from sidelines.lexicon.titles import POSTED_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.entities.names import NameMention
    from sidelines.extractors.entities.roles import RoleFinding

# Prepositions after a title head before the body the holder works in ("spokesman for the Ministry").
BODY_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from"})
# Labels of a demonym or country before a body or an office ("the Iranian parliament", "Romania's premier").
COUNTRY_LABELS = frozenset({"NORP", "GPE"})


def _serves_office(head: "Token", prep: "Token", obj: "Token") -> bool:
    """ "adviser to the French president": "to" an office, after a title that is no posting."""
    return prep.lower_ == "to" and head.lower_ not in POSTED_HEADS and is_title_head(obj)


# Heads that, "for" a country, name where they are posted ("envoy for Syria"); other posted heads do so only
# when "special" ("special representative for Kosovo"): "the ambassador for Norway in Paris" is Norway's.
POSTED_FOR_HEADS = frozenset({"envoy", "emissary"})
# A venue after the title or the country: the holder sits there for their own country ("delegate for X at the summit").
VENUE_PREPOSITIONS = frozenset({"at", "in"})


def _posted_for_country(head: "Token", prep: "Token", obj: "Token", owner: "NameMention", text: str) -> bool:
    """ "the special envoy for Syria": an envoy "for" a country is posted there, and serves someone else."""
    special = any(c.lower_ == "special" for c in head.lefts)
    return (prep.lower_ == "for" and owner.label == "GPE" and owner.i <= obj.i < owner.j  # not "for France's ministry"
            and (head.lower_ in POSTED_FOR_HEADS or (special and head.lower_ in POSTED_HEADS))
            and not any(c.dep_ == "prep" and c.lower_ in VENUE_PREPOSITIONS for c in (*head.children, *obj.children))
            and countries.country_by_name(text[owner.start : owner.end]) is not None)


def body_affiliation(by_token: "dict[int, NameMention]", text: str, role: "RoleFinding", head: "Token") -> None:
    """Fill a role's affiliation and country from the body, place or served office after its head (named,
    or with a country's name or demonym before it)."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in BODY_PREPOSITIONS | {"to"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or (prep.lower_ == "to" and not _serves_office(head, prep, obj)):
                continue
            owner = by_token.get(obj.i)
            if owner is None:
                owner = next((by_token[c.i] for c in obj.lefts if c.i in by_token
                              and by_token[c.i].label in COUNTRY_LABELS), None)
            if owner is None or owner.label == "PERSON" or (prep.lower_ != "of" and owner.label not in
                                                            AFFILIATION_COUNTRY_LABELS):
                continue
            if _posted_for_country(head, prep, obj, owner, text):
                continue
            affiliation, country = affiliation_of(owner, text)
            if country is None and owner.label == "GPE" and not owner.metonymic:
                country = place_country(affiliation)  # "a senator from Texas"
            if role.affiliation is None or country is not None:
                role.affiliation, role.country = affiliation, country
            return


# The most common words of a body between a country and a title ("Chinese foreign ministry spokesperson").
MAX_BODY_WORDS = 3


def country_before_body(parsed: "Doc", by_token: "dict[int, NameMention]", k: int, stop: int) -> str | None:
    """ "Chinese foreign ministry spokesperson X", "Iran's foreign ministry spokesman, X": the country
    named right before the lower-case words of the body (or the unnamed body) that a title ending after
    token ``k`` belongs to."""
    first = k
    owner = by_token.get(k)
    if owner is not None:
        if owner.label in COUNTRY_LABELS or owner.label == "PERSON" or owner.country is not None:
            return None
        first = owner.i
        if any(not parsed[t].is_lower for t in range(owner.i, owner.j)):
            return None  # a body with a name of its own ("the Hadley Center") says where it is itself
    while first - 1 >= stop and k - first < MAX_BODY_WORDS and parsed[first - 1].is_lower \
            and parsed[first - 1].dep_ in ("amod", "compound"):
        first -= 1
    if not parsed[k].is_lower or parsed[k].dep_ not in ("amod", "compound"):
        return None
    at = first - 1
    if at >= stop and parsed[at].text in ("'s", "’s", "'", "’"):
        at -= 1
    country = by_token.get(at) if at >= stop else None
    if country is None or country.label not in COUNTRY_LABELS or country.metonymic or country.j != at + 1:
        return None
    return country.country


# Prepositions between a person's name and their home town ("X, 45, of Dayton").
HOME_PREPOSITIONS = frozenset({"of", "from"})


def title_apposed_to_home(parsed: "Doc", by_token: "dict[int, NameMention]", m: "NameMention") -> "Token | None":
    """ "X, 45, of Dayton, Ohio, a nurse,": the title noun the parser hangs, in apposition, from the person's
    home town (or the state after it) rather than from the name."""
    for k in range(m.i, m.j):
        for prep in parsed[k].children:
            if prep.dep_ != "prep" or prep.lower_ not in HOME_PREPOSITIONS or prep.i < m.j:
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # a town the tagger may read as an organisation, never a person
            while place is not None and place.i in by_token and by_token[place.i].label != "PERSON":
                nxt = next((c for c in place.children if c.dep_ == "appos"), None)
                if nxt is not None and nxt.i not in by_token and (is_title_head(nxt) or is_description(nxt)):
                    return nxt
                place = nxt
    return None
