"""The brief: what happened in a period, built once here and rendered as Markdown, HTML or a page."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, timedelta
from importlib import resources

from sqlalchemy import and_, distinct, func, select

from sidelines.errors import StoreError
from sidelines.query.alerts import list_alerts
from sidelines.query.common import a, actor_root, d, eact
from sidelines.query.events import search_events
from sidelines.query.quotes import search_quotes
from sidelines.query.rows import Brief, EventRow, NewActor, QuotedPerson, QuoteRow
from sidelines.query.timeline import event_timeline
from sidelines.store.base import Store

MEETINGS = ("CONSULT",)
AGREEMENTS = ("AGREE",)
CONFRONTATIONS = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT")
#: How many of each list a brief holds.
BRIEF_ITEMS = 20
#: Events below this confidence stay out of a brief's lists: the threshold of best out-of-fold F0.5
#: (precision weighed twice) that scripts/train_event_confidence.py records in the packaged model
#: (0.3 now; 0.2 with the model fitted on an older pipeline), read from it so that a refitted model
#: moves it. The events list and the API show them all unless asked.
BRIEF_MIN_CONFIDENCE = float(json.loads((resources.files("sidelines") / "data" / "event_confidence.json")
                                         .read_text("utf-8")).get("min_confidence_by_f05", 0.0))
QUOTED_PEOPLE = 5
KEY_LINES = 2
#: The most quotes of a period read to rank speakers.
BRIEF_QUOTES = 5000

_RELATIVE = re.compile(r"^(\d+)([dw])$")


def newest_date(store: Store) -> str | None:
    """The newest publication date among the latest documents."""
    with store.engine.connect() as conn:
        return conn.execute(select(func.max(d.c.published_date)).where(d.c.is_latest)).scalar()


def brief_period(store: Store, since: str, until: str | None = None) -> tuple[str, str]:
    """The [since, until] dates of a brief.

    ``since`` is a date (YYYY-MM-DD) or a span back from ``until`` (``1d``, ``3d``, ``2w``: ``1d``
    is the one day ``until``). ``until`` defaults to the newest document date in the store, so a
    store not fed today still gets the brief of its last day of news (else today).
    """
    end = until[:10] if until else (newest_date(store) or date.today().isoformat())
    try:
        end_day = date.fromisoformat(end)
    except ValueError:
        raise StoreError(f"--until {until!r} is not a date (YYYY-MM-DD)", code="E422") from None
    m = _RELATIVE.match(since.strip().lower())
    if m:
        days = int(m.group(1)) * (7 if m.group(2) == "w" else 1)
        if days < 1:
            raise StoreError(f"the period {since!r} is empty; give 1d or more", code="E422")
        try:
            start = (end_day - timedelta(days=days - 1)).isoformat()
        except OverflowError:
            raise StoreError(f"the period {since!r} reaches before the year 1", code="E422") from None
    else:
        try:
            start = date.fromisoformat(since.strip()[:10]).isoformat()
        except ValueError:
            raise StoreError(f"--since {since!r} is neither a date (YYYY-MM-DD) nor a span (1d, 2w)",
                             code="E422") from None
    return start, end


def _events(store: Store, types: tuple[str, ...], since: str, until: str,
            min_confidence: float = BRIEF_MIN_CONFIDENCE) -> list[EventRow]:
    rows = [r for t in types for r in search_events(store, type=t, polarity="positive", since=since, until=until,
                                                     limit=BRIEF_ITEMS, min_confidence=min_confidence)]
    rows.sort(key=lambda r: (r.date_start or "", r.confidence), reverse=True)
    return rows[:BRIEF_ITEMS]


def _quoted(store: Store, since: str, until: str) -> list[QuotedPerson]:
    by_speaker: dict[str, list[QuoteRow]] = defaultdict(list)
    for q in search_quotes(store, since=since, until=until, limit=BRIEF_QUOTES):
        if q.speaker:
            by_speaker[q.speaker].append(q)
    ranked = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:QUOTED_PEOPLE]
    return [QuotedPerson(name=name, count=len(lines),
                         lines=sorted(lines, key=lambda q: (not q.direct, -len(q.content)))[:KEY_LINES])
            for name, lines in ranked]


def first_seen_actors(store: Store, since: str, until: str, limit: int = BRIEF_ITEMS) -> list[NewActor]:
    """Actors whose first document (by publication date) falls in [since, until], most documents first."""
    root = actor_root()
    seen = (select(root.label("actor"), func.min(d.c.published_date).label("first_seen"),
                   func.count(distinct(d.c.id)).label("documents"))
            .select_from(eact.join(a, a.c.id == eact.c.actor).join(d, and_(d.c.id == eact.c.doc, d.c.is_latest)))
            .group_by(root).subquery())
    ra = a.alias("ra")
    query = (select(ra.c.id, ra.c.name, ra.c.type, ra.c.country, seen.c.first_seen, seen.c.documents)
             .join(seen, seen.c.actor == ra.c.id)
             .where(seen.c.first_seen >= since, seen.c.first_seen <= until)
             .order_by(seen.c.documents.desc(), ra.c.name).limit(limit))
    with store.engine.connect() as conn:
        return [NewActor(**r) for r in conn.execute(query).mappings()]


def build_brief(store: Store, since: str = "1d", until: str | None = None) -> Brief:
    """The brief of a period (see ``brief_period``): the one function behind every rendering of it."""
    start, end = brief_period(store, since, until)
    with store.engine.connect() as conn:
        documents = conn.execute(select(func.count()).select_from(d).where(
            d.c.is_latest, d.c.published_date >= start, d.c.published_date <= end)).scalar_one()
    return Brief(
        since=start, until=end, documents=int(documents),
        meetings=_events(store, MEETINGS, start, end),
        agreements=_events(store, AGREEMENTS, start, end),
        confrontations=_events(store, CONFRONTATIONS, start, end),
        quoted=_quoted(store, start, end),
        new_actors=first_seen_actors(store, start, end),
        per_day=event_timeline(store, since=start, until=end),
        alerts=list_alerts(store, published=(start, end), limit=BRIEF_ITEMS),
    )
