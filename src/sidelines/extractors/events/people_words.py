"""Words for people: whether a noun names people or a body ("prisoners", "the activists", "Varga"), not things.

Release and recall verbs, holding verbs, permissions and labels read their objects with these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.groups import GROUP_NOUNS, ROLE_GROUP_NOUNS
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.titles import RELATIONS, TITLE_HEADS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns for people and groups (the actors layer's group nouns): "prisoners", "activists", "soldiers".
PEOPLE_NOUNS = frozenset(GROUP_NOUNS) | frozenset(ROLE_GROUP_NOUNS)
# Entity types of things, not people ("released Windows 11", "released 'Blue Moon'").
THING_ENTITY_TYPES = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "DATE", "TIME", "MONEY", "FAC"})
# Entity types of a released side: people, groups, bodies ("freed the activists", "released Varga").
PEOPLE_ENTITY_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def released_people(noun: "Token") -> bool:
    """Whether a release noun is of people ("the hostages' release", "the release of Varga", "his release")."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.pos_ == "PRON" or is_people(child)):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(is_people(g) for g in child.children if g.dep_ == "pobj"):
                return True
    return False


def people_word(lemma: str) -> bool:
    """Whether a noun's lemma names people or a body in the shared lexicons: a group noun ("activists",
    "committee"), an office, a relation or a trade (the title heads, relations and occupations)."""
    return lemma in PEOPLE_NOUNS or lemma in TITLE_HEADS or lemma in RELATIONS or lemma in occupations()


def is_people(noun: "Token") -> bool:
    """A name of people or a body, a personal pronoun, or a group noun ("prisoners", "the activists")."""
    if noun.ent_type_ in PEOPLE_ENTITY_TYPES or (noun.pos_ == "PRON" and noun.lower_ not in ("it", "this", "that")):
        return True
    if noun.pos_ == "PROPN" and noun.ent_type_ not in THING_ENTITY_TYPES:
        return True  # "release Tomas Arvelo": a name the tagger left untyped is a person's
    lemma = lemma_of(noun)
    if lemma in PEOPLE_NOUNS or any(
            c.ent_type_ in PEOPLE_ENTITY_TYPES for c in noun.children if c.dep_ in ("compound", "amod", "poss")):
        return True
    # "freed two ministers", "released the lecturers": people named by an office, a relation or a
    # trade (the title heads and derived lexicons the people readers use), in the plural or determined.
    named_by_trade = people_word(lemma)
    return named_by_trade and (noun.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss") for c in noun.children))


def recalls_people(verb: "Token") -> bool:
    """Whether a recall withdraws people ("recalled its ambassador", "recalled them"), not memories of
    events ("recalled the attack"), other memories or goods."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    nouns += [n for c in nouns for n in c.conjuncts]
    return any(is_people(n) or lemma_of(n) in TITLE_HEADS for n in nouns)
