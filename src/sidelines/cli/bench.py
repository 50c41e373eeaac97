"""The ``bench`` command: pipeline throughput against bare spaCy, or the store's speed."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from sidelines.cli.common import ConfigOption, ModelOption, build_settings, err

if TYPE_CHECKING:
    from sidelines.bench import PipelineBench, StoreBench


def bench(
    data: Annotated[Path | None, typer.Option("--data", help="Corpus (JSONL) to run the pipeline over.")] = None,
    processes: Annotated[int, typer.Option("--processes", help="Worker processes, each with its own pipeline.")] = 1,
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N documents.")] = None,
    store: Annotated[bool, typer.Option(
        "--store", help="Benchmark the store instead: synthetic ingest and query latency.")] = False,
    documents: Annotated[int, typer.Option("--documents", help="--store: synthetic documents to ingest.")] = 100_000,
    db: Annotated[str | None, typer.Option(
        "--db", help="--store: the store to fill and time (SQLite path or PostgreSQL URL); one holding "
                     "--documents already is reused. Default: a temporary SQLite file.")] = None,
    runs: Annotated[int, typer.Option("--runs", help="--store: timed runs of each query.")] = 20,
    report: Annotated[Path | None, typer.Option("--report", help="Also write the numbers as JSON here.")] = None,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Measure throughput against bare spaCy (never with the parse cache), or the store's speed."""
    from sidelines.bench import bench_pipeline, bench_store

    out = Console() if sys.stdout.isatty() else Console(width=120)

    def say(msg: str) -> None:
        err.print(f"[dim]{msg}[/dim]", highlight=False)

    if store:
        store_result = bench_store(documents, url=db, runs=runs, progress=say)
        out.print(store_table(store_result))
        payload = store_result.as_dict()
    else:
        if data is None:
            raise typer.BadParameter("give --data FILE.jsonl, or --store")
        settings = build_settings(config, model=model)
        pipeline_result = bench_pipeline(data, settings, processes=processes, limit=limit, progress=say)
        out.print(pipeline_table(data, pipeline_result))
        payload = pipeline_result.as_dict()
    if report is not None:
        report.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")


def store_table(result: StoreBench) -> Table:
    """The store benchmark's query latencies, with the ingest rate and database size as caption."""
    table = Table(title=f"sidelines bench --store: {result.documents:,} synthetic documents in {result.backend}")
    table.add_column("query")
    table.add_column("p50 ms", justify="right")
    table.add_column("p95 ms", justify="right")
    for label, lat in result.latency_ms.items():
        table.add_row(label, f"{lat['p50']:.1f}", f"{lat['p95']:.1f}")
    ingest = (f"ingest {result.ingest_docs_per_s:,.0f} documents/s ({result.ingested:,} in "
              f"{result.ingest_seconds:.1f} s)" if result.ingested else "store reused (no ingest)")
    table.caption = f"{ingest}, database {result.size_mb:.0f} MB"
    return table


def pipeline_table(data: Path, result: PipelineBench) -> Table:
    """The pipeline benchmark's rates, ratios to bare spaCy, memory and time per stage."""
    table = Table(title=f"sidelines bench: {data} ({result.documents} documents, {result.tokens:,} tokens, "
                        f"{result.processes} process{'es' if result.processes > 1 else ''})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("documents/s", f"{result.docs_per_s:,.1f}")
    table.add_row("tokens/s (full extraction)", f"{result.tokens_per_s:,.0f}")
    table.add_row("tokens/s (bare spaCy nlp.pipe)", f"{result.bare_tokens_per_s:,.0f}")
    table.add_row("ratio to bare spaCy", f"{result.ratio:.2f}")
    if result.ratio_cpu is not None:
        table.add_row("ratio to bare spaCy (CPU time)", f"{result.ratio_cpu:.2f}")
    table.add_row("peak memory (RSS)", f"{result.peak_rss_mb:,.0f} MB")
    for stage, seconds in sorted(result.stages.items(), key=lambda kv: -kv[1]):
        table.add_row(f"stage: {stage}", f"{seconds:.2f} s")
    table.caption = "; ".join(result.notes)
    return table
