"""The quality gate: scores on fixed slices of the dev sets against floors pinned in eval/baseline.json.

``python -m sidelines.evaluate.gate [--update] [--allow-regression]`` prints the slice scores;
``--update`` raises floors to the measured scores (rounded down to 3 decimals) and never lowers
one unless ``--allow-regression`` is given. tests/test_quality_gate.py runs the same slices.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from pathlib import Path
from typing import Any

from sidelines.evaluate.gold import read_gold
from sidelines.evaluate.metrics import TaskReport

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[3]
BASELINE = ROOT / "eval" / "baseline.json"
SHARED = ROOT.parent / "shared"


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    """The pinned gate: slices, floors and epsilon."""
    return json.loads(path.read_text("utf-8"))


def gold_slice(shared_dir: Path, spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The first ``per_source`` documents of each corpus in the gold file (file order kept)."""
    taken: dict[str, int] = {}
    out = []
    for gold in read_gold(shared_dir / "eval" / spec["data"]):
        source = str(gold.get("source"))
        if taken.get(source, 0) < spec["per_source"]:
            taken[source] = taken.get(source, 0) + 1
            out.append(gold)
    return out


def measure(task: str, spec: dict[str, Any], shared_dir: Path, pipeline: Any) -> TaskReport:
    """Score one task on its slice with the given pipeline."""
    from sidelines.evaluate.runner import evaluate_golds

    return evaluate_golds(task, gold_slice(shared_dir, spec), pipeline.settings, pipeline=pipeline)


def below_floors(report: TaskReport, spec: dict[str, Any], epsilon: float) -> dict[str, tuple[float, float]]:
    """Metrics under ``floor - epsilon``: name -> (score, floor)."""
    return {
        name: (round(report.headline[name], 4), floor)
        for name, floor in spec["floors"].items()
        if report.headline[name] < floor - epsilon
    }


def pin(baseline: dict[str, Any], scores: dict[str, dict[str, float]], allow_regression: bool = False) -> list[str]:
    """Set floors to the scores rounded down to 3 decimals; returns what changed."""
    changes = []
    for task, spec in baseline["tasks"].items():
        for name, old in spec["floors"].items():
            new = math.floor(scores[task][name] * 1000) / 1000
            if new < old and not allow_regression:
                continue
            if new != old:
                changes.append(f"{task}.{name}: {old} -> {new}")
                spec["floors"][name] = new
    return changes


def main(argv: list[str] | None = None) -> int:
    """Measure the slices; with --update, re-pin the floors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="raise floors to the measured scores")
    parser.add_argument("--allow-regression", action="store_true", help="with --update, also lower floors")
    args = parser.parse_args(argv)
    from sidelines.api import get_pipeline
    from sidelines.settings import settings_from_kwargs

    baseline = load_baseline()
    pipeline = get_pipeline(settings_from_kwargs())
    scores, failed = {}, False
    for task, spec in baseline["tasks"].items():
        report = measure(task, spec, SHARED, pipeline)
        scores[task] = report.headline
        below = below_floors(report, spec, baseline.get("epsilon", 0.0))
        failed |= bool(below)
        shown = ", ".join(f"{k}={report.headline[k]:.4f} (floor {v})" for k, v in spec["floors"].items())
        sys.stdout.write(f"{task}: {shown}{'  BELOW: ' + str(below) if below else ''}\n")
    if args.update:
        for change in pin(baseline, scores, args.allow_regression):
            sys.stdout.write(change + "\n")
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", "utf-8")
        return 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
