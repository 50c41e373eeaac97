"""Places: where a document's events happened, and points for a map."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, func, literal, or_, select, union_all
from sqlalchemy.sql import ColumnElement

from sidelines.errors import StoreError
from sidelines.query.actors import actor_ids
from sidelines.query.common import DEFAULT_LIMIT, d, date_bounds, desc_key, ea, eact, ent, ev, like
from sidelines.query.rows import EventPlace, MapPoint
from sidelines.store import schema
from sidelines.store.base import Store

MAP_PLACE_KINDS = ("literal", "metonymic")
#: Newest documents listed with each point.
POINT_DOCUMENTS = 5


def _point_key(geonameid: str | None, name: str, country: str | None) -> tuple[str, ...]:
    """What makes two place rows one point: the GeoNames id, else the resolved name and country."""
    return ("id", geonameid) if geonameid else ("name", name.lower(), country or "")


def _doc_row_id(store: Store, document: str) -> int:
    with store.engine.connect() as conn:
        row = conn.execute(select(d.c.id).where(d.c.doc_id == document, d.c.is_latest)).first()
    if row is None:
        raise StoreError(f"no document {document!r} in the store", code="E404")
    return int(row[0])


def places_for_event(store: Store, document: str, event: str | None = None) -> list[EventPlace]:
    """The located events of one document (latest version): one row per event, in event order.

    Args:
        store: An open store.
        document: The document id.
        event: One event id ("ev2"); every event of the document when None.

    Returns:
        Rows with the event (``event``, ``type``, ``date_start``, ``date_end``), its place
        (``place``, the place id; ``name``, ``lat``, ``lon``, ``country``, ``geonameid``; None
        where the event names a place the gazetteer could not resolve) and ``mentions``, how
        often the document mentions that point. Events without a location are left out.

    Raises:
        StoreError: E404 when the document is not in the store.
    """
    pl = schema.places
    doc = _doc_row_id(store, document)
    query = (select(ev.c.event_id, ev.c.type, ev.c.date_start, ev.c.date_end, ev.c.location_name,
                    ev.c.location_place, pl.c.name, pl.c.lat, pl.c.lon, pl.c.country, pl.c.geonameid)
             .outerjoin(pl, and_(pl.c.doc == ev.c.doc, pl.c.place_id == ev.c.location_place))
             .where(ev.c.doc == doc, or_(ev.c.location_name.is_not(None), ev.c.location_place.is_not(None)))
             .order_by(ev.c.id))
    if event:
        query = query.where(ev.c.event_id == event)
    mentions: dict[tuple[str, ...], int] = defaultdict(int)
    with store.engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        for m in conn.execute(select(pl.c.name, pl.c.country, pl.c.geonameid).where(pl.c.doc == doc)):
            mentions[_point_key(m.geonameid, m.name, m.country)] += 1
    out = []
    for r in rows:
        name = r["name"] or r["location_name"]
        out.append(EventPlace(
            document=document, event=r["event_id"], type=r["type"], date_start=r["date_start"],
            date_end=r["date_end"], place=r["location_place"], name=name, lat=r["lat"], lon=r["lon"],
            country=r["country"], geonameid=r["geonameid"],
            mentions=mentions.get(_point_key(r["geonameid"], name, r["country"]), 0) if r["name"] else 0,
        ))
    return out


def _actor_docs_and_events(store: Store, actor: str) -> tuple[Select[Any], Select[Any]]:
    """The documents (row ids) mentioning an actor, and the events (row ids) it takes part in."""
    ids = actor_ids(store, actor)
    if ids:
        docs = select(eact.c.doc).where(eact.c.actor.in_(ids))
        link = and_(eact.c.doc == ea.c.doc, eact.c.entity_id == ea.c.entity_id)
        events = (select(ev.c.id).join(ea, and_(ea.c.doc == ev.c.doc, ea.c.event_id == ev.c.event_id))
                  .join(eact, link).where(eact.c.actor.in_(ids)))
    else:
        docs = select(ent.c.doc).where(like(ent.c.name, actor))
        link = and_(ent.c.doc == ea.c.doc, ent.c.entity_id == ea.c.entity_id)
        events = (select(ev.c.id).join(ea, and_(ea.c.doc == ev.c.doc, ea.c.event_id == ev.c.event_id))
                  .join(ent, link).where(like(ent.c.name, actor)))
    return docs, events


def place_summary(store: Store, actor: str | None = None, since: str | None = None, until: str | None = None, *,
                  kinds: tuple[str, ...] = MAP_PLACE_KINDS, limit: int = DEFAULT_LIMIT) -> list[MapPoint]:
    """Points for a map: every resolved place of the latest documents, with how often it comes up.

    Args:
        store: An open store.
        actor: Only documents mentioning this actor, and only the events it takes part in.
        since: Documents published (events dated) on or after this ISO date.
        until: Documents published (events dated) on or before this ISO date.
        kinds: Place kinds counted as mentions (``literal``, ``metonymic``, ``demonym``).
        limit: The most points returned.

    Returns:
        Points, most events then most mentions first: ``name``, ``lat``, ``lon``, ``country``,
        ``geonameid``, ``events`` (events located there), ``mentions`` (place mentions),
        ``documents`` (how many documents mention it or locate an event there) and
        ``document_ids`` (the newest few). Places without coordinates are left out.
    """
    pl = schema.places
    doc_conds: list[ColumnElement[bool]] = [*date_bounds(d.c.published_date, d.c.published_date, since, until)]
    start = func.coalesce(ev.c.date_start, d.c.published_date)
    end = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    ev_conds: list[ColumnElement[bool]] = [*date_bounds(start, end, since, until)]
    if actor:
        docs, events = _actor_docs_and_events(store, actor)
        doc_conds.append(d.c.id.in_(docs))
        ev_conds.append(ev.c.id.in_(events))
    located = and_(pl.c.lat.is_not(None), pl.c.lon.is_not(None))
    mention_q = (select(pl.c.name, pl.c.lat, pl.c.lon, pl.c.country, pl.c.geonameid, d.c.doc_id,
                        d.c.published_date, func.count().label("n"))
                 .join(d, and_(d.c.id == pl.c.doc, d.c.is_latest))
                 .where(located, pl.c.kind.in_(list(kinds)), *doc_conds)
                 .group_by(pl.c.name, pl.c.lat, pl.c.lon, pl.c.country, pl.c.geonameid, d.c.doc_id,
                           d.c.published_date))
    event_q = (select(pl.c.name, pl.c.lat, pl.c.lon, pl.c.country, pl.c.geonameid, d.c.doc_id,
                      d.c.published_date, func.count().label("n"))
               .select_from(ev.join(d, and_(d.c.id == ev.c.doc, d.c.is_latest))
                            .join(pl, and_(pl.c.doc == ev.c.doc, pl.c.place_id == ev.c.location_place)))
               .where(located, *ev_conds)
               .group_by(pl.c.name, pl.c.lat, pl.c.lon, pl.c.country, pl.c.geonameid, d.c.doc_id,
                         d.c.published_date))
    points: dict[tuple[str, ...], dict[str, Any]] = {}
    # Both counts in one round trip; a point's rows are merged below whatever their order.
    both = union_all(mention_q.add_columns(literal("mentions").label("field")),
                     event_q.add_columns(literal("events").label("field")))
    with store.engine.connect() as conn:
        for r in conn.execute(both):
            key = _point_key(r.geonameid, r.name, r.country)
            point = points.setdefault(key, {
                "name": r.name, "lat": r.lat, "lon": r.lon, "country": r.country, "geonameid": r.geonameid,
                "events": 0, "mentions": 0, "_docs": {}, "_where": defaultdict(int)})
            point[r.field] += r.n
            point["_docs"][r.doc_id] = r.published_date or ""
            point["_where"][(r.name, r.lat, r.lon)] += r.n
    out = []
    for point in points.values():
        # A point whose rows disagree (a county placed at different towns) takes its most frequent reading.
        (name, lat, lon), _ = max(point.pop("_where").items(), key=lambda kv: (kv[1], -kv[0][1], -kv[0][2]))
        docs = point.pop("_docs")
        point.update(name=name, lat=lat, lon=lon, documents=len(docs),
                     document_ids=sorted(docs, key=lambda k: (desc_key(docs[k] or None), k))[:POINT_DOCUMENTS])
        out.append(MapPoint(**point))
    out.sort(key=lambda p: (-p.events, -p.mentions, p.name, p.geonameid or ""))
    return out[:limit]
