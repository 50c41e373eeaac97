"""Whom a threat is aimed at when the threatened act is no trigger: "threatened to crush the separatists".

The stance rules fold a threatened act that is an event of its own ("threatened to attack X") and take
its target; a verb the rules do not list ("crush", "punish", "wipe out") leaves the threat without one.
The object of the threat's infinitive is then whom it is aimed at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

THREAT_OBJECT_RULE = "threat object: the object of 'threatened to crush X' is threatened"


def threatened_objects(verb: "Token") -> list["Token"]:
    """The direct objects (with their conjuncts) of a threat verb's infinitive complement, when that verb is
    no trigger of its own (a trigger's act is folded into the threat with its sides)."""
    objs = [o for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and lemma_of(c) not in lex.VERB_TRIGGERS
            for o in c.children if o.dep_ in ("dobj", "obj")]
    return [t for o in objs for t in (o, *o.conjuncts)]
