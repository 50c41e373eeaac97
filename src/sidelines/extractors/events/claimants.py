"""Who claims an act did it: "X claimed responsibility for the attack" makes X the attack's source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.phrases import entities_at, subject_of
from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Verbs by which one owns an act ("claimed responsibility for the attack").
RESPONSIBILITY_VERBS = frozenset({"claim", "take", "accept", "assume", "admit"})


def claimant(noun: "Token", index: EntityIndex) -> list[str]:
    """ "X claimed responsibility for the attack": who claims an act is the one who did it."""
    while noun.dep_ == "conj":
        noun = noun.head  # "for both the X and the Y attacks"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    # "for" hangs on the noun ("responsibility for X") or on the verb ("claimed responsibility on Sunday for X").
    on_noun = lemma_of(prep.head) == "responsibility" and prep.head.dep_ in ("dobj", "obj")
    verb = prep.head.head if on_noun else prep.head
    owned = any(c.dep_ in ("dobj", "obj") and lemma_of(c) == "responsibility" for c in verb.children)
    if lemma_of(verb) not in RESPONSIBILITY_VERBS or not owned:
        return []
    subj, passive = subject_of(verb)
    return [] if subj is None or passive else entities_at(subj, index)
