"""Rows of the brief: events per day, watch alerts, new actors, the most quoted people, the brief itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sidelines.query.rows.base import Row
from sidelines.query.rows.events import EventRow, QuoteRow


@dataclass(eq=False)
class TimelineRow(Row):
    """How many events of one type happened on one day."""

    day: str
    type: str
    count: int


@dataclass(eq=False)
class AlertRow(Row):
    """A stored watch alert: which rule matched what, in which document, and when."""

    id: int
    rule: str
    kind: str
    document: str
    version: int
    created_at: str
    summary: str
    data: dict[str, Any]


@dataclass(eq=False)
class NewActorRow(Row):
    """An entity of a document whose actor no other stored document mentions."""

    entity: str
    name: str
    type: str
    country: str | None
    titles: list[str]


@dataclass(eq=False)
class NewActor(Row):
    """An actor first seen in a period: the date of its first document and how many documents name it."""

    id: int
    name: str
    type: str
    country: str | None
    first_seen: str
    documents: int


@dataclass(eq=False)
class QuotedPerson(Row):
    """A speaker of a period: how many quotes, and the key lines (direct and longest first)."""

    name: str
    count: int
    lines: list[QuoteRow] = field(default_factory=list)


@dataclass(eq=False)
class Brief(Row):
    """What happened in a period: meetings, agreements, confrontations, who spoke, who is new, events per day."""

    since: str
    until: str
    documents: int
    meetings: list[EventRow] = field(default_factory=list)
    agreements: list[EventRow] = field(default_factory=list)
    confrontations: list[EventRow] = field(default_factory=list)
    quoted: list[QuotedPerson] = field(default_factory=list)
    new_actors: list[NewActor] = field(default_factory=list)
    per_day: list[TimelineRow] = field(default_factory=list)
    alerts: list[AlertRow] = field(default_factory=list)   # what the watch rules raised on the period's articles
