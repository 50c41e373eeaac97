"""Whole tables for exports: every event, quote and actor link of the latest documents, with the
columns other tools expect (publisher, URL, coordinates, actors' countries and titles), unpaged.

``sidelines.export`` writes them out; the same filters as ``search_events`` apply.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.sql import ColumnElement

from sidelines.query.actors import actor_ids
from sidelines.query.common import a, actor_root, d, date_bounds, ea, eact, ent, ev, fetch_rows, like, q_
from sidelines.query.events import events_of_actor
from sidelines.query.rows import ExportActor, ExportEvent, ExportQuote, NetworkLink, NetworkNode
from sidelines.store import schema
from sidelines.store.actors import chunks
from sidelines.store.base import Store
from sidelines.store.records import evidence_sentence

#: Events fetched per query while streaming.
PAGE = 2000


def _event_conds(store: Store, *, actor: str | None, type: str | list[str] | None, since: str | None,
                 until: str | None) -> list[ColumnElement[bool]]:
    """The conditions on ``events`` (joined to latest ``documents``) that the filters ask for."""
    conds: list[ColumnElement[bool]] = []
    if actor:
        conds.append(ev.c.id.in_(events_of_actor(store, actor)))
    if type:
        types = [type] if isinstance(type, str) else type
        conds.append(ev.c.type.in_([t.upper() for t in types]))
    start = func.coalesce(ev.c.date_start, d.c.published_date)
    end = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    conds += date_bounds(start, end, since, until)
    return conds


def _titles(store: Store, keys: set[tuple[int, str]]) -> dict[tuple[int, str], str]:
    """The first role title of each (document row, entity id)."""
    ro = schema.roles
    out: dict[tuple[int, str], str] = {}
    docs = sorted({k[0] for k in keys})
    with store.engine.connect() as conn:
        for part in chunks(docs):
            for r in conn.execute(select(ro.c.doc, ro.c.entity_id, ro.c.title).where(ro.c.doc.in_(part))
                                  .order_by(ro.c.id)):
                if (r.doc, r.entity_id) in keys:
                    out.setdefault((r.doc, r.entity_id), r.title)
    return out


def _texts(store: Store, docs: set[int]) -> dict[int, str]:
    """The text of each document row."""
    out: dict[int, str] = {}
    with store.engine.connect() as conn:
        for part in chunks(sorted(docs)):
            out.update((r.id, r.text) for r in conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(part))))
    return out


def _event_actors(store: Store, keys: list[tuple[int, str]]) -> dict[tuple[int, str], list[ExportActor]]:
    out: dict[tuple[int, str], list[ExportActor]] = defaultdict(list)
    docs = sorted({k[0] for k in keys})
    wanted = set(keys)
    rows = []
    with store.engine.connect() as conn:
        for part in chunks(docs):
            query = (select(ea.c.doc, ea.c.event_id, ea.c.entity_id, ea.c.role, ent.c.name, ent.c.country,
                            ent.c.type)
                     .outerjoin(ent, and_(ent.c.doc == ea.c.doc, ent.c.entity_id == ea.c.entity_id))
                     .where(ea.c.doc.in_(part)).order_by(ea.c.id))
            rows += [r for r in conn.execute(query) if (r.doc, r.event_id) in wanted]
    titles = _titles(store, {(r.doc, r.entity_id) for r in rows})
    for r in rows:
        out[(r.doc, r.event_id)].append(ExportActor(
            name=r.name or r.entity_id, role=r.role, country=r.country, kind=r.type,
            title=titles.get((r.doc, r.entity_id))))
    return out


def export_events(store: Store, *, actor: str | None = None, type: str | list[str] | None = None,
                  since: str | None = None, until: str | None = None) -> Iterator[ExportEvent]:
    """Every event of the latest documents (oldest first), with its document, place and actors."""
    ee, pl = schema.event_evidence, schema.places

    def first_evidence(column: Any) -> Any:
        return (select(column).where(ee.c.doc == ev.c.doc, ee.c.event_id == ev.c.event_id)
                .order_by(ee.c.id).limit(1).scalar_subquery())

    query: Select[Any] = (
        select(ev.c.id.label("_id"), ev.c.doc.label("_doc"), d.c.doc_id.label("document"), d.c.version,
               d.c.title, d.c.publisher, d.c.url, d.c.published_date.label("published"),
               ev.c.event_id.label("event"), ev.c.type, ev.c.mode, ev.c.date_start, ev.c.date_end,
               ev.c.location_name.label("place"), pl.c.name.label("place_name"), pl.c.country.label("place_country"),
               pl.c.lat, pl.c.lon, pl.c.geonameid, ev.c.context_name.label("context"), ev.c.topics, ev.c.polarity,
               ev.c.modality, ev.c.confidence, first_evidence(ee.c.start).label("_start"),
               first_evidence(ee.c.end).label("_end"))
        .join(d, and_(d.c.id == ev.c.doc, d.c.is_latest))
        .outerjoin(pl, and_(pl.c.doc == ev.c.doc, pl.c.place_id == ev.c.location_place))
        .where(*_event_conds(store, actor=actor, type=type, since=since, until=until)))
    last = 0
    while True:
        rows = fetch_rows(store, query.where(ev.c.id > last).order_by(ev.c.id).limit(PAGE))
        if not rows:
            return
        last = rows[-1]["_id"]
        actors = _event_actors(store, [(r["_doc"], r["event"]) for r in rows])
        texts = _texts(store, {r["_doc"] for r in rows if r["_start"] is not None})
        for r in rows:
            r.pop("_id")
            start, end = r.pop("_start"), r.pop("_end")
            key = (r.pop("_doc"), r["event"])
            sentence = evidence_sentence(texts[key[0]], start, end) if start is not None else None
            yield ExportEvent(**{**r, "topics": json.loads(r["topics"] or "[]")}, evidence=sentence,
                              actors=actors.get(key, []))


def export_quotes(store: Store, *, speaker: str | None = None, since: str | None = None,
                  until: str | None = None) -> list[ExportQuote]:
    """Every quote of the latest documents (oldest first), with its speaker's country and title."""
    conds: list[ColumnElement[bool]] = [*date_bounds(d.c.published_date, d.c.published_date, since, until)]
    if speaker:
        ids = actor_ids(store, speaker)
        if ids:
            conds.append(q_.c.id.in_(select(q_.c.id).join(eact, and_(eact.c.doc == q_.c.doc,
                                                                     eact.c.entity_id == q_.c.speaker))
                                     .where(eact.c.actor.in_(ids))))
        else:
            conds.append(like(func.coalesce(q_.c.speaker_name, q_.c.speaker_text, ""), speaker))
    query = (select(q_.c.doc.label("_doc"), q_.c.speaker.label("_entity"), d.c.doc_id.label("document"),
                    d.c.version, d.c.title, d.c.publisher, d.c.url, d.c.published_date.label("date"),
                    func.coalesce(q_.c.speaker_name, q_.c.speaker_text).label("speaker"),
                    ent.c.country.label("country"), q_.c.cue_text.label("cue"), q_.c.content.label("text"),
                    q_.c.direct, q_.c.evidence)
             .join(d, and_(d.c.id == q_.c.doc, d.c.is_latest))
             .outerjoin(ent, and_(ent.c.doc == q_.c.doc, ent.c.entity_id == q_.c.speaker))
             .where(*conds).order_by(d.c.published_date, d.c.doc_id, q_.c.ord))
    rows = fetch_rows(store, query)
    titles = _titles(store, {(r["_doc"], r["_entity"]) for r in rows if r["_entity"]})
    out = []
    for r in rows:
        key = (r.pop("_doc"), r.pop("_entity"))
        out.append(ExportQuote(**r, role=titles.get(key) if key[1] else None))
    return out


def export_network(store: Store, *, actor: str | None = None, type: str | list[str] | None = None,
                   since: str | None = None, until: str | None = None) -> tuple[list[NetworkNode], list[NetworkLink]]:
    """Actors (merged across documents) and, per pair, how many events of each type they share.

    As ``actor_network``: only events that happened (positive polarity) link actors.
    """
    date = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    base = (select(ea.c.doc, ea.c.event_id, ev.c.type, actor_root().label("actor"), date.label("date"))
            .select_from(ea.join(eact, and_(eact.c.doc == ea.c.doc, eact.c.entity_id == ea.c.entity_id))
                         .join(a, a.c.id == eact.c.actor)
                         .join(ev, and_(ev.c.doc == ea.c.doc, ev.c.event_id == ea.c.event_id))
                         .join(d, and_(d.c.id == ea.c.doc, d.c.is_latest)))
            .where(ev.c.polarity == "positive", *_event_conds(store, actor=actor, type=type, since=since,
                                                               until=until))
            .distinct())
    by_event: dict[tuple[int, str], list[tuple[int, str, str | None]]] = defaultdict(list)
    for r in fetch_rows(store, base):
        by_event[(r["doc"], r["event_id"])].append((r["actor"], r["type"], r["date"]))
    links: dict[tuple[int, int], dict[str, Any]] = {}
    events_of: dict[int, int] = defaultdict(int)
    for members in by_event.values():
        ids = sorted({m[0] for m in members})
        etype, day = members[0][1], members[0][2]
        for i in ids:
            events_of[i] += 1
        for x, left in enumerate(ids):
            for right in ids[x + 1:]:
                link = links.setdefault((left, right), {"count": 0, "types": defaultdict(int), "last_date": None})
                link["count"] += 1
                link["types"][etype] += 1
                if day and (link["last_date"] is None or day > link["last_date"]):
                    link["last_date"] = day
    with store.engine.connect() as conn:
        info = {}
        for part in chunks(sorted(events_of)):
            info.update({r.id: r for r in conn.execute(select(a.c.id, a.c.name, a.c.type, a.c.country)
                                                       .where(a.c.id.in_(part)))})
    nodes = [NetworkNode(id=i, name=info[i].name, kind=info[i].type, country=info[i].country, events=n)
             for i, n in sorted(events_of.items())]
    edges = [NetworkLink(source=s, target=t, source_name=info[s].name, target_name=info[t].name, count=v["count"],
                         types=dict(sorted(v["types"].items())), last_date=v["last_date"])
             for (s, t), v in sorted(links.items())]
    return nodes, edges
