"""Counting and matching helpers shared by the scorers: P/R/F1, span overlap, one-to-one matching."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")

EARTH_RADIUS_KM = 6371.0088


def safe_div(num: float, den: float) -> float:
    """``num / den``, or 0.0 when ``den`` is 0 (an empty prediction set has precision 0)."""
    return num / den if den else 0.0


def f1_of(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return safe_div(2 * precision * recall, precision + recall)


@dataclass
class Counts:
    """True positives counted separately on the predicted and the gold side.

    With one-to-one matching both sides are equal; MUC and B-cubed fill them with
    their own numerators and denominators.
    """

    tp_pred: float = 0.0
    n_pred: float = 0.0
    tp_gold: float = 0.0
    n_gold: float = 0.0

    def add(self, tp: float, n_pred: float, n_gold: float) -> None:
        """Add a matched count and the sizes of both sides."""
        self.tp_pred += tp
        self.tp_gold += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold
        return self

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        return safe_div(self.tp_pred, self.n_pred)

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return safe_div(self.tp_gold, self.n_gold)

    @property
    def f1(self) -> float:
        """F1 of precision and recall."""
        return f1_of(self.precision, self.recall)


@dataclass
class Row:
    """One line of a report table."""

    label: str
    precision: float | None
    recall: float | None
    f1: float | None
    gold: int | None = None
    predicted: int | None = None
    value: float | None = None  # a single figure (accuracy, share) when P/R/F1 do not apply

    @classmethod
    def of(cls, label: str, counts: Counts) -> "Row":
        """A P/R/F1 row from counts."""
        return cls(label, counts.precision, counts.recall, counts.f1, int(counts.n_gold), int(counts.n_pred))

    @classmethod
    def share(cls, label: str, right: int, total: int) -> "Row":
        """An accuracy row: ``right`` of ``total``."""
        return cls(label, None, None, None, total, None, safe_div(right, total))


@dataclass
class DocumentResult:
    """How one document fared: its score and what was missed or spurious."""

    id: str
    score: float
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class TaskReport:
    """The scores of one task on one gold file."""

    task: str
    headline: dict[str, float]
    rows: list[Row]
    documents: list[DocumentResult] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def worst(self, n: int) -> list[DocumentResult]:
        """The ``n`` documents with the lowest score and something to show."""
        shown = [d for d in self.documents if d.missed or d.spurious or d.notes]
        return sorted(shown, key=lambda d: (d.score, d.id))[:n]


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match_one_to_one(
    preds: Sequence[T], golds: Sequence[U], weight: Callable[[T, U], float]
) -> list[tuple[int, int]]:
    """Pair predictions with gold items greedily by descending weight; weight <= 0 never pairs.

    Greedy matching on sorted candidate pairs keeps each item in at most one pair, so the
    matched count is the same on the predicted and the gold side.
    """
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            w = weight(p, g)
            if w > 0:
                candidates.append((-w, i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def show_span(text: str, start: int, end: int, label: str = "", limit: int = 80) -> str:
    """A short human view of a span for error listings."""
    piece = text[start:end].replace("\n", " ")
    if len(piece) > limit:
        piece = piece[: limit - 1] + "…"
    return f"[{start}:{end}] {piece!r}" + (f" {label}" if label else "")
