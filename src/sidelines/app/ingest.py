"""Ingest into a store: read sources, skip documents stored unchanged, extract the rest, write in batches.

Crash-safe and resumable: each batch is one transaction, so a run killed at any point
keeps every batch it committed and no part of any other; a rerun skips the documents
stored unchanged and extracts the rest. Extraction runs here, in worker processes or on
a Dask cluster (``sidelines.batch``); the store is written by this process alone.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from sidelines.batch import CHUNK_SIZE, Runner, open_runner
from sidelines.ingest.sources import read_sources
from sidelines.model.document import Document
from sidelines.model.record import ErrorRecord, Record
from sidelines.settings import Settings
from sidelines.store import schema
from sidelines.store.actors import chunks
from sidelines.store.base import Store, WriteStats
from sidelines.store.records import Prepared

LOOKUP_CHUNK = 256


@dataclass
class IngestResult:
    """What an ingest did, with the seconds spent writing to the store."""

    stats: WriteStats = field(default_factory=WriteStats)
    store_seconds: float = 0.0
    skipped: int = 0      # unchanged documents that were not extracted again
    #: Peak resident memory (MiB) of each extraction worker process (empty when extracting in this process).
    worker_peak_mb: dict[int, float] = field(default_factory=dict)
    #: CPU seconds used by each extraction worker process (pipeline loading included).
    worker_cpu_s: dict[int, float] = field(default_factory=dict)

    @property
    def store_docs_per_s(self) -> float:
        """Documents written per second of store time."""
        written = self.stats.documents - self.skipped
        return written / self.store_seconds if self.store_seconds > 0 else 0.0


def skip_unchanged(items: Iterable[Any], store: Store, result: IngestResult) -> Iterator[Any]:
    """Pass through documents the store does not hold unchanged (and failures), counting the rest."""
    chunk: list[Any] = []

    def flush() -> Iterator[Any]:
        docs = [(i.id, i.url, i.content_hash) for i in chunk if isinstance(i, Document)]
        known = store.unchanged(docs) if docs else set()
        for item in chunk:
            if isinstance(item, Document) and item.id in known:
                result.stats.unchanged += 1
                result.skipped += 1
            else:
                yield item
        chunk.clear()

    for item in items:
        chunk.append(item)
        if len(chunk) >= LOOKUP_CHUNK:
            yield from flush()
    yield from flush()


def failed_sources(store: Store) -> list[str]:
    """The sources of the failures recorded in the store (standard input cannot be read again)."""
    f = schema.failures
    with store.reader() as conn:
        rows = conn.execute(select(f.c.source).distinct()).scalars().all()
    return sorted({source for source in rows if source and source != "<stdin>"})


def forget_failures(store: Store, sources: list[str], *, keep: set[str]) -> None:
    """Delete the failures recorded for these sources, except those of documents that failed again."""
    f = schema.failures
    with store.writer() as conn:
        rows = conn.execute(select(f.c.id, f.c.doc_id).where(f.c.source.in_(sources))).all()
        gone = [r.id for r in rows if r.doc_id not in keep]
        for part in chunks(gone):
            conn.execute(f.delete().where(f.c.id.in_(part)))


#: Called for each document: its record (prepared for the store when a worker extracted it), a failure,
#: or None for a document skipped as unchanged.
OnRecord = Callable[[Record | Prepared | ErrorRecord | None], None]


def transaction_size(runner: Runner, batch_size: int) -> int:
    """Documents per store transaction: ``batch_size``, and with workers at most one chunk per worker.

    With workers, this process writes while they extract: a transaction of one chunk per
    worker is written in the time the next chunks take, and only that much is left to
    write once the last chunk is in (a batch of 500 would all be written after it).
    """
    if runner.submit is None:
        return batch_size
    return max(1, min(batch_size, runner.workers * runner.chunk_size))


def ingest_sources(store: Store, sources: Iterable[str], settings: Settings, *, batch_size: int = 500,
                   on_record: OnRecord | None = None,
                   workers: int = 1, dask: str | None = None, retry_failed: bool = False,
                   chunk_size: int = CHUNK_SIZE) -> IngestResult:
    """Read sources, extract what is new or changed, and write it to the store in batches.

    ``on_record`` is called for each record extracted (and with None for each
    document skipped as unchanged), for progress bars and error messages; a record
    extracted in a worker comes prepared for the store (``Prepared.record()`` decodes it).
    ``workers`` > 1 extracts in that many processes, ``dask`` on a Dask cluster
    (a scheduler address, or ``local``), sending them ``chunk_size`` documents at a
    time. ``retry_failed`` also reads again the sources of the failures recorded in
    the store, extracts what is not stored, and forgets the failures that did not recur.
    """
    return ingest_items(store, read_sources(sources, settings), settings, batch_size=batch_size,
                        on_record=on_record, workers=workers, dask=dask, retry_failed=retry_failed,
                        chunk_size=chunk_size)


def ingest_items(store: Store, items: Iterable[Any], settings: Settings, *, batch_size: int = 500,
                 on_record: OnRecord | None = None,
                 workers: int = 1, dask: str | None = None, retry_failed: bool = False,
                 chunk_size: int = CHUNK_SIZE) -> IngestResult:
    """Ingest documents already read (a feed's entries, say) as ``ingest_sources`` does."""
    result = IngestResult()
    batch: list[Record | Prepared | ErrorRecord] = []

    def flush(extractors: dict[str, str]) -> None:
        started = time.perf_counter()
        result.stats += store.write_batch(batch, extractors=extractors)
        result.store_seconds += time.perf_counter() - started
        batch.clear()

    def counted(items: Iterable[Any]) -> Iterator[Any]:
        before = result.skipped
        for item in skip_unchanged(items, store, result):
            if on_record is not None:
                for _ in range(result.skipped - before):
                    on_record(None)
            before = result.skipped
            yield item
        if on_record is not None:
            for _ in range(result.skipped - before):
                on_record(None)

    items = counted(items)
    retry_sources: list[str] = []
    if retry_failed:
        retry_sources = failed_sources(store)
        items = itertools.chain(items, counted(read_sources(retry_sources, settings)))
    failed_now: set[str] = set()
    # Workers send records prepared for the store: this process, the one writer, then only writes.
    with open_runner(settings, workers=workers, dask=dask, chunk_size=chunk_size, prepared=True) as runner:
        extractors = runner.versions()
        flush_at = transaction_size(runner, batch_size)
        try:
            for out in runner.run(items):
                if on_record is not None:
                    on_record(out)
                if isinstance(out, ErrorRecord):
                    failed_now.add(out.id)
                batch.append(out)
                if len(batch) >= flush_at:
                    flush(extractors)
        finally:
            result.worker_peak_mb = dict(runner.worker_peak_mb)
            result.worker_cpu_s = dict(runner.worker_cpu_s)
        if batch:
            flush(extractors)
    if retry_sources:
        forget_failures(store, retry_sources, keep=failed_now)
    return result
