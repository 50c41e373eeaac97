"""The web UI: pages rendered on the server with Jinja2 (autoescaped), over the same query layer as the API."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from sidelines import query
from sidelines.query.brief import BRIEF_MIN_CONFIDENCE
from sidelines.store.sql import SqlStore
from sidelines.web.api import run_search
from sidelines.web.highlight import around, pieces
from sidelines.web.svg import TYPE_COLOURS, day_chart, network_svg, world_map

HERE = Path(__file__).resolve().parent
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Rows on one page of a list.
PAGE = 50
#: The events page's confidence floors; the brief's own floor (the confidence model's F0.5 threshold) is among them.
CONFIDENCE_CHOICES = tuple(sorted({0.3, 0.5, 0.7, BRIEF_MIN_CONFIDENCE}))
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.autoescape = True

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from its template (every value escaped unless a view marks it safe)."""
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """A page saying what was not found or what was wrong (for a missing actor, a link to search for the name)."""
    path = request.url.path
    search = unquote(path.removeprefix("/actors/"))[:200] if path.startswith("/actors/") else None
    return render(request, "error.html", status=status, message=message, search=search)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API's routes from its OpenAPI schema, on a page that needs no network."""
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [(p["name"], p.get("in", ""), p.get("required", False), p.get("description", ""))
                      for p in op.get("parameters", [])]
            routes.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                           "description": op.get("description", ""), "params": params})
    return render(request, "docs.html", routes=routes, title="API")


def store_of(request: Request) -> SqlStore:
    """The app's store."""
    store: SqlStore = request.app.state.store
    return store


def _arg(request: Request, name: str, limit: int = 200) -> str | None:
    """A query-string argument, trimmed and bounded; None when empty."""
    value = (request.query_params.get(name) or "").strip()[:limit]
    return value or None


def _date(request: Request, name: str) -> str | None:
    value = _arg(request, name, 10)
    return value if value and DATE.match(value) else None


def _confidence(request: Request) -> float | None:
    """The ``min_confidence`` argument as a number in [0, 1]; None when absent or not one."""
    value = _arg(request, "min_confidence", 6)
    try:
        number = float(value) if value else None
    except ValueError:
        return None
    return number if number is not None and 0.0 <= number <= 1.0 else None


def _offset(request: Request) -> int:
    value = _arg(request, "offset", 9) or "0"
    return int(value) if value.isdigit() else 0


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The start: the search box, what the store holds, the latest events and the brief's chart."""
    store = store_of(request)
    recent = query.build_brief(store, "7d")
    return render(request, "home.html", counts=query.counts(store), events=query.search_events(store, limit=10),
                  documents=query.list_documents(store, limit=10), brief=recent,
                  chart=day_chart(recent.per_day, first=recent.since, last=recent.until))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request) -> HTMLResponse:
    """Search across actors, events, quotes and articles."""
    q = _arg(request, "q")
    results = run_search(store_of(request), q, 20) if q else None
    return render(request, "search.html", q=q, results=results, title=f"Search {q}" if q else "Search")


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request) -> HTMLResponse:
    """Articles, newest first, with paging."""
    offset = _offset(request)
    rows = query.list_documents(store_of(request), _arg(request, "q"), publisher=_arg(request, "publisher"),
                                since=_date(request, "since"), until=_date(request, "until"), limit=PAGE,
                                offset=offset)
    return render(request, "documents.html", rows=rows, offset=offset, page=PAGE, title="Articles")


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    """One article: its text with entities, quotes and event evidence marked, and the facts beside it."""
    store = store_of(request)
    version = _arg(request, "version", 6)
    number = int(version) if version and version.isdigit() else None
    record = query.get_record(store, doc_id, number)
    names = {e.id: e.name for e in record.entities}
    actors = query.document_actors(store, doc_id, number)
    stories = query.list_stories(store, document=doc_id, limit=5)
    return render(request, "document.html", record=record, pieces=pieces(record, actors), names=names,
                  actors=actors, around=around,
                  versions=query.versions(store, doc_id), stories=stories, title=record.title or record.id)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request) -> HTMLResponse:
    """Actors, most documents first."""
    offset = _offset(request)
    rows = query.list_actors(store_of(request), type=_arg(request, "type"), country=_arg(request, "country"),
                             name=_arg(request, "name"), limit=PAGE, offset=offset)
    return render(request, "actors.html", rows=rows, offset=offset, page=PAGE, title="Actors")


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor(request: Request, name: str) -> HTMLResponse:
    """One actor: roles over time, events on a timeline, quotes, the actors most met, the places."""
    store = store_of(request)
    page = query.actor_page(store, name, limit=PAGE, places=20)
    return render(request, "actor.html", actor=page.actor, events=page.events, chart=day_chart(page.timeline),
                  quotes=page.quotes, met=page.met, places=page.places, title=page.actor.name)


EVENT_FILTERS = ("actor", "with_actor", "type", "place", "country", "context", "polarity", "modality", "document")


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    """Events with filters, and their per-day timeline."""
    store = store_of(request)
    filters: dict[str, Any] = {k: _arg(request, k) for k in EVENT_FILTERS}
    filters.update(since=_date(request, "since"), until=_date(request, "until"),
                   min_confidence=_confidence(request))
    if filters["polarity"] not in {None, "positive", "negative"}:
        filters["polarity"] = None
    offset = _offset(request)
    rows = query.search_events(store, **filters, limit=PAGE, offset=offset)
    return render(request, "events.html", rows=rows, filters=filters, offset=offset, page=PAGE,
                  chart=day_chart(query.event_timeline(store, **filters)), types=list(TYPE_COLOURS),
                  confidences=CONFIDENCE_CHOICES, brief_floor=BRIEF_MIN_CONFIDENCE, title="Events")


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    """Who met whom, as a graph laid out by forces in the browser (and on a circle without script)."""
    store = store_of(request)
    pairs = query.actor_network(store, type=_arg(request, "type"), since=_date(request, "since"),
                                until=_date(request, "until"), limit=150)
    return render(request, "network.html", graph=network_svg(pairs), pairs=pairs, types=list(TYPE_COLOURS),
                  type=_arg(request, "type"), title="Network")


@router.get("/map", response_class=HTMLResponse)
def world(request: Request) -> HTMLResponse:
    """Where events happened: a world outline with one point per place."""
    points = query.place_summary(store_of(request), actor=_arg(request, "actor"), since=_date(request, "since"),
                                 until=_date(request, "until"), limit=500)
    return render(request, "map.html", graph=world_map(points), points=points, actor=_arg(request, "actor"),
                  title="Map")


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request) -> HTMLResponse:
    """Stories, newest first."""
    offset = _offset(request)
    rows = query.list_stories(store_of(request), since=_date(request, "since"), until=_date(request, "until"),
                              type=_arg(request, "type"), limit=PAGE, offset=offset)
    return render(request, "stories.html", rows=rows, offset=offset, page=PAGE, title="Stories")


@router.get("/stories/{story_id:path}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    """One story: its articles, outlets and first date, wire copy apart from independent reports."""
    store = store_of(request)
    found = query.get_story(store, story_id)
    credits = {a.id: a.attributed_to for a in found.articles}
    # Wire copy: a reprint of another article of the story (near-duplicate text), or credited to another source.
    wire = [a for a in found.articles if a.reprint_of or credits.get(a.id)]
    own = [a for a in found.articles if not (a.reprint_of or credits.get(a.id))]
    outlets = sorted({a.publisher for a in found.articles if a.publisher})
    return render(request, "story.html", story=found, wire=wire, own=own, credits=credits, outlets=outlets,
                  title=found.title or found.id)


@router.get("/brief", response_class=HTMLResponse)
def brief(request: Request) -> HTMLResponse:
    """The brief of a period (default: the last day of news in the store)."""
    store = store_of(request)
    since = _arg(request, "since", 10) or "1d"
    found = query.build_brief(store, since, _date(request, "until"))
    chart = day_chart(found.per_day, first=found.since, last=found.until)
    return render(request, "brief.html", brief=found, chart=chart, since=since, title="Brief")
