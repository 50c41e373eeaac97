"""``sidelines export``: the store's events, conflict events, quotes and actor network as files
that pandas, DuckDB, R, spreadsheets, Gephi and GDELT/ACLED dashboards read.

Tables (``tables.TABLES``): ``events`` (GDELT-style), ``acled`` (ACLED-style conflict events),
``quotes``, ``network_nodes`` and ``network_edges``; formats ``parquet``, ``csv`` and ``jsonl``.
The network also goes out as a graph: formats ``graphml`` and ``gexf``.
"""

from __future__ import annotations

from pathlib import Path

from sidelines.errors import StoreError
from sidelines.export.graph import GRAPH_WRITERS
from sidelines.export.tables import TABLES, Filters, table
from sidelines.export.writers import WRITERS
from sidelines.query.exports import export_network
from sidelines.store.base import Store

__all__ = ["FORMATS", "TABLES", "Filters", "export"]

FORMATS = (*WRITERS, *GRAPH_WRITERS)


def export(store: Store, to: str, out: Path, filters: Filters | None = None,
           tables: list[str] | None = None) -> dict[Path, int]:
    """Write the store's tables in one format into the folder ``out``; returns each file and its rows.

    Raises:
        StoreError: E420 for an unknown format or table, E421 when Parquet's library is missing.
    """
    filters = filters or Filters()
    fmt = to.lower()
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {to!r}; one of {', '.join(FORMATS)}", code="E420")
    unknown = [t for t in tables or [] if t not in TABLES and t != "network"]
    if unknown:
        raise StoreError(f"unknown table {unknown[0]!r}; one of {', '.join(TABLES)}", code="E420")
    out.mkdir(parents=True, exist_ok=True)
    written: dict[Path, int] = {}
    if fmt in GRAPH_WRITERS:
        nodes, edges = export_network(store, actor=filters.actor, type=list(filters.types) or None,
                                      since=filters.since, until=filters.until)
        path = out / f"network.{fmt}"
        GRAPH_WRITERS[fmt](nodes, edges, path)
        written[path] = len(edges)
        return written
    names = [t for t in TABLES if not tables or t in tables or (t.startswith("network_") and "network" in tables)]
    for name in names:
        path = out / f"{name}.{fmt}"
        written[path] = WRITERS[fmt](table(store, name, filters), path)
    return written
