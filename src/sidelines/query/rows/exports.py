"""Rows of exports: events and quotes with everything an export table needs.

An exported event is a query ``EventRow`` with its document's and place's details added
(keyword-only fields, so that the event's own fields keep their order and are defined once).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sidelines.query.rows.base import Row
from sidelines.query.rows.events import EventActorRow, EventRow


@dataclass(eq=False, kw_only=True)
class ExportActor(EventActorRow):
    """An actor of an exported event: an event's actor with its entity kind and first title."""

    kind: str | None
    title: str | None


@dataclass(eq=False, kw_only=True)
class ExportEvent(EventRow):
    """An event with its document's version, publisher, URL and date, and its place with coordinates."""

    actors: list[ExportActor] = field(default_factory=list)
    version: int
    publisher: str | None
    url: str | None
    published: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    geonameid: str | None


@dataclass(eq=False)
class ExportQuote(Row):
    """A quote with its speaker's country and title, and its document."""

    document: str
    version: int
    title: str | None
    publisher: str | None
    url: str | None
    date: str | None
    speaker: str | None
    country: str | None
    cue: str | None
    text: str
    direct: bool
    evidence: str | None
    role: str | None = None
