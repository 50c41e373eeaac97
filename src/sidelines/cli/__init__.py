"""The ``sidelines`` command line: thin Typer commands over the library, assembled here in help order."""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from sidelines.cli import bench, extract, queries, store
from sidelines.cli import eval as evaluation
from sidelines.cli.common import Format, build_settings, err, exit_code, open_db
from sidelines.cli.eval import EvalSplit, EvalTask
from sidelines.errors import SidelinesError
from sidelines.render import record_table

__all__ = ["EvalSplit", "EvalTask", "Format", "app", "build_settings", "exit_code", "main", "open_db",
           "record_table"]

app = typer.Typer(
    name="sidelines",
    help="Turn political and diplomatic news into a structured, source-attributed record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Extraction, evaluation and measurement.
app.command()(extract.extract)
app.command()(extract.schema)
app.command("eval")(evaluation.eval_command)
app.command()(bench.bench)
# The store: ingest, then queries.
app.command()(store.ingest)
app.command()(queries.documents)
app.command()(queries.show)
app.command("diff")(queries.diff_command)
app.command()(queries.search)
app.command()(queries.quotes)
app.command()(queries.events)
app.command()(queries.actors)
app.command()(queries.actor)
app.command()(queries.network)
app.command()(queries.places)
app.command()(queries.stories)
app.command("cluster-stories")(store.cluster_stories_command)
app.command()(queries.counts)
app.command("rebuild-actors")(store.rebuild_actors_command)
app.command("import-kb")(store.import_kb_command)
app.command("migrate")(store.migrate_command)


def main() -> None:
    """Entry point: run the CLI, turning library errors into a clean message and exit code."""
    try:
        app()
    except SidelinesError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        sys.exit(3)
