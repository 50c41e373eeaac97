"""The ``sidelines`` command line: thin Typer commands over the library."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sidelines.errors import SidelinesError
from sidelines.model.record import ErrorRecord, Record

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


def exit_code(total: int, failed: int) -> int:
    """0 when all documents went through, 1 when some failed, 2 when (almost) all failed."""
    if failed == 0:
        return 0
    if total and failed / total > 0.9:
        return 2
    return 1


def record_table(record: Record) -> Table:
    """A short human view of one record."""
    table = Table(title=f"{record.id}: {record.title or ''}", show_lines=False)
    table.add_column("layer")
    table.add_column("what")
    for e in record.entities:
        roles = "; ".join(r.title + (f" ({r.affiliation})" if r.affiliation else "") for r in e.roles)
        table.add_row("entity", f"{e.type} {e.name}" + (f" [{e.country}]" if e.country else "") + (f" — {roles}" if roles else ""))
    for q in record.quotes:
        who = q.speaker_mention.text if q.speaker_mention else "?"
        table.add_row("quote", f"{who}: {q.content.text[:100]}")
    for ev in record.events:
        table.add_row("event", f"{ev.type} {', '.join(a.entity + '/' + a.role for a in ev.actors)}")
    for t in record.times:
        table.add_row("time", f"{t.text} = {t.value}")
    for p in record.places:
        table.add_row("place", f"{p.text} -> {p.name} [{p.country}] ({p.kind})")
    return table


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
                err.print(f"[red]error[/red] {out.id}: [{out.code}] {out.error}", highlight=False, markup=True)
            else:
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


def main() -> None:
    """Entry point: run the CLI, turning library errors into a clean message and exit code."""
    try:
        app()
    except SidelinesError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(3)
