"""Events: who did what to whom, searched by actor (or a pair), type, place, country, date and more."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, exists, func, null, or_, select
from sqlalchemy.sql import ColumnElement

from sidelines.query.actors import actor_ids
from sidelines.query.common import DEFAULT_LIMIT, d, date_bounds, ea, eact, ent, ev, fetch_rows, few_ids, like
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


def events_of_actor(store: Store, actor: str) -> Select[Any]:
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
                     until: str | None = None, min_confidence: float | None = None) -> list[ColumnElement[bool]]:
    """The conditions on ``events`` (joined to its latest ``documents`` row) that the event filters make.

    ``actor`` and ``with_actor`` both take part (a pair); ``country`` is an actor's country or the
    country of the resolved place; ``context`` and ``place`` match part of the name; ``modality``
    ``none`` keeps events without one; ``min_confidence`` drops the less sure events. Shared by
    ``search_events`` and the timeline.
    """
    conds: list[ColumnElement[bool]] = []
    for name in (actor, with_actor):
        if name:
            conds.append(ev.c.id.in_(events_of_actor(store, name)))
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
    if min_confidence:
        conds.append(ev.c.confidence >= min_confidence)
    start = func.coalesce(ev.c.date_start, d.c.published_date)
    end = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    return conds + date_bounds(start, end, since, until)


def search_events(store: Store, *, actor: str | None = None, type: str | None = None, place: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = DEFAULT_LIMIT,
                  offset: int = 0, with_actor: str | None = None, country: str | None = None,
                  context: str | None = None, polarity: str | None = None, modality: str | None = None,
                  document: str | None = None, min_confidence: float | None = None) -> list[EventRow]:
    """Events of the latest documents, newest first, with actors and the first evidence sentence.

    The filters are ``event_conditions``'s; ``actor``, ``type``, ``place`` and the dates are applied
    here so that the list walks the sort-date index (or an actor's few events by id).
    """
    # sort_date is date_start, else the document's date: the list walks its index newest first.
    start: ColumnElement[Any] = ev.c.sort_date
    end = func.coalesce(ev.c.date_end, ev.c.sort_date)
    order: ColumnElement[Any] = ev.c.sort_date
    latest: ColumnElement[bool] = d.c.is_latest
    query = (select(ev.c.doc.label("_doc"), d.c.doc_id.label("document"), d.c.title, ev.c.event_id.label("event"),
                    ev.c.type, ev.c.mode, ev.c.date_start, ev.c.date_end, ev.c.location_name.label("place"),
                    ev.c.context_name.label("context"), ev.c.topics, ev.c.polarity, ev.c.modality, ev.c.confidence)
             .select_from(ev))
    if actor:
        inner = events_of_actor(store, actor)
        few = few_ids(store, [inner])
        if few is None:
            query = query.where(ev.c.id.in_(inner))
        else:
            # An actor's events are few: fetch them by id and sort them (the latest-flag is
            # wrapped so that no planner walks every document through the date index instead).
            query = query.where(ev.c.id.in_(few))
            latest, order = func.coalesce(d.c.is_latest, False), func.coalesce(ev.c.sort_date, "")
            start = func.coalesce(ev.c.sort_date, null())
            end = func.coalesce(ev.c.date_end, start)
    if type:
        query = query.where(ev.c.type == type.upper())
    if place:
        pl = schema.places
        query = query.where(or_(like(ev.c.location_name, place), exists().where(
            pl.c.doc == ev.c.doc, pl.c.place_id == ev.c.location_place, like(pl.c.name, place))))
    query = query.where(*event_conditions(store, with_actor=with_actor, country=country, context=context,
                                          polarity=polarity, modality=modality, document=document,
                                          min_confidence=min_confidence))
    query = query.join(d, and_(d.c.id == ev.c.doc, latest)).where(*date_bounds(start, end, since, until))
    query = query.order_by(order.desc(), d.c.doc_id, ev.c.event_id).limit(limit).offset(offset)
    rows = fetch_rows(store, query)
    keys = [(r["_doc"], r["event"]) for r in rows]
    names = _event_actor_names(store, keys)
    evidence = _first_evidence(store, keys)
    out = []
    for r in rows:
        key = (r.pop("_doc"), r["event"])
        out.append(EventRow(**{**r, "topics": json.loads(r["topics"] or "[]"), "evidence": evidence.get(key)},
                            actors=names.get(key, [])))
    return out


def _first_evidence(store: Store, keys: list[tuple[int, str]]) -> dict[tuple[int, str], str]:
    """The first evidence sentence of each event, fetched for the page of events only (not before sorting)."""
    ee = schema.event_evidence
    out: dict[tuple[int, str], str] = {}
    docs = sorted({k[0] for k in keys})
    if not docs:
        return out
    wanted = set(keys)
    with store.engine.connect() as conn:
        for r in conn.execute(select(ee.c.doc, ee.c.event_id, ee.c.text).where(ee.c.doc.in_(docs))
                              .order_by(ee.c.id)):
            if (r.doc, r.event_id) in wanted:
                out.setdefault((r.doc, r.event_id), r.text)
    return out
