"""Copy a whole store to another database (SQLite to PostgreSQL or back), every row and id kept.

Versions, failures, stories, actors and knowledge-base entries travel as they are:
row ids are copied, so every reference between tables still holds, and the target
answers every query as the source does. The copy is one transaction on the target
(all or nothing), into a target that holds nothing yet.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, update

from sidelines.errors import StoreError
from sidelines.store import schema
from sidelines.store.sql import SqlStore

log = logging.getLogger(__name__)

#: Rows read and inserted at a time.
CHUNK = 1000
#: Replaces NUL in text bound for a database that cannot hold it (the write path does the same).
NUL_STAND_IN = "\ufffd"


def copied_tables() -> list[Table]:
    """Every table of the store, referenced tables first (the migrations table is the target's own)."""
    import sidelines.store.stories  # noqa: F401 - registers the story tables

    return [t for t in schema.metadata.sorted_tables if t.name != schema.migrations.name]


def copy_store(source: SqlStore, target: SqlStore) -> dict[str, int]:
    """Copy every row of ``source`` into the empty store ``target``; returns rows copied per table."""
    if same_database(source, target):
        raise StoreError(f"cannot migrate {source.url} onto itself", code="E412")
    tables = copied_tables()
    copied: dict[str, int] = {}
    with target.writer() as out:
        busy = [t.name for t in tables if out.execute(select(func.count()).select_from(t)).scalar_one()]
        if busy:
            raise StoreError(f"the target store {target.url} is not empty (rows in {', '.join(busy)}); "
                             "migrate into a new store", code="E411")
        with source.reader() as src:
            for table in tables:
                copied[table.name] = copy_table(src, out, table, allows_nul=target.backend.allows_nul)
        if target.backend.name == "postgresql":
            advance_sequences(out, tables)
        target.backend.optimize(out)
    log.info("copied %s rows from %s to %s", sum(copied.values()), source.url, target.url)
    return copied


def same_database(a: SqlStore, b: SqlStore) -> bool:
    """Whether two stores are one database (SQLite files compared by their resolved path)."""
    ua, ub = a.engine.url, b.engine.url
    if ua.get_backend_name() == ub.get_backend_name() == "sqlite":
        return Path(ua.database or "").resolve() == Path(ub.database or "").resolve()
    return (ua.render_as_string(hide_password=True), getattr(a.backend, "schema", None)) == (
        ub.render_as_string(hide_password=True), getattr(b.backend, "schema", None))


def copy_table(src: Connection, out: Connection, table: Table, *, allows_nul: bool) -> int:
    """Copy one table in chunks; a column referring to its own table is filled in after every row is there."""
    self_refs = [c.name for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)]
    pk = list(table.primary_key.columns)
    query = select(table).order_by(*pk) if pk else select(table)
    later: list[dict[str, Any]] = []
    n = 0
    result = src.execution_options(stream_results=True, yield_per=CHUNK).execute(query)
    for part in result.mappings().partitions(CHUNK):
        rows = [dict(row) for row in part]
        if not allows_nul:
            rows = [without_nul(table, row) for row in rows]
        for row in rows:
            refs = {c: row[c] for c in self_refs if row[c] is not None}
            if refs:
                later.append({"b_id": row["id"], **{f"b_{c}": v for c, v in refs.items()}})
                row.update({c: None for c in refs})
        out.execute(table.insert(), rows)
        n += len(rows)
    for column in self_refs:
        values = [{"b_id": r["b_id"], "b_value": r[f"b_{column}"]} for r in later if f"b_{column}" in r]
        if values:
            out.execute(update(table).where(table.c.id == bindparam("b_id"))
                        .values({column: bindparam("b_value")}), values)
    return n


def without_nul(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """The row with NUL replaced in its text; a document's record then keeps the exact text in its JSON."""
    if not any(isinstance(v, str) and "\x00" in v for v in row.values()):
        return row
    if table is schema.documents and "\x00" in row["text"]:
        data = json.loads(row["record"])
        data.setdefault("text", row["text"])
        row = {**row, "record": json.dumps(data, ensure_ascii=False)}
    return {k: v.replace("\x00", NUL_STAND_IN) if isinstance(v, str) else v for k, v in row.items()}


def advance_sequences(conn: Connection, tables: list[Table]) -> None:
    """Move each PostgreSQL id sequence past the ids copied in, so the next insert gets a fresh id."""
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
            f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 1), '
            f'(SELECT MAX("{column.name}") FROM "{table.name}") IS NOT NULL)')
