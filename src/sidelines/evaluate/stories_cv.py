"""Cross-validation of story grouping by topic: choose settings on some topics, score the others.

ECB+ topics each hold two real-world events of one kind (two rehab stays, two earthquakes).
A grouping method with thresholds chosen on all of dev learns those topics; scored on
topics it never saw, it falls. So the topics are dealt into K folds; each fold's articles
are grouped on their own (as a run over a fresh batch of news would be), for every point of
the method's settings grid; for each held-out fold the settings are chosen on the other
folds alone, and the held-out fold is scored with them. The mean over held-out folds is
the estimate; the grid table also tells how flat the F1 is around the chosen settings.

The choice favours wide optima: a grid point is judged by the mean F1 of itself and its
neighbours (one step along each setting), so a sharp lone peak loses to a plateau.

One deal of 33 topics into 5 folds is one draw: another deal moves the estimate by about as
much as the gaps being measured. Repeated cross-validation (``--repeats N``) runs the whole
K-fold CV over N different deals (deal 0 is the historical one) and reports the mean and the
spread of the held-out F1, per deal and overall.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rich.table import Table
from rich.text import Text

from sidelines.errors import EvalError
from sidelines.evaluate.metrics import f1_of
from sidelines.evaluate.splits import SALT
from sidelines.evaluate.stories import score_stories
from sidelines.model.record import Record

Params = tuple[float, ...]


@dataclass(frozen=True)
class StoryMethod:
    """A way to group articles: a settings grid, a costly step done once per batch, and the grouping."""

    name: str
    grid: dict[str, tuple[float, ...]]
    prepare: Callable[[Sequence[Record]], Any]
    group: Callable[[Any, dict[str, float]], list[list[str]]]


@dataclass
class MethodResult:
    """Held-out scores of one method, the settings each fold chose, and the full grid table."""

    name: str
    precision: float
    recall: float
    f1: float
    folds: list[dict[str, Any]]
    chosen: dict[str, float]
    flatness: dict[str, list[tuple[float, float]]] = field(default_factory=dict)


def topic_of(gold: dict[str, Any]) -> str:
    """The ECB+ topic of an article (its id's prefix when the field is missing)."""
    if gold.get("topic") is not None:
        return str(gold["topic"])
    return str(gold["id"]).split(":", 1)[-1].split("_", 1)[0]


def topic_folds(golds: Sequence[dict[str, Any]], k: int, deal: int = 0) -> list[list[int]]:
    """Article indices of K folds: topics ordered by a digest salted with the deal, dealt round-robin."""
    salt = f"{SALT}:cv:" if deal == 0 else f"{SALT}:cv{deal}:"   # deal 0: the historical deal
    topics = sorted({topic_of(g) for g in golds}, key=lambda t: hashlib.sha256(f"{salt}{t}".encode()).hexdigest())
    if not 2 <= k <= len(topics):
        raise EvalError(f"--cv needs 2 to {len(topics)} folds (one topic at least in each); got {k}", code="E613")
    fold_of = {t: i % k for i, t in enumerate(topics)}
    folds: list[list[int]] = [[] for _ in range(k)]
    for i, g in enumerate(golds):
        folds[fold_of[topic_of(g)]].append(i)
    return folds


def grid_points(grid: dict[str, tuple[float, ...]]) -> list[Params]:
    """Every combination of the grid's values, in the grid's setting order."""
    return list(itertools.product(*grid.values()))


def neighbour_mean(table: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Mean of each grid point's F1 and its neighbours' (one step along one setting), flattened."""
    cube = table.reshape(shape)
    total = cube.copy()
    count = np.ones_like(cube)
    for axis in range(cube.ndim):
        for step in (-1, 1):
            shifted = np.full_like(cube, np.nan)
            src = [slice(None)] * cube.ndim
            dst = [slice(None)] * cube.ndim
            if step == 1:
                src[axis], dst[axis] = slice(1, None), slice(None, -1)
            else:
                src[axis], dst[axis] = slice(None, -1), slice(1, None)
            shifted[tuple(dst)] = cube[tuple(src)]
            ok = ~np.isnan(shifted)
            total[ok] += shifted[ok]
            count[ok] += 1
    return (total / count).reshape(-1)


def cross_validate(golds: Sequence[dict[str, Any]], records: Sequence[Record], method: StoryMethod,
                   k: int = 5, deal: int = 0) -> MethodResult:
    """Held-out B-cubed of ``method`` over K topic folds, settings chosen on the other folds each time."""
    folds = topic_folds(golds, k, deal)
    points = grid_points(method.grid)
    shape = tuple(len(v) for v in method.grid.values())
    # scores[fold, point] = (precision, recall, F1) of that fold grouped alone with those settings.
    scores = np.zeros((k, len(points), 3))
    for f, idx in enumerate(folds):
        fold_golds = [golds[i] for i in idx]
        state = method.prepare([records[i] for i in idx])
        for p, point in enumerate(points):
            stories = method.group(state, dict(zip(method.grid, point, strict=True)))
            headline = score_stories(fold_golds, stories).headline
            scores[f, p] = (headline["bcubed_precision"], headline["bcubed_recall"], headline["bcubed_f1"])
    per_fold = []
    for f in range(k):
        others = [j for j in range(k) if j != f]
        best = int(np.argmax(neighbour_mean(scores[others, :, 2].mean(axis=0), shape)))
        p, r, f1 = scores[f, best]
        per_fold.append({"fold": f, "topics": sorted({topic_of(golds[i]) for i in folds[f]}, key=_topic_order),
                         "documents": len(folds[f]), "settings": dict(zip(method.grid, points[best], strict=True)),
                         "precision": p, "recall": r, "f1": f1})
    precision = float(np.mean([x["precision"] for x in per_fold]))
    recall = float(np.mean([x["recall"] for x in per_fold]))
    mean_f1 = scores[:, :, 2].mean(axis=0)
    overall = int(np.argmax(neighbour_mean(mean_f1, shape)))
    chosen = dict(zip(method.grid, points[overall], strict=True))
    flatness: dict[str, list[tuple[float, float]]] = {}
    for axis, name in enumerate(method.grid):
        line = [(float(point[axis]), float(mean_f1[p])) for p, point in enumerate(points)
                if all(point[a] == points[overall][a] for a in range(len(shape)) if a != axis)]
        flatness[name] = line
    return MethodResult(method.name, precision, recall, float(np.mean([x["f1"] for x in per_fold])),
                        per_fold, chosen, flatness)


def _topic_order(topic: str) -> tuple[int, str]:
    return (int(topic), topic) if topic.isdigit() else (10**9, topic)


def summary_f1(result: MethodResult) -> float:
    """The held-out F1 recomputed from the mean precision and recall (the other common convention)."""
    return f1_of(result.precision, result.recall)


def cv_report(golds: Sequence[dict[str, Any]], records: Sequence[Record], k: int,
              methods: Sequence[StoryMethod], deal: int = 0) -> list[MethodResult]:
    """Cross-validate each method on the same topic folds (those of ``deal``)."""
    return [cross_validate(golds, records, m, k, deal) for m in methods]


def repeated_cv(golds: Sequence[dict[str, Any]], records: Sequence[Record], k: int,
                methods: Sequence[StoryMethod], repeats: int) -> list[list[MethodResult]]:
    """The whole K-fold CV of every method once per deal of topics: ``result[deal][method]``."""
    if repeats < 1:
        raise EvalError(f"--repeats needs at least one deal of topics; got {repeats}", code="E613")
    return [cv_report(golds, records, k, methods, deal) for deal in range(repeats)]


@dataclass(frozen=True)
class Spread:
    """Held-out F1 of one method over repeated deals (standard deviations with n - 1; 0 for one value)."""

    name: str
    deals: list[tuple[float, float]]   # per deal: mean and sd of its K held-out fold F1s
    mean: float                        # over every held-out fold of every deal
    sd_deals: float                    # of the deals' means: how far the estimate moves with the deal
    sd_folds: float                    # of every held-out fold of every deal


def _sd(values: Sequence[float]) -> float:
    return float(np.std(values, ddof=1)) if len(values) > 1 else 0.0


def spread(per_deal: Sequence[MethodResult]) -> Spread:
    """Mean and spread of one method's held-out F1 over its results on several deals."""
    fold_f1 = [[float(f["f1"]) for f in r.folds] for r in per_deal]
    every = [f1 for deal in fold_f1 for f1 in deal]
    return Spread(per_deal[0].name, [(float(np.mean(d)), _sd(d)) for d in fold_f1], float(np.mean(every)),
                  _sd([r.f1 for r in per_deal]), _sd(every))


def spreads(results: Sequence[Sequence[MethodResult]]) -> list[Spread]:
    """The spread of each method over the deals of ``repeated_cv``."""
    return [spread([deal[m] for deal in results]) for m in range(len(results[0]))]


def repeats_table(rows: Sequence[Spread], k: int, documents: int) -> Table:
    """Held-out F1 (mean ± sd over the K folds) of each method on each deal, and over all deals."""
    n = len(rows[0].deals)
    table = Table(title=f"sidelines eval stories --cv {k} --repeats {n}: B-cubed F1 on held-out topics "
                  f"({documents} documents), mean ± sd over folds")
    for name in ["method", *(f"deal {d}" for d in range(n)), "mean", "sd of deal means", "sd of all folds"]:
        table.add_column(name, justify="left" if name == "method" else "right")
    for r in rows:
        table.add_row(r.name, *(f"{m:.3f} ± {sd:.3f}" for m, sd in r.deals), f"{r.mean:.3f}", f"{r.sd_deals:.3f}",
                      f"{r.sd_folds:.3f}")
    return table


def repeats_dict(results: Sequence[Sequence[MethodResult]], k: int) -> dict[str, Any]:
    """The repeated cross-validation as a JSON-ready object: the summary, then each deal in full."""
    return {"task": "stories", "cv": k, "repeats": len(results),
            "summary": [{"name": s.name, "mean": s.mean, "sd_deals": s.sd_deals, "sd_folds": s.sd_folds,
                         "deals": [{"mean": m, "sd": sd} for m, sd in s.deals]} for s in spreads(results)],
            "deals": [cv_dict(deal, k)["methods"] for deal in results]}


def cv_table(results: Sequence[MethodResult], k: int, documents: int) -> Table:
    """Held-out B-cubed of each method, and the settings chosen on all folds with their F1 curve."""
    table = Table(title=f"sidelines eval stories --cv {k}: B-cubed on held-out topics ({documents} documents)")
    for name in ("method", "precision", "recall", "F1", "settings (all folds)", "held-out F1 along each setting"):
        table.add_column(name, justify="left" if name in ("method", "settings (all folds)") else "right")
    for r in results:
        curve = "\n".join(f"{name}: " + " ".join(f"{v:g}={f:.3f}" for v, f in line)
                          for name, line in r.flatness.items() if len(line) > 1)
        table.add_row(r.name, f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}",
                      ", ".join(f"{k}={v:g}" for k, v in r.chosen.items()), Text(curve, justify="left"))
    return table


def cv_dict(results: Sequence[MethodResult], k: int) -> dict[str, Any]:
    """The cross-validation as a JSON-ready object."""
    return {"task": "stories", "cv": k, "methods": [
        {"name": r.name, "precision": r.precision, "recall": r.recall, "f1": r.f1, "chosen": r.chosen,
         "folds": r.folds, "flatness": {n: [list(x) for x in line] for n, line in r.flatness.items()}}
        for r in results]}
