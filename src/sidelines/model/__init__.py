"""Pure data: the document, its annotations and the contract record (no I/O, no spaCy)."""

from sidelines.model.document import LAYERS, Document
from sidelines.model.record import (
    DateRange,
    Entity,
    ErrorRecord,
    Event,
    EventActor,
    EventContext,
    EventLocation,
    Mention,
    Place,
    Problem,
    Quote,
    Record,
    Role,
    Span,
    TimeExpr,
    Update,
)
from sidelines.model.serialize import from_record, to_record

__all__ = [
    "LAYERS", "DateRange", "Document", "Entity", "ErrorRecord", "Event", "EventActor", "EventContext",
    "EventLocation", "Mention", "Place", "Problem", "Quote", "Record", "Role", "Span", "TimeExpr", "Update",
    "from_record", "to_record",
]
