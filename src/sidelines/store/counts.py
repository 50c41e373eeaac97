"""Stored per-actor and per-pair counts (migration 0008), kept in step with every write.

The actor list, an actor page and the network read these tables instead of counting
over every document (seconds on 100,000 documents). The counts are those the queries
used to make: over the latest version of each document, keyed by root actor (a
surname-only actor joined to a full name counts under the full name).

A batch of new documents adds what it holds (sums, least/greatest), in the batch's
transaction. Where addition cannot follow a change (a new version replaces a stored one,
or a surname-only actor is joined to another full name), the root actors concerned are
counted again from their rows; ``rebuild`` counts a whole store (the migration, and
``rebuild_actors``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from sidelines.store import schema
from sidelines.store.actors import chunks
from sidelines.store.backend import Backend

d, a, eact = schema.documents, schema.actors, schema.entity_actors
ALL_TYPES = ""


@dataclass
class ActorCount:
    """What one root actor has in the latest documents."""

    documents: int = 0
    events: int = 0
    quotes: int = 0
    mentions: int = 0
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass
class PairCount:
    """Positive events two root actors share (of one type, or of all), and the last date."""

    n: int = 0
    last_date: str | None = None


Tally = tuple[dict[int, ActorCount], dict[tuple[int, int, str], PairCount]]


def _min(x: str | None, y: str | None) -> str | None:
    return min(filter(None, (x, y)), default=None)


def _max(x: str | None, y: str | None) -> str | None:
    return max(filter(None, (x, y)), default=None)


def tally(conn: Connection, docs: Sequence[int]) -> Tally:
    """The counts that the latest documents among ``docs`` contribute, under today's root actors."""
    m, q, ev, ea = schema.mentions, schema.quotes, schema.events, schema.event_actors
    actors: dict[int, ActorCount] = defaultdict(ActorCount)
    pairs: dict[tuple[int, int, str], PairCount] = defaultdict(PairCount)
    root = func.coalesce(a.c.merged_into, a.c.id)
    for part in chunks(sorted(docs)):
        dates = {r.id: r.published_date for r in conn.execute(
            select(d.c.id, d.c.published_date).where(d.c.id.in_(part), d.c.is_latest))}
        if not dates:
            continue
        latest = sorted(dates)
        roots: dict[tuple[int, str], int] = {
            (r.doc, r.entity_id): r.root for r in conn.execute(
                select(eact.c.doc, eact.c.entity_id, root.label("root")).join(a, a.c.id == eact.c.actor)
                .where(eact.c.doc.in_(latest)))}
        by_doc: dict[int, set[int]] = defaultdict(set)
        for (doc, _), r in roots.items():
            by_doc[doc].add(r)
        for doc, rs in by_doc.items():
            for root_id in rs:
                c = actors[root_id]
                c.documents += 1
                c.first_seen, c.last_seen = _min(c.first_seen, dates[doc]), _max(c.last_seen, dates[doc])
        per_entity = select(m.c.doc, m.c.entity_id, func.count().label("n")).where(m.c.doc.in_(latest))
        for row in conn.execute(per_entity.group_by(m.c.doc, m.c.entity_id)):
            if (row.doc, row.entity_id) in roots:
                actors[roots[(row.doc, row.entity_id)]].mentions += row.n
        per_speaker = select(q.c.doc, q.c.speaker, func.count().label("n")).where(q.c.doc.in_(latest),
                                                                                  q.c.speaker.is_not(None))
        for row in conn.execute(per_speaker.group_by(q.c.doc, q.c.speaker)):
            if (row.doc, row.speaker) in roots:
                actors[roots[(row.doc, row.speaker)]].quotes += row.n
        events: dict[tuple[int, str], set[int]] = defaultdict(set)
        kinds: dict[tuple[int, str], tuple[str, str | None] | None] = {}
        rows = conn.execute(select(ea.c.doc, ea.c.event_id, ea.c.entity_id, ev.c.type, ev.c.polarity,
                                   func.coalesce(ev.c.date_end, ev.c.date_start).label("date"))
                            .join(ev, and_(ev.c.doc == ea.c.doc, ev.c.event_id == ea.c.event_id))
                            .where(ea.c.doc.in_(latest)))
        for row in rows:
            key = (row.doc, row.event_id)
            if (row.doc, row.entity_id) in roots:
                events[key].add(roots[(row.doc, row.entity_id)])
            kinds[key] = (row.type, row.date or dates[row.doc]) if row.polarity == "positive" else None
        for key, rs in events.items():
            for root_id in rs:
                actors[root_id].events += 1
            kind = kinds[key]
            if kind is None:
                continue
            ordered = sorted(rs)
            for i, x in enumerate(ordered):
                for y in ordered[i + 1:]:
                    for t in (kind[0], ALL_TYPES):
                        p = pairs[(x, y, t)]
                        p.n += 1
                        p.last_date = _max(p.last_date, kind[1])
    return actors, pairs


def add(conn: Connection, backend: Backend, counts: Tally) -> None:
    """Add a tally to the stored counts."""
    st, ap = schema.actor_stats, schema.actor_pairs
    actors, pairs = counts
    if actors:
        ins = backend.insert(st)
        _execute_many(conn, ins.on_conflict_do_update(index_elements=["actor"], set_={
            "documents": st.c.documents + ins.excluded.documents, "events": st.c.events + ins.excluded.events,
            "quotes": st.c.quotes + ins.excluded.quotes, "mentions": st.c.mentions + ins.excluded.mentions,
            "first_seen": backend.least(st.c.first_seen, ins.excluded.first_seen),
            "last_seen": backend.greatest(st.c.last_seen, ins.excluded.last_seen)}), _actor_rows(actors))
    if pairs:
        ins = backend.insert(ap)
        _execute_many(conn, ins.on_conflict_do_update(index_elements=["a", "b", "type"], set_={
            "n": ap.c.n + ins.excluded.n, "last_date": backend.greatest(ap.c.last_date, ins.excluded.last_date)}),
            _pair_rows(pairs))


def _execute_many(conn: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    """One statement over many rows of plain values, compiled once and handed to the driver as it is.

    As ``sql.bulk_insert`` does: SQLAlchemy's per-row parameter handling would be most of the time.
    """
    compiled = statement.compile(dialect=conn.dialect, column_keys=list(rows[0]))
    if compiled.positional:
        names = list(compiled.positiontup or [])
        conn.exec_driver_sql(compiled.string, [tuple(row[k] for k in names) for row in rows])
    else:
        conn.exec_driver_sql(compiled.string, rows)


def _actor_rows(actors: dict[int, ActorCount]) -> list[dict[str, Any]]:
    return [{"actor": r, **vars(c)} for r, c in sorted(actors.items())]


def _pair_rows(pairs: dict[tuple[int, int, str], PairCount]) -> list[dict[str, Any]]:
    return [{"a": x, "b": y, "type": t, "n": p.n, "last_date": p.last_date} for (x, y, t), p in sorted(pairs.items())]


def roots_of(conn: Connection, docs: Sequence[int]) -> set[int]:
    """The root actors appearing in some of ``docs``."""
    root = func.coalesce(a.c.merged_into, a.c.id)
    found: set[int] = set()
    for part in chunks(sorted(docs)):
        found |= {r[0] for r in conn.execute(select(root).distinct().join(eact, eact.c.actor == a.c.id)
                                             .where(eact.c.doc.in_(part)))}
    return found


def recount(conn: Connection, backend: Backend, roots: Iterable[int]) -> None:
    """Count these actors (and every pair one of them is in) again from their rows.

    An id that is no longer a root loses its counts.
    """
    st, ap = schema.actor_stats, schema.actor_pairs
    ids = sorted(set(roots))
    if not ids:
        return
    docs: set[int] = set()
    for part in chunks(ids):
        members = select(a.c.id).where(or_(a.c.id.in_(part), a.c.merged_into.in_(part)))
        docs |= {r[0] for r in conn.execute(select(eact.c.doc).distinct().join(d, and_(d.c.id == eact.c.doc,
                                                                                        d.c.is_latest))
                                            .where(eact.c.actor.in_(members)))}
        conn.execute(st.delete().where(st.c.actor.in_(part)))
        conn.execute(ap.delete().where(ap.c.a.in_(part)))
        conn.execute(ap.delete().where(ap.c.b.in_(part)))
    actors, pairs = tally(conn, sorted(docs))
    wanted = set(ids)
    # A pair of a recounted actor and another one: its whole count is in this tally.
    add(conn, backend, ({r: c for r, c in actors.items() if r in wanted},
                        {k: p for k, p in pairs.items() if k[0] in wanted or k[1] in wanted}))


def rebuild(conn: Connection, backend: Backend, batch: int = 20_000) -> None:
    """Count every actor and pair of the store from scratch."""
    conn.execute(schema.actor_pairs.delete())
    conn.execute(schema.actor_stats.delete())
    actors: dict[int, ActorCount] = defaultdict(ActorCount)
    pairs: dict[tuple[int, int, str], PairCount] = defaultdict(PairCount)
    last = 0
    while True:
        ids = [r[0] for r in conn.execute(select(d.c.id).where(d.c.id > last, d.c.is_latest)
                                          .order_by(d.c.id).limit(batch))]
        if not ids:
            break
        part_actors, part_pairs = tally(conn, ids)
        for r, c in part_actors.items():
            mine = actors[r]
            mine.documents += c.documents
            mine.events += c.events
            mine.quotes += c.quotes
            mine.mentions += c.mentions
            mine.first_seen, mine.last_seen = _min(mine.first_seen, c.first_seen), _max(mine.last_seen, c.last_seen)
        for k, p in part_pairs.items():
            pair = pairs[k]
            pair.n += p.n
            pair.last_date = _max(pair.last_date, p.last_date)
        last = ids[-1]
    for rows, table in ((_actor_rows(actors), schema.actor_stats), (_pair_rows(pairs), schema.actor_pairs)):
        for part in chunks(rows):
            conn.execute(table.insert(), list(part))


def update(conn: Connection, backend: Backend, new_docs: Sequence[int], replaced_docs: Sequence[int],
           moved: Iterable[int]) -> None:
    """Keep the counts in step with one written batch (call after its actors are written).

    ``new_docs`` are the batch's document rows, ``replaced_docs`` the stored rows that
    stopped being the latest version, ``moved`` the actors whose root changed and their
    old and new roots.
    """
    again = set(moved)
    if replaced_docs:
        again |= roots_of(conn, replaced_docs)
    add(conn, backend, tally(conn, new_docs))
    recount(conn, backend, again)
