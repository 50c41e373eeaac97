"""Run the pipeline over a gold file (or read extracted records) and score one task."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sidelines.errors import EvalError
from sidelines.evaluate.articles import read_articles, score_articles
from sidelines.evaluate.coref import score_coref
from sidelines.evaluate.events import score_events
from sidelines.evaluate.gold import align_records, gold_document, read_gold, read_records
from sidelines.evaluate.metrics import TaskReport
from sidelines.evaluate.multicoped import score_multicoped
from sidelines.evaluate.ner import score_ner
from sidelines.evaluate.places import score_places
from sidelines.evaluate.quotes import score_quotes
from sidelines.evaluate.splits import SPLITS, Split, select
from sidelines.evaluate.stories import score_stories
from sidelines.evaluate.times import score_times
from sidelines.model.record import Record
from sidelines.settings import Settings, StorySettings

if TYPE_CHECKING:
    from sidelines.pipeline import Pipeline

log = logging.getLogger(__name__)

Scorer = Callable[[Sequence[dict[str, Any]], Sequence[Record]], TaskReport]

SCORERS: dict[str, Scorer] = {
    "ner": score_ner,
    "coref": score_coref,
    "quotes": score_quotes,
    "times": score_times,
    "places": score_places,
    "events": score_events,
    "multicoped": score_multicoped,
    "articles": score_articles,
}
# Tasks whose gold is a folder of JSON files (one per article) instead of a JSONL file.
FOLDER_TASKS = frozenset({"articles"})


def extract_records(
    golds: Sequence[dict[str, Any]], settings: Settings, pipeline: Pipeline | None = None,
    on_document: Callable[[], None] | None = None,
) -> list[Record]:
    """Run the pipeline over the gold texts; a failed document becomes an empty record."""
    from sidelines.model.record import ErrorRecord
    from sidelines.model.serialize import to_record
    from sidelines.pipeline import Pipeline as _Pipeline

    pipeline = pipeline or _Pipeline(settings)
    records = []
    for gold, item in zip(golds, pipeline.process(gold_document(g) for g in golds), strict=True):
        if isinstance(item, ErrorRecord):
            log.warning("document %s failed: [%s] %s", item.id, item.code, item.message)
            records.append(Record(id=gold["id"], text=gold["text"]))
        else:
            records.append(to_record(item))
        if on_document is not None:
            on_document()
    return records


def score_task(
    task: str, golds: Sequence[dict[str, Any]], records: Sequence[Record], *, threshold: float | None = None,
    stories: StorySettings | None = None,
) -> TaskReport:
    """Score records (one per gold document, in order) for ``task``.

    Stories are grouped as the store groups them (``[stories]`` settings; ``threshold`` overrides its
    threshold), the gold articles arriving as one batch.
    """
    if task == "stories":
        from sidelines.app.stories import stream_config
        from sidelines.resolve import story_stream

        config = stream_config(stories)
        if threshold is not None:
            config = replace(config, threshold=threshold)
        return score_stories(golds, story_stream.group(story_stream.prepare(records), config))
    check_task(task)
    return SCORERS[task](golds, records)


def check_task(task: str) -> None:
    """Refuse a task no scorer knows."""
    if task not in SCORERS and task != "stories":
        raise EvalError(f"unknown task {task!r}; choose one of {', '.join([*SCORERS, 'stories'])}", code="E606")


def read_task_gold(task: str, data: str | Path, *, corpus: str | Path | None = None) -> list[dict[str, Any]]:
    """The gold documents of a task: a JSONL file, or for ``articles`` a folder of article files."""
    if task in FOLDER_TASKS:
        return read_articles(data, corpus)
    if corpus is not None:
        raise EvalError(f"--corpus is only read by {', '.join(sorted(FOLDER_TASKS))}, not by {task}", code="E607")
    return read_gold(data)


def select_golds(
    golds: Sequence[dict[str, Any]], split: Split = "all", limit: int | None = None
) -> list[dict[str, Any]]:
    """The gold documents of one split (evaluate/splits.py), then the first ``limit`` of them."""
    if split not in SPLITS:
        raise EvalError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}", code="E610")
    chosen = list(select(golds, split))
    return chosen if limit is None else chosen[:limit]


def evaluate_golds(
    task: str, golds: Sequence[dict[str, Any]], settings: Settings, *, pipeline: Pipeline | None = None,
    threshold: float | None = None, on_document: Callable[[], None] | None = None,
) -> TaskReport:
    """Run the pipeline over gold documents already read, and score ``task``."""
    started = time.perf_counter()
    records = extract_records(golds, settings, pipeline, on_document)
    report = score_task(task, golds, records, threshold=threshold, stories=settings.stories)
    report.extra.update({"documents": len(golds), "extract_seconds": round(time.perf_counter() - started, 2)})
    return report


def evaluate(
    task: str,
    data: str | Path,
    settings: Settings,
    *,
    limit: int | None = None,
    predictions: str | Path | None = None,
    threshold: float | None = None,
    on_document: Callable[[], None] | None = None,
    split: Split = "all",
    corpus: str | Path | None = None,
) -> TaskReport:
    """Score ``task`` on the gold file ``data``, running the pipeline unless ``predictions`` is given.

    The whole configured pipeline runs, whatever the task, so the scores are those of the
    records ``sidelines extract`` prints. ``split`` keeps the ``tune`` or ``check`` half of the
    gold documents (evaluate/splits.py); ``limit`` then keeps the first N of those. ``corpus``
    (articles only) is the JSONL file where articles without a text are looked up by id.
    """
    check_task(task)
    select_golds([], split)  # an unknown split fails before any file is read
    golds = select_golds(read_task_gold(task, data, corpus=corpus), split, limit)
    if predictions is not None:
        report = score_task(task, golds, align_records(golds, read_records(predictions)), threshold=threshold,
                            stories=settings.stories)
        report.extra["documents"] = len(golds)
    else:
        report = evaluate_golds(task, golds, settings, threshold=threshold, on_document=on_document)
    report.extra["data"] = str(data)
    report.extra["split"] = split
    return report
