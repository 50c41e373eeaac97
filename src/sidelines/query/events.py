"""Events: who did what to whom, searched by actor (or a pair), type, place, country, date and more."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.sql import ColumnElement

from sidelines.query.actors import actor_ids
from sidelines.query.common import DEFAULT_LIMIT, d, date_bounds, ea, eact, ent, ev, fetch_rows, like
from sidelines.query.rows import EventActorRow, EventRow
from sidelines.store import schema
from sidelines.store.base import Store


def _event_actor_names(store: Store,
                       keys: list[tuple[int, str]]) -> dict[tuple[int, str], list[EventActorRow]]:
    out: dict[tuple[int, str], list[EventActorRow]] = defaultdict(list)
    docs = sorted({k[0] for k in keys})
    if not docs:
        return out
    query = (select(ea.c.doc, ea.c.event_id, ea.c.entity_id, ea.c.role, ent.c.name, ent.c.country)
             .outerjoin(ent, and_(ent.c.doc == ea.c.doc, ent.c.entity_id == ea.c.entity_id))
             .where(ea.c.doc.in_(docs)).order_by(ea.c.id))
    wanted = set(keys)
    with store.engine.connect() as conn:
        for r in conn.execute(query):
            if (r.doc, r.event_id) in wanted:
                actor = EventActorRow(name=r.name or r.entity_id, role=r.role, country=r.country)
                out[(r.doc, r.event_id)].append(actor)
    return out


def _taking_part(store: Store, actor: str) -> Select[Any]:
    """The events (row ids) an actor takes part in: through the actor index, else by entity name."""
    ids = actor_ids(store, actor)
    inner = select(ev.c.id).join(ea, and_(ea.c.doc == ev.c.doc, ea.c.event_id == ev.c.event_id))
    if ids:
        return inner.join(eact, and_(eact.c.doc == ea.c.doc, eact.c.entity_id == ea.c.entity_id)).where(
            eact.c.actor.in_(ids))
    return inner.join(ent, and_(ent.c.doc == ea.c.doc, ent.c.entity_id == ea.c.entity_id)).where(
        like(ent.c.name, actor))


def event_conditions(store: Store, *, actor: str | None = None, with_actor: str | None = None,
                     type: str | None = None, place: str | None = None, country: str | None = None,
                     context: str | None = None, polarity: str | None = None, modality: str | None = None,
                     document: str | None = None, since: str | None = None,
                     until: str | None = None) -> list[ColumnElement[bool]]:
    """The conditions on ``events`` (joined to its latest ``documents`` row) that the event filters make.

    ``actor`` and ``with_actor`` both take part (a pair); ``country`` is an actor's country or the
    country of the resolved place; ``context`` and ``place`` match part of the name; ``modality``
    ``none`` keeps events without one. Shared by ``search_events`` and the timeline.
    """
    conds: list[ColumnElement[bool]] = []
    for name in (actor, with_actor):
        if name:
            conds.append(ev.c.id.in_(_taking_part(store, name)))
    if type:
        conds.append(ev.c.type == type.upper())
    pl = schema.places
    if place:
        conds.append(or_(like(ev.c.location_name, place), exists().where(
            pl.c.doc == ev.c.doc, pl.c.place_id == ev.c.location_place, like(pl.c.name, place))))
    if country:
        code = country.upper()
        by_actor = (select(ea.c.id).join(ent, and_(ent.c.doc == ea.c.doc, ent.c.entity_id == ea.c.entity_id))
                    .where(ea.c.doc == ev.c.doc, ea.c.event_id == ev.c.event_id, ent.c.country == code))
        conds.append(or_(exists(by_actor), exists().where(
            pl.c.doc == ev.c.doc, pl.c.place_id == ev.c.location_place, pl.c.country == code)))
    if context:
        conds.append(like(ev.c.context_name, context))
    if polarity:
        conds.append(ev.c.polarity == polarity.lower())
    if modality:
        conds.append(ev.c.modality.is_(None) if modality.lower() == "none" else ev.c.modality == modality.lower())
    if document:
        conds.append(d.c.doc_id == document)
    start = func.coalesce(ev.c.date_start, d.c.published_date)
    end = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    return conds + date_bounds(start, end, since, until)


def search_events(store: Store, *, actor: str | None = None, type: str | None = None, place: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = DEFAULT_LIMIT,
                  offset: int = 0, with_actor: str | None = None, country: str | None = None,
                  context: str | None = None, polarity: str | None = None, modality: str | None = None,
                  document: str | None = None) -> list[EventRow]:
    """Events of the latest documents, newest first, with actors and the first evidence sentence.

    The filters are ``event_conditions``'s.
    """
    ee = schema.event_evidence
    evidence = (select(ee.c.text).where(ee.c.doc == ev.c.doc, ee.c.event_id == ev.c.event_id)
                .order_by(ee.c.id).limit(1).scalar_subquery())
    start = func.coalesce(ev.c.date_start, d.c.published_date)
    query = (select(ev.c.doc.label("_doc"), d.c.doc_id.label("document"), d.c.title, ev.c.event_id.label("event"),
                    ev.c.type, ev.c.mode, ev.c.date_start, ev.c.date_end, ev.c.location_name.label("place"),
                    ev.c.context_name.label("context"), ev.c.topics, ev.c.polarity, ev.c.modality, ev.c.confidence,
                    evidence.label("evidence"))
             .join(d, and_(d.c.id == ev.c.doc, d.c.is_latest)))
    query = query.where(*event_conditions(
        store, actor=actor, with_actor=with_actor, type=type, place=place, country=country, context=context,
        polarity=polarity, modality=modality, document=document, since=since, until=until))
    query = query.order_by(start.desc(), d.c.doc_id, ev.c.event_id).limit(limit).offset(offset)
    rows = fetch_rows(store, query)
    names = _event_actor_names(store, [(r["_doc"], r["event"]) for r in rows])
    out = []
    for r in rows:
        key = (r.pop("_doc"), r["event"])
        out.append(EventRow(**{**r, "topics": json.loads(r["topics"] or "[]")}, actors=names.get(key, [])))
    return out
