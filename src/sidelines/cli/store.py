"""Commands that write the store: ``ingest``, ``cluster-stories``, ``rebuild-actors``, ``import-kb`` and ``migrate``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from sidelines.cli.common import (
    DEFAULT_DB,
    AllowPrivateOption,
    ConfigOption,
    ModelOption,
    OutFormat,
    ParseCacheOption,
    StoreDb,
    build_settings,
    err,
    exit_code,
    open_db,
    progress_bar,
    say_stories,
)
from sidelines.model.record import ErrorRecord, Record
from sidelines.render import OutputFormat, render_object, terminal_safe

if TYPE_CHECKING:
    from sidelines.store.records import Prepared


def ingest(
    sources: Annotated[list[str] | None, typer.Argument(
        help="Files, directories, JSONL corpora, URLs, feeds, or -.", show_default=False)] = None,
    db: StoreDb = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per store transaction at most (what a crash can lose at most); "
                                    "with workers, also at most one chunk per worker.")] = 500,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Extract in this many processes (spaCy loaded once in each).")] = 1,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Extract on a Dask cluster: a scheduler address (tcp://HOST:PORT) or 'local'.")] = None,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="Read again the sources of the failures recorded in the store and retry them.")] = False,
    stories: Annotated[bool, typer.Option(
        "--stories/--no-stories", help="Recluster the stories of the time windows that changed.")] = True,
    model: ModelOption = None,
    config: ConfigOption = None,
    parse_cache: ParseCacheOption = None,
    allow_private: AllowPrivateOption = None,
) -> None:
    """Extract records from sources and store them (idempotent; a changed document becomes a new version).

    Each batch is one transaction: a run that is stopped keeps what it stored, and the
    next run skips it and goes on.
    """
    from sidelines.app.ingest import ingest_sources
    from sidelines.app.stories import update_stories

    if not sources and not retry_failed:
        err.print("[red]error:[/red] give sources to ingest, or --retry-failed", highlight=False)
        raise typer.Exit(3)
    settings = build_settings(config, model=model, parse_cache=parse_cache, allow_private=allow_private)
    with open_db(db, must_exist=False) as store, progress_bar() as progress:
        store.check_writable()
        task = progress.add_task("ingesting", total=None)

        def on_record(out: Record | Prepared | ErrorRecord | None) -> None:
            progress.advance(task)
            if isinstance(out, ErrorRecord):
                line = terminal_safe(f"{out.id}: [{out.code}] {out.error}")
                err.print(f"[red]error[/red] {escape(line)}", highlight=False)

        result = ingest_sources(store, sources or [], settings, batch_size=batch_size, on_record=on_record,
                                workers=workers, dask=dask, retry_failed=retry_failed)
        if stories:
            # Also after a run with nothing new: a run stopped before this step left the stories behind.
            done = update_stories(store, settings=settings.stories)
            if done.documents or done.dropped:
                say_stories(done)
    stats = result.stats
    rate = f", {result.store_docs_per_s:,.0f} documents/s" if result.store_seconds > 0 else ""
    err.print(
        f"{stats.documents} documents: {stats.new} new, {stats.updated} updated, {stats.unchanged} unchanged, "
        f"{stats.failed} failed; {stats.entities} entities, {stats.quotes} quotes, {stats.events} events stored "
        f"in {db} (store {result.store_seconds:.2f} s{rate})",
        highlight=False,
    )
    if result.worker_peak_mb:
        peaks = ", ".join(f"{mb:,.0f}" for _, mb in sorted(result.worker_peak_mb.items()))
        cpu = ", ".join(f"{s:,.1f}" for _, s in sorted(result.worker_cpu_s.items()))
        err.print(f"{len(result.worker_peak_mb)} workers, peak memory (MiB): {peaks}; CPU (s): {cpu}",
                  highlight=False)
    raise typer.Exit(exit_code(stats.documents, stats.failed))


def cluster_stories_command(
    full: Annotated[bool, typer.Option("--full", help="Group every article anew, not just those no story holds.")
                    ] = False,
    db: StoreDb = DEFAULT_DB,
    config: ConfigOption = None,
) -> None:
    """Place the stored articles no story holds yet into stories (every article anew with --full)."""
    from sidelines.app.stories import update_stories

    settings = build_settings(config)
    with open_db(db) as store:
        say_stories(update_stories(store, full=full, settings=settings.stories))


def rebuild_actors_command(db: StoreDb = DEFAULT_DB) -> None:
    """Merge actors across documents again from the stored records (after the merge rules change)."""
    with open_db(db) as store:
        n = store.rebuild_actors()
    err.print(f"{n} actors in {db}", highlight=False)


def migrate_command(
    source: Annotated[str, typer.Option("--from", help="The store to copy: a SQLite path or a postgresql:// URL.")],
    target: Annotated[str, typer.Option("--to", help="A new, empty store to copy it into (path or URL).")],
    format: OutFormat = OutputFormat.table,
) -> None:
    """Copy a whole store to another database (SQLite to PostgreSQL or back), keeping versions, ids and stories."""
    from sidelines.store.transfer import copy_store

    with open_db(source) as src, open_db(target, must_exist=False) as dst:
        copied = copy_store(src, dst)
    render_object(copied, format, title=f"copied {source} to {target}")


def import_kb_command(
    file: Annotated[Path, typer.Argument(help="Wikidata-style JSON lines: id, labels, aliases, positions held.")],
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Import a knowledge base and attach its ids to the matching actors."""
    from sidelines.app.kb import import_kb

    with open_db(db, must_exist=False) as store:
        result = import_kb(store, file)
    render_object(result, format, title=f"imported {file}")
