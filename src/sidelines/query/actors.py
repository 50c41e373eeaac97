"""Actors merged across documents: lookup by name or alias, lists, one actor's history, who met whom."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, literal, or_, select, union_all

from sidelines.errors import StoreError
from sidelines.query.common import (
    DEFAULT_LIMIT,
    a,
    actor_root,
    al,
    d,
    date_bounds,
    desc_key,
    ea,
    eact,
    ev,
    fetch,
    fetch_rows,
    like,
)
from sidelines.query.rows import ActorDetail, ActorDocument, ActorPair, ActorRow, RoleMention, RoleRow
from sidelines.resolve.actors import ACTOR_TYPES, actor_key, normalise_name
from sidelines.store import schema
from sidelines.store.base import Store
from sidelines.store.counts import ALL_TYPES


class ResolvedName(str):
    """An actor name with its actor ids looked up already: every query given it skips the look-up.

    An actor page asks six queries about one name; resolving the name once saves each a round trip.
    """

    ids: tuple[int, ...]

    def __new__(cls, name: str, ids: Sequence[int]) -> ResolvedName:
        self = super().__new__(cls, name)
        self.ids = tuple(ids)
        return self


def resolve_name(store: Store, name: str) -> ResolvedName:
    """The name with its actor ids (``actor_ids``), to hand to several queries."""
    return name if isinstance(name, ResolvedName) else ResolvedName(name, actor_ids(store, name))


def actor_ids(store: Store, name: str) -> list[int]:
    """Ids of every actor row that a name may denote, its joined surname-only rows included."""
    if isinstance(name, ResolvedName):
        return list(name.ids)
    norm = normalise_name(name)
    if not norm:
        return []
    keys = [actor_key(name, t) for t in sorted(ACTOR_TYPES)]
    matched = select(a.c.id).where(a.c.key.in_(keys)).union(select(al.c.actor).where(al.c.norm == norm)).subquery()
    roots = select(func.coalesce(a.c.merged_into, a.c.id)).where(a.c.id.in_(select(matched.c.id)))
    # One round trip: an actor page asks this once per part of the page.
    with store.engine.connect() as conn:
        rows = conn.execute(select(a.c.id).where(a.c.id.in_(roots))
                            .union(select(a.c.id).where(a.c.merged_into.in_(roots))))
        return sorted(r[0] for r in rows)


def list_actors(store: Store, *, type: str | None = None, name: str | None = None, country: str | None = None,
                limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[ActorRow]:
    """Actors across documents, most documents first, with their main title.

    Reads the stored counts (``store.counts``): one row per root actor with latest documents.
    """
    st = schema.actor_stats
    query = (select(a.c.id, a.c.name, a.c.type, a.c.country, a.c.kb_id, st.c.documents.label("documents"))
             .select_from(st.join(a, a.c.id == st.c.actor)))
    if type:
        query = query.where(a.c.type == type.upper())
    if country:
        query = query.where(a.c.country == country.upper())
    if name:
        ids = actor_ids(store, name)
        query = query.where(or_(a.c.id.in_(ids), like(a.c.name, name)))
    query = query.order_by(st.c.documents.desc(), a.c.name).limit(limit).offset(offset)
    rows = fetch(store, query, ActorRow)
    if rows:
        ro = schema.actor_roles
        titles: dict[int, tuple[int, str]] = {}
        ids = [r.id for r in rows]
        role_q = (select(actor_root().label("actor"), ro.c.title, ro.c.affiliation, ro.c.n)
                  .select_from(ro.join(a, a.c.id == ro.c.actor))
                  .where(ro.c.actor.in_(select(a.c.id).where(or_(a.c.id.in_(ids), a.c.merged_into.in_(ids))))))
        with store.engine.connect() as conn:
            for r in conn.execute(role_q):
                label = r.title + (f", {r.affiliation}" if r.affiliation else "")
                if r.actor not in titles or (-r.n, label) < (-titles[r.actor][0], titles[r.actor][1]):
                    titles[r.actor] = (r.n, label)
        for row in rows:
            row.title = titles.get(row.id, (0, None))[1]
    return rows


def get_actor(store: Store, name: str) -> ActorDetail:
    """One actor by name or alias: aliases, countries, role history with supporting mentions, documents."""
    ids = actor_ids(store, name)
    if not ids:
        raise StoreError(f"no actor named {name!r} in the store", code="E406")
    ro, rm, ac = schema.actor_roles, schema.actor_role_mentions, schema.actor_countries
    with store.engine.connect() as conn:
        st = schema.actor_stats
        roots = conn.execute(select(a, actor_root().label("root"), func.coalesce(st.c.documents, 0).label("docs"))
                             .outerjoin(st, st.c.actor == a.c.id).where(a.c.id.in_(ids))).mappings().all()
        docs_by_root = {r["id"]: r["docs"] for r in roots}
        root_rows = [r for r in roots if r["merged_into"] is None]
        main = max(root_rows, key=lambda r: (docs_by_root[r["id"]], -r["id"]))
        members = [r["id"] for r in roots if r["root"] == main["id"]]
        # Aliases and countries in one round trip.
        named = union_all(select(literal("alias").label("kind"), al.c.alias.label("value"), al.c.n)
                          .where(al.c.actor.in_(members)),
                          select(literal("country"), ac.c.country, ac.c.n).where(ac.c.actor.in_(members)))
        aliases: dict[str, int] = defaultdict(int)
        countries: dict[str, int] = defaultdict(int)
        for r in conn.execute(named):
            (aliases if r.kind == "alias" else countries)[r.value] += r.n
        roles: dict[tuple[str, str], RoleRow] = {}
        role_ids: dict[int, tuple[str, str]] = {}
        for r in conn.execute(select(ro).where(ro.c.actor.in_(members))):
            k = (r.title, r.affiliation)
            role_ids[r.id] = k
            cur = roles.setdefault(k, RoleRow(title=r.title, affiliation=r.affiliation or None, first_seen=None,
                                              last_seen=None, n=0))
            cur.n += r.n
            cur.first_seen = min(filter(None, (cur.first_seen, r.first_seen)), default=None)
            cur.last_seen = max(filter(None, (cur.last_seen, r.last_seen)), default=None)
        if role_ids:
            support = (select(rm.c.role, d.c.doc_id, d.c.version, rm.c.entity_id, rm.c.start, rm.c.end, rm.c.text)
                       .join(d, d.c.id == rm.c.doc).where(rm.c.role.in_(list(role_ids)))
                       .order_by(d.c.published_date, d.c.doc_id))
            for s in conn.execute(support):
                roles[role_ids[s.role]].mentions.append(
                    RoleMention(document=s.doc_id, version=s.version, entity=s.entity_id, start=s.start, end=s.end,
                                text=s.text))
        doc_rows = conn.execute(
            select(d.c.doc_id, d.c.title, d.c.published).distinct()
            .select_from(eact.join(d, and_(d.c.id == eact.c.doc, d.c.is_latest)))
            .where(eact.c.actor.in_(members)).order_by(d.c.published.desc(), d.c.doc_id).limit(DEFAULT_LIMIT)
        ).mappings().all()
        kb = None
        if main["kb_id"]:
            kb_row = select(schema.kb_entries.c.data).where(schema.kb_entries.c.kb_id == main["kb_id"])
            row = conn.execute(kb_row).first()
            kb = json.loads(row.data) if row else None
    return ActorDetail(
        id=main["id"], name=main["name"], type=main["type"], country=main["country"], kb_id=main["kb_id"], kb=kb,
        aliases=[k for k, _ in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))],
        countries=dict(sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))),
        roles=sorted(roles.values(), key=lambda r: (r.first_seen or "", r.title, r.affiliation or "")),
        documents=[ActorDocument(**r) for r in doc_rows],
        document_count=docs_by_root[main["id"]],
    )


def actor_network(store: Store, *, type: str | None = None, since: str | None = None, until: str | None = None,
                  min_count: int = 1, limit: int = DEFAULT_LIMIT, actor: str | None = None) -> list[ActorPair]:
    """Who met whom: pairs of actors sharing events, how often, and the last date.

    With ``actor``, only the pairs that actor is in (the actors it met most). Without a
    date range the stored pair counts answer (``store.counts``); with one, the events do.
    """
    roots: list[int] | None = None
    if actor:
        members = actor_ids(store, actor)
        with store.engine.connect() as conn:
            roots = sorted({r[0] for r in conn.execute(select(actor_root()).where(a.c.id.in_(members)))})
        if not roots:
            return []
    if since or until:
        rows = _counted_pairs(store, type, since, until, min_count, limit, roots)
    else:
        ap = schema.actor_pairs
        pairs = (select(ap.c.a, ap.c.b, ap.c.n.label("count"), ap.c.last_date)
                 .where(ap.c.type == (type.upper() if type else ALL_TYPES), ap.c.n >= min_count))
        if roots is not None:
            # One index look-up per side (an OR of both sides would scan every pair).
            either = pairs.where(ap.c.a.in_(roots)).union(pairs.where(ap.c.b.in_(roots))).subquery()
            pairs = select(either.c.a, either.c.b, either.c["count"], either.c.last_date)
            rows = fetch_rows(store, pairs.order_by(either.c["count"].desc(), either.c.last_date.desc()).limit(limit))
        else:
            rows = fetch_rows(store, pairs.order_by(ap.c.n.desc(), ap.c.last_date.desc()).limit(limit))
    ids = sorted({r["a"] for r in rows} | {r["b"] for r in rows})
    with store.engine.connect() as conn:
        names = {r.id: (r.name, r.country) for r in conn.execute(select(a.c.id, a.c.name, a.c.country)
                                                                 .where(a.c.id.in_(ids)))}
    out = []
    for r in rows:
        first, second = sorted((r["a"], r["b"]), key=lambda i: (names[i][0], i))
        out.append(ActorPair(actor_a=names[first][0], country_a=names[first][1], actor_b=names[second][0],
                             country_b=names[second][1], count=r["count"], last_date=r["last_date"]))
    return sorted(out, key=lambda r: (-r.count, desc_key(r.last_date), r.actor_a, r.actor_b))


def _counted_pairs(store: Store, type: str | None, since: str | None, until: str | None, min_count: int,
                   limit: int, roots: list[int] | None) -> list[dict[str, Any]]:
    """Pairs of root actors counted over the events in a date range."""
    date = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    base = (select(ea.c.doc, ea.c.event_id, actor_root().label("actor"), date.label("date"))
            .select_from(ea.join(eact, and_(eact.c.doc == ea.c.doc, eact.c.entity_id == ea.c.entity_id))
                         .join(a, a.c.id == eact.c.actor)
                         .join(ev, and_(ev.c.doc == ea.c.doc, ev.c.event_id == ea.c.event_id))
                         .join(d, and_(d.c.id == ea.c.doc, d.c.is_latest)))
            .where(ev.c.polarity == "positive").distinct())
    if type:
        base = base.where(ev.c.type == type.upper())
    base = base.where(*date_bounds(func.coalesce(ev.c.date_start, d.c.published_date), date, since, until))
    shared = base.cte("event_actor_roots")
    x, y = shared.alias("x"), shared.alias("y")
    pairs = (select(x.c.actor.label("a"), y.c.actor.label("b"), func.count().label("count"),
                    func.max(x.c.date).label("last_date"))
             .join(y, and_(x.c.doc == y.c.doc, x.c.event_id == y.c.event_id, x.c.actor < y.c.actor))
             .group_by(x.c.actor, y.c.actor).having(func.count() >= min_count)
             .order_by(func.count().desc(), func.max(x.c.date).desc()).limit(limit))
    if roots is not None:
        pairs = pairs.where(or_(x.c.actor.in_(roots), y.c.actor.in_(roots)))
    return fetch_rows(store, pairs)
