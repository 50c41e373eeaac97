"""Document: one article's unchanged text, its metadata and its annotation layers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sidelines.model.layers import BUILTIN_LAYERS
from sidelines.model.record import ErrorRecord, Problem, Span, Update

#: The built-in layer names (the registry in ``sidelines.model.layers`` also knows plugin layers).
LAYERS = tuple(BUILTIN_LAYERS)


def content_digest(text: str, title: str | None, published: str | None, updated: str | None) -> str:
    """A digest of what a reader sees of a document (text and dated metadata), to spot new versions."""
    h = hashlib.sha256()
    for part in (text, title or "", published or "", updated or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


@dataclass
class Document:
    """An article as it flows through the pipeline.

    ``text`` is never changed after ingest; extractors add stand-off annotations to
    ``layers`` (one named list per layer, the names of the record). The metadata fields
    are those of ``sidelines.model.record.DocumentMeta`` (a test keeps them equal).
    """

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    language: str | None = None
    url: str | None = None
    source: str | None = None
    attributed_to: list[str] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    furniture: list[Span] = field(default_factory=list)
    dateline: Span | None = None
    layers: dict[str, list[Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """A digest of the text and the metadata a reader sees, to spot new versions."""
        return content_digest(self.text, self.title, self.published, self.updated)

    def layer(self, name: str) -> list[Any]:
        """The annotations of one layer (empty when no extractor wrote it)."""
        return self.layers.get(name, [])


#: What flows from ingest through the pipeline: a document, or the failure line of one that could not be read.
Item = Document | ErrorRecord
