"""The ``eval`` command: run the pipeline over a gold file and score one task."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from sidelines.cli.common import ConfigOption, ModelOption, ParseCacheOption, build_settings, progress_bar

if TYPE_CHECKING:
    from sidelines.settings import Settings


class EvalTask(StrEnum):
    ner = "ner"
    coref = "coref"
    quotes = "quotes"
    times = "times"
    places = "places"
    events = "events"
    multicoped = "multicoped"
    articles = "articles"
    stories = "stories"


class EvalSplit(StrEnum):
    tune = "tune"
    check = "check"
    all = "all"


def eval_command(
    task: Annotated[EvalTask, typer.Argument(help="What to score.")],
    data: Annotated[Path, typer.Option(
        "--data", help="Gold JSONL file (the formats of shared/eval); for articles, a folder of article JSON files.")],
    split: Annotated[EvalSplit, typer.Option(
        "--split", help="Score the tune half, the check half, or all of the gold documents (evaluate/splits.py).")
    ] = EvalSplit.all,
    corpus: Annotated[Path | None, typer.Option(
        "--corpus", help="articles: JSONL file where articles without a 'text' are looked up by id.")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="Also write the scores as JSON here.")] = None,
    errors: Annotated[int, typer.Option("--errors", help="Show the N worst documents with their differences.")] = 0,
    limit: Annotated[int | None, typer.Option(
        "--limit", help="Score only the first N gold documents (of the split).")] = None,
    predictions: Annotated[Path | None, typer.Option(
        "--predictions", help="Score these extracted records (JSONL) instead of running the pipeline.")
    ] = None,
    threshold: Annotated[
        float | None, typer.Option("--threshold", help="stories: the grouping threshold (else [stories] threshold).")
    ] = None,
    cv: Annotated[int | None, typer.Option(
        "--cv", help="stories: cross-validate over K folds of topics (settings chosen on the others), "
        "for each grouping method.")] = None,
    repeats: Annotated[int, typer.Option(
        "--repeats", help="stories --cv: run the K-fold CV over N different deals of topics into folds "
        "and report the mean and sd of held-out F1 per deal and overall.")] = 1,
    model: ModelOption = None,
    config: ConfigOption = None,
    parse_cache: ParseCacheOption = None,
) -> None:
    """Run the pipeline over a gold file and score one task (the shared eval README says how each is scored)."""
    from sidelines.evaluate.report import print_errors, report_table, write_report
    from sidelines.evaluate.runner import evaluate

    settings = build_settings(config, model=model, parse_cache=parse_cache)
    if cv is not None:
        _cross_validate(task, data, settings, cv, split, limit, predictions, report, repeats)
        return
    if repeats != 1:
        from sidelines.errors import EvalError

        raise EvalError("--repeats repeats a cross-validation: give --cv K with it", code="E613")
    with progress_bar() as progress:
        bar = progress.add_task(f"eval {task.value}", total=None)
        result = evaluate(task.value, data, settings, limit=limit, predictions=predictions, threshold=threshold,
                          on_document=lambda: progress.advance(bar), split=split.value, corpus=corpus)
    out = Console() if sys.stdout.isatty() else Console(width=120)
    out.print(report_table(result))
    if errors:
        print_errors(result, errors, out)
    if report is not None:
        write_report(result, report, errors)


def _cross_validate(task: EvalTask, data: Path, settings: "Settings", k: int, split: EvalSplit, limit: int | None,
                    predictions: Path | None, report: Path | None, repeats: int = 1) -> None:
    """``eval stories --cv K [--repeats N]``: every grouping method on the same topic folds, N deals of them."""
    import json

    from sidelines.errors import EvalError
    from sidelines.evaluate.gold import align_records, read_records
    from sidelines.evaluate.runner import extract_records, read_task_gold, select_golds
    from sidelines.evaluate.stories_cv import cv_dict, cv_table, repeated_cv, repeats_dict, repeats_table, spreads
    from sidelines.evaluate.story_methods import METHODS

    if task is not EvalTask.stories:
        raise EvalError(f"--cv cross-validates story grouping; it does not apply to {task.value}", code="E613")
    golds = select_golds(read_task_gold(task.value, data), split.value, limit)
    if predictions is not None:
        records = align_records(golds, read_records(predictions))
    else:
        with progress_bar() as progress:
            bar = progress.add_task("eval stories --cv", total=len(golds))
            records = extract_records(golds, settings, on_document=lambda: progress.advance(bar))
    results = repeated_cv(golds, records, k, list(METHODS.values()), repeats)
    out = Console() if sys.stdout.isatty() else Console(width=160)
    if repeats == 1:
        out.print(cv_table(results[0], k, len(golds)))
    else:
        out.print(repeats_table(spreads(results), k, len(golds)))
    if report is not None:
        summary = cv_dict(results[0], k) if repeats == 1 else repeats_dict(results, k)
        report.write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
