"""Event nouns that name their two sides: "clashes between X and Y troops", "fighting between X and Y".

A noun of fighting that is no stand-alone event noun of its own ("clash", "fighting") still tells an act
when a "between" phrase names who took part in it, as the subject of a clause or a headline ("Clashes
between X and Y left 20 dead"). "The clash of ideas between X and Y" is a contest of things, no act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PAIRED_RULE = "paired: an event noun with a 'between X and Y' phrase is an act of both"
PAIRING_PREPS = frozenset({"between"})


def names_both_sides(noun: "Token", etype: str) -> bool:
    """Whether a noun of fighting has a "between X and Y" phrase and no "of" phrase of what it is about
    ("talks between", "tensions between", "a dispute between" are left to their own rules)."""
    if etype != "ASSAULT" or noun.dep_ not in ("nsubj", "ROOT"):
        return False  # "urged an end to the fighting between X and Y": the fighting is what is talked of
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if any(p.lower_ == "of" for p in preps):
        return False
    return any(p.lower_ in PAIRING_PREPS and any(g.dep_ == "pobj" for g in p.children) for p in preps)
