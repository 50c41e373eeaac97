"""Rows of places: where an event happened, and the points of the map."""

from __future__ import annotations

from dataclasses import dataclass

from sidelines.query.rows.base import Row


@dataclass(eq=False)
class EventPlace(Row):
    """Where one event of a document happened."""

    document: str
    event: str
    type: str
    date_start: str | None
    date_end: str | None
    place: str | None
    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    geonameid: str | None
    mentions: int


@dataclass(eq=False)
class MapPoint(Row):
    """A point for a map: a resolved place with its events, mentions and documents."""

    name: str
    lat: float
    lon: float
    country: str | None
    geonameid: str | None
    events: int
    mentions: int
    documents: int
    document_ids: list[str]
