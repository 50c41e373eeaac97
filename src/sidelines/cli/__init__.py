"""The ``sidelines`` command line: thin Typer commands over the library, assembled here in help order."""

from __future__ import annotations

import sys
from typing import Any

import typer
from rich.markup import escape
from typer.core import TyperGroup

try:  # Typer 0.2x ships its own copy of click; older ones use click itself
    from typer._click import exceptions as click
except ImportError:  # pragma: no cover
    from click import exceptions as click  # type: ignore[no-redef]

from sidelines.cli import bench, export, extract, queries, serve, store, watch
from sidelines.cli import eval as evaluation
from sidelines.cli.common import Format, build_settings, err, exit_code, open_db
from sidelines.cli.eval import EvalSplit, EvalTask
from sidelines.errors import SidelinesError
from sidelines.render import record_table, terminal_safe

__all__ = ["EvalSplit", "EvalTask", "Format", "app", "build_settings", "exit_code", "main", "open_db",
           "record_table"]

USAGE_EXIT = 3  # documented: 2 means "almost every document failed"


class SidelinesGroup(TyperGroup):
    """The command group: usage errors (a bad option, a bad date) exit 3, as the README documents."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # noqa: D102
        standalone_mode = kwargs.pop("standalone_mode", True)
        kwargs["standalone_mode"] = False
        if not standalone_mode:
            return super().main(*args, **kwargs)
        try:
            result = super().main(*args, **kwargs)
        except click.UsageError as exc:
            exc.show()
            sys.exit(0 if isinstance(exc, click.NoArgsIsHelpError) else USAGE_EXIT)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except typer.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


app = typer.Typer(
    cls=SidelinesGroup,
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
app.command()(queries.errors)
app.command("rebuild-actors")(store.rebuild_actors_command)
app.command("import-kb")(store.import_kb_command)
# Taking the record elsewhere.
app.command("export")(export.export_command)
app.command("watch")(watch.watch_command)
app.command("alerts")(watch.alerts_command)
# Reading the store in a browser, and the brief.
app.command()(serve.serve)
app.command()(serve.brief)
app.command("migrate")(store.migrate_command)


def main() -> None:
    """Entry point: run the CLI, turning library errors into a clean message and exit code."""
    try:
        app()
    except SidelinesError as exc:
        err.print(f"[red]error:[/red] {escape(terminal_safe(str(exc)))}", highlight=False)
        sys.exit(3)
