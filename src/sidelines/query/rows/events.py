"""Rows of quotes and events: who said what, who did what to whom, with the evidence sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sidelines.query.rows.base import Row


@dataclass(eq=False)
class QuoteRow(Row):
    """A stored quote with its speaker, cue and evidence sentence."""

    document: str
    title: str | None
    published: str | None
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    content: str
    direct: bool
    evidence: str | None
    start: int
    end: int
    # or "finding" (a poll shows), "stance" (a noun phrase acted on), "writer" (own voice), "paraphrase", "unsure"
    kind: str = "statement"


@dataclass(eq=False)
class EventActorRow(Row):
    """An actor of a stored event."""

    name: str
    role: str
    country: str | None

    def as_cell(self) -> str:
        """``name (role)``."""
        return f"{self.name} ({self.role})"


@dataclass(eq=False)
class EventRow(Row):
    """A stored event with its actors and first evidence sentence.

    ``ExportEvent`` extends it: the event's fields are defined here only.
    """

    document: str
    title: str | None
    event: str
    type: str
    mode: str | None
    date_start: str | None
    date_end: str | None
    place: str | None
    context: str | None
    topics: list[str]
    polarity: str
    modality: str | None
    confidence: float
    evidence: str | None
    actors: Sequence[EventActorRow] = field(default_factory=list)
