"""The judgement trainer's report of both types together, and its leaving features out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import train_quote_judgements as trainer  # noqa: E402


def _row(doc: str, speaker: str, target: str, fits: dict[str, list[int]]) -> dict:
    return {"doc": doc, "speaker": speaker, "target": target, "feats": {"compound": -0.7, "compound*role=subject": -0.7},
            "label": [], "fits": {"ACCUSE": [], "SUPPORT": [], **fits}, "told": {"ACCUSE": False, "SUPPORT": False}}


def test_combined_counts_events_of_both_types():
    rows = [_row("a", "e1", "e2", {"ACCUSE": [0]}), _row("a", "e1", "e3", {}), _row("b", "e4", "e5", {"SUPPORT": [1]})]
    probs = [{"ACCUSE": 0.9, "SUPPORT": 0.05}, {"ACCUSE": 0.2, "SUPPORT": 0.1}, {"ACCUSE": 0.1, "SUPPORT": 0.7}]
    counts = {"a": {"tp_pred": 3, "n_pred": 4, "tp_gold": 3, "n_gold": 8},
              "b": {"tp_pred": 1, "n_pred": 1, "tp_gold": 1, "n_gold": 2}}
    out = trainer.combined(rows, [probs], counts, {"ACCUSE": 0.5, "SUPPORT": 0.6})
    assert (out["added"], out["right"]) == (2, 2)
    assert out["event_precision"] == pytest.approx(6 / 7, abs=1e-4)
    assert out["event_recall"] == pytest.approx(0.6, abs=1e-4)
    assert trainer.combined(rows, [probs], counts, {"ACCUSE": 0.5})["added"] == 1  # a type without threshold: none


def test_keep_features_leaves_out_prefixes():
    rows = [_row("a", "e1", "e2", {})]
    assert trainer.keep_features(rows, ("compound*",))[0]["feats"] == {"compound": -0.7}
    assert trainer.keep_features(rows, ()) is rows
