"""The Store protocol every backend meets, and the statistics a write returns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from sidelines.model.record import ErrorRecord, Record
from sidelines.store.backend import Backend

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from sidelines.resolve.actors import KbEntry
    from sidelines.store.records import Prepared


@dataclass
class WriteStats:
    """What a write did: documents new, updated (a new version), unchanged, failed; rows added."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    entities: int = 0
    quotes: int = 0
    events: int = 0

    def __iadd__(self, other: "WriteStats") -> "WriteStats":
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)
        return self

    @property
    def documents(self) -> int:
        """Documents seen, whatever happened to them."""
        return self.new + self.updated + self.unchanged + self.failed

    def as_dict(self) -> dict[str, int]:
        """The numbers as a plain dict."""
        return asdict(self)


@runtime_checkable
class Store(Protocol):
    """A place to keep records and read them back; ``sidelines.query`` builds on ``engine``."""

    url: str
    engine: "Engine"
    backend: Backend

    def writer(self) -> AbstractContextManager["Connection"]:
        """A connection in a write transaction holding the writers' lock."""
        ...

    def reader(self) -> AbstractContextManager["Connection"]:
        """A connection for reading."""
        ...

    def write(self, records: Iterable[Record | ErrorRecord], *, extractors: Mapping[str, str] | None = None,
              batch_size: int = 500) -> WriteStats:
        """Store records in batches (one transaction each); idempotent, versioned."""
        ...

    def write_batch(self, batch: Sequence[Record | Prepared | ErrorRecord], *,
                    extractors: Mapping[str, str] | None = None) -> WriteStats:
        """Store one batch in one transaction (safe to call from several processes at once).

        A record may come prepared for the store already (``store.records.Prepared``, by an ingest worker).
        """
        ...

    def unchanged(self, documents: list[tuple[str, str | None, str]]) -> set[str]:
        """Ids among (id, url, content digest) already stored with that digest."""
        ...

    def get_record(self, doc_id: str, version: int | None = None) -> Record:
        """The record as written (the latest version unless one is asked for)."""
        ...

    def versions(self, doc_id: str) -> list[dict[str, Any]]:
        """Every stored version of a document, oldest first."""
        ...

    def import_kb(self, entries: list["KbEntry"]) -> dict[str, int]:
        """Keep knowledge-base entries and attach their ids to matching actors."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
