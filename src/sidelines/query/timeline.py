"""Events over time and around one actor: counts per day and type, and the actors an actor meets most."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import and_, func, select, union_all

from sidelines.errors import StoreError
from sidelines.query.actors import actor_ids, get_actor
from sidelines.query.common import a, d, ev, fetch, fetch_rows
from sidelines.query.events import event_conditions, search_events
from sidelines.query.rows import MetActor, TimelineRow
from sidelines.resolve.actors import normalise_name
from sidelines.store import schema
from sidelines.store.base import Store
from sidelines.store.counts import ALL_TYPES

#: The most events read to find the actors someone meets.
MET_EVENTS = 2000


def event_timeline(store: Store, **filters: Any) -> list[TimelineRow]:
    """Events per day and type, oldest day first; ``filters`` are ``search_events``'s (limit apart).

    An event counts on its first day (the document's date when it has none).
    """
    day = func.substr(func.coalesce(ev.c.date_start, d.c.published_date), 1, 10)
    query = (select(day.label("day"), ev.c.type, func.count().label("count"))
             .select_from(ev.join(d, and_(d.c.id == ev.c.doc, d.c.is_latest)))
             .where(day.is_not(None), *event_conditions(store, **filters))
             .group_by(day, ev.c.type).order_by(day, ev.c.type))
    return fetch(store, query, TimelineRow)


def most_met(store: Store, name: str, *, limit: int = 10, since: str | None = None,
             until: str | None = None) -> list[MetActor]:
    """The actors sharing the most positive events with one actor (by name or alias), then the latest.

    Without a date range the stored pair counts answer (``store.counts``, the network's): the
    other actors are root actors, named as the actor list names them. With one, the events do.
    """
    if since is None and until is None:
        return _met_from_pairs(store, name, limit)
    found = get_actor(store, name)
    own = {normalise_name(x) for x in [found.name, *found.aliases]}
    counts: Counter[tuple[str, str | None]] = Counter()
    last: dict[tuple[str, str | None], str] = {}
    for row in search_events(store, actor=name, polarity="positive", since=since, until=until, limit=MET_EVENTS):
        seen = set()
        for x in row.actors:
            key = (x.name, x.country)
            if normalise_name(x.name) in own or key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            date = row.date_end or row.date_start or ""
            last[key] = max(last.get(key, ""), date)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], "".join(chr(0x10FFFF - ord(c)) for c in last[kv[0]]),
                                                    kv[0][0]))
    return [MetActor(name=n, country=c, count=k, last_date=last[(n, c)] or None) for (n, c), k in ranked[:limit]]


def _met_from_pairs(store: Store, name: str, limit: int) -> list[MetActor]:
    """``most_met`` from the stored pair counts of the actor's root actors: one query.

    A name that denotes several root actors (rare: one name, two types) sums their pairs.
    """
    ids = actor_ids(store, name)
    if not ids:
        raise StoreError(f"no actor named {name!r} in the store", code="E406")
    ap = schema.actor_pairs
    # Pairs are keyed by root actors: the ids of joined surname-only actors match none, so all ids
    # can be given as they are (a list of values, which the planners look up by index one by one).
    mine = ap.c.type == ALL_TYPES
    other = union_all(select(ap.c.b.label("other"), ap.c.n, ap.c.last_date).where(mine, ap.c.a.in_(ids)),
                      select(ap.c.a.label("other"), ap.c.n, ap.c.last_date).where(mine, ap.c.b.in_(ids))).subquery()
    count, last = func.sum(other.c.n), func.max(other.c.last_date)
    query = (select(a.c.name, a.c.country, count.label("count"), last.label("last_date"))
             .join(a, a.c.id == other.c.other).where(other.c.other.not_in(ids))
             .group_by(other.c.other, a.c.name, a.c.country)
             .order_by(count.desc(), func.coalesce(last, "").desc(), a.c.name).limit(limit))
    return [MetActor(name=r["name"], country=r["country"], count=int(r["count"]), last_date=r["last_date"])
            for r in fetch_rows(store, query)]
