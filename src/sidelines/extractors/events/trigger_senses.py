"""Other senses of the trigger words of :mod:`sidelines.lexicon.more_triggers` told by their arguments.

"overturned a 20-point deficit" is a comeback, not a ruling rejected; "police ruled out foul play" and
"doctors ruled out surgery" exclude a cause or a treatment, not a proposal; fans booing a referee react to
a game, not a government; renouncing one's citizenship yields nothing to anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.more_triggers import (
    GAME_SETTING_WORDS,
    RULED_OUT_CAUSES,
    SCORE_GAP_NOUNS,
    STATUS_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _objects(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]


def is_other_sense(verb: "Token", event_type: str) -> bool:
    """Whether a new trigger verb's object, subject or sentence gives it a sense that is no event."""
    lemma, objs = lemma_of(verb), _objects(verb)
    if lemma == "overturn" and event_type == "REJECT":
        return any(lemma_of(o) in SCORE_GAP_NOUNS for o in objs)
    if lemma == "rule" and event_type == "REJECT":
        return any(lemma_of(o) in RULED_OUT_CAUSES for o in objs)
    if lemma == "renounce" and event_type == "CONCEDE":
        return any(lemma_of(o) in STATUS_NOUNS for o in objs)
    if lemma in ("boo", "heckle") and event_type == "PROTEST":
        sent = verb.sent
        return any(lemma_of(t) in GAME_SETTING_WORDS or t.lower_ in GAME_SETTING_WORDS for t in sent)
    return False
