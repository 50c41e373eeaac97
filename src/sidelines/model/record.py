"""The extraction record of CONTRACT.md as pydantic models.

This module is pure data: no spaCy, no database. Every span is a pair of Python
string offsets (code points, end exclusive) into the record's ``text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal[
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"
]
MentionKind = Literal["name", "nominal", "pronoun"]
ActorRole = Literal["source", "target", "participant", "attendee", "host"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceKind = Literal["literal", "metonymic", "demonym"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A stretch of the record's text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """Build the span ``text[start:end]``, its text copied from the document."""
        return cls(start=start, end=end, text=text[start:end])


class Mention(Span):
    """One mention of an entity: a name, a nominal ("the French leader") or a pronoun."""

    kind: MentionKind = "name"


class Role(_Model):
    """A title an entity holds, with the country or organisation it holds it for."""

    title: str
    affiliation: str | None = None


class Entity(_Model):
    """An actor or thing mentioned in the document, with all its mentions."""

    id: str
    name: str
    type: EntityType
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    country: str | None = None
    kb_id: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Quote(_Model):
    """Something a speaker said, direct or reported."""

    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    content: Span
    direct: bool = True
    id: str | None = None


class EventActor(_Model):
    entity: str
    role: ActorRole


class DateRange(_Model):
    start: str | None = None
    end: str | None = None


class EventLocation(_Model):
    name: str
    place: str | None = None


class EventContext(_Model):
    name: str
    entity: str | None = None


class Explanation(_Model):
    """Why a fact is in the record: the extractor and rule that made it, and what its score rests on."""

    extractor: str
    rule: str
    features: dict[str, float] = Field(default_factory=dict)


class Event(_Model):
    """A PLOVER-typed event with its actors, date, place, occasion and evidence."""

    id: str
    type: str
    mode: str | None = None
    actors: list[EventActor] = Field(default_factory=list)
    date: DateRange | None = None
    location: EventLocation | None = None
    context: EventContext | None = None
    topics: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    polarity: Literal["positive", "negative"] = "positive"
    modality: str | None = None
    confidence: float = 0.5
    explanation: Explanation | None = None


class TimeExpr(Span):
    """A time expression with its TIMEX3 type and value."""

    type: TimeType
    value: str


class Place(Span):
    """A toponym mention, resolved to a point and a country where possible."""

    id: str
    name: str
    kind: PlaceKind = "literal"
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    geonameid: str | None = None


class Update(_Model):
    """A live-blog entry: its timestamp as printed and where it starts in the text."""

    time: str
    start: int


class Problem(_Model):
    """A non-fatal problem met while processing one document (an extractor that failed)."""

    stage: str
    code: str
    message: str


class Record(_Model):
    """What ``sidelines extract`` prints for one document (see CONTRACT.md)."""

    id: str
    title: str | None = None
    publisher: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    language: str | None = None
    url: str | None = None
    attributed_to: list[str] = Field(default_factory=list)
    updates: list[Update] = Field(default_factory=list)
    furniture: list[Span] = Field(default_factory=list)
    dateline: Span | None = None
    text: str
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


class ErrorRecord(_Model):
    """The line printed for a document that could not be read or processed."""

    id: str
    error: str
    code: str | None = None
    source: str | None = None
