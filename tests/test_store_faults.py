"""A store that runs out of room mid-ingest: a clear error, nothing half-written, nothing lost.

A full disk is simulated with SQLite's ``max_page_count``: past it every write fails with
SQLITE_FULL ("database or disk is full"), as it would on a full file system.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, text

from sidelines import query
from sidelines.errors import StoreError
from sidelines.store import open_store
from test_store_samples import geneva_record


def _padded(doc_id: str, kb: int):
    """A sample record with ``kb`` KB of extra text, so that a few of them fill a small store."""
    rec = geneva_record(doc_id)
    return rec.model_copy(update={"text": rec.text + "\n\n" + ("Talks went on. " * (kb * 64))})


def test_a_full_store_gives_a_clear_error_and_keeps_what_it_committed(tmp_path):
    path = tmp_path / "full.db"
    store = open_store(path)
    store.write([geneva_record("kept-1")])
    with store.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()
    store.close()

    store = open_store(path)

    @event.listens_for(store.engine, "connect")
    def cap(dbapi_conn, _record):  # every new connection of this store may grow by a few pages only
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 8}")

    store.engine.dispose()
    with pytest.raises(StoreError) as caught:
        store.write_batch([_padded(f"big-{i}", 64) for i in range(3)])
    assert caught.value.code == "E410"
    assert "full" in str(caught.value)
    assert "Talks went on" not in str(caught.value)     # no article text in the message
    store.close()

    # Nothing half-written, nothing lost: the file is sound and holds exactly what was committed.
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    store = open_store(path)
    try:
        assert [d.id for d in query.list_documents(store)] == ["kept-1"]
        # With room again, the same batch goes in.
        store.write_batch([_padded(f"big-{i}", 64) for i in range(3)])
        assert sorted(d.id for d in query.list_documents(store)) == ["big-0", "big-1", "big-2", "kept-1"]
    finally:
        store.close()
