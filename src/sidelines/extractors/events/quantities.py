"""Amounts told with "a great deal of": no deal struck (rule ``nonevent:quantity``); counts before "of"
("hundreds of troops"): the thing counted is what a verb acts on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that measure an amount after "a great" or "a good" ("a great deal of money", "a good deal of time").
QUANTITY_NOUNS = frozenset({"deal"})
# Nouns of a quality: "of" + such a noun describes, it measures nothing ("a deal of historic importance").
QUALITY_NOUNS = frozenset({"importance", "significance", "consequence", "value", "note", "substance", "magnitude"})


def is_quantity_noun(noun: "Token") -> bool:
    """ "a great deal of money": an amount, no deal struck (rule ``nonevent:quantity``); not "a good deal of
    historic importance", a deal described."""
    if lemma_of(noun) not in QUANTITY_NOUNS or not any(c.dep_ == "amod" and c.lower_ in ("great", "good")
                                                       for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and not any(
        g.dep_ == "pobj" and lemma_of(g) in QUALITY_NOUNS for g in c.children) for c in noun.children)


# Words that count or gather what their "of" phrase names ("hundreds of troops", "tens of thousands of
# reservists", "a team of paratroopers"): a closed class of number words and counting and collective nouns.
COUNT_NOUNS = frozenset({"dozen", "score", "hundred", "thousand", "million", "billion", "ten", "couple",
                         "handful", "number", "several", "dozens", "scores", "hundreds", "thousands", "millions",
                         "tens", "team", "group", "batch"})


def counted_noun(noun: "Token") -> "Token":
    """What a count names: "troops" in "hundreds of troops", "tens of thousands of reservists",
    "500 of its soldiers"; the noun itself when it counts nothing."""
    for _ in range(3):  # "tens of thousands of tonnes of rice" stops at the tonnes
        if not (noun.pos_ == "NUM" or noun.like_num or lemma_of(noun) in COUNT_NOUNS or noun.lower_ in COUNT_NOUNS):
            return noun
        inner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is None:
            return noun
        noun = inner
    return noun


def object_nouns_of(verb: "Token") -> list["Token"]:
    """The direct object of a verb and its conjuncts; of a count, what it counts ("deployed hundreds of troops")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass") and (noun := counted_noun(child)).pos_ in ("NOUN", "PROPN", "X"):
            return [noun, *(counted_noun(c) for c in noun.conjuncts)]
    return []
