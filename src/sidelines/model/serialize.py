"""Document <-> the CONTRACT.md record: the only place that knows the record's field names."""

from __future__ import annotations

from sidelines.model.document import LAYERS, Document
from sidelines.model.record import Record


def to_record(doc: Document) -> Record:
    """Build the contract record of a processed document."""
    return Record(
        id=doc.id,
        title=doc.title,
        publisher=doc.publisher,
        authors=list(doc.authors),
        published=doc.published,
        updated=doc.updated,
        language=doc.language,
        url=doc.url,
        attributed_to=list(doc.attributed_to),
        updates=list(doc.updates),
        furniture=list(doc.furniture),
        dateline=doc.dateline,
        text=doc.text,
        problems=list(doc.problems),
        **{name: list(doc.layer(name)) for name in LAYERS},
    )


def from_record(record: Record) -> Document:
    """Rebuild a document, with its layers, from a stored or printed record."""
    return Document(
        id=record.id,
        text=record.text,
        title=record.title,
        publisher=record.publisher,
        authors=list(record.authors),
        published=record.published,
        updated=record.updated,
        language=record.language,
        url=record.url,
        attributed_to=list(record.attributed_to),
        updates=list(record.updates),
        furniture=list(record.furniture),
        dateline=record.dateline,
        layers={name: list(getattr(record, name)) for name in LAYERS},
        problems=list(record.problems),
    )
