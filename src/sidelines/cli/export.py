"""``sidelines export``: the store's tables and actor network as files for other tools."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sidelines.cli.common import DEFAULT_DB, SinceOption, StoreDb, UntilOption, err, open_db


def export_command(
    out: Annotated[Path, typer.Argument(help="Folder to write into (one file per table: events.parquet ...).")],
    to: Annotated[str, typer.Option("--to", help="Format: parquet, csv, jsonl, graphml or gexf.")] = "parquet",
    db: StoreDb = DEFAULT_DB,
    since: SinceOption = None,
    until: UntilOption = None,
    type: Annotated[list[str] | None, typer.Option("--type", help="Only events of this PLOVER type (repeat).")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only events with (quotes by) this actor.")] = None,
    table: Annotated[list[str] | None, typer.Option(
        "--table", help="Only this table (repeat): events, acled, quotes, network.")] = None,
) -> None:
    """Export events (GDELT-style), conflict events (ACLED-style), quotes and the actor network."""
    from sidelines.export import Filters, export

    filters = Filters(since=since, until=until, types=tuple(t.upper() for t in type or ()), actor=actor)
    with open_db(db) as store:
        written = export(store, to, out, filters, tables=table)
    for path, n in written.items():
        unit = "edges" if path.suffix in (".graphml", ".gexf") else "rows"
        err.print(f"{path}: {n} {unit}", highlight=False)
