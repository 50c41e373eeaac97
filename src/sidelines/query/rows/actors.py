"""Rows of actors: the actor list, one actor (roles, documents), its whole page, and who met whom (pairs, network)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sidelines.query.rows.base import Row
from sidelines.query.rows.brief import TimelineRow
from sidelines.query.rows.events import EventRow, QuoteRow
from sidelines.query.rows.places import MapPoint


@dataclass(eq=False)
class ActorRow(Row):
    """An actor merged across documents, with its most frequent title."""

    id: int
    name: str
    type: str
    country: str | None
    kb_id: str | None
    documents: int
    title: str | None = None


@dataclass(eq=False)
class RoleMention(Row):
    """A mention that supports a role."""

    document: str
    version: int
    entity: str
    start: int | None
    end: int | None
    text: str | None

    def as_cell(self) -> str:
        """``document: text``."""
        return f"{self.document}: {self.text}"


@dataclass(eq=False)
class RoleRow(Row):
    """A role an actor held, when first and last seen, and the mentions that say so."""

    title: str
    affiliation: str | None
    first_seen: str | None
    last_seen: str | None
    n: int
    mentions: list[RoleMention] = field(default_factory=list)


@dataclass(eq=False)
class ActorDocument(Row):
    """A document that mentions an actor."""

    doc_id: str
    title: str | None
    published: str | None


@dataclass(eq=False)
class ActorDetail(Row):
    """One actor: aliases, countries, role history, documents and knowledge-base entry."""

    id: int
    name: str
    type: str
    country: str | None
    kb_id: str | None
    kb: dict[str, Any] | None
    aliases: list[str]
    countries: dict[str, int]
    roles: list[RoleRow]
    documents: list[ActorDocument]
    document_count: int


@dataclass(eq=False)
class ActorPair(Row):
    """Two actors sharing events: how often, and the last date."""

    actor_a: str
    country_a: str | None
    actor_b: str
    country_b: str | None
    count: int
    last_date: str | None


@dataclass(eq=False)
class MetActor(Row):
    """An actor sharing events with another: how often, and when last."""

    name: str
    country: str | None
    count: int
    last_date: str | None


@dataclass(eq=False)
class NetworkNode(Row):
    """An actor of the network: its kind (entity type), country and how many events it takes part in."""

    id: int
    name: str
    kind: str
    country: str | None
    events: int


@dataclass(eq=False)
class NetworkLink(Row):
    """Two actors sharing events: how many, by type, and the last date."""

    source: int
    target: int
    source_name: str
    target_name: str
    count: int
    types: dict[str, int]
    last_date: str | None


@dataclass(eq=False)
class ActorPage(Row):
    """Everything an actor's page shows: the actor, its events and their days, quotes, who it met, places."""

    actor: ActorDetail
    events: list[EventRow]
    timeline: list[TimelineRow]
    quotes: list[QuoteRow]
    met: list[MetActor]
    places: list[MapPoint]
