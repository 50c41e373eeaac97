"""A state's one-holder office named by title alone in a one-paragraph report: "the prime minister".

"Students in Bamako demanded the resignation of the prime minister": a wire lead or coded news sentence
that names one country names its own office holders by title alone. Such a side ("the president", "the
former minister", "the king"; singular, with "the") takes that country (rule ``groups:report-office``),
unless the holder acts on the country by name ("the president accused Kenya": a foreigner) or is marked
as a visitor (groups' outsider marks). Used by :func:`groups.find_countryless_groups`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.offices import MEETING_VERBS
from sidelines.lexicon.kinds import KIND_NOMINALS
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.actors.countries import CountryLookup

# Offices of a state with one holder, that a one-paragraph report names with "the" alone ("the prime minister",
# "the former president"): the holder serves the one country the report names.
SINGLE_STATE_OFFICES = frozenset({
    "president", "premier", "minister", "chancellor", "king", "queen", "monarch", "emir", "sultan",
})
# Nouns of bodies that have presidents and chairs of their own, beyond the kind nouns of lexicon.kinds
# ("the union president", "the federation president", "the council president").
BODY_NOUNS = frozenset({
    "union", "federation", "league", "association", "council", "committee", "board", "society", "foundation",
    "institute", "chamber", "guild", "syndicate", "cooperative", "corporation", "group", "team", "church",
})
HOLDER_HOW = "a state's office holder named by title alone, of the one country a one-paragraph report names"


def the_office_holder(tok: "Token") -> bool:
    """Whether a singular noun is a state's one-holder office named with "the" ("the prime minister")."""
    return tok.tag_ == "NN" and lemma_of(tok) in SINGLE_STATE_OFFICES and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        _heads_another_body(c) for c in tok.children)


def _heads_another_body(child: "Token") -> bool:
    """Whether a dependent ties the office to a body of its own: a named or kind-named body before it ("the
    FIFA president", "the company president", "the union president") or an "of" after it ("the president of
    the club"): such a holder heads that body, not the state."""
    if child.dep_ in ("compound", "nmod", "poss") and child.i < child.head.i:
        return _names_a_body(child)
    return child.dep_ == "prep" and child.lower_ == "of" and any(
        _names_a_body(g) for g in child.children if g.dep_ == "pobj")


def _names_a_body(tok: "Token") -> bool:
    """A name that is no place ("FIFA", "the Red Cross") or a noun of a body ("company", :data:`BODY_NOUNS`)."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in ("GPE", "LOC", "NORP")
    return lemma_of(tok) in BODY_NOUNS or KIND_NOMINALS.get(tok.lower_, "country") != "country"


def aims_at(noun: "Token", country: str, lookup: "CountryLookup") -> bool:
    """Whether the subject ``noun`` acts on ``country`` by name: the country's name heads the object or a
    prepositional object of the subject's verb ("the president accused Kenya"), so the holder is no office
    of it ("the prime minister dismissed the Nepali army chief" names the country only as a modifier)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if lemma_of(noun.head) in MEETING_VERBS:
        return True  # "the president welcomed Brazilian investors": a host of foreigners, of no named country
    heads = [c for c in noun.head.children if c.dep_ in ("dobj", "obj", "dative")]
    heads += [g for c in noun.head.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    return any(h.pos_ == "PROPN" and lookup.by_token.get(h.i) == country for h in heads)
