"""Event typing: which tokens of a sentence trigger a PLOVER event, of which type and mode.

Standalone (it imports nothing from ``sidelines.extractors``): the events extractor calls it through
a thin adapter. Two resources, loaded once and handed in:

- the trigger lexicon (``data/plover_triggers.json``, derived from the CAMEO verb dictionaries and
  the CAMEO2PLOVER table by ``scripts/build_trigger_lexicon.py``);
- the classifier (``data/event_classifier.json``, multinomial logistic regression over clause
  features, trained by ``scripts/train_event_classifier.py``).

Methods: ``lexicon`` (the lexicon alone), ``classifier`` (clause features without the lexicon),
``combined`` (the classifier with the lexicon's types among its features) and ``product``
(classifier times the lexicon's prior). ``make model`` rebuilds both files.

    typer = EventTyper.load()
    for trig in typer.find(sent):            # a spaCy sentence Span
        print(trig.text, trig.type, trig.mode, trig.probability, trig.source)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sidelines.eventtype.features import candidates, clause_depth, features, is_candidate
from sidelines.eventtype.labels import CLASS_OF, LABELS, NO_EVENT, NONE, TYPES, coarse_class
from sidelines.eventtype.lexicon import LexMatch, TriggerLexicon, load_lexicon
from sidelines.eventtype.model import ClassifierBundle, load_classifier

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

METHODS = ("lexicon", "classifier", "combined", "product")
DEFAULT_DEPTH_DECAY = 0.5


@dataclass(frozen=True)
class TypedTrigger:
    """One candidate trigger token with its type (a PLOVER type or NONE), mode and probability."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    type: str
    mode: str | None
    probability: float
    source: str
    context: tuple[str, ...] = ()
    depth: int = 0
    rank: float = 0.0
    probs: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_event(self) -> bool:
        return self.type != NONE


class EventTyper:
    """Types candidate trigger tokens with the lexicon, the classifier, or both."""

    def __init__(self, lexicon: TriggerLexicon, classifier: ClassifierBundle | None = None,
                 method: str = "") -> None:
        self.lexicon = lexicon
        self.classifier = classifier
        default = classifier.default if classifier is not None else "lexicon"
        self.method = method or default
        if self.method not in METHODS:
            raise ValueError(f"unknown method {self.method!r}; one of {METHODS}")
        if self.method != "lexicon" and classifier is None:
            raise ValueError(f"method {self.method!r} needs the classifier")

    @classmethod
    def load(cls, method: str = "", lexicon_path: str = "", classifier_path: str = "") -> "EventTyper":
        """The packaged resources, loaded once per process (or the files at the given paths)."""
        return cls(load_lexicon(lexicon_path), load_classifier(classifier_path), method)

    # -- one token ------------------------------------------------------------------------------
    def probabilities(self, token: "Token", method: str = "") -> tuple[dict[str, float], LexMatch | None]:
        """P(label) over the 16 types and NONE for one token, and the lexicon's match."""
        method = method or self.method
        match = self.lexicon.match(token)
        if method == "lexicon":
            return lexicon_probs(match), match
        assert self.classifier is not None
        if method == "combined":
            model = self.classifier.models["combined"]
            return model.predict_proba(features(token, self.lexicon, use_lexicon=True, match=match)), match
        probs = self.classifier.models["classifier"].predict_proba(features(token, self.lexicon, use_lexicon=False))
        if method == "product":
            probs = product(probs, lexicon_probs(match), **self.classifier.product)
        return probs, match

    def score(self, token: "Token", method: str = "") -> TypedTrigger:
        """Type one given token (NONE when it is no event)."""
        method = method or self.method
        probs, match = self.probabilities(token, method)
        if method == "lexicon":
            label, weight = match.top() if match is not None else (NONE, 1.0)
            prob = weight if label != NONE else probs[NONE]
        else:
            label = max(probs, key=lambda t: probs[t])
            prob = probs[label]
        mode = context = None
        if label != NONE and match is not None:
            mode = match.mode_for(label)
            if mode is None and match.level not in ("own", "patterns", "noun"):
                own = self.lexicon.lemma_match(token.lemma_.lower(), token.pos_)
                mode = own.mode_for(label) if own is not None else None
            top, _ = match.top()
            context = match.contexts if top == label else ()
        if method == "lexicon":
            source = f"lexicon:{match.pattern}" if match is not None else "lexicon:-"
        elif method == "classifier" or match is None:
            source = "classifier"
        else:
            source = "combined"
        depth = clause_depth(token, self.lexicon)
        rank = prob * self.depth_decay(method) ** depth if label != NONE else 0.0
        return TypedTrigger(token.i, token.text, token.idx, token.idx + len(token.text), token.lemma_.lower(),
                            label, mode, round(prob, 4), source, tuple(context or ()), depth, round(rank, 4), probs)

    def depth_decay(self, method: str = "") -> float:
        """How much a trigger's rank drops per clause level below the main clause (tuned in training)."""
        if self.classifier is None:
            return DEFAULT_DEPTH_DECAY
        return float(self.classifier.sentence.get("depth_decay", {}).get(method or self.method, DEFAULT_DEPTH_DECAY))

    # -- one sentence ---------------------------------------------------------------------------
    def candidates(self, sent: "Span") -> list["Token"]:
        return candidates(sent, self.lexicon)

    def find(self, sent: "Span", method: str = "", include_none: bool = False) -> list[TypedTrigger]:
        """The candidate triggers of a sentence typed as events (all of them with ``include_none``),
        best first: by probability, discounted per clause level below the main clause (``rank``)."""
        out = [self.score(tok, method) for tok in candidates(sent, self.lexicon)]
        if not include_none:
            out = [t for t in out if t.type != NONE]
        return sorted(out, key=lambda t: (-t.rank, -t.probability, t.i))

    def best(self, sent: "Span", method: str = "") -> TypedTrigger | None:
        """The sentence's best event trigger, or None when it tells no event."""
        found = self.find(sent, method)
        return found[0] if found else None


def lexicon_probs(match: LexMatch | None) -> dict[str, float]:
    """The lexicon's weights as a distribution over the labels (no-event evidence reads as NONE)."""
    probs = dict.fromkeys(LABELS, 0.0)
    total = sum(match.types.values()) if match is not None else 0.0
    if match is None or total <= 0:
        probs[NONE] = 1.0
        return probs
    for t, w in match.types.items():
        probs[NONE if t in NO_EVENT else t] += w / total
    return probs


def product(clf: dict[str, float], lex: dict[str, float], alpha: float = 1.0, floor: float = 0.05,
            **_: float) -> dict[str, float]:
    """Product of experts: classifier times the smoothed lexicon prior, renormalised."""
    raw = {k: p * (floor + lex.get(k, 0.0)) ** alpha for k, p in clf.items()}
    total = sum(raw.values()) or 1.0
    return {k: v / total for k, v in raw.items()}


__all__ = [
    "CLASS_OF", "LABELS", "METHODS", "NONE", "TYPES", "ClassifierBundle", "EventTyper", "LexMatch",
    "TriggerLexicon", "TypedTrigger", "candidates", "coarse_class", "features", "is_candidate",
    "lexicon_probs", "load_classifier", "load_lexicon", "product",
]
