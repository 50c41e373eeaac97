"""Amounts told with "a great deal of": no deal struck (rule ``nonevent:quantity``)."""

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
