"""Affiliations read after a title head: the body or place a holder works in or for ("a spokeswoman for
the Russian Foreign Ministry", "a member of the Iranian parliament", "a senator from Texas"), and the
national office a title serves ("chief of staff to the Romanian prime minister", "an adviser to the
French president": the aide serves that country). An envoy's "to" names where they are posted, never
whom they serve ("ambassador to France")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.person_country import place_country
from sidelines.extractors.entities.title_words import AFFILIATION_COUNTRY_LABELS, affiliation_of, is_title_head
from sidelines.lexicon.titles import POSTED_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.entities.names import NameMention
    from sidelines.extractors.entities.roles import RoleFinding

# Prepositions after a title head before the body the holder works in ("spokesman for the Ministry").
BODY_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from"})
# Labels of a demonym or country before a body or an office ("the Iranian parliament", "Romania's premier").
COUNTRY_LABELS = frozenset({"NORP", "GPE"})


def _serves_office(head: "Token", prep: "Token", obj: "Token") -> bool:
    """ "adviser to the French president": "to" an office, after a title that is no posting."""
    return prep.lower_ == "to" and head.lower_ not in POSTED_HEADS and is_title_head(obj)


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
            affiliation, country = affiliation_of(owner, text)
            if country is None and owner.label == "GPE" and not owner.metonymic:
                country = place_country(affiliation)  # "a senator from Texas"
            if role.affiliation is None or country is not None:
                role.affiliation, role.country = affiliation, country
            return
