"""What the CLI's commands share: the error console, option types, settings, progress, exit codes, record view."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sidelines.model.record import Record
from sidelines.render import OutputFormat, terminal_safe

if TYPE_CHECKING:
    from sidelines.app.stories import StoryUpdate
    from sidelines.settings import Settings
    from sidelines.store.sql import SqlStore

err = Console(stderr=True)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


# Options shared between commands.
ModelOption = Annotated[str | None, typer.Option("--model", help="spaCy pipeline to load (name or path).")]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML settings file.")]
ParseCacheOption = Annotated[
    str | None, typer.Option("--parse-cache", help="Directory caching spaCy parses between runs (development).")
]
AllowPrivateOption = Annotated[bool | None, typer.Option(
    "--allow-private/--no-allow-private",
    help="Let URLs, feed links and redirects reach loopback, private and link-local addresses (off by default).")]
DbOption = Annotated[
    str, typer.Option("--db", help="Store: a SQLite file path or a SQLAlchemy URL (postgresql://...).")
]

# Options of the store commands.
DEFAULT_DB = "sidelines.db"
StoreDb = Annotated[str, typer.Option("--db", help="Store: a SQLite file path or a URL (postgresql://...).")]
OutFormat = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]


def iso_date(value: str | None) -> str | None:
    """A --since/--until value checked as a YYYY-MM-DD date (a usage error otherwise)."""
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None
    return value


SinceOption = Annotated[str | None, typer.Option(
    "--since", help="From this date (YYYY-MM-DD), inclusive.", callback=iso_date)]
UntilOption = Annotated[str | None, typer.Option(
    "--until", help="Up to this date (YYYY-MM-DD), inclusive.", callback=iso_date)]


def build_settings(config: Path | None = None, **overrides: Any) -> Settings:
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
            line = terminal_safe(f"{record.id}: [{problem.code}] {problem.message}")
            err.print(f"[yellow]warning[/yellow] {escape(line)}",
                      highlight=False)


def exit_code(total: int, failed: int) -> int:
    """0 when all documents went through, 1 when some failed, 2 when (almost) all failed."""
    if failed == 0:
        return 0
    if total and failed / total > 0.9:
        return 2
    return 1


def open_db(db: str, *, must_exist: bool = True) -> SqlStore:
    """Open the store a command names; reading commands refuse a SQLite file that is not there."""
    from sidelines.errors import StoreError
    from sidelines.store import open_store

    if must_exist and "://" not in db and not Path(db).exists():
        raise StoreError(f"no store at {db}; run `sidelines ingest SOURCE --db {db}` first", code="E407")
    return open_store(db)


def say_stories(done: StoryUpdate) -> None:
    """Report a stories update on standard error."""
    err.print(f"stories: {done.documents} articles placed, {done.new_stories} new stories, {done.touched} updated, "
              f"{done.dropped} dropped; {done.stories} stories in {done.seconds:.2f} s", highlight=False)
