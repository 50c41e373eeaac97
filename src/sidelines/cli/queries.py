"""Commands that read the store (thin wrappers over ``sidelines.query``): documents, quotes, events, actors..."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any

import typer
from rich.console import Console

from sidelines.cli.common import (
    DEFAULT_DB,
    LimitOption,
    OutFormat,
    SinceOption,
    StoreDb,
    UntilOption,
    open_db,
)
from sidelines.render import OutputFormat, record_table, render_object, render_rows


def documents(
    words: Annotated[str | None, typer.Argument(help="Only documents holding these words.")] = None,
    publisher: Annotated[str | None, typer.Option("--publisher", help="Publisher contains this.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """List stored documents (latest versions), newest first."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.list_documents(store, words, publisher=publisher, since=since, until=until, limit=limit)
    render_rows(rows, format, title="documents")


def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id (or its first id, for a URL's versions).")],
    version: Annotated[int | None, typer.Option("--version", help="Version number (default: latest).")] = None,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.json,
) -> None:
    """Print one stored record exactly as it was written."""
    from sidelines import query

    with open_db(db) as store:
        record = query.get_record(store, doc_id, version)
        versions = query.versions(store, doc_id)
    if format is OutputFormat.table:
        Console().print(record_table(record))
        render_rows(versions, format, title="versions", columns=["version", "is_latest", "title", "ingested_at"])
    elif format is OutputFormat.csv:
        render_rows([{"id": record.id, "title": record.title, "published": record.published,
                      "entities": len(record.entities), "quotes": len(record.quotes), "events": len(record.events)}],
                    format)
    else:
        render_object(record.model_dump(mode="json"), format)


def diff_command(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id.")],
    old: Annotated[int | None, typer.Option("--from", help="Older version (default: the one before --to).")] = None,
    new: Annotated[int | None, typer.Option("--to", help="Newer version (default: latest).")] = None,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Show what changed between two versions of a document: quotes and events added and removed."""
    from sidelines import query

    with open_db(db) as store:
        change = query.diff(store, doc_id, old, new)
    render_object(change, format, title=f"{doc_id}: version {change.from_version} -> {change.to_version}")


def search(
    words: Annotated[list[str], typer.Argument(help="Words that must all occur (full-text search).")],
    limit: LimitOption = 50, db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Full-text search over the stored documents."""
    from sidelines import query

    if not any(ch.isalnum() for ch in "".join(words)):
        raise typer.BadParameter("give at least one word to search for (letters or digits)", param_hint="WORDS")
    with open_db(db) as store:
        rows = query.search_documents(store, " ".join(words), limit=limit)
    render_rows(rows, format, title=f"documents matching {' '.join(words)!r}",
                columns=None if format is not OutputFormat.table else ["id", "published", "title", "snippet"])


def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker name or alias.")] = None,
    contains: Annotated[str | None, typer.Option("--contains", help="Words the quote must hold.")] = None,
    direct: Annotated[bool | None, typer.Option("--direct/--indirect", help="Only direct or indirect.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Who said what: stored quotes with speaker, cue and the evidence sentence."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.search_quotes(store, speaker=speaker, contains=contains, since=since, until=until,
                                   direct=direct, limit=limit)
    render_rows(rows, format, title="quotes",
                columns=["document", "published", "speaker", "cue", "content", "direct", "kind", "evidence"]
                if format is OutputFormat.table else None)


def events(
    actor: Annotated[str | None, typer.Option("--actor", help="An actor taking part (name or alias).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Where it happened.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Who did what to whom: stored events with actors, date, place and evidence."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.search_events(store, actor=actor, type=type, place=place, since=since, until=until, limit=limit)
    if format is OutputFormat.table:
        # A negated or planned event must not read as a fact: the table says which it is.
        table = [{**row, "status": event_status(row.get("polarity"), row.get("modality"))} for row in rows]
        render_rows(table, format, title="events", columns=["document", "type", "status", "actors", "date_start",
                                                             "date_end", "place", "context", "evidence"])
    else:
        render_rows(rows, format, title="events")


def event_status(polarity: str | None, modality: str | None) -> str:
    """ "negated", the modality ("planned", "threatened", ...), or "real"."""
    if polarity == "negative":
        return "negated"
    return modality or "real"


def actors(
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG or GPE.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO alpha-3 country code.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name or alias contains this.")] = None,
    limit: LimitOption = 100, db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Actors merged across documents, most documents first."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.list_actors(store, type=type, country=country, name=name, limit=limit)
    render_rows(rows, format, title="actors")


def actor(
    name: Annotated[str, typer.Argument(help="Actor name or alias.")],
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """One actor: aliases, countries, role history (first and last seen, supporting mentions), documents."""
    from sidelines import query

    with open_db(db) as store:
        found = query.get_actor(store, name)
    render_object(found, format, title=found.name)


def network(
    type: Annotated[str | None, typer.Option("--type", help="Only events of this PLOVER type.")] = None,
    min_count: Annotated[int, typer.Option("--min-count", help="Pairs sharing at least this many events.")] = 1,
    actor: Annotated[str | None, typer.Option("--actor", help="Only this actor's pairs.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Who met whom: pairs of actors sharing events, how often, and when last."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.actor_network(store, type=type, since=since, until=until, min_count=min_count, limit=limit,
                                   actor=actor)
    render_rows(rows, format, title="actor network")


def places(
    actor: Annotated[str | None, typer.Option("--actor", help="Only places around this actor.")] = None,
    document: Annotated[str | None, typer.Option("--document", help="Where this document's events were.")] = None,
    event: Annotated[str | None, typer.Option("--event", help="With --document: only this event.")] = None,
    since: SinceOption = None, until: UntilOption = None, limit: LimitOption = 100,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Map points: places with coordinates, how many events and mentions each has, and in which documents."""
    from sidelines import query

    rows: Sequence[Mapping[str, Any]]
    with open_db(db) as store:
        if document:
            rows = query.places_for_event(store, document, event)
        else:
            rows = query.place_summary(store, actor=actor, since=since, until=until, limit=limit)
    render_rows(rows, format, title="places")


def stories(
    since: SinceOption = None, until: UntilOption = None,
    type: Annotated[str | None, typer.Option("--type", help="Only stories of this PLOVER type.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most this many (default: all).")] = None,
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table,
) -> None:
    """Stored stories: articles about the same real-world event (kept up to date by ingest and cluster-stories)."""
    from sidelines import query

    with open_db(db) as store:
        rows = query.list_stories(store, since=since, until=until, type=type, limit=limit)
    render_rows(rows, format, title="stories",
                columns=["id", "type", "first_seen", "title", "documents"] if format is OutputFormat.table else None)


def counts(db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table) -> None:
    """How much the store holds: documents, versions, failures, entities, quotes, events, actors."""
    from sidelines import query

    with open_db(db) as store:
        summary = query.counts(store)
    render_object(summary, format, title=db)


def errors(
    db: StoreDb = DEFAULT_DB, format: OutFormat = OutputFormat.table, limit: LimitOption = 1000,
    code: Annotated[str | None, typer.Option("--code", help="Only failures with this error code (E104).")] = None,
) -> None:
    """Documents that could not be read or processed: id, code, what the code means, message, source, when."""
    from sidelines import query
    from sidelines.errors import describe

    with open_db(db) as store:
        rows = query.list_failures(store, limit=limit, code=code)
    out = [{"id": r.id, "code": r.code, "reason": describe(r.code or "E000"), "message": r.message,
            "source": r.source, "count": r.count, "last_seen": r.last_seen} for r in rows]
    render_rows(out, format, title=f"{len(out)} failures in {db}",
                columns=["id", "code", "reason", "message", "source", "count", "last_seen"])
