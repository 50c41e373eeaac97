"""Confidence of an event: what the score rests on (features), and a learned model that weighs them.

Each merged event gets a few plain features: how its trigger was found, how deep it sits, whether
its sides were found and what they are (a named person, organisation or state, or a plain noun;
both sides named; how near the trigger; a pronoun doer), its type's quad and its status, whether it is told
inside a quote or in the headline, how sure the trigger typer is, and what the text around it
tells (:mod:`.context`: how political the trigger and its near words are, numbers, a question, an
"if" clause). A logistic model over them
(``data/event_confidence.json``, fitted by ``scripts/train_event_confidence.py`` on the tuning half
of the whole-article gold, hand-judged events of further articles and the tuning half of
Multi-CoPED) turns them into a probability that the event is right; without the model the
hand-set rule score is used. The features are kept in the event's ``explanation``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sidelines.extractors.events.clause_features import clause_features
from sidelines.extractors.events.context import context_features
from sidelines.extractors.lookup import doc_text, lemma_of, line_of, same_line, sent_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.config import EventsConfig
    from sidelines.extractors.events.index import EntityIndex

T = TypeVar("T")

# The lowest score the rule formula gives, so that no event reads as certainly wrong.
SCORE_FLOOR = 0.05
# PLOVER quads, as coarse type features (a type of its own would need far more data to learn).
QUADS = {
    "vc": frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}),
    "mc": frozenset({"COOPERATE", "AID", "RETREAT"}),
    "vx": frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"}),
    "mx": frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}),
}
PARTY_ROLES = ("source", "participant", "host", "target")
# Entity ids of sides that are no party on their own (plain people: "three men", "passengers").
Generic = frozenset[str] | set[str]


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


def confidence_of(cand: EventCandidate, config: EventsConfig, generic: Generic = frozenset()) -> float:
    """The hand-set rule score in [0, 1]: trigger kind, clause depth, and whether actors were found.

    The ``generic`` sides (plain people: "three men") weigh as no actor.
    """
    anchor = cand.verb if cand.verb is not None else cand.head
    score = getattr(config.kind_confidence, cand.kind) - config.depth_penalty * _clause_depth(anchor)
    if cand.kind == "noun" and cand.verb is not None:
        score -= 0.1
    if set(cand.actors) - set(generic):
        score += 0.05
    if cand.roles("source", "participant") - set(generic) and (
        cand.roles("target") - set(generic) or cand.type in lex.SYMMETRIC_TYPES
    ):
        score += 0.05
    if cand.stance_of is not None:
        score -= 0.2
    if cand.polarity == "negative":
        score -= 0.05
    if lemma_of(anchor) in lex.WEAK_TRIGGERS:
        score -= config.weak_trigger_penalty
    return round(min(0.99, max(SCORE_FLOOR, score)), 3)


def event_features(
    cand: EventCandidate, quoted: list[tuple[int, int]], generic: Generic = frozenset(),
    index: "EntityIndex | None" = None,
) -> dict[str, float]:
    """The features an event's confidence rests on (``quoted``: the content spans of direct quotes).

    The ``generic`` sides (plain people: "three men") count as no party; with the ``index``, the
    kinds of the sides and how near the trigger they are written join them (:func:`side_features`).
    """
    anchor = cand.verb if cand.verb is not None else cand.head
    parties = {e for e, r in cand.actors.items() if r in PARTY_ROLES} - set(generic)
    has_source = bool(cand.roles("source", "participant", "host") - set(generic))
    has_target = bool(cand.roles("target") - set(generic))
    symmetric = cand.type in lex.SYMMETRIC_TYPES
    at = cand.head.idx
    feats = {
        "rule_score": cand.confidence,
        "kind_verb": float(cand.kind == "verb"),
        "kind_light": float(cand.kind == "light"),
        "kind_noun": float(cand.kind == "noun"),
        "depth": float(min(3, _clause_depth(anchor))),
        "stance": float(cand.stance_of is not None),
        "weak_trigger": float(lemma_of(anchor) in lex.WEAK_TRIGGERS),
        "has_source": float(has_source),
        "has_target": float(has_target),
        "parties": min(3, len(parties)) / 3,
        "complete": float((symmetric and len(parties) >= 2) or (has_source and has_target)),
        "no_actor": float(not parties),
        "negative": float(cand.polarity == "negative"),
        "modal": float(cand.modality is not None),
        "mentions": math.log1p(len(set(cand.evidence))),
        "in_quote": float(any(s <= at < e for s, e in quoted)),
        "headline": float(line_of(cand.head) == 0 and _has_body(doc_text(cand.head.doc))),
        "typer_event": cand.typer_event,
        "typer_type": cand.typer_type,
    }
    for quad, types in QUADS.items():
        feats[f"quad_{quad}"] = float(cand.type in types)
    for ptype in lex.EVENT_TYPES:
        # How often each type is right differs (an article's "promised" is seldom a real AGREE): learned.
        feats[f"type_{ptype}"] = float(cand.type == ptype)
    feats["typer_found"] = float(cand.found_by_typer)
    feats["target_only"] = float(has_target and not has_source and not symmetric)
    if index is not None:
        feats.update(side_features(cand, index))
    feats.update(context_features(anchor))
    # A headline drops its auxiliaries ("Eleven smugglers arrested"): only its clause role counts.
    feats.update(clause_features(anchor, headline=bool(feats["headline"])))
    feats.update(article_features(feats, is_article(doc_text(cand.head.doc))))
    return feats


# Features whose weight differs between a whole article and a one-sentence report: an article tells
# events in passing (planned, reported in quotes, deep in a clause, one side lost), a one-sentence
# report (Multi-CoPED, PLOVER) tells its one coded event. Their article copies are learned from the
# article events alone (zero in a sentence), so the sentences' labels, which ignore status and are
# lenient on sides, do not set how much an article's planned or one-sided event is worth.
ARTICLE_INTERACTIONS = ("modal", "negative", "in_quote", "target_only", "depth", "stance", "typer_found",
                        "has_source", "complete") + tuple(f"type_{t}" for t in lex.EVENT_TYPES)


def article_features(feats: dict[str, float], article: bool) -> dict[str, float]:
    """``article`` (the text has several lines) and its products with :data:`ARTICLE_INTERACTIONS`."""
    flag = float(article)
    out = {"article": flag}
    out.update({f"article_{name}": flag * feats.get(name, 0.0) for name in ARTICLE_INTERACTIONS})
    return out


# Entity types of states and peoples ("Russia", "Moscow", "Iranians"), as one side kind.
STATE_TYPES = frozenset({"GPE", "NORP"})
# Entity types of the usual sides; a named side of another type (a building, a product, an event) is rare.
ACTOR_KINDS = frozenset({"PERSON", "ORG"}) | STATE_TYPES
# Tokens between a trigger and a side beyond which the side counts as far (the feature's scale).
FAR_TOKENS = 12


def side_features(cand: EventCandidate, index: "EntityIndex") -> dict[str, float]:
    """What the sides are and where they are written: named person, organisation, state, or a plain noun;
    both sides named; how far the nearest side is from the trigger in its sentence; a doer only a pronoun.
    """
    doers = cand.roles("source", "participant", "host")
    targets = cand.roles("target")
    anchor = cand.verb if cand.verb is not None else cand.head
    sent = sent_of(anchor)
    near: dict[str, list["Token"]] = {}
    for k in range(sent.start, sent.end):
        for eid in index.by_token.get(k, ()):
            near.setdefault(eid, []).append(sent.doc[k])

    def kind(ids: set[str], types: frozenset[str]) -> float:
        return float(any(e in index.named and index.types.get(e) in types for e in ids))

    sides = doers | targets
    gaps = [abs(t.i - anchor.i) for e in sides for t in near.get(e, ())]
    pronoun_doer = bool(doers) and all(
        near.get(e) and all(t.pos_ == "PRON" for t in near[e]) for e in doers)
    return {
        "source_person": kind(doers, frozenset({"PERSON"})),
        "source_org": kind(doers, frozenset({"ORG"})),
        "source_state": kind(doers, STATE_TYPES),
        "source_plain": float(bool(doers) and not any(e in index.named for e in doers)),
        "source_other": float(any(e in index.named and index.types.get(e) not in ACTOR_KINDS for e in doers)),
        "target_person": kind(targets, frozenset({"PERSON"})),
        "target_org": kind(targets, frozenset({"ORG"})),
        "target_named": float(any(e in index.named for e in targets)),
        "target_state": kind(targets, STATE_TYPES),
        "both_named": float(any(e in index.named for e in doers) and (
            any(e in index.named for e in targets) or (cand.type in lex.SYMMETRIC_TYPES and len(
                [e for e in doers if e in index.named]) >= 2))),
        "side_gap": min(FAR_TOKENS, min(gaps, default=FAR_TOKENS)) / FAR_TOKENS,
        "sides_elsewhere": float(bool(sides) and not gaps),
        "pronoun_doer": float(pronoun_doer),
        "side_mentions": math.log1p(max((index.mention_counts.get(e, 0) for e in sides), default=0)),
        "position": anchor.idx / max(1, len(doc_text(anchor.doc))),
    }


def _names_someone(verb: "Token", event_noun: "Token | None") -> bool:
    """Whether a clause has a noun subject or agent ("both sides agreed", "arrested by police").

    A pronoun the entities layer left unresolved ("she asked", "women who seek"), an infinitive or
    a participle with no subject of its own names no one.
    """
    for child in verb.children:
        heads = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "agent" else [child]
        if child.dep_ in ("nsubj", "nsubjpass", "agent") and any(
            h.pos_ in ("NOUN", "PROPN") and h is not event_noun for h in heads
        ):
            return True
    return False


def is_anchored(cand: EventCandidate, headline: bool, generic: Generic = frozenset()) -> bool:
    """Whether an event may be written: it has a party, or its clause names someone, or it is the headline's.

    An event with no party is kept when its clause has a noun subject or agent the actors layer did
    not take ("both sides agreed", "rounds of talks were held") or when it is the headline's ("26
    pirates arrested"); "she asked", "the others killed", "to break a tie" are not. An event whose
    only parties are ``generic`` sides (plain people: "three men") needs another party.
    """
    parties = cand.roles(*PARTY_ROLES)
    if parties - set(generic) or headline:
        return True
    if parties:
        return False  # only plain people ("three men were detained"): another party must vouch for it
    if cand.kind == "noun":
        return True  # nominals without actors were already weighed by the mention pass
    anchor = cand.verb if cand.verb is not None else cand.head
    return not _in_general_clause(anchor) and _names_someone(anchor, cand.noun)


# Subordinators of a clause that tells a general truth or a condition, not an event ("when two
# states share a goal", "if a country leaves").
GENERAL_MARKS = frozenset({"when", "whenever", "if", "unless", "once"})


def _in_general_clause(verb: "Token") -> bool:
    """Whether a verb heads an adverbial clause opened by "when", "if" and the like."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in GENERAL_MARKS and c.i < verb.i for c in verb.children)


def _has_body(text: str) -> bool:
    """Whether a text has lines after its first (so that the first is a headline)."""
    _, _, rest = text.partition("\n")
    return bool(rest.strip())


# Standardised feature values are clipped to this many deviations: a rare feature (a headline
# event) must not outweigh all the others by its tiny spread alone.
MAX_DEVIATIONS = 3.0


def standardise(value: float, mean: float, scale: float) -> float:
    """A feature value in deviations from its training mean, clipped to +-MAX_DEVIATIONS."""
    z = (value - mean) / (scale or 1.0)
    return max(-MAX_DEVIATIONS, min(MAX_DEVIATIONS, z))


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic model over event features: P(the event is right), and the threshold chosen with it."""

    weights: dict[str, float]
    bias: float
    mean: dict[str, float]
    scale: dict[str, float]
    #: The threshold of best out-of-fold F0.5 on the tuning halves (scripts/train_event_confidence.py).
    min_confidence: float = 0.0
    #: The threshold of best out-of-fold F1 on the same events (``min_confidence = "model_f1"``).
    min_confidence_f1: float = 0.0

    def score(self, features: dict[str, float]) -> float:
        """The probability for one event's features (unknown features weigh nothing)."""
        z = self.bias
        for name, weight in self.weights.items():
            value = features.get(name, 0.0)
            z += weight * standardise(value, self.mean.get(name, 0.0), self.scale.get(name, 1.0))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict[str, object]) -> "ConfidenceModel":
        """The model from its JSON form (as the training script writes it)."""
        return cls(
            weights={str(k): float(v) for k, v in dict(data["weights"]).items()},  # type: ignore[call-overload]
            bias=float(data["bias"]),  # type: ignore[arg-type]
            mean={str(k): float(v) for k, v in dict(data.get("mean", {})).items()},  # type: ignore[call-overload]
            scale={str(k): float(v) for k, v in dict(data.get("scale", {})).items()},  # type: ignore[call-overload]
            min_confidence=float(data.get("min_confidence_by_f05", 0.0)),  # type: ignore[arg-type]
            min_confidence_f1=float(data.get("min_confidence_by_f1", 0.0)),  # type: ignore[arg-type]
        )


@lru_cache(maxsize=4)
def load_confidence_model(path: str = "") -> ConfidenceModel | None:
    """The packaged model (or the file at ``path``); None when there is none."""
    if path:
        file = Path(path)
        text = file.read_text("utf-8") if file.exists() else None
    else:
        ref = resources.files("sidelines") / "data" / "event_confidence.json"
        text = ref.read_text("utf-8") if ref.is_file() else None
    return ConfidenceModel.from_json(json.loads(text)) if text else None


def threshold_of(setting: "float | str", model: ConfidenceModel | None) -> float:
    """The ``min_confidence`` in force: a number as set, or the model's own (0 without one): ``"model"``
    its best-F0.5 threshold, ``"model_f1"`` its best-F1 threshold."""
    if isinstance(setting, str):
        if model is None:
            return 0.0
        return model.min_confidence_f1 if setting == "model_f1" else model.min_confidence
    return float(setting)


def above_threshold(
    scored: list[tuple[EventCandidate, T]], threshold: float, *, article: bool
) -> list[tuple[EventCandidate, T]]:
    """The events at or above ``threshold``, in their order; in a text that is no ``article``, all of them.

    An article (a text of several lines: a headline, paragraphs) tells many events in passing, and
    its unsure ones are mostly wrong; a one-paragraph report (a wire summary, a single sentence) is
    about the events it tells, and keeps them all.
    """
    if not article:
        return scored
    return [pair for pair in scored if pair[0].confidence >= threshold]


def is_article(text: str) -> bool:
    """Whether a text has several lines (a headline, paragraphs), so that ``min_confidence`` applies."""
    return _has_body(text.strip())
