"""Stories: articles about the same real-world event, as stored by ``sidelines.app.stories``."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from sidelines.errors import StoreError
from sidelines.query.common import DEFAULT_LIMIT, d, date_bounds
from sidelines.query.rows import StoryArticle, StoryDetail, StoryEvent, StoryRow
from sidelines.store.actors import chunks
from sidelines.store.base import Store
from sidelines.store.stories import stories, story_documents, story_events


def _story_rows(conn: Connection, rows: Sequence[Any]) -> list[StoryRow]:
    """Typed stories for story table rows, with their documents and events."""
    ids = [r.id for r in rows]
    docs: dict[str, list[str]] = defaultdict(list)
    events: dict[str, list[StoryEvent]] = defaultdict(list)
    sd, se = story_documents, story_events
    for part in chunks(ids):
        for r in conn.execute(select(sd.c.story, sd.c.doc_id).where(sd.c.story.in_(part))
                              .order_by(sd.c.story, sd.c.ord)):
            docs[r.story].append(r.doc_id)
        for e in conn.execute(select(se.c.story, se.c.doc_id, se.c.event_id).where(se.c.story.in_(part))
                              .order_by(se.c.story, se.c.ord)):
            events[e.story].append(StoryEvent(document=e.doc_id, event=e.event_id))
    return [StoryRow(id=r.id, type=r.type, title=r.title, documents=docs[r.id], events=events[r.id],
                     first_seen=r.first_seen) for r in rows]


def list_stories(store: Store, *, since: str | None = None, until: str | None = None, type: str | None = None,
                 document: str | None = None, min_documents: int = 1, limit: int | None = DEFAULT_LIMIT,
                 offset: int = 0) -> list[StoryRow]:
    """Stored stories (see ``sidelines.app.stories.update_stories``), newest first.

    Each is the record's story: id, type, title, documents, events, first_seen.
    ``since``/``until`` keep stories whose [first_seen, last_seen] overlaps the range (undated
    stories only without bounds); ``document`` keeps the story holding that document id;
    ``limit=None`` returns them all.
    """
    s = stories
    query = select(s.c.id, s.c.type, s.c.title, s.c.first_seen).where(
        s.c.n_documents >= min_documents, *date_bounds(s.c.first_seen, s.c.last_seen, since, until))
    if type:
        query = query.where(s.c.type == type.upper())
    if document:
        query = query.where(s.c.id.in_(select(story_documents.c.story).where(story_documents.c.doc_id == document)))
    query = query.order_by(s.c.first_seen.is_(None), s.c.first_seen.desc(), s.c.n_documents.desc(), s.c.id)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    with store.engine.connect() as conn:
        return _story_rows(conn, conn.execute(query).all())


def get_story(store: Store, story_id: str) -> StoryDetail:
    """One stored story: the story's fields, last_seen, and its articles (id, title, publisher, published, url,
    the article it reprints and the outlets it credits)."""
    s, sd = stories, story_documents
    with store.engine.connect() as conn:
        row = conn.execute(select(s.c.id, s.c.type, s.c.title, s.c.first_seen, s.c.last_seen, s.c.n_reports,
                                  s.c.n_outlets)
                           .where(s.c.id == story_id)).first()
        if row is None:
            raise StoreError(f"no story {story_id!r} in the store", code="E408")
        story = _story_rows(conn, [row])[0]
        # One query for every article, the outlets each credits included (no record read per article).
        found = (select(d.c.doc_id.label("id"), d.c.title, d.c.publisher, d.c.published, d.c.url, sd.c.reprint_of,
                        d.c.attributed_to)
                 .join(sd, sd.c.doc == d.c.id).where(sd.c.story == story_id).order_by(sd.c.ord))
        articles = [StoryArticle(**{**r, "attributed_to": json.loads(r["attributed_to"] or "[]")})
                    for r in conn.execute(found).mappings()]
    return StoryDetail(**{f: getattr(story, f) for f in story}, last_seen=row.last_seen,
                       reports=row.n_reports, outlets=row.n_outlets, articles=articles)
