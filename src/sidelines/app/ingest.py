"""Ingest into a store: read sources, skip documents stored unchanged, extract the rest, write in batches."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sidelines.api import get_pipeline, run_items
from sidelines.ingest.sources import read_sources
from sidelines.model.document import Document
from sidelines.model.record import ErrorRecord, Record
from sidelines.settings import Settings
from sidelines.store.base import Store, WriteStats

LOOKUP_CHUNK = 256


@dataclass
class IngestResult:
    """What an ingest did, with the seconds spent writing to the store."""

    stats: WriteStats = field(default_factory=WriteStats)
    store_seconds: float = 0.0
    skipped: int = 0      # unchanged documents that were not extracted again

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


def ingest_sources(store: Store, sources: Iterable[str], settings: Settings, *, batch_size: int = 500,
                   on_record: Callable[[Record | ErrorRecord | None], None] | None = None) -> IngestResult:
    """Read sources, extract what is new or changed, and write it to the store in batches.

    ``on_record`` is called for each record extracted (and with None for each
    document skipped as unchanged), for progress bars and error messages.
    """
    return ingest_items(store, read_sources(sources, settings), settings, batch_size=batch_size, on_record=on_record)


def ingest_items(store: Store, items: Iterable[Any], settings: Settings, *, batch_size: int = 500,
                 on_record: Callable[[Record | ErrorRecord | None], None] | None = None) -> IngestResult:
    """Ingest documents already read (a feed's entries, say) as ``ingest_sources`` does."""
    extractors = {ex.name: ex.version for ex in get_pipeline(settings).extractors}
    result = IngestResult()
    batch: list[Record | ErrorRecord] = []

    def flush() -> None:
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

    for out in run_items(counted(items), settings):
        if on_record is not None:
            on_record(out)
        batch.append(out)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return result
