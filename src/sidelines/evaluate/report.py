"""Reports of a scored task: a Rich table, a JSON object and the worst documents."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sidelines.evaluate.metrics import TaskReport


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def report_table(report: TaskReport) -> Table:
    """Precision, recall and F1 (or a single figure) per row, the headline in the caption."""
    split = report.extra.get("split")
    table = Table(title=f"sidelines eval {report.task}: {report.extra.get('data', '')}"
                        + (f" (split: {split})" if split else ""))
    for name in ("", "precision", "recall", "F1", "value", "gold", "predicted"):
        table.add_column(name, justify="left" if not name else "right", no_wrap=(name == ""))
    for row in report.rows:
        table.add_row(
            row.label, _fmt(row.precision), _fmt(row.recall), _fmt(row.f1), _fmt(row.value),
            "" if row.gold is None else str(row.gold), "" if row.predicted is None else str(row.predicted),
        )
    table.caption = "  ".join(f"{k} = {v:.3f}" for k, v in report.headline.items()) + (
        f"  ({report.extra.get('documents', 0)} documents)"
    )
    return table


def report_dict(report: TaskReport, errors: int = 0) -> dict[str, Any]:
    """The report as a JSON-ready object; ``errors`` worst documents included."""
    return {
        "task": report.task,
        "headline": report.headline,
        "rows": [asdict(r) for r in report.rows],
        "worst": [asdict(d) for d in report.worst(errors)] if errors else [],
        **report.extra,
    }


def write_report(report: TaskReport, path: str | Path, errors: int = 0) -> None:
    """Write the JSON report to ``path``."""
    Path(path).write_text(json.dumps(report_dict(report, errors), ensure_ascii=False, indent=2) + "\n", "utf-8")


def print_errors(report: TaskReport, n: int, console: Console) -> None:
    """Print the ``n`` worst documents with what was missed, spurious or wrong."""
    for doc in report.worst(n):
        console.rule(escape(f"{doc.id}  score {doc.score:.3f}"), align="left")
        for label, items, style in (("missed", doc.missed, "red"), ("spurious", doc.spurious, "yellow"),
                                    ("wrong", doc.notes, "magenta")):
            for item in items:
                console.print(f"  [{style}]{label}[/{style}] {escape(item)}",
                              highlight=False, markup=True, soft_wrap=True)
