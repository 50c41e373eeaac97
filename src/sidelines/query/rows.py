"""The typed rows the query API returns: one dataclass per kind of row.

Every row is also a read-only mapping of its fields (``row["name"]``, ``dict(row)``), so a
row prints as JSON as it is; ``as_dict`` gives plain dicts all the way down, and ``as_cell``
is how a row shows inside one table cell.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(eq=False)
class Row(Mapping[str, Any]):
    """Base of every query row: typed fields, read as a mapping too (equal to a dict of the same items)."""

    def __getitem__(self, key: str) -> Any:
        if key not in self._names():
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.items())})"

    @classmethod
    def _names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def as_dict(self) -> dict[str, Any]:
        """The row as plain dicts and lists (JSON-ready)."""
        return asdict(self)

    def as_cell(self) -> str:
        """The row inside one table cell."""
        return json.dumps(self.as_dict(), ensure_ascii=False)


def to_jsonable(value: Any) -> Any:
    """Rows (and lists or dicts of them) as plain JSON values."""
    if isinstance(value, Row):
        return value.as_dict()
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


# --- documents ---------------------------------------------------------------------------

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


# --- quotes and events ---------------------------------------------------------------------

@dataclass(eq=False)
class QuoteRow(Row):
    """A stored quote with its speaker, cue and evidence sentence."""

    document: str
    title: str | None
    published: str | None
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    content: str
    direct: bool
    evidence: str | None
    start: int
    end: int


@dataclass(eq=False)
class EventActorRow(Row):
    """An actor of a stored event."""

    name: str
    role: str
    country: str | None

    def as_cell(self) -> str:
        """``name (role)``."""
        return f"{self.name} ({self.role})"


@dataclass(eq=False)
class EventRow(Row):
    """A stored event with its actors and first evidence sentence."""

    document: str
    title: str | None
    event: str
    type: str
    mode: str | None
    date_start: str | None
    date_end: str | None
    place: str | None
    context: str | None
    topics: list[str]
    polarity: str
    modality: str | None
    confidence: float
    evidence: str | None
    actors: list[EventActorRow] = field(default_factory=list)


# --- actors ----------------------------------------------------------------------------------

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


# --- places ----------------------------------------------------------------------------------

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


# --- stories ---------------------------------------------------------------------------------

@dataclass(eq=False)
class StoryEvent(Row):
    """An event of a story."""

    document: str
    event: str


@dataclass(eq=False)
class StoryRow(Row):
    """A stored story: articles about one real-world event."""

    id: str
    type: str | None
    title: str | None
    documents: list[str]
    events: list[StoryEvent]
    first_seen: str | None


@dataclass(eq=False)
class StoryArticle(Row):
    """An article of a story."""

    id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    reprint_of: str | None = None   # the article of the story this one reprints (a wire copy)


@dataclass(eq=False)
class StoryDetail(StoryRow):
    """One story with its last date, its independent reports and outlets counted, and its articles."""

    last_seen: str | None = None
    reports: int | None = None
    outlets: int | None = None
    articles: list[StoryArticle] = field(default_factory=list)


# --- exports and alerts ------------------------------------------------------------------------

@dataclass(eq=False)
class ExportActor(Row):
    """An actor of an exported event: name, event role, country, entity kind and first title."""

    name: str
    role: str
    country: str | None
    kind: str | None
    title: str | None


@dataclass(eq=False)
class ExportEvent(Row):
    """An event with everything an export table needs: document, place with coordinates, actors."""

    document: str
    version: int
    title: str | None
    publisher: str | None
    url: str | None
    published: str | None
    event: str
    type: str
    mode: str | None
    date_start: str | None
    date_end: str | None
    place: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    geonameid: str | None
    context: str | None
    topics: list[str]
    polarity: str
    modality: str | None
    confidence: float
    evidence: str | None
    actors: list[ExportActor] = field(default_factory=list)


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


# --- timelines and the brief -------------------------------------------------------------------

@dataclass(eq=False)
class TimelineRow(Row):
    """How many events of one type happened on one day."""

    day: str
    type: str
    count: int


@dataclass(eq=False)
class MetActor(Row):
    """An actor sharing events with another: how often, and when last."""

    name: str
    country: str | None
    count: int
    last_date: str | None


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
