"""The export tables: their columns (name and kind, so every format types them the same) and rows.

Rows come from ``sidelines.query.exports`` only; this module shapes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sidelines.export.acled import CONFLICT_TYPES, acled_row, sides
from sidelines.export.cameo import cameo_root
from sidelines.lexicon.plover import EVENT_TYPES
from sidelines.query.exports import export_events, export_network, export_quotes
from sidelines.query.rows import ExportEvent
from sidelines.store.base import Store

#: Column kinds: text, float, int, bool.
Kind = str


@dataclass(frozen=True)
class Filters:
    """What to export: dates (inclusive), event types and an actor (events' actors, quotes' speakers)."""

    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()
    actor: str | None = None


@dataclass
class Table:
    """A named table: typed columns and a stream of rows (dicts keyed by column)."""

    name: str
    columns: list[tuple[str, Kind]]
    rows: Iterator[dict[str, Any]]


def _actor_columns(n: int) -> list[tuple[str, Kind]]:
    return [(f"actor{n}_{f}", "text") for f in ("name", "country", "role", "title", "kind")]


EVENT_COLUMNS: list[tuple[str, Kind]] = [
    ("event_id", "text"), ("date", "text"), ("date_end", "text"), ("year", "int"),
    *_actor_columns(1), *_actor_columns(2), ("other_actors", "text"),
    ("plover_type", "text"), ("plover_mode", "text"), ("cameo_root", "text"),
    ("place", "text"), ("place_country", "text"), ("latitude", "float"), ("longitude", "float"),
    ("geonameid", "text"), ("context", "text"), ("topics", "text"),
    ("confidence", "float"), ("polarity", "text"), ("modality", "text"),
    ("document", "text"), ("version", "int"), ("title", "text"), ("publisher", "text"), ("url", "text"),
    ("published", "text"), ("evidence", "text"),
]

ACLED_COLUMNS: list[tuple[str, Kind]] = [
    ("event_id_cnty", "text"), ("event_date", "text"), ("year", "int"), ("time_precision", "int"),
    ("disorder_type", "text"), ("event_type", "text"), ("sub_event_type", "text"),
    ("actor1", "text"), ("assoc_actor_1", "text"), ("inter1", "int"),
    ("actor2", "text"), ("assoc_actor_2", "text"), ("inter2", "int"), ("interaction", "int"),
    ("civilian_targeting", "text"), ("iso", "int"), ("region", "text"), ("country", "text"),
    ("admin1", "text"), ("admin2", "text"), ("admin3", "text"), ("location", "text"),
    ("latitude", "float"), ("longitude", "float"), ("geo_precision", "int"), ("source", "text"),
    ("source_scale", "text"), ("notes", "text"), ("fatalities", "int"), ("tags", "text"),
    ("plover_type", "text"), ("plover_mode", "text"), ("confidence", "float"), ("document", "text"), ("url", "text"),
]

QUOTE_COLUMNS: list[tuple[str, Kind]] = [
    ("speaker", "text"), ("country", "text"), ("role", "text"), ("date", "text"), ("text", "text"),
    ("direct", "bool"), ("cue", "text"), ("evidence", "text"), ("document", "text"), ("version", "int"),
    ("title", "text"), ("publisher", "text"), ("url", "text"),
]

NODE_COLUMNS: list[tuple[str, Kind]] = [("id", "int"), ("name", "text"), ("kind", "text"), ("country", "text"),
                                        ("events", "int")]
EDGE_COLUMNS: list[tuple[str, Kind]] = [
    ("source", "int"), ("target", "int"), ("source_name", "text"), ("target_name", "text"), ("count", "int"),
    ("last_date", "text"), *[(f"count_{t}", "int") for t in EVENT_TYPES],
]


def event_row(e: ExportEvent) -> dict[str, Any]:
    """One GDELT-style row: one event, its two main actors, type, place, status and source."""
    first, second = sides(e.actors)
    row: dict[str, Any] = {"event_id": f"{e.document}#{e.event}", "date": e.date_start or e.published,
                           "date_end": e.date_end}
    row["year"] = int(row["date"][:4]) if row["date"] else None
    for n, side in ((1, first), (2, second)):
        actor = side[0] if side else None
        for f in ("name", "country", "role", "title", "kind"):
            row[f"actor{n}_{f}"] = getattr(actor, f) if actor else None
    others = first[1:] + second[1:]
    row["other_actors"] = "; ".join(f"{x.name} ({x.role})" for x in others) or None
    row.update(
        plover_type=e.type, plover_mode=e.mode, cameo_root=cameo_root(e.type, e.mode),
        place=e.place_name or e.place, place_country=e.place_country, latitude=e.lat, longitude=e.lon,
        geonameid=e.geonameid, context=e.context, topics="; ".join(e.topics) or None, confidence=e.confidence,
        polarity=e.polarity, modality=e.modality, document=e.document, version=e.version, title=e.title,
        publisher=e.publisher, url=e.url, published=e.published, evidence=e.evidence,
    )
    return row


def _events(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    for e in export_events(store, actor=f.actor, type=list(f.types) or None, since=f.since, until=f.until):
        yield event_row(e)


def _acled(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    types = [t for t in CONFLICT_TYPES if not f.types or t in f.types]
    if not types:
        return
    for e in export_events(store, actor=f.actor, type=types, since=f.since, until=f.until):
        yield acled_row(e)


def _quotes(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    for q in export_quotes(store, speaker=f.actor, since=f.since, until=f.until):
        yield {k: q[k] for k, _ in QUOTE_COLUMNS}


def _nodes(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    nodes, _ = export_network(store, actor=f.actor, type=list(f.types) or None, since=f.since, until=f.until)
    yield from (n.as_dict() for n in nodes)


def _edges(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    _, edges = export_network(store, actor=f.actor, type=list(f.types) or None, since=f.since, until=f.until)
    for e in edges:
        row = {k: e[k] for k in ("source", "target", "source_name", "target_name", "count", "last_date")}
        yield row | {f"count_{t}": e.types.get(t, 0) for t in EVENT_TYPES}


TABLES: dict[str, tuple[list[tuple[str, Kind]], Callable[[Store, Filters], Iterator[dict[str, Any]]]]] = {
    "events": (EVENT_COLUMNS, _events),
    "acled": (ACLED_COLUMNS, _acled),
    "quotes": (QUOTE_COLUMNS, _quotes),
    "network_nodes": (NODE_COLUMNS, _nodes),
    "network_edges": (EDGE_COLUMNS, _edges),
}


def table(store: Store, name: str, filters: Filters) -> Table:
    """One export table by name (a key of ``TABLES``)."""
    columns, rows = TABLES[name]
    return Table(name, columns, rows(store, filters))
