"""Quality gate: scores on fixed slices of the dev sets must not fall below eval/baseline.json.

Raising a floor is a commit; lowering one needs a reason in the commit message. The slices
are small (the first documents of each corpus in each file) so that the gate runs in a
couple of minutes without any parse cache. Re-pin with ``python -m sidelines.evaluate.gate --update``.
"""

from __future__ import annotations

import pytest

from sidelines.evaluate.gate import below_floors, load_baseline, measure, pin

GATE = load_baseline()


@pytest.mark.shared
@pytest.mark.parametrize("task", sorted(GATE["tasks"]))
def test_quality_gate_scores_not_below_floors(task, shared_dir, pipeline):
    spec = GATE["tasks"][task]
    report = measure(task, spec, shared_dir, pipeline)
    below = below_floors(report, spec, GATE.get("epsilon", 0.0))
    assert not below, f"{task}: scores below their floors (score, floor): {below}"


def test_quality_gate_baseline_names_known_metrics():
    """Every pinned metric is one the scorer reports (a typo would make the gate pass silently)."""
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
    assert set(GATE["tasks"]) == set(known)
    for task, spec in GATE["tasks"].items():
        assert set(spec["floors"]) <= known[task], task


def test_quality_gate_pin_never_lowers_without_permission():
    baseline = {"tasks": {"ner": {"floors": {"f1": 0.8}}, "times": {"floors": {"value_f1": 0.5}}}}
    scores = {"ner": {"f1": 0.79}, "times": {"value_f1": 0.61234}}
    # ner would drop 0.8 -> 0.79: kept. times rises to 0.612 (rounded down to 3 decimals).
    assert pin(baseline, scores) == ["times.value_f1: 0.5 -> 0.612"]
    assert baseline["tasks"]["ner"]["floors"]["f1"] == 0.8
    assert pin(baseline, scores, allow_regression=True) == ["ner.f1: 0.8 -> 0.79"]
