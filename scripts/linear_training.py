"""Shared steps of the scripts that train the run-time linear models (sides, quote judgements): a fitted
model's probabilities, out-of-fold probabilities (each row scored by a model fitted without its document's
fold, documents shuffled into folds by a seed, so rows of one article never both train and test), and
the run-time JSON of the weights (read by ``sidelines.eventtype.model.LinearModel``)."""

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


def predict(vec: Any, model: Any, rows: Rows) -> list[dict[str, float]]:
    """Each row's probability per label, from a DictVectorizer and a fitted scikit-learn classifier."""
    probs = model.predict_proba(vec.transform([r["feats"] for r in rows]))
    return [{k: float(p[i]) for i, k in enumerate(model.classes_)} for p in probs]


def linear_export(vec: Any, model: Any, labels: list[str], min_weight: float) -> dict[str, Any]:
    """The run-time weights: the labels in ``labels`` order, a bias each, and per feature its weights
    by label index (weights under ``min_weight`` dropped)."""
    classes = list(model.classes_)
    order = [classes.index(name) for name in labels]
    coef = model.coef_
    weights: dict[str, dict[str, float]] = {}
    for j, name in enumerate(vec.feature_names_):
        ws = {str(k): round(float(coef[i, j]), 4) for k, i in enumerate(order) if abs(coef[i, j]) >= min_weight}
        if ws:
            weights[name] = ws
    return {"labels": list(labels), "bias": [round(float(model.intercept_[i]), 4) for i in order],
            "weights": weights}


def f_beta(precision: float, recall: float, beta: float = 0.5) -> float:
    """F-beta of a precision and a recall (beta 0.5 weighs precision twice as much as recall)."""
    b2 = beta * beta
    denom = b2 * precision + recall
    return (1 + b2) * precision * recall / denom if denom else 0.0
