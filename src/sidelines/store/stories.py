"""The story tables and the primitives that read and write them (the clustering is ``sidelines.app.stories``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Connection, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint, select

from sidelines.model.record import Record
from sidelines.store import schema
from sidelines.store.actors import chunks
from sidelines.store.backend import Backend

stories = Table(
    "stories", schema.metadata,
    Column("id", String, primary_key=True),         # "s" + digest of the window and sorted document ids
    Column("bucket", String, nullable=False),       # its window: "YYYY-MM-DD", "FIRST..LAST" or "undated"
    Column("type", String),                         # the dominant PLOVER type of its events
    Column("title", Text),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("n_documents", Integer, nullable=False),
    Column("n_events", Integer, nullable=False),
    Index("ix_stories_bucket", "bucket"),
    Index("ix_stories_first_seen", "first_seen"),
    Index("ix_stories_type", "type"),
)

story_documents = Table(
    "story_documents", schema.metadata,
    Column("story", String, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("doc", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("doc_id", String, nullable=False),
    Column("ord", Integer, nullable=False),
    UniqueConstraint("story", "doc", name="uq_story_documents"),
    Index("ix_story_documents_doc_id", "doc_id"),
)

story_events = Table(
    "story_events", schema.metadata,
    Column("story", String, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("doc", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("doc_id", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("type", String, nullable=False),
    Column("ord", Integer, nullable=False),
    Index("ix_story_events_story", "story", "ord"),
)

story_windows = Table(
    "story_windows", schema.metadata,
    Column("bucket", String, primary_key=True),
    Column("digest", String(64), nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("computed_at", String, nullable=False),
)

#: The tables of migration ``0004_stories``, in creation order.
STORY_TABLES = [stories, story_documents, story_events, story_windows]


def create_story_tables(conn: Connection, backend: Backend) -> None:
    """Migration step: create the story tables."""
    schema.metadata.create_all(conn, tables=STORY_TABLES)


def latest_documents(conn: Connection) -> list[tuple[int, str, str | None]]:
    """(row id, document id, published date) of the latest version of every document."""
    d = schema.documents
    rows = conn.execute(select(d.c.id, d.c.doc_id, d.c.published_date).where(d.c.is_latest))
    return [(row.id, row.doc_id, row.published_date) for row in rows]


def window_digests(conn: Connection) -> dict[str, str]:
    """The digest of the documents each window was last clustered with."""
    return {row.bucket: row.digest for row in conn.execute(select(story_windows.c.bucket, story_windows.c.digest))}


def load_records(conn: Connection, ids: Sequence[int]) -> dict[int, Record]:
    """The records stored as these document rows."""
    from sidelines.store.sql import record_from_row

    d = schema.documents
    out: dict[int, Record] = {}
    for part in chunks(list(ids)):
        for row in conn.execute(select(d.c.id, d.c.record, d.c.text).where(d.c.id.in_(part))):
            out[row.id] = record_from_row(row.record, row.text)
    return out


def drop_windows(conn: Connection, windows: Sequence[str]) -> None:
    """Delete the stories of these windows and what the store knew of them."""
    for part in chunks(list(windows)):
        ids = select(stories.c.id).where(stories.c.bucket.in_(part))
        conn.execute(story_events.delete().where(story_events.c.story.in_(ids)))
        conn.execute(story_documents.delete().where(story_documents.c.story.in_(ids)))
        conn.execute(stories.delete().where(stories.c.bucket.in_(part)))
        conn.execute(story_windows.delete().where(story_windows.c.bucket.in_(part)))


def write_window(conn: Connection, window: str, digest: str, n_documents: int, computed_at: str,
                 rows: tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    """Insert the stories of one window (stories, story_documents and story_events rows) and its digest."""
    for table, values in zip((stories, story_documents, story_events), rows, strict=True):
        for part in chunks(values, 1000):
            conn.execute(table.insert(), list(part))
    conn.execute(story_windows.insert().values(bucket=window, digest=digest, n_documents=n_documents,
                                               computed_at=computed_at))
