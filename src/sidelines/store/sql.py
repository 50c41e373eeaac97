"""The store on SQLAlchemy Core: versioned documents, their layers as rows, and actors.

One implementation for every backend; what differs (engine set-up, full-text
search, least/greatest) lives in ``sqlite.py`` and ``postgres.py``.

Writing is batched: each batch is one transaction with one ``executemany`` per
table, so that workers (Dask, threads, processes) can each write whole batches.
Writers take a lock for their transaction (``BEGIN IMMEDIATE`` on SQLite, an
advisory lock on PostgreSQL), which keeps version numbers consistent.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from sidelines.errors import StoreError
from sidelines.model.record import ErrorRecord, Record
from sidelines.resolve.actors import KbEntry, observations_from_record
from sidelines.store import counts, schema
from sidelines.store.actors import attach_kb, chunks, store_kb, write_actors
from sidelines.store.backend import Backend
from sidelines.store.base import WriteStats
from sidelines.store.faults import is_store_fault, short_error
from sidelines.store.migrations import migrate
from sidelines.store.records import (
    Prepared,
    prepare_record,
    record_from_row,
    storable_failure,
    to_json,
    without_nul,
)

log = logging.getLogger(__name__)


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of the same keys with one driver-level executemany.

    The statement is compiled once by SQLAlchemy for the connection's dialect; the
    rows then go to the driver as they are, skipping per-row parameter processing
    (a third of the write time on large batches). Only for plain values: str, int,
    float, bool, None.
    """
    if not rows:
        return
    compiled = table.insert().compile(dialect=conn.dialect, column_keys=list(rows[0]))
    if compiled.positional:
        getter = itemgetter(*(compiled.positiontup or []))
        if len(compiled.positiontup or []) == 1:
            conn.exec_driver_sql(compiled.string, [(getter(row),) for row in rows])
        else:
            conn.exec_driver_sql(compiled.string, [getter(row) for row in rows])
    else:
        conn.exec_driver_sql(compiled.string, rows)


def _prepared(out: Output) -> Prepared | ErrorRecord:
    return prepare_record(out) if isinstance(out, Record) else out


def nul_free(prepared: Prepared) -> Prepared:
    """A record holding NUL as a database that refuses NUL in text stores it (same digest).

    The derived rows are made from the record with NUL replaced; the exact JSON keeps its
    escaped NUL, and also holds the text when the text has one (``documents.text`` cannot).
    """
    full = prepared.record().model_dump_json()
    clean = prepare_record(without_nul(prepared.record(), full))
    clean.digest = prepared.digest
    clean.exact = full if "\x00" in prepared.text else prepared.exact
    return clean


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


#: What a batch holds: records, records prepared for the store (by an ingest worker), failures.
Output = Record | Prepared | ErrorRecord
#: A record to insert: (prepared record, document key, version number).
Plan = tuple[Prepared, str, int]


class SqlStore:
    """A store on one database; see the module docstring."""

    def __init__(self, url: str, backend: Backend) -> None:
        self.url = url
        self.backend = backend
        self._wrote = False
        try:
            self.engine = backend.create_engine(url)
            migrate(self.engine, backend)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store {url}: {short_error(exc)}", code="E401") from exc

    def __repr__(self) -> str:
        return f"<SqlStore {self.backend.name} {self.url}>"

    def __enter__(self) -> "SqlStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Refresh the planner's statistics if this session wrote, then release connections."""
        if self._wrote:
            try:
                with self.engine.connect() as conn:
                    self.backend.optimize(conn)
                    conn.commit()   # else the statistics are rolled back with the connection
            except SQLAlchemyError as exc:   # statistics are a nicety: never fail a close on them
                log.warning("could not refresh statistics of %s: %s", self.url, exc)
            self._wrote = False
        self.engine.dispose()

    @contextmanager
    def writer(self) -> Iterator[Connection]:
        """A connection in a write transaction holding the writers' lock."""
        with self.engine.connect().execution_options(write=True) as conn, conn.begin():
            self.backend.prepare_write(conn)
            yield conn

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A connection for reading."""
        with self.engine.connect() as conn:
            yield conn

    # --- writing -------------------------------------------------------------------

    def write(self, records: Iterable[Output], *, extractors: Mapping[str, str] | None = None,
              batch_size: int = 500) -> WriteStats:
        """Store records in batches of ``batch_size``, one transaction per batch."""
        stats = WriteStats()
        batch: list[Output] = []
        for rec in records:
            batch.append(rec)
            if len(batch) >= batch_size:
                stats += self.write_batch(batch, extractors=extractors)
                batch = []
        if batch:
            stats += self.write_batch(batch, extractors=extractors)
        return stats

    def write_batch(self, batch: Sequence[Output], *,
                    extractors: Mapping[str, str] | None = None) -> WriteStats:
        """Store one batch in one transaction: new documents, new versions, failures, actors.

        When the batch is refused, each record is written in a transaction of its own, and one the
        database still refuses (a lone surrogate in a title, a NUL in an id on PostgreSQL, a text
        too long for the full-text index) is stored as a failure: one document never loses the batch.
        """
        batch = [storable_failure(r) if isinstance(r, ErrorRecord) else r for r in batch]
        try:
            return self._write_in_transaction([_prepared(r) for r in batch], extractors)
        except (SQLAlchemyError, UnicodeError, ValueError) as exc:
            if is_store_fault(exc) or len(batch) == 1 and isinstance(batch[0], ErrorRecord):
                # A full disk or a read-only store refuses every document: stop, do not record failures.
                raise StoreError(f"cannot write to the store {self.url}: {short_error(exc)}", code="E410") from exc
            log.warning("a batch of %d was refused (%s); writing its records one at a time",
                        len(batch), short_error(exc))
        stats = WriteStats()
        for rec in batch:
            try:
                stats += self._write_in_transaction([_prepared(rec)], extractors)
            except (SQLAlchemyError, UnicodeError, ValueError) as exc:
                if isinstance(rec, ErrorRecord):
                    raise StoreError(f"cannot write to the store {self.url}: {short_error(exc)}",
                                     code="E410") from exc
                refused = storable_failure(ErrorRecord(
                    id=rec.id, code="E130", source=rec.url,
                    error=f"the store refused this document: {short_error(exc)}"))
                stats += self._write_in_transaction([refused], extractors)
        return stats

    def check_writable(self) -> None:
        """Fail now, before any extraction, when the store cannot be written (read-only file, full disk).

        Raises:
            StoreError: E410, with the database's reason and nothing else.
        """
        m = schema.migrations
        try:
            with self.engine.connect().execution_options(write=True) as conn:
                tx = conn.begin()
                try:
                    self.backend.prepare_write(conn)
                    conn.execute(update(m).where(m.c.name == select(func.min(m.c.name)).scalar_subquery())
                                 .values(name=m.c.name))
                finally:
                    tx.rollback()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store {self.url}: {short_error(exc)}", code="E410") from None

    def _write_in_transaction(self, batch: list[Prepared | ErrorRecord],
                              extractors: Mapping[str, str] | None) -> WriteStats:
        with self.writer() as conn:
            self._wrote = True
            return self._write_batch(conn, batch, extractors)

    def _write_batch(self, conn: Connection, batch: list[Prepared | ErrorRecord],
                     extractors: Mapping[str, str] | None) -> WriteStats:
        now = _now()
        stats = WriteStats()
        records = [r for r in batch if isinstance(r, Prepared)]
        errors = [r for r in batch if isinstance(r, ErrorRecord)]
        if records:
            self._clear_failures(conn, sorted({r.id for r in records}))
        if errors:
            self._write_failures(conn, errors, now)
            stats.failed = len(errors)
        if not records:
            return stats
        plans = self._plan_versions(conn, records, stats)
        d = schema.documents
        if not plans:
            return stats
        if not self.backend.allows_nul:
            plans = [(nul_free(rec), key, version) if rec.has_nul else (rec, key, version)
                     for rec, key, version in plans]
        extractor_json = to_json(dict(extractors)) if extractors else None
        doc_rows = [{
            "key": key, "doc_id": rec.id, "version": version, "is_latest": True, "content_hash": rec.digest,
            **rec.columns, "text": rec.text, "record": rec.exact, "extractors": extractor_json, "ingested_at": now,
        } for rec, key, version in plans]
        row_ids = conn.execute(d.insert().returning(d.c.id, sort_by_parameter_order=True), doc_rows).scalars().all()
        superseded = [{"b_key": key, "b_version": version} for _, key, version in plans if version > 1]
        replaced: list[int] = []
        if superseded:
            fresh = set(row_ids)
            for part in chunks(sorted({s["b_key"] for s in superseded})):
                replaced += [r.id for r in conn.execute(select(d.c.id).where(d.c.key.in_(part), d.c.is_latest))
                             if r.id not in fresh]
            conn.execute(update(d).where(d.c.key == bindparam("b_key"), d.c.version < bindparam("b_version"),
                                         d.c.is_latest).values(is_latest=False), superseded)

        table_rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in schema.DOCUMENT_TABLES}
        observations = []
        for (rec, *_), row_id in zip(plans, row_ids, strict=True):
            rows, seen = rec.for_row(row_id)
            for name, part_rows in rows.items():
                table_rows[name] += part_rows
            observations += seen
            stats.entities += rec.entities
            stats.quotes += rec.quotes
            stats.events += rec.events
        for table in schema.DOCUMENT_TABLES:
            bulk_insert(conn, table, table_rows[table.name])
        moved = write_actors(conn, self.backend, observations)
        counts.update(conn, self.backend, row_ids, replaced, moved)
        return stats

    def _plan_versions(self, conn: Connection, records: list[Prepared], stats: WriteStats) -> list[Plan]:
        """Decide for each record: unchanged (skipped), new (version 1) or a new version of a stored document.

        A record is the same document as a stored one with its id or, failing that,
        its URL; documents are grouped under ``key``, the id of the first one seen.
        """
        d = schema.documents
        ids = sorted({r.id for r in records})
        urls = sorted({r.url for r in records if r.url})
        key_by_id: dict[str, str] = {}
        key_by_url: dict[str, str] = {}
        for part in chunks(ids):
            for row in conn.execute(select(d.c.doc_id, d.c.key).where(d.c.doc_id.in_(part)).distinct()):
                key_by_id[row.doc_id] = row.key
        for part in chunks(urls):
            for row in conn.execute(select(d.c.url, d.c.key).where(d.c.url.in_(part)).order_by(d.c.id)):
                key_by_url.setdefault(row.url, row.key)
        latest: dict[str, tuple[int, str]] = {}
        for part in chunks(sorted(set(key_by_id.values()) | set(key_by_url.values()))):
            latest_rows = select(d.c.key, d.c.version, d.c.content_hash).where(d.c.is_latest, d.c.key.in_(part))
            for latest_row in conn.execute(latest_rows):
                latest[latest_row.key] = (latest_row.version, latest_row.content_hash)

        plans: list[Plan] = []
        for rec in records:
            digest = rec.digest
            key = key_by_id.get(rec.id) or (key_by_url.get(rec.url) if rec.url else None) or rec.id
            before = latest.get(key)
            if before and before[1] == digest:
                stats.unchanged += 1
                continue
            version = before[0] + 1 if before else 1
            if before:
                stats.updated += 1
            else:
                stats.new += 1
            latest[key] = (version, digest)
            key_by_id[rec.id] = key
            if rec.url:
                key_by_url.setdefault(rec.url, key)
            plans.append((rec, key, version))
        return plans

    def _clear_failures(self, conn: Connection, doc_ids: list[str]) -> None:
        """Forget the failures of documents now stored: they no longer fail."""
        f = schema.failures
        for part in chunks(doc_ids):
            conn.execute(f.delete().where(f.c.doc_id.in_(part)))

    def _write_failures(self, conn: Connection, errors: list[ErrorRecord], now: str) -> None:
        f = schema.failures
        seen: dict[tuple[str, str | None, str], int] = {}
        for part in chunks(sorted({e.id for e in errors})):
            for row in conn.execute(select(f.c.id, f.c.doc_id, f.c.code, f.c.message).where(f.c.doc_id.in_(part))):
                seen[(row.doc_id, row.code, row.message)] = row.id
        fresh: dict[tuple[str, str | None, str], dict[str, Any]] = {}
        again: list[dict[str, Any]] = []
        for e in errors:
            k = (e.id, e.code, e.error)
            if k in seen:
                again.append({"b_id": seen[k]})
            elif k in fresh:
                fresh[k]["count"] += 1
            else:
                fresh[k] = {"doc_id": e.id, "code": e.code, "message": e.error, "source": e.source,
                            "first_seen": now, "last_seen": now, "count": 1}
        if fresh:
            conn.execute(f.insert(), list(fresh.values()))
        if again:
            conn.execute(update(f).where(f.c.id == bindparam("b_id")).values(last_seen=now, count=f.c.count + 1), again)

    # --- reading -------------------------------------------------------------------

    def _key(self, conn: Connection, doc_id: str) -> str:
        d = schema.documents
        row = conn.execute(select(d.c.key).where(d.c.doc_id == doc_id).limit(1)).first()
        if row is None:
            row = conn.execute(select(d.c.key).where(d.c.key == doc_id).limit(1)).first()
        if row is None:
            raise StoreError(f"no document {doc_id!r} in the store", code="E404")
        return row.key

    def unchanged(self, documents: list[tuple[str, str | None, str]]) -> set[str]:
        """Ids among (id, url, content digest) whose latest stored version has that digest already.

        Lets an ingest skip extraction for documents the store holds unchanged.
        """
        d = schema.documents
        found: set[str] = set()
        wanted = {(doc_id, digest) for doc_id, _, digest in documents}
        by_url = {url: (doc_id, digest) for doc_id, url, digest in documents if url}
        with self.reader() as conn:
            asked = d.alias("asked")
            for part in chunks(sorted({doc_id for doc_id, _, _ in documents})):
                rows = conn.execute(select(asked.c.doc_id, d.c.content_hash).distinct()
                                    .join(d, and_(d.c.key == asked.c.key, d.c.is_latest))
                                    .where(asked.c.doc_id.in_(part)))
                found |= {r.doc_id for r in rows if (r.doc_id, r.content_hash) in wanted}
            for part in chunks(sorted(by_url)):
                rows = conn.execute(select(d.c.url, d.c.content_hash).where(d.c.is_latest, d.c.url.in_(part)))
                found |= {by_url[r.url][0] for r in rows if by_url[r.url][1] == r.content_hash}
        return found

    def get_record(self, doc_id: str, version: int | None = None) -> Record:
        """The record as written: the latest version, or ``version`` (1 is the first)."""
        d = schema.documents
        with self.reader() as conn:
            key = self._key(conn, doc_id)
            q = select(d.c.record, d.c.text).where(d.c.key == key)
            q = q.where(d.c.version == version) if version is not None else q.where(d.c.is_latest)
            row = conn.execute(q.order_by(d.c.version.desc()).limit(1)).first()
        if row is None:
            raise StoreError(f"document {doc_id!r} has no version {version}", code="E405")
        return record_from_row(row.record, row.text)

    def versions(self, doc_id: str) -> list[dict[str, Any]]:
        """Every stored version of a document, oldest first."""
        d = schema.documents
        with self.reader() as conn:
            key = self._key(conn, doc_id)
            rows = conn.execute(select(d.c.doc_id, d.c.version, d.c.is_latest, d.c.content_hash, d.c.title,
                                       d.c.url, d.c.published, d.c.updated, d.c.ingested_at)
                                .where(d.c.key == key).order_by(d.c.version)).mappings().all()
        return [dict(r) for r in rows]

    def import_kb(self, entries: list[KbEntry]) -> dict[str, int]:
        """Keep knowledge-base entries and attach their ids to every matching actor."""
        with self.writer() as conn:
            stored = store_kb(conn, self.backend, entries)
            attached = attach_kb(conn, None)
        return {"entries": stored, "actors": attached}

    def rebuild_actors(self, batch_size: int = 500) -> int:
        """Derive the actor tables again from every stored document (after the resolution rules change).

        Returns the number of actors. Knowledge-base entries are kept and attached again.
        """
        d = schema.documents
        derived = [schema.actor_pairs, schema.actor_stats, schema.entity_actors, schema.actor_role_mentions,
                   schema.actor_roles, schema.actor_countries, schema.actor_aliases]
        with self.writer() as conn:
            for table in derived:
                conn.execute(table.delete())
            conn.execute(update(schema.actors).values(merged_into=None))
            conn.execute(schema.actors.delete())
            last = 0
            while True:
                rows = conn.execute(select(d.c.id, d.c.record, d.c.text).where(d.c.id > last)
                                    .order_by(d.c.id).limit(batch_size)).all()
                if not rows:
                    break
                observations = []
                for row in rows:
                    record = record_from_row(row.record, row.text)
                    if not self.backend.allows_nul:
                        record = without_nul(record, record.model_dump_json())
                    observations += observations_from_record(record, row.id)
                write_actors(conn, self.backend, observations)
                last = rows[-1].id
            counts.rebuild(conn, self.backend)
            return conn.execute(select(func.count()).select_from(schema.actors)).scalar_one()

    def table_counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.reader() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in schema.INITIAL_TABLES}
