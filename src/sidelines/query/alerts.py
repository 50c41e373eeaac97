"""Watch alerts for the UI and the brief, and what the watch rules ask of the store (actors new to it)."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import and_, select

from sidelines.query.common import DEFAULT_LIMIT, a, actor_root, d, eact, ent, fetch_rows
from sidelines.query.rows import AlertRow, NewActorRow
from sidelines.store import schema
from sidelines.store.base import Store


def list_alerts(store: Store, *, rule: str | None = None, since: str | None = None, limit: int = DEFAULT_LIMIT,
                offset: int = 0, published: tuple[str, str] | None = None) -> list[AlertRow]:
    """Alerts of the watch rules, newest first; ``since`` bounds their creation time (ISO, inclusive),
    ``published`` the publication dates of their documents (the period of a brief)."""
    al = schema.alerts
    query = select(al.c.id, al.c.rule, al.c.kind, al.c.doc_id.label("document"), al.c.version, al.c.created_at,
                   al.c.summary, al.c.data)
    if published is not None:
        query = query.join(d, and_(d.c.doc_id == al.c.doc_id, d.c.is_latest)).where(
            d.c.published_date >= published[0], d.c.published_date <= published[1])
    if rule:
        query = query.where(al.c.rule == rule)
    if since:
        query = query.where(al.c.created_at >= since)
    query = query.order_by(al.c.created_at.desc(), al.c.id.desc()).limit(limit).offset(offset)
    return [AlertRow(**{**r, "data": json.loads(r["data"])}) for r in fetch_rows(store, query)]


def new_actors_in_document(store: Store, doc_id: str) -> list[NewActorRow]:
    """The entities of a document (latest version) whose actor no other document mentions.

    An actor is the one merged across documents (a surname-only actor joined to its full name
    counts as the same); earlier versions of this document do not count as other documents.
    """
    with store.engine.connect() as conn:
        doc = conn.execute(select(d.c.id, d.c.key).where(d.c.doc_id == doc_id, d.c.is_latest)).first()
        if doc is None:
            return []
        rows = conn.execute(
            select(ent.c.entity_id, ent.c.name, ent.c.type, ent.c.country, actor_root().label("root"))
            .select_from(eact.join(a, a.c.id == eact.c.actor)
                         .join(ent, and_(ent.c.doc == eact.c.doc, ent.c.entity_id == eact.c.entity_id)))
            .where(eact.c.doc == doc.id).order_by(ent.c.id)).mappings().all()
        roots = sorted({r["root"] for r in rows})
        seen = {r[0] for r in conn.execute(
            select(actor_root()).distinct()
            .select_from(eact.join(a, a.c.id == eact.c.actor).join(d, d.c.id == eact.c.doc))
            .where(actor_root().in_(roots), d.c.key != doc.key))} if roots else set()
        titles: dict[str, list[str]] = defaultdict(list)
        ro = schema.roles
        for r in conn.execute(select(ro.c.entity_id, ro.c.title).where(ro.c.doc == doc.id).order_by(ro.c.id)):
            titles[r.entity_id].append(r.title)
    rows = [r for r in rows if r["root"] not in seen]
    return [NewActorRow(entity=r["entity_id"], name=r["name"], type=r["type"], country=r["country"],
                        titles=titles.get(r["entity_id"], [])) for r in rows]
