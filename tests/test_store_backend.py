"""The Backend protocol: both databases meet it, and the store is typed by it."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, column, select

from sidelines.store.backend import Backend
from sidelines.store.base import Store
from sidelines.store.postgres import PostgresBackend
from sidelines.store.sql import SqlStore
from sidelines.store.sqlite import SqliteBackend

TABLE = Table("t", MetaData(), Column("k", Integer, primary_key=True), Column("n", Integer))


@pytest.mark.parametrize("backend", [SqliteBackend(), PostgresBackend()], ids=["sqlite", "postgresql"])
def test_store_backend_meets_the_protocol(backend):
    assert isinstance(backend, Backend)
    members = {name for name in dir(Backend) if not name.startswith("_")}
    assert members <= set(dir(backend))
    upsert = backend.insert(TABLE).on_conflict_do_nothing(index_elements=["k"])
    assert "ON CONFLICT" in str(upsert.compile(dialect=_dialect(backend)))


@pytest.mark.parametrize("backend", [SqliteBackend(), PostgresBackend()], ids=["sqlite", "postgresql"])
def test_store_backend_search_refuses_wordless_queries(backend):
    assert backend.match_documents("?! --") is None and backend.match_quotes("") is None
    assert backend.match_documents("fisheries deal") is not None


def test_store_is_typed_by_the_backend_protocol(tmp_path):
    assert Store.__annotations__["backend"] in (Backend, "Backend")
    with SqlStore(str(tmp_path / "s.db"), SqliteBackend()) as store:
        assert isinstance(store, Store) and isinstance(store.backend, Backend)
        with store.reader() as conn:
            assert conn.execute(select(column("1"))).scalar() is not None


def _dialect(backend):
    from sqlalchemy.dialects import postgresql, sqlite

    return sqlite.dialect() if backend.name == "sqlite" else postgresql.dialect()
