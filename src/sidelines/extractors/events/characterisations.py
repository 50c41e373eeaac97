"""Event nouns that characterise rather than tell an act, and documents that are no agreements.

"he was not a threat", "the militia poses a grave threat to the region": the noun says what someone
is, and no one threatened anyone (CAMEO codes "pose a real threat" as a comment, 012, not as a
threat, 13). "issued a memorandum": a memo; only a memorandum of understanding (of cooperation, of
intent) is an agreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Agreement nouns that are also mere documents: an agreement only "of understanding" and the like.
DOCUMENT_AGREEMENTS = frozenset({"memorandum"})
# What a memorandum is of when it is an agreement ("of understanding", "a cooperation memorandum").
ACCORD_WORDS = frozenset({"understanding", "agreement", "cooperation", "intent", "association"})


def of_accord(noun: "Token") -> bool:
    """Whether a memorandum is one of understanding, of cooperation and the like."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and lemma_of(child) in ACCORD_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                lemma_of(g) in ACCORD_WORDS for g in child.children if g.dep_ == "pobj"):
            return True
    return False


# Subjects that name a party in "he was a threat".
PARTY_SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "you", "we", "they"})


# Verbs that say what something is or stands for ("poses a threat", "remains a threat", "represents
# a concession"): their object characterises the subject (CAMEO codes "pose a real threat" as a
# comment, 012, not a threat, 13).
CHARACTERISING_VERBS = frozenset({"pose", "represent", "constitute", "remain", "become"})


def is_said_of_person(noun: "Token") -> bool:
    """ "he was not a threat", "X is a threat to the party", "the militia poses a threat": an event
    noun said of a party (a name or a personal pronoun after "be"; anything after a characterising
    verb) characterises it; it tells no act ("the statement was a threat" may)."""
    if noun.dep_ in ("attr", "dobj", "obj", "oprd") and lemma_of(noun.head) in CHARACTERISING_VERBS:
        return True
    if noun.dep_ != "attr" or lemma_of(noun.head) != "be":
        return False
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in PARTY_SUBJECT_PRONOUNS)
