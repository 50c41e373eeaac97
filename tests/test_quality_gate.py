"""Quality gate: scores on fixed slices of the dev sets must not fall below eval/baseline.json.

Raising a floor is a commit; lowering one needs a reason in the commit message. The slices
are small (the first documents of each file, per corpus where a file mixes corpora) so
that the gate runs in a couple of minutes without any parse cache.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BASELINE = Path(__file__).resolve().parent.parent / "eval" / "baseline.json"
GATE = json.loads(BASELINE.read_text("utf-8"))


def gold_slice(shared_dir: Path, spec: dict) -> list[dict]:
    """The first ``per_source`` documents of each corpus in the gold file (file order kept)."""
    from sidelines.evaluate.gold import read_gold

    golds = read_gold(shared_dir / "eval" / spec["data"])
    taken: dict[str, int] = {}
    out = []
    for gold in golds:
        source = str(gold.get("source"))
        if taken.get(source, 0) < spec["per_source"]:
            taken[source] = taken.get(source, 0) + 1
            out.append(gold)
    return out


@pytest.mark.shared
@pytest.mark.parametrize("task", sorted(GATE["tasks"]))
def test_quality_gate_scores_not_below_floors(task, shared_dir, pipeline):
    from sidelines.evaluate.runner import evaluate_golds

    spec = GATE["tasks"][task]
    report = evaluate_golds(task, gold_slice(shared_dir, spec), pipeline.settings, pipeline=pipeline)
    epsilon = GATE.get("epsilon", 0.0)
    below = {
        name: (round(report.headline[name], 4), floor)
        for name, floor in spec["floors"].items()
        if report.headline[name] < floor - epsilon
    }
    assert not below, f"{task}: scores below their floors (score, floor): {below}"


def test_quality_gate_baseline_names_known_metrics():
    """Every pinned metric is one the scorer reports (a typo would make the gate pass silently)."""
    from sidelines.evaluate.metrics import TaskReport  # noqa: F401 - the module the names come from

    known = {
        "ner": {"f1", "precision", "recall"},
        "coref": {"muc_f1", "muc_precision", "muc_recall"},
        "quotes": {"content_f1", "content_precision", "content_recall", "speaker_accuracy", "end_to_end_f1",
                   "direct_recall"},
        "times": {"value_f1", "strict_f1", "overlap_f1"},
        "places": {"geowebnews_f1", "geowebnews_within_161km", "lgl_f1", "lgl_within_161km"},
        "events": {"type_accuracy", "source_country_accuracy", "target_country_accuracy", "country_accuracy"},
        "stories": {"bcubed_f1", "bcubed_precision", "bcubed_recall"},
    }
    for task, spec in GATE["tasks"].items():
        assert set(spec["floors"]) <= known[task], task
