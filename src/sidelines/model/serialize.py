"""Document <-> the record: the only place that turns one into the other."""

from __future__ import annotations

import copy
from typing import Any

from sidelines.model.document import Document
from sidelines.model.layers import layer_models, record_model
from sidelines.model.record import METADATA_FIELDS, Record


def _metadata(source: Any) -> dict[str, Any]:
    # Lists are copied so that record and document never share a mutable value.
    return {name: copy.copy(getattr(source, name)) for name in METADATA_FIELDS}


def to_record(doc: Document) -> Record:
    """Build the record of a processed document: its metadata and every registered layer it holds.

    Raises:
        ValueError: when the document holds a layer that no extractor registered a model for.
    """
    known = layer_models()
    unknown = sorted(set(doc.layers) - set(known))
    if unknown:
        raise ValueError(f"layer(s) {unknown} have no registered item model (sidelines.model.layers)")
    layers = {name: list(doc.layers[name]) for name in known if name in doc.layers}
    return record_model()(id=doc.id, text=doc.text, problems=list(doc.problems), **_metadata(doc), **layers)


def from_record(record: Record) -> Document:
    """Rebuild a document, with its layers, from a stored or printed record."""
    layers = {name: list(getattr(record, name)) for name in layer_models() if name in type(record).model_fields}
    return Document(id=record.id, text=record.text, layers=layers, problems=list(record.problems),
                    **_metadata(record))
