"""Documents: listing, full-text search, versions and their differences, counts, failures, plugin layers."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.sql import ColumnElement

from sidelines.model.record import Record
from sidelines.query.common import (
    DEFAULT_LIMIT,
    a,
    d,
    date_bounds,
    ent,
    ev,
    fetch,
    fetch_rows,
    few_ids,
    like,
    q_,
)
from sidelines.query.rows import (
    Change,
    DocumentRow,
    EventView,
    FailureRow,
    LayerItemRow,
    QuoteView,
    SearchHit,
    StoreCounts,
    VersionDiff,
    VersionRow,
)
from sidelines.store import schema
from sidelines.store.base import Store


def list_documents(store: Store, words: str | None = None, *, publisher: str | None = None,
                   since: str | None = None, until: str | None = None, limit: int = DEFAULT_LIMIT,
                   offset: int = 0) -> list[DocumentRow]:
    """Latest versions of documents, newest first; ``words`` searches title and text (full-text)."""
    query = select(d.c.doc_id.label("id"), d.c.version, d.c.title, d.c.publisher, d.c.published, d.c.url,
                   d.c.ingested_at)
    latest: ColumnElement[bool] = d.c.is_latest
    date: ColumnElement[Any] = d.c.published_date
    match = store.backend.match_documents(words) if words else None
    if match is not None:
        few = few_ids(store, [match], text_search=True)
        walk = store.backend.document_matches(words or "")
        if few is None and walk is not None:   # many matches: test each document newest first (see search_quotes)
            query = query.where(walk)
        elif few is None:
            query = query.where(d.c.id.in_(match))
        else:   # few matches: sort them rather than walk the date index (see search_quotes)
            query = query.where(d.c.id.in_(few))
            latest, date = func.coalesce(d.c.is_latest, False), func.coalesce(d.c.published_date, "")
    if publisher:
        query = query.where(like(d.c.publisher, publisher))
    query = query.where(latest, *date_bounds(d.c.published_date, d.c.published_date, since, until))
    query = query.order_by(date.desc(), d.c.doc_id).limit(limit).offset(offset)
    return fetch(store, query, DocumentRow)


def search_documents(store: Store, words: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Documents whose title or text holds every word, with a short snippet."""
    rows = list_documents(store, words, limit=limit)
    if not rows:
        return []
    ids = [r.id for r in rows]
    with store.engine.connect() as conn:
        texts = dict(conn.execute(select(d.c.doc_id, d.c.text).where(d.c.is_latest, d.c.doc_id.in_(ids))).all())
    first = words.split()[0].lower() if words.split() else ""
    hits = []
    for row in rows:
        text = texts.get(row.id, "")
        at = text.lower().find(first) if first else -1
        lo = max(0, at - 80) if at >= 0 else 0
        hits.append(SearchHit(**row.as_dict(), snippet=" ".join(text[lo:lo + 200].split())))
    return hits


def get_record(store: Store, doc_id: str, version: int | None = None) -> Record:
    """One stored record exactly as written (the latest version unless ``version``)."""
    return store.get_record(doc_id, version)


def get_document(store: Store, doc_id: str, version: int | None = None) -> dict[str, Any]:
    """One stored record (the latest version unless ``version``), as the JSON dict of the record."""
    return store.get_record(doc_id, version).model_dump(mode="json")


def versions(store: Store, doc_id: str) -> list[VersionRow]:
    """The stored versions of a document, oldest first."""
    return [VersionRow(**v) for v in store.versions(doc_id)]


def _quote_key(record: Record, quote: Any) -> tuple[Any, ...]:
    names = {e.id: e.name for e in record.entities}
    speaker = names.get(quote.speaker or "") or (quote.speaker_mention.text if quote.speaker_mention else None)
    return (speaker, quote.content.text, quote.direct)


def _event_key(record: Record, event: Any) -> tuple[Any, ...]:
    names = {e.id: e.name for e in record.entities}
    actors = tuple(sorted((names.get(x.entity, x.entity), x.role) for x in event.actors))
    return (event.type, actors, event.location.name if event.location else None,
            event.date.start if event.date else None, event.polarity)


def diff(store: Store, doc_id: str, old: int | None = None, new: int | None = None) -> VersionDiff:
    """What changed between two versions (default: the last two): quotes and events added, removed, changed.

    A quote (event) is the same in both versions when its speaker, content and
    directness (type, actors, place, date, polarity) agree; one that keeps its
    content (type and evidence) but not the rest is reported as changed.
    """
    vs = [v["version"] for v in store.versions(doc_id)]
    new = new or vs[-1]
    if old is None:
        earlier = [v for v in vs if v < new]
        old = earlier[-1] if earlier else new
    a_rec, b_rec = store.get_record(doc_id, old), store.get_record(doc_id, new)

    def changes(layer: str, keyf: Any, anchor: Any, show: Any) -> tuple[list[Any], list[Any], list[Any]]:
        before = {keyf(a_rec, x): x for x in getattr(a_rec, layer)}
        after = {keyf(b_rec, x): x for x in getattr(b_rec, layer)}
        gone = {anchor(before[k]): before[k] for k in before if k not in after}
        added, changed = [], []
        for k, item in after.items():
            if k in before:
                continue
            was = gone.pop(anchor(item), None)
            if was is None:
                added.append(show(b_rec, item))
            else:
                changed.append(Change(before=show(a_rec, was), after=show(b_rec, item)))
        return added, [show(a_rec, x) for x in gone.values()], changed

    def show_quote(rec: Record, quote: Any) -> QuoteView:
        speaker, content, direct = _quote_key(rec, quote)
        return QuoteView(speaker=speaker, content=content, direct=direct)

    def show_event(rec: Record, event: Any) -> EventView:
        etype, actors, place, date, polarity = _event_key(rec, event)
        return EventView(id=event.id, type=etype, actors=[f"{n} ({r})" for n, r in actors], place=place, date=date,
                         polarity=polarity, evidence=[e.text for e in event.evidence][:1])

    qa, qr, qc = changes("quotes", _quote_key, lambda q: q.content.text, show_quote)
    ea_, er, ec = changes("events", _event_key, lambda e: (e.type, tuple(x.text for x in e.evidence)), show_event)
    return VersionDiff(id=doc_id, from_version=old, to_version=new, text_changed=a_rec.text != b_rec.text,
                       quotes_added=qa, quotes_removed=qr, quotes_changed=qc,
                       events_added=ea_, events_removed=er, events_changed=ec)


def counts(store: Store) -> StoreCounts:
    """A summary: documents (latest), versions, failures, entities, quotes, events, actors."""
    with store.engine.connect() as conn:
        def n(query: Any) -> int:
            return int(conn.execute(query).scalar_one())

        latest = select(d.c.id).where(d.c.is_latest)
        return StoreCounts(
            documents=n(select(func.count()).select_from(d).where(d.c.is_latest)),
            versions=n(select(func.count()).select_from(d)),
            failures=n(select(func.count()).select_from(schema.failures)),
            entities=n(select(func.count()).select_from(ent).where(ent.c.doc.in_(latest))),
            quotes=n(select(func.count()).select_from(q_).where(q_.c.doc.in_(latest))),
            events=n(select(func.count()).select_from(ev).where(ev.c.doc.in_(latest))),
            actors=n(select(func.count()).select_from(a).where(a.c.merged_into.is_(None))),
        )


def list_failures(store: Store, limit: int = DEFAULT_LIMIT, code: str | None = None) -> list[FailureRow]:
    """Documents that could not be read or processed, most recent first (of one error code if given)."""
    f = schema.failures
    query = select(f.c.doc_id.label("id"), f.c.code, f.c.message, f.c.source, f.c.count, f.c.last_seen)
    if code is not None:
        query = query.where(f.c.code == code.upper())
    return fetch(store, query.order_by(f.c.last_seen.desc(), f.c.id.desc()).limit(limit), FailureRow)


def layer_items(store: Store, layer: str, document: str | None = None,
                limit: int = DEFAULT_LIMIT) -> list[LayerItemRow]:
    """Items of a plugin extractor's layer in the latest documents (or in one), newest documents first."""
    li = schema.layer_items
    query = (select(d.c.doc_id.label("document"), li.c.layer, li.c.ord, li.c.start, li.c.end, li.c.data)
             .join(d, and_(d.c.id == li.c.doc, d.c.is_latest)).where(li.c.layer == layer))
    if document is not None:
        query = query.where(d.c.doc_id == document)
    query = query.order_by(d.c.published_date.desc(), d.c.doc_id, li.c.ord).limit(limit)
    return [LayerItemRow(**{**r, "data": json.loads(r["data"])}) for r in fetch_rows(store, query)]
