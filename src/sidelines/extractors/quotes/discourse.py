"""Sentence openers whose "said" reports no one: "That said, ...", "Having said that, ..."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import sent_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# "That said, ...": the writer turning to a point of their own, not a report of anyone's words.
DISCOURSE_SAID = frozenset({"that said", "this said", "that being said", "this being said", "having said that",
                            "having said this", "that having been said", "with that said", "all that said"})


def discourse_said(verb: "Token") -> bool:
    """Whether ``verb`` is the "said" of a sentence-opening "That said," / "Having said that,"."""
    if verb.lower_ != "said":
        return False
    sent = sent_of(verb)
    comma = next((t for t in sent if t.text == "," and t.i > verb.i - 1), None)
    if comma is None or comma.i - sent.start > 5:
        return False
    return " ".join(t.lower_ for t in verb.doc[sent.start:comma.i]) in DISCOURSE_SAID
