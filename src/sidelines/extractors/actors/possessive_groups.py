"""Group nouns in the possessive that are sides of the act their noun names: "the rebels' demand", "the army's
killing of civilians", "the government's appeal". :mod:`.groups` reads them as group actors as it reads a
subject or an object; a group noun inside a compound ("an army officer") stays none. Such a side records its
rule (:data:`POSSESSIVE_HOW`, rule possessive-side) under the decision "side".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.record import Entity

POSSESSIVE_HOW = "a group noun in the possessive, the side of the act its noun names (possessive-side)"


def possessor_side(tok: "Token") -> bool:
    """Whether ``tok`` is a possessive ("'s", "'") on a common noun: the side whose act or claim that noun names."""
    return tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and any(c.dep_ == "case" for c in tok.children)


def note_possessive_side(ent: "Entity", parsed: "Doc", start: int, end: int, extractor: str) -> None:
    """Record the possessive-side rule on a group entity whose phrase (``start``-``end``) is a possessor."""
    from sidelines.extractors.explain import decide

    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is not None and possessor_side(span.root):
        decide(ent, "side", extractor, POSSESSIVE_HOW)
