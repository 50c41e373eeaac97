"""Acts an implicative tells done (rule ``done_by_implicative``, issue #11): "was quick to condemn", "managed to
meet", "went on to accuse", "was the first to criticize". The infinitive after such a verb or adjective happened, at
the time of the verb that tells it, so it takes that verb's date ("Borduria tested a missile on Tuesday. Ruritania
was quick to condemn the test": Tuesday). Only an implicative told in the simple past: a wish, a try or a plan
("wanted to meet", "tried to meet", "will rush to condemn") and a habit in the present ("is quick to condemn") tell
no act done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

IMPLICATIVE_RULE = "done_by_implicative"
# Verbs whose "to" infinitive was done when they were ("managed to meet", "rushed to condemn"); "go on to" with its
# particle. Not "try", "want", "hope", "seek", "refuse" (no act done), nor "move to" (may be only begun).
IMPLICATIVE_VERBS = frozenset({"manage", "rush", "hasten", "hurry", "proceed", "race", "dare", "bother", "get"})
# Subjects that deny the act ("nobody dared to").
NO_ONE = frozenset({"nobody", "none", "noone", "neither", "nothing"})
# Adjectives and ordinals after a copula whose infinitive was done ("was quick to condemn", "was the first to").
IMPLICATIVE_ADJECTIVES = frozenset({"quick", "swift", "fast", "slow", "first", "last", "second", "next"})


def done_through(anchor: "Token") -> "Token | None":
    """The verb in the simple past that tells an infinitive done ("was" of "was quick to condemn", "managed" of
    "managed to meet"), or None when the anchor is no such infinitive."""
    if anchor.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return None
    head = anchor.head
    if head.i == anchor.i:
        return None
    if anchor.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB" and _simple_past(head) and (
            head.lemma_.lower() in IMPLICATIVE_VERBS and anchor.dep_ == "xcomp"
            or head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)):
        return head
    if anchor.dep_ in ("xcomp", "relcl") and head.lower_ in IMPLICATIVE_ADJECTIVES and head.dep_ in ("acomp", "attr"):
        copula = head.head
        if copula.lemma_.lower() == "be" and _simple_past(copula):
            return copula
    return None


def _simple_past(verb: "Token") -> bool:
    """A verb told in the simple past, with no auxiliary ("rushed", "were") and not denied ("never dared", "no one
    bothered to": the act was not done)."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not _denied(verb)


def _denied(verb: "Token") -> bool:
    """Whether a verb is negated, or its subject is no one ("never", "not", "nobody", "no officer")."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children) for s in subjects)
