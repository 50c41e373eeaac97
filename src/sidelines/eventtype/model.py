"""The trained event-type classifier at run time: multinomial logistic regression as plain JSON.

``sidelines/data/event_classifier.json`` is written by ``scripts/train_event_classifier.py``. It
holds one or more linear models (``classifier``: clause features only; ``combined``: the same with
the lexicon's types as features), each a list of labels, a bias per label and, per feature, its
weights as ``{label index: weight}`` (weights under a threshold are dropped). Scoring is a few dict
lookups and a softmax: no scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sidelines.eventtype.labels import LABELS


def default_path() -> Path:
    return Path(str(resources.files("sidelines") / "data" / "event_classifier.json"))


class LinearModel:
    """Softmax over ``bias + sum(value * weight)`` for the features of one token."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self.bias: list[float] = [float(b) for b in data["bias"]]
        self.weights: dict[str, tuple[tuple[int, float], ...]] = {
            name: tuple((int(i), float(w)) for i, w in ws.items()) for name, ws in data["weights"].items()
        }
        self.uses_lexicon: bool = bool(data.get("uses_lexicon", False))

    def scores(self, feats: dict[str, float]) -> list[float]:
        z = list(self.bias)
        weights = self.weights
        for name, value in feats.items():
            row = weights.get(name)
            if row is None:
                continue
            for i, w in row:
                z[i] += value * w
        return z

    def predict_proba(self, feats: dict[str, float]) -> dict[str, float]:
        z = self.scores(feats)
        top = max(z)
        exps = [math.exp(v - top) for v in z]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}


class DataModel:
    """A linear model kept as a JSON file of the package's data (``FILE``) or at a path, with its meta."""

    FILE = ""

    def __init__(self, data: dict[str, Any]) -> None:
        self.linear = LinearModel(data)
        self.meta: dict[str, Any] = data.get("meta", {})

    @classmethod
    def packaged(cls) -> Path:
        """The path of the packaged file."""
        return Path(str(resources.files("sidelines") / "data" / cls.FILE))

    @classmethod
    def load(cls, path: str | Path | None = None) -> Any:
        """The model of ``path``, or the packaged one."""
        return cls(json.loads(Path(path or cls.packaged()).read_text("utf-8")))

    @classmethod
    def load_if_there(cls, path: str = "") -> Any:
        """The model of ``path`` (empty: the packaged one), or None when there is no such file."""
        file = Path(path) if path else cls.packaged()
        return cls.load(file) if file.exists() else None

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """The probability of each label for one example's features."""
        return self.linear.predict_proba(feats)


class ClassifierBundle:
    """The models of the classifier file, and how to combine the classifier with the lexicon."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.meta: dict[str, Any] = data.get("meta", {})
        self.models: dict[str, LinearModel] = {name: LinearModel(m) for name, m in data["models"].items()}
        # Product of experts: P(type) ~ P_classifier(type) * (floor + lexicon(type)) ** alpha.
        self.product: dict[str, float] = {"alpha": 1.0, "floor": 0.05, **data.get("product", {})}
        self.default: str = data.get("default", "combined")
        # Sentence level: the rank discount per clause level, per method.
        self.sentence: dict[str, Any] = data.get("sentence", {})
        for m in self.models.values():
            assert set(m.labels) <= set(LABELS), m.labels

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ClassifierBundle":
        with open(path or default_path(), encoding="utf-8") as fh:
            return cls(json.load(fh))


@lru_cache(maxsize=4)
def load_classifier(path: str = "") -> ClassifierBundle:
    """The packaged classifier (or one at ``path``), loaded once per process."""
    return ClassifierBundle.load(path or None)
