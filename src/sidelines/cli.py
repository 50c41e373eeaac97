"""The ``sidelines`` command line: thin Typer commands over the library."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from sidelines.errors import SidelinesError
from sidelines.model.record import ErrorRecord, Record
from sidelines.render import record_table

app = typer.Typer(
    name="sidelines",
    help="Turn political and diplomatic news into a structured, source-attributed record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


# Options shared between commands.
ModelOption = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to load (name or path).")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="TOML settings file.")]
ParseCacheOption = Annotated[
    Optional[str], typer.Option("--parse-cache", help="Directory caching spaCy parses between runs (development).")
]
DbOption = Annotated[
    str, typer.Option("--db", help="Store: a SQLite file path or a SQLAlchemy URL (postgresql://...).")
]


def build_settings(config: Path | None = None, **overrides):  # noqa: ANN003, ANN201
    """One Settings object from a file and/or command-line overrides."""
    from sidelines.settings import settings_from_file, settings_from_kwargs

    if config is not None:
        return settings_from_file(config, **overrides)
    return settings_from_kwargs(**overrides)


def progress_bar() -> Progress:
    """A progress bar on standard error (silent when it is not a terminal)."""
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )


def warn_ingest_problems(record: Record) -> None:
    """Print the non-fatal ingest problems of a record (a truncated HTML page read on a best-effort basis)."""
    for problem in record.problems:
        if problem.stage == "ingest":
            err.print(f"[yellow]warning[/yellow] {escape(f'{record.id}: [{problem.code}] {problem.message}')}", highlight=False)


def exit_code(total: int, failed: int) -> int:
    """0 when all documents went through, 1 when some failed, 2 when (almost) all failed."""
    if failed == 0:
        return 0
    if total and failed / total > 0.9:
        return 2
    return 1


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files, directories, JSONL corpora, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    model: ModelOption = None,
    config: ConfigOption = None,
    parse_cache: ParseCacheOption = None,
) -> None:
    """Extract the record of each document and print it (records on stdout, the rest on stderr)."""
    from sidelines.api import run_items
    from sidelines.ingest.sources import read_sources

    settings = build_settings(config, model=model, parse_cache=parse_cache)
    total = failed = 0
    counts = {"entities": 0, "quotes": 0, "events": 0}
    with progress_bar() as progress:
        task = progress.add_task("extracting", total=None)
        for out in run_items(read_sources(files, settings), settings):
            total += 1
            progress.advance(task)
            if isinstance(out, ErrorRecord):
                failed += 1
                err.print(f"[red]error[/red] {escape(f'{out.id}: [{out.code}] {out.error}')}", highlight=False)
            else:
                warn_ingest_problems(out)
                for key in counts:
                    counts[key] += len(getattr(out, key))
            if format is Format.jsonl:
                sys.stdout.write(out.model_dump_json() + "\n")
            elif format is Format.json:
                sys.stdout.write(json.dumps(out.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
            elif isinstance(out, Record):
                Console().print(record_table(out))
    err.print(
        f"{total} documents, {failed} failed; "
        + ", ".join(f"{v} {k}" for k, v in counts.items()),
        highlight=False,
    )
    raise typer.Exit(exit_code(total, failed))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction record."""
    sys.stdout.write(json.dumps(Record.model_json_schema(), indent=2) + "\n")


class EvalTask(str, Enum):
    ner = "ner"
    coref = "coref"
    quotes = "quotes"
    times = "times"
    places = "places"
    events = "events"
    multicoped = "multicoped"
    articles = "articles"
    stories = "stories"


class EvalSplit(str, Enum):
    tune = "tune"
    check = "check"
    all = "all"


@app.command("eval")
def eval_command(
    task: Annotated[EvalTask, typer.Argument(help="What to score.")],
    data: Annotated[Path, typer.Option(
        "--data", help="Gold JSONL file (the formats of shared/eval); for articles, a folder of article JSON files.")],
    split: Annotated[EvalSplit, typer.Option(
        "--split", help="Score the tune half, the check half, or all of the gold documents (evaluate/splits.py).")
    ] = EvalSplit.all,
    corpus: Annotated[Optional[Path], typer.Option(
        "--corpus", help="articles: JSONL file where articles without a 'text' are looked up by id.")] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Also write the scores as JSON here.")] = None,
    errors: Annotated[int, typer.Option("--errors", help="Show the N worst documents with their differences.")] = 0,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N gold documents (of the split).")] = None,
    predictions: Annotated[
        Optional[Path], typer.Option("--predictions", help="Score these extracted records (JSONL) instead of running the pipeline.")
    ] = None,
    threshold: Annotated[
        Optional[float], typer.Option("--threshold", help="stories: similarity threshold of the clusterer.")
    ] = None,
    model: ModelOption = None,
    config: ConfigOption = None,
    parse_cache: ParseCacheOption = None,
) -> None:
    """Run the pipeline over a gold file and score one task as CONTRACT.md says."""
    from sidelines.evaluate.report import print_errors, report_table, write_report
    from sidelines.evaluate.runner import evaluate

    settings = build_settings(config, model=model, parse_cache=parse_cache)
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


@app.command()
def bench(
    data: Annotated[Optional[Path], typer.Option("--data", help="Corpus (JSONL) to run the pipeline over.")] = None,
    processes: Annotated[int, typer.Option("--processes", help="Worker processes, each with its own pipeline.")] = 1,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Use only the first N documents.")] = None,
    store: Annotated[bool, typer.Option("--store", help="Benchmark the store instead: synthetic ingest and query latency.")] = False,
    documents: Annotated[int, typer.Option("--documents", help="--store: synthetic documents to ingest.")] = 100_000,
    report: Annotated[Optional[Path], typer.Option("--report", help="Also write the numbers as JSON here.")] = None,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Measure throughput against bare spaCy (never with the parse cache), or the store's speed."""
    from sidelines.bench import bench_pipeline, bench_store

    out = Console() if sys.stdout.isatty() else Console(width=120)
    say = lambda msg: err.print(f"[dim]{msg}[/dim]", highlight=False)  # noqa: E731
    if store:
        result = bench_store(documents, progress=say)
        table = Table(title=f"sidelines bench --store: {result.documents:,} synthetic documents in SQLite")
        table.add_column("query")
        table.add_column("p50 ms", justify="right")
        table.add_column("p95 ms", justify="right")
        for label, lat in result.latency_ms.items():
            table.add_row(label, f"{lat['p50']:.1f}", f"{lat['p95']:.1f}")
        table.caption = (f"ingest {result.ingest_docs_per_s:,.0f} documents/s ({result.ingest_seconds:.1f} s), "
                         f"database {result.size_mb:.0f} MB")
        out.print(table)
        payload = result.as_dict()
    else:
        if data is None:
            raise typer.BadParameter("give --data FILE.jsonl, or --store")
        settings = build_settings(config, model=model)
        result = bench_pipeline(data, settings, processes=processes, limit=limit, progress=say)
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
        out.print(table)
        payload = result.as_dict()
    if report is not None:
        report.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")


# --- the store: ingest and queries (thin wrappers over sidelines.store and sidelines.query) ---

from sidelines.render import OutputFormat, render_object, render_rows  # noqa: E402

DEFAULT_DB = "sidelines.db"
StoreDb = Annotated[str, typer.Option("--db", help="Store: a SQLite file path or a URL (postgresql://...).")]
OutFormat = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY-MM-DD), inclusive.")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Up to this date (YYYY-MM-DD), inclusive.")]


def open_db(db: str, *, must_exist: bool = True):  # noqa: ANN201 - sidelines.store.SqlStore
    """Open the store a command names; reading commands refuse a SQLite file that is not there."""
    from sidelines.errors import StoreError
    from sidelines.store import open_store

    if must_exist and "://" not in db and not Path(db).exists():
        raise StoreError(f"no store at {db}; run `sidelines ingest SOURCE --db {db}` first", code="E407")
    return open_store(db)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, JSONL corpora, URLs, feeds, or -.")],
    db: StoreDb = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per store transaction.")] = 500,
    model: ModelOption = None,
    config: ConfigOption = None,
    parse_cache: ParseCacheOption = None,
) -> None:
    """Extract records from sources and store them (idempotent; a changed document becomes a new version)."""
    from sidelines.store.ingest import ingest_sources

    settings = build_settings(config, model=model, parse_cache=parse_cache)
    with open_db(db, must_exist=False) as store, progress_bar() as progress:
        task = progress.add_task("ingesting", total=None)

        def on_record(out: Record | ErrorRecord | None) -> None:
            progress.advance(task)
            if isinstance(out, ErrorRecord):
                err.print(f"[red]error[/red] {escape(f'{out.id}: [{out.code}] {out.error}')}", highlight=False)

        result = ingest_sources(store, sources, settings, batch_size=batch_size, on_record=on_record)
    stats = result.stats
    rate = f", {result.store_docs_per_s:,.0f} documents/s" if result.store_seconds > 0 else ""
    err.print(
        f"{stats.documents} documents: {stats.new} new, {stats.updated} updated, {stats.unchanged} unchanged, "
        f"{stats.failed} failed; {stats.entities} entities, {stats.quotes} quotes, {stats.events} events stored "
        f"in {db} (store {result.store_seconds:.2f} s{rate})",
        highlight=False,
    )
    raise typer.Exit(exit_code(stats.documents, stats.failed))


@app.command()
def documents(
    words: Annotated[Optional[str], typer.Argument(help="Only documents holding these words.")] = None,
    publisher: Annotated[Optional[str], typer.Option("--publisher", help="Publisher contains this.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """List stored documents (latest versions), newest first."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.list_documents(store, words, publisher=publisher, since=since, until=until, limit=limit)
    render_rows(rows, format, title="documents")


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id (or its first id, for a URL's versions).")],
    version: Annotated[Optional[int], typer.Option("--version", help="Version number (default: latest).")] = None,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.json,
) -> None:
    """Print one stored record exactly as it was written."""
    with open_db(db) as store:
        record = store.get_record(doc_id, version)
        versions = store.versions(doc_id)
    if format is OutputFormat.table:
        Console().print(record_table(record))
        render_rows([{k: v[k] for k in ("version", "is_latest", "title", "ingested_at")} for v in versions],
                    format, title="versions")
    elif format is OutputFormat.csv:
        render_rows([{"id": record.id, "title": record.title, "published": record.published,
                      "entities": len(record.entities), "quotes": len(record.quotes), "events": len(record.events)}],
                    format)
    else:
        render_object(record.model_dump(mode="json"), format)


@app.command("diff")
def diff_command(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id.")],
    old: Annotated[Optional[int], typer.Option("--from", help="Older version (default: the one before --to).")] = None,
    new: Annotated[Optional[int], typer.Option("--to", help="Newer version (default: latest).")] = None,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Show what changed between two versions of a document: quotes and events added and removed."""
    from sidelines import query

    with open_db(db) as store:
        change = query.diff(store, doc_id, old, new)
    render_object(change, format, title=f"{doc_id}: version {change['from_version']} -> {change['to_version']}")


@app.command()
def search(
    words: Annotated[list[str], typer.Argument(help="Words that must all occur (full-text search).")],
    limit: LimitOption = 50, db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Full-text search over the stored documents."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.search_documents(store, " ".join(words), limit=limit)
    render_rows(rows, format, title=f"documents matching {' '.join(words)!r}",
                columns=None if format is not OutputFormat.table else ["id", "published", "title", "snippet"])


@app.command()
def quotes(
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Speaker name or alias.")] = None,
    contains: Annotated[Optional[str], typer.Option("--contains", help="Words the quote must hold.")] = None,
    direct: Annotated[Optional[bool], typer.Option("--direct/--indirect", help="Only direct or indirect.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Who said what: stored quotes with speaker, cue and the evidence sentence."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.search_quotes(store, speaker=speaker, contains=contains, since=since, until=until,
                                   direct=direct, limit=limit)
    render_rows(rows, format, title="quotes",
                columns=["document", "published", "speaker", "cue", "content", "direct", "evidence"]
                if format is OutputFormat.table else None)


@app.command()
def events(
    actor: Annotated[Optional[str], typer.Option("--actor", help="An actor taking part (name or alias).")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="Where it happened.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Who did what to whom: stored events with actors, date, place and evidence."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.search_events(store, actor=actor, type=type, place=place, since=since, until=until, limit=limit)
    render_rows(rows, format, title="events",
                columns=["document", "type", "actors", "date_start", "date_end", "place", "context", "evidence"]
                if format is OutputFormat.table else None)


@app.command()
def actors(
    type: Annotated[Optional[str], typer.Option("--type", help="PERSON, ORG or GPE.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO alpha-3 country code.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Name or alias contains this.")] = None,
    limit: LimitOption = 100, db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Actors merged across documents, most documents first."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.list_actors(store, type=type, country=country, name=name, limit=limit)
    render_rows(rows, format, title="actors")


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Actor name or alias.")],
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """One actor: aliases, countries, role history (first and last seen, supporting mentions), documents."""
    from sidelines import query

    with open_db(db) as store:
        found = query.get_actor(store, name)
    render_object(found, format, title=found["name"])


@app.command()
def network(
    type: Annotated[Optional[str], typer.Option("--type", help="Only events of this PLOVER type.")] = None,
    min_count: Annotated[int, typer.Option("--min-count", help="Pairs sharing at least this many events.")] = 1,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Who met whom: pairs of actors sharing events, how often, and when last."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.actor_network(store, type=type, since=since, until=until, min_count=min_count, limit=limit)
    render_rows(rows, format, title="actor network")


@app.command()
def places(
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only places around this actor.")] = None,
    document: Annotated[Optional[str], typer.Option("--document", help="Where this document's events were.")] = None,
    event: Annotated[Optional[str], typer.Option("--event", help="With --document: only this event.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Map points: places with coordinates, how many events and mentions each has, and in which documents."""
    from sidelines import query

    with open_db(db) as store:
        if document:
            rows = query.places_for_event(store, document, event)
        else:
            rows = query.place_summary(store, actor=actor, since=since, until=until, limit=limit)
    render_rows(rows, format, title="places")


@app.command()
def stories(
    since: SinceOption = None, until: UntilOption = None,
    type: Annotated[Optional[str], typer.Option("--type", help="Only stories of this PLOVER type.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="At most this many (default: all).")] = None,
    full: Annotated[bool, typer.Option("--full", help="Recluster every time window, not just changed ones.")] = False,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Articles about the same real-world event grouped into stories (clustered per time window, kept in the store)."""
    from sidelines import query
    from sidelines.store.stories import update_stories

    with open_db(db) as store:
        done = update_stories(store, full=full)
        rows = query.list_stories(store, since=since, until=until, type=type, limit=limit)
    err.print(f"{done.windows} time windows, {done.reclustered} reclustered ({done.documents} documents, "
              f"{done.stories} stories) in {done.seconds:.2f} s", highlight=False)
    render_rows(rows, format, title="stories",
                columns=["id", "type", "first_seen", "title", "documents"] if format is OutputFormat.table else None)


@app.command()
def counts(db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table) -> None:
    """How much the store holds: documents, versions, failures, entities, quotes, events, actors."""
    from sidelines import query

    with open_db(db) as store:
        summary = query.counts(store)
    render_object(summary, format, title=db)


@app.command("rebuild-actors")
def rebuild_actors_command(db: StoreDb = DEFAULT_DB) -> None:
    """Merge actors across documents again from the stored records (after the merge rules change)."""
    with open_db(db) as store:
        n = store.rebuild_actors()
    err.print(f"{n} actors in {db}", highlight=False)


@app.command("import-kb")
def import_kb_command(
    file: Annotated[Path, typer.Argument(help="Wikidata-style JSON lines: id, labels, aliases, positions held.")],
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Import a knowledge base and attach its ids to the matching actors."""
    from sidelines.resolve.actors import import_kb

    with open_db(db, must_exist=False) as store:
        result = import_kb(store, file)
    render_object(result, format, title=f"imported {file}")


def main() -> None:
    """Entry point: run the CLI, turning library errors into a clean message and exit code."""
    try:
        app()
    except SidelinesError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        sys.exit(3)
