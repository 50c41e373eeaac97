"""Pure data: the document, its annotations and the contract record (no I/O, no spaCy)."""

from sidelines.model.document import LAYERS, Document
from sidelines.model.layers import layer_models, record_model, register_layer
from sidelines.model.record import (
    METADATA_FIELDS,
    DateRange,
    DocumentMeta,
    Entity,
    ErrorRecord,
    Event,
    EventActor,
    EventContext,
    EventLocation,
    Mention,
    Place,
    PloverType,
    Problem,
    Quote,
    Record,
    Role,
    Span,
    TimeExpr,
    Update,
    failure,
)
from sidelines.model.serialize import from_record, to_record

__all__ = [
    "LAYERS", "METADATA_FIELDS", "DateRange", "Document", "DocumentMeta", "Entity", "ErrorRecord", "Event",
    "EventActor", "EventContext", "EventLocation", "Mention", "Place", "PloverType", "Problem", "Quote", "Record",
    "Role", "Span", "TimeExpr", "Update", "failure", "from_record", "layer_models", "record_model",
    "register_layer", "to_record",
]
