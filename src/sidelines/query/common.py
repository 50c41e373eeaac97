"""What every query module shares: table aliases, limits, date bounds, narrowing by id, typed fetching,
and running several queries on one connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Select, func
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


def few_ids(store: Store, narrowing: list[Select[Any]], cap: int = FEW, *,
            text_search: bool = False) -> list[int] | None:
    """The row ids all narrowing queries agree on, when one of them matches at most ``cap`` rows; else None.

    ``text_search``: a narrowing query is a full-text match (see below).
    """
    if not narrowing:
        return None
    with store.engine.connect() as conn:
        postgres = text_search and store.backend.name == "postgresql"
        if postgres:
            # A text match is answered from its index: with a LIMIT, PostgreSQL would rather scan the
            # table testing each row (working out every text's tsvector) until it has enough. (Actor
            # look-ups take their indexes anyway: no setting, no two more round trips.)
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        found = _agreed_ids(conn, narrowing, cap)
        if postgres:   # the connection may go on serving other queries (``one_connection``)
            conn.exec_driver_sql("SET LOCAL enable_seqscan = on")
        return found


def _agreed_ids(conn: Connection, narrowing: list[Select[Any]], cap: int) -> list[int] | None:
    """``few_ids`` on an open connection."""
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


class _OneConnectionEngine:
    """Stands in for a store's engine: every ``connect()`` hands out the same open connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def connect(self) -> AbstractContextManager[Connection]:
        return nullcontext(self.conn)


class _OneConnectionStore:
    """A store whose queries all run on one connection; everything else is the store's."""

    def __init__(self, store: Store, conn: Connection) -> None:
        self.store = store
        self.engine = _OneConnectionEngine(conn)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


@contextmanager
def one_connection(store: Store) -> Iterator[Store]:
    """The store with every query of the block on one connection, in one read transaction.

    A page asks a dozen queries; taking a connection from the pool for each costs round trips
    of its own on PostgreSQL (the liveness ping, the rollback on return), and with one
    connection the page reads one snapshot.
    """
    if isinstance(store, _OneConnectionStore):
        yield cast(Store, store)
        return
    with store.engine.connect() as conn:
        yield cast(Store, _OneConnectionStore(store, conn))


def actor_root() -> ColumnElement[int]:
    """An actor's own id, or the id of the full-name actor it was joined to."""
    return func.coalesce(a.c.merged_into, a.c.id)


def desc_key(value: str | None) -> tuple[int, str]:
    """A sort key putting later ISO dates first and missing dates last."""
    return (1, "") if value is None else (0, "".join(chr(0x10FFFF - ord(c)) for c in value))


