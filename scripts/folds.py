"""Out-of-fold probabilities for the training scripts: each row scored by a model fitted without its
document's fold, documents shuffled into folds by a seed (so rows of one article never train and test)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

Rows = list[dict[str, Any]]


def out_of_fold(rows: Rows, fit: Callable[[Rows], Any], predict: Callable[[Any, Rows], list[dict[str, float]]],
                folds: int, seed: int) -> list[dict[str, float]]:
    """Each row's probabilities from ``predict(fit(rows of the other folds), its rows)``; folds by ``doc``."""
    docs = sorted({r["doc"] for r in rows})
    rng = np.random.default_rng(seed)
    rng.shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    out: list[dict[str, float]] = [{} for _ in rows]
    for k in range(folds):
        train = [r for r in rows if fold_of[r["doc"]] != k]
        test = [i for i, r in enumerate(rows) if fold_of[r["doc"]] == k]
        fitted = fit(train)
        for i, p in zip(test, predict(fitted, [rows[i] for i in test]), strict=True):
            out[i] = p
    return out
