"""Confidence of an event candidate: trigger kind, clause depth, actors found, stance and polarity.

The weights are settings (:class:`~sidelines.extractors.events.config.EventsConfig`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of, same_line
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.config import EventsConfig


def _clause_depth(tok: "Token") -> int:
    """How many event-bearing verbs sit above ``tok`` (reporting verbs do not count)."""
    depth = 0
    cur = tok
    for _ in range(30):
        if cur.head.i == cur.i:
            break
        prev, cur = cur, cur.head
        if not same_line(prev, cur):
            break
        if cur.pos_ in ("VERB", "AUX") and lemma_of(cur) not in lex.REPORTING_VERBS:
            if prev.dep_ in ("conj",):
                continue
            depth += 1
    return depth


def confidence_of(cand: EventCandidate, config: EventsConfig) -> float:
    """A score in [0, 1]: trigger kind, clause depth, and whether actors were found."""
    anchor = cand.verb if cand.verb is not None else cand.head
    score = getattr(config.kind_confidence, cand.kind) - config.depth_penalty * _clause_depth(anchor)
    if cand.kind == "noun" and cand.verb is not None:
        score -= 0.1
    if cand.actors:
        score += 0.05
    if cand.roles("source", "participant") and (cand.roles("target") or cand.type in lex.SYMMETRIC_TYPES):
        score += 0.05
    if cand.stance_of is not None:
        score -= 0.2
    if cand.polarity == "negative":
        score -= 0.05
    if lemma_of(anchor) in lex.WEAK_TRIGGERS:
        score -= config.weak_trigger_penalty
    return round(min(0.99, max(config.min_confidence, score)), 3)
