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

from sqlalchemy import Column, Connection, Engine, inspect, select

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


def _layer_items(conn: Connection, backend: Backend) -> None:
    schema.layer_items.create(conn, checkfirst=True)


def _stemmed_search(conn: Connection, backend: Backend) -> None:
    backend.stem_search(conn)


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
    Migration("0006_stemmed_search", _stemmed_search),
]


def applied(engine: Engine) -> list[str]:
    """Names of the migrations this store has recorded, in the order applied."""
    with engine.connect() as conn:
        return [r.name for r in conn.execute(select(schema.migrations.c.name).order_by(schema.migrations.c.applied_at))]


def migrate(engine: Engine, backend: Backend) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied now."""
    schema.migrations.create(engine, checkfirst=True)
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
