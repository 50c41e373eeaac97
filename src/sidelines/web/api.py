"""The JSON API: thin routes over ``sidelines.query``, with pydantic response models and bounded pages."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field, model_validator

from sidelines import query
from sidelines.model.record import ErrorRecord, Record
from sidelines.query.rows import (
    ActorDetail,
    ActorPair,
    ActorRow,
    AlertRow,
    Brief,
    DocumentRow,
    EventPlace,
    EventRow,
    MapPoint,
    MetActor,
    QuoteRow,
    SearchHit,
    StoreCounts,
    StoryDetail,
    StoryRow,
    TimelineRow,
    VersionRow,
    to_jsonable,
)
from sidelines.store.sql import SqlStore
from sidelines.web.app import WebConfig, is_loopback, token_matches

T = TypeVar("T")
#: The largest page a list endpoint returns, and the page it returns when not told.
MAX_PAGE = 500
DEFAULT_PAGE = 50
#: The longest text ``POST /api/extract`` takes (characters).
MAX_EXTRACT_CHARS = 200_000
DATE = r"^\d{4}-\d{2}-\d{2}$"

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
# Largest version number or count a query takes: beyond it SQLite's 64-bit integers overflow.
MAX_NUMBER = 1_000_000_000
Since = Annotated[str | None, Query(pattern=DATE, description="From this date (YYYY-MM-DD), inclusive.")]
Until = Annotated[str | None, Query(pattern=DATE, description="Up to this date (YYYY-MM-DD), inclusive.")]


def get_store(request: Request) -> SqlStore:
    """The app's store."""
    store: SqlStore = request.app.state.store
    return store


StoreDep = Annotated[SqlStore, Depends(get_store)]


class Page(BaseModel, Generic[T]):
    """One page of rows: ``next_offset`` is where the next page starts (None on the last)."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """A page of rows (the next offset is known only when the page is full)."""
    return {"items": items, "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) == limit else None}


class EventFilters(BaseModel):
    """The filters of the events list and the timeline (``query.event_conditions``)."""

    actor: str | None = None
    with_actor: str | None = None
    type: str | None = None
    place: str | None = None
    country: str | None = None
    context: str | None = None
    polarity: str | None = None
    modality: str | None = None
    document: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None


def event_filters(
    actor: Annotated[str | None, Query(description="An actor taking part (name or alias).")] = None,
    with_actor: Annotated[str | None, Query(description="With actor: a second actor taking part (a pair).")] = None,
    type: Annotated[str | None, Query(description="PLOVER type, e.g. CONSULT.")] = None,
    place: Annotated[str | None, Query(description="Where it happened (part of the name).")] = None,
    country: Annotated[str | None, Query(description="ISO alpha-3: an actor's country or the place's.")] = None,
    context: Annotated[str | None, Query(description="The occasion (part of its name).")] = None,
    polarity: Annotated[str | None, Query(pattern="^(positive|negative)$")] = None,
    modality: Annotated[str | None, Query(description="A modality, or 'none' for events without one.")] = None,
    document: Annotated[str | None, Query(description="Only this document's events.")] = None,
    since: Since = None, until: Until = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Only events at least this sure.")] = None,
) -> EventFilters:
    """The event filters of a request."""
    return EventFilters(actor=actor, with_actor=with_actor, type=type, place=place, country=country, context=context,
                        polarity=polarity, modality=modality, document=document, since=since, until=until,
                        min_confidence=min_confidence)


Filters = Annotated[EventFilters, Depends(event_filters)]


# --- documents ---------------------------------------------------------------------------------

@router.get("/documents", response_model=Page[DocumentRow])
def documents(store: StoreDep, q: Annotated[str | None, Query(description="Full-text words.")] = None,
              publisher: str | None = None, since: Since = None, until: Until = None,
              limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
    """Stored documents (latest versions), newest first."""
    rows = query.list_documents(store, q, publisher=publisher, since=since, until=until, limit=limit, offset=offset)
    return page(rows, limit, offset)


@router.get("/documents/{doc_id:path}/versions", response_model=list[VersionRow])
def document_versions(store: StoreDep, doc_id: str) -> list[VersionRow]:
    """The stored versions of a document, oldest first."""
    rows = query.versions(store, doc_id)
    if not rows:
        raise HTTPException(404, f"no document {doc_id!r} in the store")
    return rows


class DiffOut(BaseModel):
    """What changed between two versions: quotes and events added, removed and changed (before/after)."""

    id: str
    from_version: int
    to_version: int
    text_changed: bool
    quotes_added: list[dict[str, Any]]
    quotes_removed: list[dict[str, Any]]
    quotes_changed: list[dict[str, Any]]
    events_added: list[dict[str, Any]]
    events_removed: list[dict[str, Any]]
    events_changed: list[dict[str, Any]]


@router.get("/documents/{doc_id:path}/diff", response_model=DiffOut)
def document_diff(store: StoreDep, doc_id: str,
                  from_version: Annotated[int | None, Query(alias="from", ge=1, le=MAX_NUMBER)] = None,
                  to_version: Annotated[int | None, Query(alias="to", ge=1, le=MAX_NUMBER)] = None) -> dict[str, Any]:
    """What changed between two versions of a document (default: the last two)."""
    if not query.versions(store, doc_id):
        raise HTTPException(404, f"no document {doc_id!r} in the store")
    return to_jsonable(query.diff(store, doc_id, from_version, to_version))


@router.get("/documents/{doc_id:path}/places", response_model=list[EventPlace])
def document_places(store: StoreDep, doc_id: str, event: str | None = None) -> list[EventPlace]:
    """Where one document's events happened."""
    return query.places_for_event(store, doc_id, event)


@router.get("/documents/{doc_id:path}", response_model=Record)
def document(store: StoreDep, doc_id: str, version: Annotated[int | None, Query(ge=1, le=MAX_NUMBER)] = None) -> Record:
    """One stored record exactly as written (the latest version unless ``version``)."""
    return query.get_record(store, doc_id, version)


# --- search ------------------------------------------------------------------------------------

class SearchResults(BaseModel):
    """One search across actors (by name), events (by actor or place), quotes (by words) and articles."""

    q: str
    actors: list[ActorRow]
    events: list[EventRow]
    quotes: list[QuoteRow]
    documents: list[SearchHit]


def run_search(store: SqlStore, q: str, limit: int) -> SearchResults:
    """The search behind the API and the home page."""
    events = query.search_events(store, actor=q, limit=limit) or query.search_events(store, place=q, limit=limit)
    return SearchResults(q=q, actors=query.list_actors(store, name=q, limit=limit), events=events,
                         quotes=query.search_quotes(store, contains=q, limit=limit),
                         documents=query.search_documents(store, q, limit=limit))


@router.get("/search", response_model=SearchResults)
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=100)] = 10) -> SearchResults:
    """Search actors, events, quotes and articles at once."""
    return run_search(store, q, limit)


# --- actors ------------------------------------------------------------------------------------

@router.get("/actors", response_model=Page[ActorRow])
def actors(store: StoreDep, type: str | None = None, country: str | None = None, name: str | None = None,
           limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
    """Actors merged across documents, most documents first."""
    return page(query.list_actors(store, type=type, country=country, name=name, limit=limit, offset=offset),
                limit, offset)


class ActorOut(BaseModel):
    """One actor with the actors it meets most and the places of its events."""

    actor: ActorDetail
    met: list[MetActor]
    places: list[MapPoint]


@router.get("/actors/{name:path}", response_model=ActorOut)
def actor(store: StoreDep, name: str) -> ActorOut:
    """One actor by name or alias: aliases, countries, roles over time, documents, most met, places."""
    with query.one_connection(store) as one:
        resolved = query.resolve_name(one, name)   # looked up once for the three queries
        return ActorOut(actor=query.get_actor(one, resolved), met=query.most_met(one, resolved),
                        places=query.place_summary(one, actor=resolved))


# --- events, quotes, places, stories, network, timeline ------------------------------------------

@router.get("/events", response_model=Page[EventRow])
def events(store: StoreDep, filters: Filters, limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
    """Who did what to whom: events with actors, date, place and evidence, newest first."""
    return page(query.search_events(store, **filters.model_dump(), limit=limit, offset=offset), limit, offset)


@router.get("/timeline", response_model=list[TimelineRow])
def timeline(store: StoreDep, filters: Filters) -> list[TimelineRow]:
    """Events per day and type, with the filters of /api/events."""
    return query.event_timeline(store, **filters.model_dump())


@router.get("/quotes", response_model=Page[QuoteRow])
def quotes(store: StoreDep, speaker: str | None = None,
           words: Annotated[str | None, Query(description="Words the quote must hold.")] = None,
           direct: bool | None = None, since: Since = None, until: Until = None,
           limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
    """Who said what: quotes with speaker, cue and evidence sentence, newest first."""
    rows = query.search_quotes(store, speaker=speaker, contains=words, direct=direct, since=since, until=until,
                               limit=limit, offset=offset)
    return page(rows, limit, offset)


@router.get("/places", response_model=list[MapPoint])
def places(store: StoreDep, actor: str | None = None, since: Since = None, until: Until = None,
           limit: Limit = DEFAULT_PAGE) -> list[MapPoint]:
    """Map points: resolved places with their events, mentions and documents."""
    return query.place_summary(store, actor=actor, since=since, until=until, limit=limit)


@router.get("/stories", response_model=Page[StoryRow])
def stories(store: StoreDep, since: Since = None, until: Until = None, type: str | None = None,
            limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
    """Stories: the articles about one real-world event, newest first."""
    return page(query.list_stories(store, since=since, until=until, type=type, limit=limit, offset=offset),
                limit, offset)


@router.get("/stories/{story_id:path}", response_model=StoryDetail)
def story(store: StoreDep, story_id: str) -> StoryDetail:
    """One story with its articles."""
    return query.get_story(store, story_id)


@router.get("/network", response_model=list[ActorPair])
def network(store: StoreDep, type: str | None = None, since: Since = None, until: Until = None,
            min_count: Annotated[int, Query(ge=1, le=MAX_NUMBER)] = 1, limit: Limit = DEFAULT_PAGE) -> list[ActorPair]:
    """Who met whom: pairs of actors sharing events, how often, and when last."""
    return query.actor_network(store, type=type, since=since, until=until, min_count=min_count, limit=limit)


@router.get("/brief", response_model=Brief)
def brief(store: StoreDep, since: Annotated[str, Query(max_length=10, description="A date or a span: 1d, 2w.")] = "1d",
          until: Until = None) -> Brief:
    """The brief of a period: meetings, agreements, confrontations, who spoke, who is new, events per day."""
    return query.build_brief(store, since, until)


@router.get("/alerts", response_model=Page[AlertRow])
def alerts(store: StoreDep, rule: str | None = None,
           since: Annotated[str | None, Query(description="Raised at or after (ISO date or time).")] = None,
           limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
    """What the watch rules (``sidelines watch``) raised, newest first."""
    return page(query.list_alerts(store, rule=rule, since=since, limit=limit, offset=offset), limit, offset)


@router.get("/counts", response_model=StoreCounts)
def counts(store: StoreDep) -> StoreCounts:
    """How much the store holds."""
    return query.counts(store)


# --- extraction --------------------------------------------------------------------------------

class ExtractIn(BaseModel):
    """An article to extract: its text or its URL (one of them), and whether to store the record."""

    text: str | None = Field(None, max_length=MAX_EXTRACT_CHARS)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    id: str = Field("doc", max_length=200)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=40)
    store: bool = False

    @model_validator(mode="after")
    def one_source(self) -> ExtractIn:
        """Exactly one of text and url."""
        if (self.text is None) == (self.url is None):
            raise ValueError("give either text or url")
        if self.text is not None and not self.text.strip():
            raise ValueError("the text is empty")
        return self


def _pipeline(request: Request) -> Any:
    if request.app.state.pipeline is None:
        from sidelines.api import get_pipeline
        from sidelines.settings import settings_from_kwargs

        request.app.state.pipeline = get_pipeline(settings_from_kwargs())
    return request.app.state.pipeline


@router.post("/extract", response_model=Record, responses={403: {}, 422: {}})
def extract(request: Request, body: ExtractIn,
            authorization: Annotated[str | None, Header()] = None) -> Record:
    """Extract the record of one article; it is stored only with ``store=true`` on a writable server."""
    from sidelines.api import to_output
    from sidelines.errors import IngestError
    from sidelines.ingest.sources import document_from_text, read_url
    from sidelines.model.document import Document

    config: WebConfig = request.app.state.config
    if body.store and not config.writable:
        raise HTTPException(403, "this server is read-only (start it with --writable to store records)")
    if body.store and not token_matches(config, authorization):
        raise HTTPException(403, "writes need the server's token (Authorization: Bearer TOKEN)")
    if body.url is not None and not is_loopback(config.host) and not (config.token and token_matches(
            config, authorization)):
        # A server open to the network does not fetch URLs for anyone (it could reach inside the network).
        raise HTTPException(403, "fetching a URL on a server open to the network needs its token")
    pipeline = _pipeline(request)
    meta = {k: v for k, v in {"title": body.title, "published": body.published}.items() if v}
    if body.url is not None:
        try:
            items = list(read_url(body.url, pipeline.settings))
        except IngestError as exc:  # refused (a private address), too large, unreachable...
            raise HTTPException(422, f"[{exc.code}] {exc}") from None
        if not items:
            raise HTTPException(422, f"{body.url}: no document found")
        doc = items[0]
        if isinstance(doc, Document):
            doc.__dict__.update(meta)
    else:
        doc = document_from_text(body.text or "", body.id, None, **meta)
    out = to_output(next(iter(pipeline.process([doc]))))
    if isinstance(out, ErrorRecord):
        raise HTTPException(422, f"[{out.code}] {out.error}")
    if body.store:
        get_store(request).write_batch([out])
    return out
