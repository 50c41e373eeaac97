"""Explanations on facts: the rule that made each one and how its parts were settled.

Every fact of the record (entity, quote, event, time, place) carries an ``Explanation``. The
extractor that makes a fact names its rule; an extractor that later settles a part of it (the
``actors`` step giving an official the country of their office) adds a decision under that
part's name, prefixed with its own name so that a reader sees who decided: ``{"country":
"actors: office held for a country"}``. A later decision on the same part replaces the earlier.
"""

from __future__ import annotations

from typing import Protocol

from sidelines.model.record import Explanation


class Explained(Protocol):
    explanation: Explanation | None


def explain(extractor: str, rule: str, features: dict[str, float] | None = None,
            **decisions: str) -> Explanation:
    """A fact's explanation: ``explain("places", "ner", candidates=3.0)``."""
    return Explanation(extractor=extractor, rule=rule, features=features or {}, decisions=dict(decisions))


def decide(fact: Explained, part: str, extractor: str, how: str) -> None:
    """Record that ``extractor`` settled ``part`` of ``fact`` by ``how`` (made an explanation if none)."""
    if fact.explanation is None:
        fact.explanation = Explanation(extractor=extractor, rule="amended")
    fact.explanation.decisions[part] = f"{extractor}: {how}"
