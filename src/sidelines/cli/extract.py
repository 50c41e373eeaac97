"""Commands that run the pipeline on documents: ``extract`` and ``schema``."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from sidelines.cli.common import (
    AllowPrivateOption,
    ConfigOption,
    Format,
    ModelOption,
    ParseCacheOption,
    build_settings,
    err,
    exit_code,
    progress_bar,
    warn_ingest_problems,
)
from sidelines.model.record import ErrorRecord, Record
from sidelines.render import record_table, terminal_safe


def extract(
    files: Annotated[list[str], typer.Argument(help="Files, directories, JSONL corpora, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    model: ModelOption = None,
    config: ConfigOption = None,
    parse_cache: ParseCacheOption = None,
    allow_private: AllowPrivateOption = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Table view: give each event's confidence and the rule that made it "
        "(JSON output always carries each event's explanation).")] = False,
) -> None:
    """Extract the record of each document and print it (records on stdout, the rest on stderr)."""
    from sidelines.api import run_items
    from sidelines.ingest.sources import read_sources

    settings = build_settings(config, model=model, parse_cache=parse_cache, allow_private=allow_private)
    total = failed = 0
    counts = {"entities": 0, "quotes": 0, "events": 0}
    with progress_bar() as progress:
        task = progress.add_task("extracting", total=None)
        for out in run_items(read_sources(files, settings), settings):
            total += 1
            progress.advance(task)
            if isinstance(out, ErrorRecord):
                failed += 1
                line = terminal_safe(f"{out.id}: [{out.code}] {out.error}")
                err.print(f"[red]error[/red] {escape(line)}", highlight=False)
            else:
                warn_ingest_problems(out)
                for key in counts:
                    counts[key] += len(getattr(out, key))
            if format is Format.jsonl:
                sys.stdout.write(out.model_dump_json() + "\n")
            elif format is Format.json:
                sys.stdout.write(json.dumps(out.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
            elif isinstance(out, Record):
                Console().print(record_table(out, explain=explain))
    err.print(
        f"{total} documents, {failed} failed; "
        + ", ".join(f"{v} {k}" for k, v in counts.items()),
        highlight=False,
    )
    raise typer.Exit(exit_code(total, failed))


def schema() -> None:
    """Print the JSON Schema of the extraction record (with the layers of installed plugin extractors)."""
    from sidelines.extractors.registry import load_plugin_layers
    from sidelines.model.layers import record_model

    load_plugin_layers()
    sys.stdout.write(json.dumps(record_model().model_json_schema(), indent=2) + "\n")
