"""Events over time and around one actor: counts per day and type, and the actors an actor meets most."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import and_, func, select

from sidelines.query.actors import get_actor
from sidelines.query.common import d, ev, fetch
from sidelines.query.events import event_conditions, search_events
from sidelines.query.rows import MetActor, TimelineRow
from sidelines.resolve.actors import normalise_name
from sidelines.store.base import Store

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
    """The actors sharing the most positive events with one actor (by name or alias), then the latest."""
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
