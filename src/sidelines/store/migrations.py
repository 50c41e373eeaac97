"""Named, ordered, recorded schema migrations (as sqlite-utils does).

Each migration runs once per store, in order, in its own transaction, and is
recorded in the ``migrations`` table. Never edit or rename a migration that has
shipped: add a new one. A migration that adds a column to a table of
``schema.py`` must use ``add_column_if_missing``, because a new store creates
that table from the current ``schema.py`` already holding the column.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, Engine, func, inspect, select

from sidelines.errors import StoreError
from sidelines.store import schema
from sidelines.store.backend import Backend

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    """One schema step: a stable name and a function of (connection, backend)."""

    name: str
    apply: Callable[[Connection, Backend], None]


def _initial_tables(conn: Connection, backend: Backend) -> None:
    schema.metadata.create_all(conn, tables=schema.INITIAL_TABLES)


def _full_text_search(conn: Connection, backend: Backend) -> None:
    backend.install_fts(conn)


def _quote_search_content_only(conn: Connection, backend: Backend) -> None:
    backend.index_quote_content_only(conn)


def _stories(conn: Connection, backend: Backend) -> None:
    from sidelines.store.stories import create_story_tables

    create_story_tables(conn, backend)


def _story_reprints(conn: Connection, backend: Backend) -> None:
    from sidelines.store.stories import add_story_reprints

    add_story_reprints(conn, backend)


def _layer_items(conn: Connection, backend: Backend) -> None:
    schema.layer_items.create(conn, checkfirst=True)


def _alerts(conn: Connection, backend: Backend) -> None:
    schema.alerts.create(conn, checkfirst=True)


def _actor_counts(conn: Connection, backend: Backend) -> None:
    from sidelines.store.counts import rebuild

    schema.actor_stats.create(conn, checkfirst=True)
    schema.actor_pairs.create(conn, checkfirst=True)
    rebuild(conn, backend)


def _event_sort_date(conn: Connection, backend: Backend) -> None:
    e = schema.events
    add_column_if_missing(conn, "events", e.c.sort_date)
    published = select(schema.documents.c.published_date).where(schema.documents.c.id == e.c.doc).scalar_subquery()
    conn.execute(e.update().where(e.c.sort_date.is_(None)).values(sort_date=func.coalesce(e.c.date_start, published)))
    for index in e.indexes:
        if index.name in ("ix_events_sort_date", "ix_events_type_sort_date"):
            index.create(conn, checkfirst=True)


def _stemmed_search(conn: Connection, backend: Backend) -> None:
    backend.stem_search(conn)


def _quote_kind(conn: Connection, backend: Backend) -> None:
    add_column_if_missing(conn, "quotes", schema.quotes.c.kind)


def add_column_if_missing(conn: Connection, table: str, column: Column) -> None:
    """Add a column to an existing table unless it is there already."""
    names = {c["name"] for c in inspect(conn).get_columns(table)}
    if column.name not in names:
        ddl = column.type.compile(dialect=conn.dialect)
        conn.exec_driver_sql(f'ALTER TABLE {table} ADD COLUMN "{column.name}" {ddl}')


MIGRATIONS: list[Migration] = [
    Migration("0001_initial_tables", _initial_tables),
    Migration("0002_full_text_search", _full_text_search),
    Migration("0003_quote_search_content_only", _quote_search_content_only),
    Migration("0004_stories", _stories),
    Migration("0005_layer_items", _layer_items),
    Migration("0006_alerts", _alerts),
    Migration("0007_story_reprints", _story_reprints),
    Migration("0008_actor_counts", _actor_counts),
    Migration("0009_event_sort_date", _event_sort_date),
    Migration("0010_stemmed_search", _stemmed_search),
    Migration("0011_quote_kind", _quote_kind),
]


def applied(engine: Engine) -> list[str]:
    """Names of the migrations this store has recorded, in the order applied."""
    with engine.connect() as conn:
        return [r.name for r in conn.execute(select(schema.migrations.c.name).order_by(schema.migrations.c.applied_at))]


def pending(engine: Engine) -> list[str]:
    """Names of the migrations this store lacks, read without taking the write lock.

    Raises:
        StoreError: E409 for a database that holds tables but is no sidelines store.
    """
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if tables and schema.migrations.name not in tables:
            raise StoreError(f"{engine.url.render_as_string(hide_password=True)} holds tables but is not a "
                             "sidelines store (no migrations table); not touched", code="E409")
        done = set(r.name for r in conn.execute(select(schema.migrations.c.name))) if tables else set()
    return [m.name for m in MIGRATIONS if m.name not in done]


def migrate(engine: Engine, backend: Backend) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied now.

    A store with nothing pending is only read (so readers never wait behind a writer); the
    migrations table is created under the writers' lock (two processes racing on a fresh
    PostgreSQL database would otherwise both create it).
    """
    if not pending(engine):
        return []
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        backend.prepare_write(conn)
        schema.migrations.create(conn, checkfirst=True)
    done_now: list[str] = []
    for migration in MIGRATIONS:
        with engine.connect().execution_options(write=True) as conn, conn.begin():
            backend.prepare_write(conn)
            seen = conn.execute(
                select(schema.migrations.c.name).where(schema.migrations.c.name == migration.name)).first()
            if seen:
                continue
            log.info("applying migration %s", migration.name)
            migration.apply(conn, backend)
            conn.execute(schema.migrations.insert().values(
                name=migration.name, applied_at=datetime.now(UTC).isoformat(timespec="microseconds")))
            done_now.append(migration.name)
    return done_now
