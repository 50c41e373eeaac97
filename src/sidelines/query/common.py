"""What every query module shares: table aliases, limits, date bounds, narrowing by id, typed fetching."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, func
from sqlalchemy.sql import ColumnElement

from sidelines.query.rows import Row
from sidelines.store import schema
from sidelines.store.actors import chunks
from sidelines.store.base import Store

R = TypeVar("R", bound=Row)

DEFAULT_LIMIT = 100
#: A filter matching at most this many rows is applied first, by id (see ``_few_ids``).
FEW = 5000

d, ent, q_, ev, ea = schema.documents, schema.entities, schema.quotes, schema.events, schema.event_actors
a, al, eact = schema.actors, schema.actor_aliases, schema.entity_actors


def fetch_rows(store: Store, query: Select[Any]) -> list[dict[str, Any]]:
    """The rows of a query as dicts of their labelled columns."""
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def fetch(store: Store, query: Select[Any], row: type[R]) -> list[R]:
    """The rows of a query as typed rows (the query's labels are the row's fields)."""
    return [row(**r) for r in fetch_rows(store, query)]


def like(column: Any, words: str) -> ColumnElement[bool]:
    """Case-insensitive ``column`` contains ``words`` (``%``, ``_`` and ``\\`` in them match themselves)."""
    escaped = words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def date_bounds(start: Any, end: Any, since: str | None, until: str | None) -> list[ColumnElement[bool]]:
    """Conditions that a [start, end] range overlaps [since, until]."""
    conds: list[ColumnElement[bool]] = []
    if since:
        conds.append(func.coalesce(end, start) >= since[:10])
    if until:
        conds.append(start <= until[:10])
    return conds


def few_ids(store: Store, narrowing: list[Select[Any]], cap: int = FEW) -> list[int] | None:
    """The row ids all narrowing queries agree on, when one of them matches at most ``cap`` rows; else None."""
    if not narrowing:
        return None
    with store.engine.connect() as conn:
        if store.backend.name == "postgresql":
            # A probe is answered from the indexes: with a LIMIT, PostgreSQL would rather scan the
            # table testing each row (working out every text's tsvector) until it has enough.
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        for sub in narrowing:
            ids = [r[0] for r in conn.execute(sub.limit(cap + 1))]
            if len(ids) > cap:
                continue
            found = set(ids)
            for other in narrowing:
                if other is sub or not found:
                    continue
                column = other.selected_columns[0]
                found &= {r[0] for part in chunks(sorted(found)) for r in conn.execute(other.where(column.in_(part)))}
            return sorted(found)
    return None


def actor_root() -> ColumnElement[int]:
    """An actor's own id, or the id of the full-name actor it was joined to."""
    return func.coalesce(a.c.merged_into, a.c.id)


def desc_key(value: str | None) -> tuple[int, str]:
    """A sort key putting later ISO dates first and missing dates last."""
    return (1, "") if value is None else (0, "".join(chr(0x10FFFF - ord(c)) for c in value))


