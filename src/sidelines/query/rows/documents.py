"""Rows of documents: stored versions, search hits, diffs between versions, counts, failures, plugin layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sidelines.query.rows.base import Row


@dataclass(eq=False)
class DocumentRow(Row):
    """A stored document (its latest version unless said otherwise)."""

    id: str
    version: int
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    ingested_at: str


@dataclass(eq=False)
class SearchHit(DocumentRow):
    """A document found by full-text search, with a snippet around the first word."""

    snippet: str = ""


@dataclass(eq=False)
class VersionRow(Row):
    """One stored version of a document."""

    doc_id: str
    version: int
    is_latest: bool
    content_hash: str
    title: str | None
    url: str | None
    published: str | None
    updated: str | None
    ingested_at: str


@dataclass(eq=False)
class QuoteView(Row):
    """A quote as a diff shows it."""

    speaker: str | None
    content: str
    direct: bool


@dataclass(eq=False)
class EventView(Row):
    """An event as a diff shows it."""

    id: str
    type: str
    actors: list[str]
    place: str | None
    date: str | None
    polarity: str
    evidence: list[str]


@dataclass(eq=False)
class Change(Row):
    """One quote or event before and after."""

    before: Row
    after: Row


@dataclass(eq=False)
class VersionDiff(Row):
    """What changed between two versions of a document."""

    id: str
    from_version: int
    to_version: int
    text_changed: bool
    quotes_added: list[QuoteView] = field(default_factory=list)
    quotes_removed: list[QuoteView] = field(default_factory=list)
    quotes_changed: list[Change] = field(default_factory=list)
    events_added: list[EventView] = field(default_factory=list)
    events_removed: list[EventView] = field(default_factory=list)
    events_changed: list[Change] = field(default_factory=list)


@dataclass(eq=False)
class StoreCounts(Row):
    """How much a store holds."""

    documents: int
    versions: int
    failures: int
    entities: int
    quotes: int
    events: int
    actors: int


@dataclass(eq=False)
class FailureRow(Row):
    """A document that could not be read or processed."""

    id: str
    code: str | None
    message: str
    source: str | None
    count: int
    last_seen: str


@dataclass(eq=False)
class LayerItemRow(Row):
    """One item of a plugin extractor's layer."""

    document: str
    layer: str
    ord: int
    start: int | None
    end: int | None
    data: dict[str, Any]
