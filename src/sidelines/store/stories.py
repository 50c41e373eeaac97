"""The story tables and the primitives that read and write them (the clustering is ``sidelines.app.stories``)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    func,
    or_,
    select,
)

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
    Column("n_reports", Integer),                   # its articles less the wire reprints (0007_story_reprints)
    Column("n_outlets", Integer),                   # its distinct publishers (0007_story_reprints)
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
    Column("reprint_of", String),                   # the document id this one reprints (0007_story_reprints)
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

# Unused since stories stopped being cut into time windows (0007_story_reprints empties it).
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


def load_records(conn: Connection, ids: Sequence[int], kept: RecordCache | None = None) -> dict[int, Record]:
    """The records stored as these document rows (those ``kept`` already are not read again)."""
    from sidelines.store.records import record_from_row

    d = schema.documents
    out: dict[int, Record] = {}
    missing = list(ids)
    if kept is not None:
        out = {row_id: kept[row_id] for row_id in ids if row_id in kept}
        missing = [row_id for row_id in ids if row_id not in out]
    for part in chunks(missing):
        for row in conn.execute(select(d.c.id, d.c.record, d.c.text).where(d.c.id.in_(part))):
            out[row.id] = record_from_row(row.record, row.text)
    if kept is not None:
        kept.update(out)
    return out


class RecordCache(OrderedDict[int, Record]):
    """The records a stories run has read, the latest ``size`` of them, so one run reads each once."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key: int, value: Record) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


def add_story_reprints(conn: Connection, backend: Backend) -> None:
    """Migration step: reprint links and report/outlet counts; the stories of the old time windows are dropped.

    Stories are derived data: the next ``cluster-stories`` (or ingest) groups every article again.
    """
    from sidelines.store.migrations import add_column_if_missing

    add_column_if_missing(conn, "stories", Column("n_reports", Integer))
    add_column_if_missing(conn, "stories", Column("n_outlets", Integer))
    add_column_if_missing(conn, "story_documents", Column("reprint_of", String))
    drop_all_stories(conn)


def drop_all_stories(conn: Connection) -> None:
    """Delete every story (before grouping all articles anew)."""
    for table in (story_events, story_documents, stories, story_windows):
        conn.execute(table.delete())


def story_members(conn: Connection) -> dict[int, tuple[str, str | None]]:
    """Each grouped document row: (its story, the document id it reprints or None)."""
    sd = story_documents
    return {r.doc: (r.story, r.reprint_of) for r in conn.execute(select(sd.c.doc, sd.c.story, sd.c.reprint_of))}


def candidate_stories(conn: Connection, span: tuple[str, str] | None, max_documents: int) -> set[str]:
    """Stories whose date span overlaps ``span`` (first and last day, ISO), and the undated ones (all when
    ``span`` is None): the most recent first, while their documents add up to ``max_documents``."""
    s = stories
    query = select(s.c.id, s.c.n_documents).order_by(s.c.last_seen.is_(None), s.c.last_seen.desc(), s.c.id)
    if span is not None:
        lo, hi = span
        query = query.where(or_(s.c.first_seen.is_(None), and_(s.c.last_seen >= lo, s.c.first_seen <= hi)))
    out: set[str] = set()
    total = 0
    for row in conn.execute(query):
        total += row.n_documents
        if total > max_documents:
            break
        out.add(row.id)
    return out


def story_ids(conn: Connection) -> list[str]:
    """The ids of all stories."""
    return [r.id for r in conn.execute(select(stories.c.id))]


def count_stories(conn: Connection) -> int:
    """How many stories the store holds."""
    return int(conn.execute(select(func.count()).select_from(stories)).scalar_one())


def replace_stories(conn: Connection, ids: Sequence[str],
                    rows: tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    """Delete these stories and insert the given ones (stories, story_documents and story_events rows)."""
    for part in chunks(list(ids)):
        conn.execute(story_events.delete().where(story_events.c.story.in_(part)))
        conn.execute(story_documents.delete().where(story_documents.c.story.in_(part)))
        conn.execute(stories.delete().where(stories.c.id.in_(part)))
    for table, values in zip((stories, story_documents, story_events), rows, strict=True):
        for part in chunks(values, 1000):
            conn.execute(table.insert(), list(part))
