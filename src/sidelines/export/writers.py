"""Writing a table as Parquet (pyarrow), CSV (formula-safe) or JSON lines."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from sidelines.errors import StoreError
from sidelines.export.tables import Table

#: Rows per Parquet row group.
BATCH = 10_000
#: First characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A text cell that a spreadsheet will not run: a leading = + - @ (or tab, CR) gets a ``'`` before it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(table: Table, path: Path) -> int:
    """The table as CSV (UTF-8, header row); text cells made formula-safe. Returns the row count."""
    names = [c for c, _ in table.columns]
    texts = {c for c, kind in table.columns if kind == "text"}
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        for row in table.rows:
            writer.writerow([safe_cell(row.get(c)) if c in texts else row.get(c) for c in names])
            n += 1
    return n


def write_jsonl(table: Table, path: Path) -> int:
    """The table as JSON lines, one object per row with every column. Returns the row count."""
    names = [c for c, _ in table.columns]
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in table.rows:
            fh.write(json.dumps({c: row.get(c) for c in names}, ensure_ascii=False) + "\n")
            n += 1
    return n


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def write_parquet(table: Table, path: Path) -> int:
    """The table as Parquet with a typed schema (text, float64, int64, bool). Returns the row count."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError("Parquet export needs pyarrow: pip install 'sidelines[export]'", code="E421") from exc
    kinds = {"text": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    schema = pa.schema([(c, kinds[kind]) for c, kind in table.columns])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in _batches(table.rows, BATCH):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


WRITERS = {"parquet": write_parquet, "csv": write_csv, "jsonl": write_jsonl}
