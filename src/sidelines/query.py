"""The one query API over a store: every front end (CLI, Python, HTTP, UI) calls these.

Each function takes an open store (``sidelines.open_store``) and returns plain
dicts or lists of dicts (JSON-ready: strings, numbers, lists), newest first where
that makes sense. Only the latest version of each document is searched; older
versions are reached through ``get_document``, ``versions`` and ``diff``.
Dates are ISO ``YYYY-MM-DD`` strings; ``since``/``until`` bounds are inclusive.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, distinct, exists, func, or_, select
from sqlalchemy.sql import ColumnElement

from sidelines.errors import StoreError
from sidelines.model.record import Record
from sidelines.resolve.actors import ACTOR_TYPES, actor_key, normalise_name
from sidelines.store import schema
from sidelines.store.actors import chunks
from sidelines.store.base import Store

DEFAULT_LIMIT = 100
#: A filter matching at most this many rows is applied first, by id (see ``_few_ids``).
FEW = 5000

d, ent, q_, ev, ea = schema.documents, schema.entities, schema.quotes, schema.events, schema.event_actors
a, al, eact = schema.actors, schema.actor_aliases, schema.entity_actors


def _rows(store: Store, query: Select) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def _like(column: Any, words: str) -> ColumnElement[bool]:
    return func.lower(column).like(f"%{words.lower()}%")


def _date_bounds(start: Any, end: Any, since: str | None, until: str | None) -> list[ColumnElement[bool]]:
    """Conditions that a [start, end] range overlaps [since, until]."""
    conds: list[ColumnElement[bool]] = []
    if since:
        conds.append(func.coalesce(end, start) >= since[:10])
    if until:
        conds.append(start <= until[:10])
    return conds


# --- documents ---------------------------------------------------------------------

def list_documents(store: Store, words: str | None = None, *, publisher: str | None = None,
                   since: str | None = None, until: str | None = None, limit: int = DEFAULT_LIMIT,
                   offset: int = 0) -> list[dict[str, Any]]:
    """Latest versions of documents, newest first; ``words`` searches title and text (full-text)."""
    query = select(d.c.doc_id.label("id"), d.c.version, d.c.title, d.c.publisher, d.c.published, d.c.url,
                   d.c.ingested_at)
    latest: ColumnElement[bool] = d.c.is_latest
    date: ColumnElement[Any] = d.c.published_date
    match = store.backend.match_documents(words) if words else None
    if match is not None:
        few = _few_ids(store, [match])
        if few is None:
            query = query.where(d.c.id.in_(match))
        else:   # few matches: sort them rather than walk the date index (see search_quotes)
            query = query.where(d.c.id.in_(few))
            latest, date = func.coalesce(d.c.is_latest, False), func.coalesce(d.c.published_date, "")
    if publisher:
        query = query.where(_like(d.c.publisher, publisher))
    query = query.where(latest, *_date_bounds(d.c.published_date, d.c.published_date, since, until))
    query = query.order_by(date.desc(), d.c.doc_id).limit(limit).offset(offset)
    return _rows(store, query)


def search_documents(store: Store, words: str, limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """Documents whose title or text holds every word, with a short snippet."""
    rows = list_documents(store, words, limit=limit)
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    with store.engine.connect() as conn:
        texts = dict(conn.execute(select(d.c.doc_id, d.c.text).where(d.c.is_latest, d.c.doc_id.in_(ids))).all())
    first = words.split()[0].lower() if words.split() else ""
    for row in rows:
        text = texts.get(row["id"], "")
        at = text.lower().find(first) if first else -1
        lo = max(0, at - 80) if at >= 0 else 0
        row["snippet"] = " ".join(text[lo:lo + 200].split())
    return rows


def get_document(store: Store, doc_id: str, version: int | None = None) -> dict[str, Any]:
    """One stored record (the latest version unless ``version``), as the CONTRACT.md dict."""
    return store.get_record(doc_id, version).model_dump(mode="json")


def versions(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """The stored versions of a document, oldest first."""
    return store.versions(doc_id)


def _quote_key(record: Record, quote: Any) -> tuple[Any, ...]:
    names = {e.id: e.name for e in record.entities}
    speaker = names.get(quote.speaker or "") or (quote.speaker_mention.text if quote.speaker_mention else None)
    return (speaker, quote.content.text, quote.direct)


def _event_key(record: Record, event: Any) -> tuple[Any, ...]:
    names = {e.id: e.name for e in record.entities}
    actors = tuple(sorted((names.get(x.entity, x.entity), x.role) for x in event.actors))
    return (event.type, actors, event.location.name if event.location else None,
            event.date.start if event.date else None, event.polarity)


def diff(store: Store, doc_id: str, old: int | None = None, new: int | None = None) -> dict[str, Any]:
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
                changed.append({"before": show(a_rec, was), "after": show(b_rec, item)})
        return added, [show(a_rec, x) for x in gone.values()], changed

    def show_quote(rec: Record, quote: Any) -> dict[str, Any]:
        speaker, content, direct = _quote_key(rec, quote)
        return {"speaker": speaker, "content": content, "direct": direct}

    def show_event(rec: Record, event: Any) -> dict[str, Any]:
        etype, actors, place, date, polarity = _event_key(rec, event)
        return {"id": event.id, "type": etype, "actors": [f"{n} ({r})" for n, r in actors], "place": place,
                "date": date, "polarity": polarity, "evidence": [e.text for e in event.evidence][:1]}

    qa, qr, qc = changes("quotes", _quote_key, lambda q: q.content.text, show_quote)
    ea_, er, ec = changes("events", _event_key, lambda e: (e.type, tuple(x.text for x in e.evidence)), show_event)
    return {"id": doc_id, "from_version": old, "to_version": new, "text_changed": a_rec.text != b_rec.text,
            "quotes_added": qa, "quotes_removed": qr, "quotes_changed": qc,
            "events_added": ea_, "events_removed": er, "events_changed": ec}


# --- actors ------------------------------------------------------------------------

def actor_ids(store: Store, name: str) -> list[int]:
    """Ids of every actor row that a name may denote, its joined surname-only rows included."""
    norm = normalise_name(name)
    if not norm:
        return []
    keys = [actor_key(name, t) for t in sorted(ACTOR_TYPES)]
    matched = select(a.c.id).where(a.c.key.in_(keys)).union(select(al.c.actor).where(al.c.norm == norm))
    with store.engine.connect() as conn:
        hits = [r[0] for r in conn.execute(matched)]
        if not hits:
            return []
        roots = {r[0] for r in conn.execute(select(func.coalesce(a.c.merged_into, a.c.id)).where(a.c.id.in_(hits)))}
        rows = conn.execute(select(a.c.id).where(or_(a.c.id.in_(roots), a.c.merged_into.in_(roots))))
        return sorted(r[0] for r in rows)


def _root() -> ColumnElement[int]:
    return func.coalesce(a.c.merged_into, a.c.id)


def list_actors(store: Store, *, type: str | None = None, name: str | None = None, country: str | None = None,
                limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[dict[str, Any]]:
    """Actors across documents, most documents first, with their main title."""
    root = _root()
    ra = a.alias("ra")
    documents = func.count(distinct(eact.c.doc))
    query = (select(ra.c.id, ra.c.name, ra.c.type, ra.c.country, ra.c.kb_id, documents.label("documents"))
             .select_from(eact.join(a, a.c.id == eact.c.actor).join(d, and_(d.c.id == eact.c.doc, d.c.is_latest))
                          .join(ra, ra.c.id == root))
             .group_by(ra.c.id, ra.c.name, ra.c.type, ra.c.country, ra.c.kb_id))
    if type:
        query = query.where(ra.c.type == type.upper())
    if country:
        query = query.where(ra.c.country == country.upper())
    if name:
        ids = actor_ids(store, name)
        query = query.where(or_(ra.c.id.in_(ids), _like(ra.c.name, name)))
    query = query.order_by(documents.desc(), ra.c.name).limit(limit).offset(offset)
    rows = _rows(store, query)
    if rows:
        ro = schema.actor_roles
        titles: dict[int, tuple[int, str]] = {}
        ids = [r["id"] for r in rows]
        role_q = (select(_root().label("actor"), ro.c.title, ro.c.affiliation, ro.c.n)
                  .select_from(ro.join(a, a.c.id == ro.c.actor)).where(_root().in_(ids)))
        with store.engine.connect() as conn:
            for r in conn.execute(role_q):
                label = r.title + (f", {r.affiliation}" if r.affiliation else "")
                if r.actor not in titles or (-r.n, label) < (-titles[r.actor][0], titles[r.actor][1]):
                    titles[r.actor] = (r.n, label)
        for row in rows:
            row["title"] = titles.get(row["id"], (0, None))[1]
    return rows


def get_actor(store: Store, name: str) -> dict[str, Any]:
    """One actor by name or alias: aliases, countries, role history with supporting mentions, documents."""
    ids = actor_ids(store, name)
    if not ids:
        raise StoreError(f"no actor named {name!r} in the store", code="E406")
    ro, rm, ac = schema.actor_roles, schema.actor_role_mentions, schema.actor_countries
    with store.engine.connect() as conn:
        roots = conn.execute(select(a, _root().label("root")).where(a.c.id.in_(ids))).mappings().all()
        docs_by_root: dict[int, int] = defaultdict(int)
        for r in conn.execute(select(_root().label("root"), func.count(distinct(eact.c.doc)))
                              .select_from(eact.join(a, a.c.id == eact.c.actor)
                                           .join(d, and_(d.c.id == eact.c.doc, d.c.is_latest)))
                              .where(a.c.id.in_(ids)).group_by(_root())):
            docs_by_root[r[0]] = r[1]
        root_rows = [r for r in roots if r["merged_into"] is None]
        main = max(root_rows, key=lambda r: (docs_by_root[r["id"]], -r["id"]))
        members = [r["id"] for r in roots if r["root"] == main["id"]]
        aliases: dict[str, int] = defaultdict(int)
        for r in conn.execute(select(al.c.alias, al.c.n).where(al.c.actor.in_(members))):
            aliases[r.alias] += r.n
        countries: dict[str, int] = defaultdict(int)
        for r in conn.execute(select(ac.c.country, ac.c.n).where(ac.c.actor.in_(members))):
            countries[r.country] += r.n
        roles: dict[tuple[str, str], dict[str, Any]] = {}
        role_ids: dict[int, tuple[str, str]] = {}
        for r in conn.execute(select(ro).where(ro.c.actor.in_(members))):
            k = (r.title, r.affiliation)
            role_ids[r.id] = k
            cur = roles.setdefault(k, {"title": r.title, "affiliation": r.affiliation or None, "first_seen": None,
                                       "last_seen": None, "n": 0, "mentions": []})
            cur["n"] += r.n
            cur["first_seen"] = min(filter(None, (cur["first_seen"], r.first_seen)), default=None)
            cur["last_seen"] = max(filter(None, (cur["last_seen"], r.last_seen)), default=None)
        if role_ids:
            support = (select(rm.c.role, d.c.doc_id, d.c.version, rm.c.entity_id, rm.c.start, rm.c.end, rm.c.text)
                       .join(d, d.c.id == rm.c.doc).where(rm.c.role.in_(list(role_ids)))
                       .order_by(d.c.published_date, d.c.doc_id))
            for r in conn.execute(support):
                roles[role_ids[r.role]]["mentions"].append(
                    {"document": r.doc_id, "version": r.version, "entity": r.entity_id, "start": r.start,
                     "end": r.end, "text": r.text})
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
    return {
        "id": main["id"], "name": main["name"], "type": main["type"], "country": main["country"],
        "kb_id": main["kb_id"], "kb": kb,
        "aliases": [k for k, _ in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))],
        "countries": dict(sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))),
        "roles": sorted(roles.values(), key=lambda r: (r["first_seen"] or "", r["title"], r["affiliation"] or "")),
        "documents": [dict(r) for r in doc_rows],
        "document_count": docs_by_root[main["id"]],
    }


# --- quotes and events -------------------------------------------------------------

def search_quotes(store: Store, *, speaker: str | None = None, contains: str | None = None,
                  since: str | None = None, until: str | None = None, direct: bool | None = None,
                  limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes of the latest documents, newest first, with their evidence sentence."""
    conds: list[ColumnElement[bool]] = []
    narrowing: list[Select] = []
    if speaker:
        ids = actor_ids(store, speaker)
        if ids:
            # The quotes whose speaker entity is linked to the actor (through the actor index).
            narrowing.append(select(q_.c.id).join(eact, and_(eact.c.doc == q_.c.doc, eact.c.entity_id == q_.c.speaker))
                             .where(eact.c.actor.in_(ids)))
        else:
            conds.append(or_(_like(q_.c.speaker_name, speaker), _like(q_.c.speaker_text, speaker)))
    if contains:
        match = store.backend.match_quotes(contains)
        if match is not None:
            narrowing.append(match)
    if direct is not None:
        conds.append(q_.c.direct == direct)
    conds += _date_bounds(d.c.published_date, d.c.published_date, since, until)
    latest: ColumnElement[bool] = d.c.is_latest
    date: ColumnElement[Any] = d.c.published_date
    few = _few_ids(store, narrowing)
    if few is not None:
        # Few matches: fetch them by id and sort them. The latest-flag and date are wrapped
        # so that no planner walks every document through the date index instead.
        conds.append(q_.c.id.in_(few))
        latest = func.coalesce(d.c.is_latest, False)
        date = func.coalesce(d.c.published_date, "")
    else:
        conds += [q_.c.id.in_(sub) for sub in narrowing]
    query = (select(d.c.doc_id.label("document"), d.c.title, d.c.published, q_.c.speaker_name.label("speaker"),
                    q_.c.speaker_text.label("speaker_mention"), q_.c.cue_text.label("cue"), q_.c.content,
                    q_.c.direct, q_.c.evidence, q_.c.content_start.label("start"), q_.c.content_end.label("end"))
             .join(d, and_(d.c.id == q_.c.doc, latest)).where(*conds))
    query = query.order_by(date.desc(), d.c.doc_id, q_.c.ord).limit(limit).offset(offset)
    return _rows(store, query)


def _few_ids(store: Store, narrowing: list[Select], cap: int = FEW) -> list[int] | None:
    """The row ids all narrowing queries agree on, when one of them matches at most ``cap`` rows; else None."""
    if not narrowing:
        return None
    with store.engine.connect() as conn:
        for sub in narrowing:
            ids = [r[0] for r in conn.execute(sub.limit(cap + 1))]
            if len(ids) > cap:
                continue
            found = set(ids)
            for other in narrowing:
                if other is sub or not found:
                    continue
                column = other.selected_columns[0]
                found &= {r[0] for part in chunks(sorted(found)) for r in conn.execute(other.where(column.in_(part)))}
            return sorted(found)
    return None


def _event_actor_names(store: Store, keys: list[tuple[int, str]]) -> dict[tuple[int, str], list[dict[str, Any]]]:
    out: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
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
                out[(r.doc, r.event_id)].append({"name": r.name or r.entity_id, "role": r.role, "country": r.country})
    return out


def search_events(store: Store, *, actor: str | None = None, type: str | None = None, place: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = DEFAULT_LIMIT,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Events of the latest documents, newest first, with actors and the first evidence sentence."""
    ee = schema.event_evidence
    evidence = (select(ee.c.text).where(ee.c.doc == ev.c.doc, ee.c.event_id == ev.c.event_id)
                .order_by(ee.c.id).limit(1).scalar_subquery())
    start = func.coalesce(ev.c.date_start, d.c.published_date)
    end = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    query = (select(ev.c.doc.label("_doc"), d.c.doc_id.label("document"), d.c.title, ev.c.event_id.label("event"),
                    ev.c.type, ev.c.mode, ev.c.date_start, ev.c.date_end, ev.c.location_name.label("place"),
                    ev.c.context_name.label("context"), ev.c.topics, ev.c.polarity, ev.c.modality, ev.c.confidence,
                    evidence.label("evidence"))
             .join(d, and_(d.c.id == ev.c.doc, d.c.is_latest)))
    if actor:
        ids = actor_ids(store, actor)
        inner = select(ev.c.id).join(ea, and_(ea.c.doc == ev.c.doc, ea.c.event_id == ev.c.event_id))
        if ids:
            inner = inner.join(eact, and_(eact.c.doc == ea.c.doc, eact.c.entity_id == ea.c.entity_id)).where(
                eact.c.actor.in_(ids))
        else:
            inner = inner.join(ent, and_(ent.c.doc == ea.c.doc, ent.c.entity_id == ea.c.entity_id)).where(
                _like(ent.c.name, actor))
        query = query.where(ev.c.id.in_(inner))
    if type:
        query = query.where(ev.c.type == type.upper())
    if place:
        pl = schema.places
        query = query.where(or_(_like(ev.c.location_name, place), exists().where(
            pl.c.doc == ev.c.doc, pl.c.place_id == ev.c.location_place, _like(pl.c.name, place))))
    query = query.where(*_date_bounds(start, end, since, until))
    query = query.order_by(start.desc(), d.c.doc_id, ev.c.event_id).limit(limit).offset(offset)
    rows = _rows(store, query)
    names = _event_actor_names(store, [(r["_doc"], r["event"]) for r in rows])
    for r in rows:
        r["actors"] = names.get((r.pop("_doc"), r["event"]), [])
        r["topics"] = json.loads(r["topics"] or "[]")
    return rows


def actor_network(store: Store, *, type: str | None = None, since: str | None = None, until: str | None = None,
                  min_count: int = 1, limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """Who met whom: pairs of actors sharing events, how often, and the last date."""
    date = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    base = (select(ea.c.doc, ea.c.event_id, _root().label("actor"), date.label("date"))
            .select_from(ea.join(eact, and_(eact.c.doc == ea.c.doc, eact.c.entity_id == ea.c.entity_id))
                         .join(a, a.c.id == eact.c.actor)
                         .join(ev, and_(ev.c.doc == ea.c.doc, ev.c.event_id == ea.c.event_id))
                         .join(d, and_(d.c.id == ea.c.doc, d.c.is_latest)))
            .where(ev.c.polarity == "positive").distinct())
    if type:
        base = base.where(ev.c.type == type.upper())
    base = base.where(*_date_bounds(func.coalesce(ev.c.date_start, d.c.published_date), date, since, until))
    shared = base.cte("event_actor_roots")
    x, y = shared.alias("x"), shared.alias("y")
    pairs = (select(x.c.actor.label("a"), y.c.actor.label("b"), func.count().label("count"),
                    func.max(x.c.date).label("last_date"))
             .join(y, and_(x.c.doc == y.c.doc, x.c.event_id == y.c.event_id, x.c.actor < y.c.actor))
             .group_by(x.c.actor, y.c.actor).having(func.count() >= min_count)
             .order_by(func.count().desc(), func.max(x.c.date).desc()).limit(limit))
    rows = _rows(store, pairs)
    ids = sorted({r["a"] for r in rows} | {r["b"] for r in rows})
    with store.engine.connect() as conn:
        names = {r.id: (r.name, r.country) for r in conn.execute(select(a.c.id, a.c.name, a.c.country)
                                                                 .where(a.c.id.in_(ids)))}
    out = []
    for r in rows:
        first, second = sorted((r["a"], r["b"]), key=lambda i: (names[i][0], i))
        out.append({"actor_a": names[first][0], "country_a": names[first][1], "actor_b": names[second][0],
                    "country_b": names[second][1], "count": r["count"], "last_date": r["last_date"]})
    return sorted(out, key=lambda r: (-r["count"], _desc(r["last_date"]), r["actor_a"], r["actor_b"]))


def _desc(value: str | None) -> tuple[int, str]:
    """A sort key putting later ISO dates first and missing dates last."""
    return (1, "") if value is None else (0, "".join(chr(0x10FFFF - ord(c)) for c in value))


def counts(store: Store) -> dict[str, int]:
    """A summary: documents (latest), versions, failures, entities, quotes, events, actors."""
    with store.engine.connect() as conn:
        def n(query: Any) -> int:
            return int(conn.execute(query).scalar_one())

        latest = select(d.c.id).where(d.c.is_latest)
        return {
            "documents": n(select(func.count()).select_from(d).where(d.c.is_latest)),
            "versions": n(select(func.count()).select_from(d)),
            "failures": n(select(func.count()).select_from(schema.failures)),
            "entities": n(select(func.count()).select_from(ent).where(ent.c.doc.in_(latest))),
            "quotes": n(select(func.count()).select_from(q_).where(q_.c.doc.in_(latest))),
            "events": n(select(func.count()).select_from(ev).where(ev.c.doc.in_(latest))),
            "actors": n(select(func.count()).select_from(a).where(a.c.merged_into.is_(None))),
        }


def list_failures(store: Store, limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """Documents that could not be read or processed, most recent first."""
    f = schema.failures
    return _rows(store, select(f.c.doc_id.label("id"), f.c.code, f.c.message, f.c.source, f.c.count, f.c.last_seen)
                 .order_by(f.c.last_seen.desc(), f.c.id.desc()).limit(limit))


# --- places (the map view) -----------------------------------------------------------

#: Place kinds counted as mentions of a point unless asked otherwise ("Iranian" is not a mention of Iran here).
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


def places_for_event(store: Store, document: str, event: str | None = None) -> list[dict[str, Any]]:
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
        for r in conn.execute(select(pl.c.name, pl.c.country, pl.c.geonameid).where(pl.c.doc == doc)):
            mentions[_point_key(r.geonameid, r.name, r.country)] += 1
    out = []
    for r in rows:
        name = r["name"] or r["location_name"]
        out.append({
            "document": document, "event": r["event_id"], "type": r["type"], "date_start": r["date_start"],
            "date_end": r["date_end"], "place": r["location_place"], "name": name, "lat": r["lat"],
            "lon": r["lon"], "country": r["country"], "geonameid": r["geonameid"],
            "mentions": mentions.get(_point_key(r["geonameid"], name, r["country"]), 0) if r["name"] else 0,
        })
    return out


def _actor_docs_and_events(store: Store, actor: str) -> tuple[Select, Select]:
    """The documents (row ids) mentioning an actor, and the events (row ids) it takes part in."""
    ids = actor_ids(store, actor)
    if ids:
        docs = select(eact.c.doc).where(eact.c.actor.in_(ids))
        link = and_(eact.c.doc == ea.c.doc, eact.c.entity_id == ea.c.entity_id)
        events = (select(ev.c.id).join(ea, and_(ea.c.doc == ev.c.doc, ea.c.event_id == ev.c.event_id))
                  .join(eact, link).where(eact.c.actor.in_(ids)))
    else:
        docs = select(ent.c.doc).where(_like(ent.c.name, actor))
        link = and_(ent.c.doc == ea.c.doc, ent.c.entity_id == ea.c.entity_id)
        events = (select(ev.c.id).join(ea, and_(ea.c.doc == ev.c.doc, ea.c.event_id == ev.c.event_id))
                  .join(ent, link).where(_like(ent.c.name, actor)))
    return docs, events


def place_summary(store: Store, actor: str | None = None, since: str | None = None, until: str | None = None, *,
                  kinds: tuple[str, ...] = MAP_PLACE_KINDS, limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
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
    doc_conds: list[ColumnElement[bool]] = [*_date_bounds(d.c.published_date, d.c.published_date, since, until)]
    start = func.coalesce(ev.c.date_start, d.c.published_date)
    end = func.coalesce(ev.c.date_end, ev.c.date_start, d.c.published_date)
    ev_conds: list[ColumnElement[bool]] = [*_date_bounds(start, end, since, until)]
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
    with store.engine.connect() as conn:
        for field, query in (("mentions", mention_q), ("events", event_q)):
            for r in conn.execute(query):
                key = _point_key(r.geonameid, r.name, r.country)
                point = points.setdefault(key, {
                    "name": r.name, "lat": r.lat, "lon": r.lon, "country": r.country, "geonameid": r.geonameid,
                    "events": 0, "mentions": 0, "_docs": {}, "_where": defaultdict(int)})
                point[field] += r.n
                point["_docs"][r.doc_id] = r.published_date or ""
                point["_where"][(r.name, r.lat, r.lon)] += r.n
    out = []
    for point in points.values():
        # A point whose rows disagree (a county placed at different towns) takes its most frequent reading.
        (name, lat, lon), _ = max(point.pop("_where").items(), key=lambda kv: (kv[1], -kv[0][1], -kv[0][2]))
        docs = point.pop("_docs")
        point.update(name=name, lat=lat, lon=lon, documents=len(docs),
                     document_ids=sorted(docs, key=lambda k: (_desc(docs[k] or None), k))[:POINT_DOCUMENTS])
        out.append(point)
    out.sort(key=lambda p: (-p["events"], -p["mentions"], p["name"], p["geonameid"] or ""))
    return out[:limit]


# --- stories (the same event across articles) ------------------------------------------

def _story_dicts(conn: Any, rows: list[Any]) -> list[dict[str, Any]]:
    """CONTRACT.md story dicts for story rows, with their documents and events."""
    from sidelines.store.stories import story_documents, story_events

    ids = [r.id for r in rows]
    docs: dict[str, list[str]] = defaultdict(list)
    events: dict[str, list[dict[str, str]]] = defaultdict(list)
    for part in chunks(ids):
        sd, se = story_documents, story_events
        for r in conn.execute(select(sd.c.story, sd.c.doc_id).where(sd.c.story.in_(part))
                              .order_by(sd.c.story, sd.c.ord)):
            docs[r.story].append(r.doc_id)
        for r in conn.execute(select(se.c.story, se.c.doc_id, se.c.event_id).where(se.c.story.in_(part))
                              .order_by(se.c.story, se.c.ord)):
            events[r.story].append({"document": r.doc_id, "event": r.event_id})
    return [{"id": r.id, "type": r.type, "title": r.title, "documents": docs[r.id], "events": events[r.id],
             "first_seen": r.first_seen} for r in rows]


def list_stories(store: Store, *, since: str | None = None, until: str | None = None, type: str | None = None,
                 document: str | None = None, min_documents: int = 1, limit: int | None = DEFAULT_LIMIT,
                 offset: int = 0) -> list[dict[str, Any]]:
    """Stored stories (see ``sidelines.store.stories.update_stories``), newest first.

    Each is the CONTRACT.md story: id, type, title, documents, events, first_seen.
    ``since``/``until`` keep stories whose [first_seen, last_seen] overlaps the range (undated
    stories only without bounds); ``document`` keeps the story holding that document id;
    ``limit=None`` returns them all.
    """
    from sidelines.store.stories import stories, story_documents

    s = stories
    query = select(s.c.id, s.c.type, s.c.title, s.c.first_seen).where(
        s.c.n_documents >= min_documents, *_date_bounds(s.c.first_seen, s.c.last_seen, since, until))
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
        return _story_dicts(conn, conn.execute(query).all())


def get_story(store: Store, story_id: str) -> dict[str, Any]:
    """One stored story: the CONTRACT.md fields, last_seen, and its articles (id, title, publisher, published, url)."""
    from sidelines.store.stories import stories, story_documents

    s, sd = stories, story_documents
    with store.engine.connect() as conn:
        row = conn.execute(select(s.c.id, s.c.type, s.c.title, s.c.first_seen, s.c.last_seen)
                           .where(s.c.id == story_id)).first()
        if row is None:
            raise StoreError(f"no story {story_id!r} in the store", code="E408")
        out = _story_dicts(conn, [row])[0]
        out["last_seen"] = row.last_seen
        out["articles"] = [dict(r) for r in conn.execute(
            select(d.c.doc_id.label("id"), d.c.title, d.c.publisher, d.c.published, d.c.url)
            .join(sd, sd.c.doc == d.c.id).where(sd.c.story == story_id).order_by(sd.c.ord)).mappings()]
    return out
