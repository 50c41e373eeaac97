"""The store's tables, as SQLAlchemy Core metadata (no ORM).

Every per-document table hangs off ``documents.id`` (one row per stored
*version* of an article), so an older version keeps all its rows and stays
readable. Cross-document tables (``actors`` and friends) are derived from the
per-document rows by ``sidelines.resolve.actors``; each derived fact keeps
references to the mentions that support it.

Change the schema only together with a new migration in ``migrations.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def _doc_fk() -> Column:
    return Column("doc", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # The document's identity across versions: its first id (or the id of the first
    # document seen with the same URL). Versions are numbered within a key.
    Column("key", String, nullable=False),
    Column("doc_id", String, nullable=False),
    Column("version", Integer, nullable=False),
    Column("is_latest", Boolean, nullable=False, default=True),
    Column("content_hash", String(64), nullable=False),
    Column("url", String),
    Column("title", Text),
    Column("publisher", String),
    Column("authors", Text),          # JSON list
    Column("published", String),
    Column("published_date", String(10)),   # YYYY-MM-DD of published (else updated), for range queries
    Column("updated", String),
    Column("language", String),
    Column("attributed_to", Text),    # JSON list
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),   # the full record (docs/record.md) as JSON: the source of truth
    Column("extractors", Text),       # JSON {name: version}
    Column("ingested_at", String, nullable=False),
    UniqueConstraint("key", "version", name="uq_documents_key_version"),
    Index("ix_documents_doc_id", "doc_id"),
    Index("ix_documents_url", "url"),
    Index("ix_documents_latest_date", "is_latest", "published_date"),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("entity_id", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("country", String),
    Column("kb_id", String),
    UniqueConstraint("doc", "entity_id", name="uq_entities_doc_entity"),
    Index("ix_entities_name", "name"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("entity_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Index("ix_mentions_doc_entity", "doc", "entity_id"),
)

roles = Table(
    "roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("entity_id", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("affiliation", Text),
    Index("ix_roles_doc_entity", "doc", "entity_id"),
    Index("ix_roles_title", "title"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("ord", Integer, nullable=False),
    Column("quote_id", String),
    Column("speaker", String),        # entity id within the document
    Column("speaker_name", Text),     # that entity's name (denormalised for search)
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("evidence", Text),         # the sentence(s) holding speaker, cue and content
    # "statement", "finding", "stance", "writer", "paraphrase" or "unsure" (migration 0011; NULL: a statement)
    Column("kind", String),
    Index("ix_quotes_doc", "doc"),
    Index("ix_quotes_speaker_name", "speaker_name"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("event_id", String, nullable=False),
    Column("type", String, nullable=False),
    Column("mode", String),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("location_name", Text),
    Column("location_place", String),
    Column("context_name", Text),
    Column("context_entity", String),
    Column("topics", Text),           # JSON list
    Column("polarity", String, nullable=False),
    Column("modality", String),
    Column("confidence", Float, nullable=False),
    # date_start, else the document's date (migration 0009): what event lists sort by, indexed.
    Column("sort_date", String(10)),
    UniqueConstraint("doc", "event_id", name="uq_events_doc_event"),
    Index("ix_events_type", "type"),
    Index("ix_events_date", "date_start", "date_end"),
    Index("ix_events_location", "location_name"),
    Index("ix_events_sort_date", "sort_date"),
    Index("ix_events_type_sort_date", "type", "sort_date"),
)

event_actors = Table(
    "event_actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("event_id", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("role", String, nullable=False),
    Index("ix_event_actors_doc_event", "doc", "event_id"),
    Index("ix_event_actors_doc_entity", "doc", "entity_id"),
)

event_evidence = Table(
    "event_evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("event_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_event_evidence_doc_event", "doc", "event_id"),
)

times = Table(
    "times", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String, nullable=False),
    Index("ix_times_doc", "doc"),
    Index("ix_times_value", "value"),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("place_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String),
    Column("geonameid", String),
    Index("ix_places_doc", "doc"),
    Index("ix_places_name", "name"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String, nullable=False),
    Column("code", String),
    Column("message", Text, nullable=False),
    Column("source", Text),
    Column("first_seen", String, nullable=False),
    Column("last_seen", String, nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Index("ix_failures_doc", "doc_id", "code"),
)

# --- cross-document actors -------------------------------------------------------

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String, nullable=False, unique=True),   # "PERSON:jane doe" (resolve.actors.actor_key)
    Column("name", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("surname", String),          # last token of a person's normalised name
    Column("surname_only", Boolean, nullable=False, default=False),
    Column("merged_into", Integer, ForeignKey("actors.id")),   # a surname-only actor joined to a full name
    Column("country", String),
    Column("kb_id", String),
    Index("ix_actors_surname", "type", "surname"),
    Index("ix_actors_merged", "merged_into"),
    Index("ix_actors_name", "name"),
)

actor_aliases = Table(
    "actor_aliases", metadata,
    Column("actor", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("norm", Text, nullable=False),
    Column("n", Integer, nullable=False, default=0),         # mentions with this surface form
    Column("n_name", Integer, nullable=False, default=0),    # documents using it as the entity name
    UniqueConstraint("actor", "alias", name="uq_actor_aliases"),
    Index("ix_actor_aliases_norm", "norm"),
)

actor_countries = Table(
    "actor_countries", metadata,
    Column("actor", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("country", String, nullable=False),
    Column("n", Integer, nullable=False, default=0),
    UniqueConstraint("actor", "country", name="uq_actor_countries"),
)

actor_roles = Table(
    "actor_roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("title", Text, nullable=False),
    Column("affiliation", Text, nullable=False, default=""),   # "" when none: part of the unique key
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("n", Integer, nullable=False, default=0),
    UniqueConstraint("actor", "title", "affiliation", name="uq_actor_roles"),
)

actor_role_mentions = Table(
    "actor_role_mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("role", Integer, ForeignKey("actor_roles.id", ondelete="CASCADE"), nullable=False),
    _doc_fk(),
    Column("entity_id", String, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    UniqueConstraint("role", "doc", "entity_id", name="uq_actor_role_mentions"),
)

entity_actors = Table(
    "entity_actors", metadata,
    _doc_fk(),
    Column("entity_id", String, nullable=False),
    Column("actor", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    UniqueConstraint("doc", "entity_id", name="uq_entity_actors"),
    Index("ix_entity_actors_actor", "actor"),
)

kb_entries = Table(
    "kb_entries", metadata,
    Column("kb_id", String, primary_key=True),
    Column("label", Text, nullable=False),
    Column("data", Text, nullable=False),     # the imported line as JSON (aliases, positions held...)
)

kb_names = Table(
    "kb_names", metadata,
    Column("kb_id", String, ForeignKey("kb_entries.kb_id", ondelete="CASCADE"), nullable=False),
    Column("norm", Text, nullable=False),
    UniqueConstraint("kb_id", "norm", name="uq_kb_names"),
    Index("ix_kb_names_norm", "norm"),
)

# --- layers of plugin extractors (migration 0005) -------------------------------------

#: One row per item of a layer that is not built in (a plugin extractor's): the item as JSON,
#: with its offsets when it is a span. Built-in layers have tables of their own above.
layer_items = Table(
    "layer_items", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("layer", String, nullable=False),
    Column("ord", Integer, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("data", Text, nullable=False),
    Index("ix_layer_items_doc_layer", "doc", "layer"),
    Index("ix_layer_items_layer", "layer"),
)

# --- watch alerts (migration 0006) ------------------------------------------------------------

#: One row per watch-rule match (``sidelines watch``). ``match_key`` names what matched in a way that
#: survives a new version of the document, so a changed article re-evaluated adds no duplicate.
alerts = Table(
    "alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule", String, nullable=False),
    Column("kind", String, nullable=False),         # event, quote, new_actor
    Column("doc_key", String, nullable=False),      # documents.key: the document across versions
    Column("doc_id", String, nullable=False),
    Column("version", Integer, nullable=False),
    Column("match_key", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("data", Text, nullable=False),           # the alert as JSON
    Column("created_at", String, nullable=False),
    UniqueConstraint("rule", "doc_key", "match_key", name="uq_alerts_match"),
    Index("ix_alerts_created", "created_at"),
)

# --- stored counts (migration 0008) -------------------------------------------------------

#: Per root actor (``coalesce(merged_into, id)``), over the latest version of each document:
#: what the actor list and an actor page show, kept in step by ``store.counts`` on every write.
actor_stats = Table(
    "actor_stats", metadata,
    Column("actor", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("documents", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
    Column("quotes", Integer, nullable=False, default=0),
    Column("mentions", Integer, nullable=False, default=0),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Index("ix_actor_stats_documents", "documents"),
)

#: Pairs of root actors (``a < b``) sharing positive events in latest documents: how many per
#: event type (``type`` "" counts every type) and the last date, for the network.
actor_pairs = Table(
    "actor_pairs", metadata,
    Column("a", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("b", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("type", String, nullable=False),
    Column("n", Integer, nullable=False, default=0),
    Column("last_date", String(10)),
    UniqueConstraint("a", "b", "type", name="uq_actor_pairs"),
    Index("ix_actor_pairs_type_n", "type", "n", "last_date"),
    Index("ix_actor_pairs_b", "b", "type"),
)

migrations = Table(
    "migrations", metadata,
    Column("name", String, primary_key=True),
    Column("applied_at", String, nullable=False),
)

#: The tables the first migration creates (every table of this module today).
INITIAL_TABLES = [
    documents, entities, mentions, roles, quotes, events, event_actors, event_evidence, times, places,
    failures, actors, actor_aliases, actor_countries, actor_roles, actor_role_mentions, entity_actors,
    kb_entries, kb_names,
]

#: Per-document tables, in insert order, each with a ``doc`` column.
DOCUMENT_TABLES = [entities, mentions, roles, quotes, events, event_actors, event_evidence, times, places,
                   layer_items]

#: Document metadata kept in columns of ``documents`` for queries (the record JSON keeps all of it);
#: list-valued fields are stored as JSON.
METADATA_COLUMNS = ("url", "title", "publisher", "authors", "published", "updated", "language", "attributed_to")
