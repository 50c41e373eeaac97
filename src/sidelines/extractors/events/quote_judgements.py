"""Judgements inside quotes: a speaker who speaks ill of a party accuses it, one who speaks well backs it.

"He is weak and dishonest," Smith said of Jones is ACCUSE (Smith -> Jones); "Of the three, I like
Jones best" is SUPPORT. Every party a known speaker's statement mentions, clause by clause, is an
option (:mod:`.judgement_features`); a learned model (a multinomial logistic regression over those
features, fitted on the tuning half of the whole-article gold by ``scripts/train_quote_judgements.py``
and stored in ``sidelines/data/quote_judgements.json``) gives each option the probability that the
speaker accuses or backs the party. A pair (speaker, party) whose likeliest option reaches the
model's threshold for a type is an event of that type, as sure as the model says. Questions put,
polls, quotes with no speaker, the byline and the story's own outlet make none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sidelines.eventtype.model import DataModel
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.judgement_features import JudgementOption, compound, judgement_options

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.extractors.events.dates import DateResolver
    from sidelines.extractors.events.index import EntityIndex
    from sidelines.model.document import Document

__all__ = ["RULE", "JudgementModel", "already_told", "compound", "load_judgement_model", "quote_judgements"]

RULE = "quote_judgement"
JUDGED_EVENT_TYPES = ("ACCUSE", "SUPPORT")


class JudgementModel(DataModel):
    """The judgement model: a linear model over option features (labels ``none``, ``ACCUSE``,
    ``SUPPORT``), and per type the probability to reach."""

    FILE = "quote_judgements.json"

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.thresholds: dict[str, float] = {k: float(v) for k, v in data.get("thresholds", {}).items()}


@lru_cache(maxsize=4)
def load_judgement_model(path: str = "") -> JudgementModel | None:
    """The judgement model of ``path`` (empty: the packaged one), or None when there is no such file."""
    model: JudgementModel | None = JudgementModel.load_if_there(path)
    return model


def quote_judgements(doc: "Document", parsed: "Doc", index: "EntityIndex", model: JudgementModel,
                     types: tuple[str, ...] = JUDGED_EVENT_TYPES,
                     dates: "DateResolver | None" = None) -> list[tuple[EventCandidate, dict[str, float]]]:
    """ACCUSE and SUPPORT candidates (those of ``types``) of the pairs (speaker, party) whose likeliest
    option reaches the model's threshold, each with that option's features and probability; a judgement
    is made when it is said, so ``dates`` dates it by its cue ("..., X said on Tuesday")."""
    best: dict[tuple[str, str, str], tuple[float, JudgementOption]] = {}
    for opt in judgement_options(doc, parsed, index):
        probs = model.probabilities(opt.features)
        for kind in types:
            p = probs.get(kind, 0.0)
            key = (kind, opt.speaker, opt.target)
            if not likelier_than_opposite(kind, probs):
                continue
            if p >= model.thresholds.get(kind, 1.1) and (key not in best or p > best[key][0]):
                best[key] = (p, opt)
    # One judgement of several parties in one sentence ("both X and Y scare me") is one event with them all.
    grouped: dict[tuple[str, str, int], list[tuple[str, float, JudgementOption]]] = {}
    for (kind, speaker, target), (p, opt) in best.items():
        grouped.setdefault((kind, speaker, opt.head.sent.start), []).append((target, p, opt))
    out = []
    for (kind, speaker, _), judged in grouped.items():
        _, p, opt = max(judged, key=lambda j: j[1])
        head = opt.head
        actors = {speaker: "source"} | {target: "target" for target, _, _ in judged}
        cand = EventCandidate(
            type=kind, mode="disapprove" if kind == "ACCUSE" else None, head=head, verb=head, kind="verb",
            evidence=[(head.sent.start_char, head.sent.end_char)], actors=actors, confidence=round(p, 3),
            date=dates.of_saying(opt.cue) if dates is not None and opt.cue is not None else None)
        out.append((cand, {**{k: round(v, 3) for k, v in opt.features.items()}, "probability": round(p, 3)}))
    return out


def drop_told_targets(cand: EventCandidate, events: list[EventCandidate]) -> bool:
    """Take off a judgement the targets an event of its type and source already has ("accused X" told,
    a quote on "X and Y" adds Y only); whether any target is left."""
    for other in events:
        if other.type == cand.type and cand.roles("source") <= other.roles("source", "participant"):
            for target in cand.roles("target") & other.roles("target", "participant"):
                del cand.actors[target]
    return bool(cand.roles("target"))


def already_told(cand: EventCandidate, events: list[EventCandidate]) -> EventCandidate | None:
    """An event of the same type with the same source and target, which a judgement only repeats."""
    for other in events:
        if other.type == cand.type and cand.roles("source") <= other.roles("source", "participant") and (
                cand.roles("target") <= other.roles("target", "participant")):
            return other
    return None


def likelier_than_opposite(kind: str, probs: dict[str, float]) -> bool:
    """Whether the model finds ``kind`` likelier than the opposite judgement: a clause it reads as
    more probably praise ("he works hard for us") is no accusation, even when an accusation passes
    its threshold."""
    others = [probs.get(k, 0.0) for k in JUDGED_EVENT_TYPES if k != kind]
    return all(probs.get(kind, 0.0) > p for p in others)
