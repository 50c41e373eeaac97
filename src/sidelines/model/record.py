"""The extraction record (docs/record.md) as pydantic models.

This module is pure data: no spaCy, no database. Every span is a pair of Python
string offsets (code points, end exclusive) into the record's ``text``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal[
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"
]
MentionKind = Literal["name", "nominal", "pronoun"]
ActorRole = Literal["source", "target", "participant", "attendee", "host"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceKind = Literal["literal", "metonymic", "demonym"]
# The 16 PLOVER event types (lexicon/plover.py keeps its EVENT_TYPES equal to these; a test checks).
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


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


class Explanation(_Model):
    """Why a fact is in the record: the extractor and rule that made it, what its score rests on,
    and how each of its parts was settled ("country": "role affiliation", "speaker": "pronoun")."""

    extractor: str
    rule: str
    features: dict[str, float] = Field(default_factory=dict)
    decisions: dict[str, str] = Field(default_factory=dict)


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
    explanation: Explanation | None = None


def singles_out(entity: Entity) -> bool:
    """Whether an entity is a particular actor: a name, or a group with its country ("Kenyan police").

    A bare generic side ("officials", "the suspect") is one in every article: it tells no story
    apart and is no actor to follow across articles.
    """
    return entity.country is not None or any(m.kind == "name" for m in entity.mentions)


def next_entity_number(entities: "list[Entity]") -> int:
    """The number of a fresh entity id ("e12") after the ones a layer holds."""
    return max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0) + 1


class Quote(_Model):
    """Something a speaker said, direct or reported."""

    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    content: Span
    direct: bool = True
    # "statement": something a speaker said; "finding": what a poll, survey or count shows ("a new
    # poll shows ...", "according to a survey ..."), attributed to its source but no one's words;
    # "stance": what the speaker acted on, spoke of or meant, no statement of its own: a noun phrase
    # ("announced his endorsement of X"), an indirect question ("explained how ..."), or a bare infinitive
    # of an intention or commitment ("vowed to cut taxes", "wants to run").
    # "writer": the story's own voice outside any quotation ("I think ...", "we now know that ..."), no
    # statement of anyone it reports.
    # "paraphrase": the writer's clause around a few of the speaker's words in quotation marks ("said the
    # budget was a “total disaster” for the town"); those words are a direct statement of their own.
    # "unsure": a statement the learned acceptance model of quotes doubts (extractors/quotes/acceptance.py), or
    # one whose content is no sentence of its own ("a memo the mayor said was drafted ...": quotes/gaps.py).
    kind: Literal["statement", "finding", "stance", "writer", "paraphrase", "unsure"] = "statement"
    id: str | None = None
    explanation: Explanation | None = None


# A statement, reported as one or doubted by the acceptance model of quotes ("unsure"): for the events read
# from quotes both are what the speaker said, as before the model.
STATED_KINDS = frozenset({"statement", "unsure"})
# The kinds of quote that tell what the speaker said: a statement, or the writer's paraphrase of it.
SAID_KINDS = STATED_KINDS | {"paraphrase"}
# The rule of a direct statement made of the quoted words inside a paraphrase (read with its paraphrase).
QUOTED_WORDS_RULE = "quoted-words"


def inside_paraphrase(quote: "Quote") -> bool:
    """Whether ``quote`` is the quoted words of a paraphrase, said once already by that paraphrase."""
    return quote.explanation is not None and quote.explanation.rule == QUOTED_WORDS_RULE


class EventActor(_Model):
    """An entity taking part in an event, with its role."""

    entity: str
    role: ActorRole


class DateRange(_Model):
    """When an event happened: ISO dates or datetimes (``start`` alone for one day)."""

    start: str | None = None
    end: str | None = None


class EventLocation(_Model):
    """Where an event happened: the place as written, and its ``places`` id when resolved."""

    name: str
    place: str | None = None


class EventContext(_Model):
    """The occasion of an event (a summit, a visit), with its entity id when it is one."""

    name: str
    entity: str | None = None




class Event(_Model):
    """A PLOVER-typed event with its actors, date, place, occasion and evidence."""

    id: str
    type: PloverType
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
    explanation: Explanation | None = None


class Place(Span):
    """A toponym mention, resolved to a point and a country where possible."""

    id: str
    name: str
    kind: PlaceKind = "literal"
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    geonameid: str | None = None
    explanation: Explanation | None = None


class Update(_Model):
    """A live-blog entry: its timestamp as printed and where it starts in the text."""

    time: str
    start: int


class Problem(_Model):
    """A non-fatal problem met while processing one document (an extractor that failed)."""

    stage: str
    code: str
    message: str


def _derived(description: str) -> Any:
    """Schema extra of a metadata field that ingest derives from the text (a caller does not give it)."""
    return {"description": description, "json_schema_extra": {"derived": True}}


class DocumentMeta(_Model):
    """A document's id and metadata: the one list of these fields (Document, the store and the API follow it)."""

    id: str = Field(description="The document id (from the source; unique within a run).")
    title: str | None = Field(None, description="Headline.")
    publisher: str | None = Field(None, description="Who published it (site name or host).")
    authors: list[str] = Field(default_factory=list, description="By-line names.")
    published: str | None = Field(None, description="Publication time, ISO 8601 as given.")
    updated: str | None = Field(None, description="Last update time, ISO 8601 as given.")
    language: str | None = Field(None, description="Language code.")
    url: str | None = Field(None, description="Canonical URL.")
    attributed_to: list[str] = Field(
        default_factory=list, **_derived("Source chain: who the text credits (\"Reuters\", \"Russian media\")."))
    updates: list[Update] = Field(default_factory=list, **_derived("Live-blog entries with their timestamps."))
    furniture: list[Span] = Field(
        default_factory=list, **_derived("Page furniture in the text (captions, bylines, links), not article prose."))
    dateline: Span | None = Field(None, **_derived("The dateline (\"KYIV, May 3 (Reuters) -\")."))


#: The metadata fields of a document, in record order (``id`` apart).
METADATA_FIELDS: tuple[str, ...] = tuple(name for name in DocumentMeta.model_fields if name != "id")
#: The metadata a caller or a source file gives (the rest is derived from the text at ingest).
GIVEN_METADATA: tuple[str, ...] = tuple(
    name for name in METADATA_FIELDS
    if not (isinstance(extra := DocumentMeta.model_fields[name].json_schema_extra, dict) and extra.get("derived"))
)


class Record(DocumentMeta):
    """What ``sidelines extract`` prints for one document.

    The built-in layers are fields here; a plugin's layer is added by
    ``sidelines.model.layers.record_model`` once it is registered.
    """

    text: str = Field(description="The article text, never changed after ingest; every offset points into it.")
    entities: list[Entity] = Field(default_factory=list, description="Actors and things mentioned, with mentions.")
    quotes: list[Quote] = Field(default_factory=list, description="Who said what, direct or reported.")
    events: list[Event] = Field(default_factory=list, description="PLOVER-typed events with actors, date, place.")
    times: list[TimeExpr] = Field(default_factory=list, description="Time expressions with TIMEX3 values.")
    places: list[Place] = Field(default_factory=list, description="Toponyms, resolved where possible.")
    problems: list[Problem] = Field(default_factory=list, description="Non-fatal problems met on this document.")


class ErrorRecord(_Model):
    """A document that could not be read or processed: the one failure type, printed as its error line.

    It keeps the document's place in a batch, so output ids stay in order; ``code`` is a
    code of the catalogue in ``sidelines.errors``.
    """

    id: str
    error: str
    code: str | None = None
    source: str | None = None

    @property
    def message(self) -> str:
        """The error message (``error``), under the name exceptions use."""
        return self.error


def failure(doc_id: str, code: str, message: str, source: str | None = None) -> ErrorRecord:
    """The failure line of a document that could not be read or processed."""
    return ErrorRecord(id=doc_id, error=message, code=code, source=source)
