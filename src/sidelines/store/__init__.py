"""The store: versioned records and cross-document actors in SQLite (default) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sidelines.store.base import Store, WriteStats
from sidelines.store.sql import SqlStore

__all__ = ["open_store", "Store", "SqlStore", "WriteStats"]

POSTGRES_PREFIXES = ("postgresql:", "postgresql+psycopg:", "postgres:")


def open_store(url: str | Path = "sidelines.db", *, schema: str | None = None) -> SqlStore:
    """Open a store, creating and migrating its schema.

    Args:
        url: a file path or ``sqlite:///path`` for SQLite (the default backend), or a
            ``postgresql://user@host/db`` URL (extra ``postgres``); ``?schema=NAME`` or
            ``schema`` keeps the tables in a PostgreSQL schema of their own.
        schema: the PostgreSQL schema (ignored for SQLite).
    """
    url = str(url)
    if url.startswith(POSTGRES_PREFIXES):
        from sidelines.store.postgres import PostgresBackend

        if url.startswith("postgres:"):
            url = "postgresql:" + url[len("postgres:"):]
        return SqlStore(url, PostgresBackend(schema))
    from sidelines.store.sqlite import SqliteBackend

    return SqlStore(url, SqliteBackend())
