"""Commands that write the store: ``ingest``, ``cluster-stories``, ``rebuild-actors`` and ``import-kb``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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


def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, JSONL corpora, URLs, feeds, or -.")],
    db: StoreDb = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per store transaction.")] = 500,
    stories: Annotated[bool, typer.Option(
        "--stories/--no-stories", help="Recluster the stories of the time windows that changed.")] = True,
    model: ModelOption = None,
    config: ConfigOption = None,
    parse_cache: ParseCacheOption = None,
    allow_private: AllowPrivateOption = None,
) -> None:
    """Extract records from sources and store them (idempotent; a changed document becomes a new version)."""
    from sidelines.app.ingest import ingest_sources
    from sidelines.app.stories import update_stories

    settings = build_settings(config, model=model, parse_cache=parse_cache, allow_private=allow_private)
    with open_db(db, must_exist=False) as store, progress_bar() as progress:
        store.check_writable()
        task = progress.add_task("ingesting", total=None)

        def on_record(out: Record | ErrorRecord | None) -> None:
            progress.advance(task)
            if isinstance(out, ErrorRecord):
                line = terminal_safe(f"{out.id}: [{out.code}] {out.error}")
                err.print(f"[red]error[/red] {escape(line)}", highlight=False)

        result = ingest_sources(store, sources, settings, batch_size=batch_size, on_record=on_record)
        if stories and (result.stats.new or result.stats.updated):
            say_stories(update_stories(store, settings=settings.stories))
    stats = result.stats
    rate = f", {result.store_docs_per_s:,.0f} documents/s" if result.store_seconds > 0 else ""
    err.print(
        f"{stats.documents} documents: {stats.new} new, {stats.updated} updated, {stats.unchanged} unchanged, "
        f"{stats.failed} failed; {stats.entities} entities, {stats.quotes} quotes, {stats.events} events stored "
        f"in {db} (store {result.store_seconds:.2f} s{rate})",
        highlight=False,
    )
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


def import_kb_command(
    file: Annotated[Path, typer.Argument(help="Wikidata-style JSON lines: id, labels, aliases, positions held.")],
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Import a knowledge base and attach its ids to the matching actors."""
    from sidelines.app.kb import import_kb

    with open_db(db, must_exist=False) as store:
        result = import_kb(store, file)
    render_object(result, format, title=f"imported {file}")
