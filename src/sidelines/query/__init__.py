"""The one query API over a store: every front end (CLI, Python, HTTP, UI) calls these.

Each function takes an open store (``sidelines.open_store``) and returns typed rows
(``sidelines.query.rows``: dataclasses that read as mappings too, so they print as JSON),
newest first where that makes sense. Only the latest version of each document is searched;
older versions are reached through ``get_document``, ``versions`` and ``diff``. Dates are
ISO ``YYYY-MM-DD`` strings; ``since``/``until`` bounds are inclusive.

One module per domain: documents, actors, quotes, events, places, stories; timelines and the
brief; ``actor_page`` gathers an actor's page; ``exports`` reads whole tables for
``sidelines export`` and ``alerts`` the watch rules' matches.
"""

from sidelines.query.actor_page import actor_page
from sidelines.query.actors import actor_ids, actor_network, get_actor, list_actors, resolve_name
from sidelines.query.alerts import list_alerts, new_actors_in_document
from sidelines.query.article import document_actors
from sidelines.query.brief import brief_period, build_brief, first_seen_actors
from sidelines.query.common import DEFAULT_LIMIT, one_connection
from sidelines.query.documents import (
    counts,
    diff,
    get_document,
    get_record,
    layer_items,
    list_documents,
    list_failures,
    search_documents,
    versions,
)
from sidelines.query.events import event_conditions, search_events
from sidelines.query.exports import export_events, export_network, export_quotes
from sidelines.query.places import MAP_PLACE_KINDS, POINT_DOCUMENTS, place_summary, places_for_event
from sidelines.query.quotes import search_quotes
from sidelines.query.stories import get_story, list_stories
from sidelines.query.timeline import event_timeline, most_met

__all__ = [
    "DEFAULT_LIMIT", "MAP_PLACE_KINDS", "POINT_DOCUMENTS", "actor_ids", "actor_network", "actor_page", "brief_period",
    "build_brief", "counts", "diff", "document_actors", "event_conditions", "event_timeline", "export_events",
    "export_network", "export_quotes", "first_seen_actors", "get_actor", "get_document", "get_record", "get_story",
    "layer_items", "list_actors", "list_alerts", "list_documents", "list_failures", "list_stories", "most_met",
    "new_actors_in_document", "one_connection", "place_summary", "places_for_event", "resolve_name",
    "search_documents", "search_events", "search_quotes", "versions",
]
