"""What normalising a time expression works with: its result (Norm) and the running Context."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from sidelines.timex.anchor import Tense, tense_at

if TYPE_CHECKING:
    from spacy.tokens import Doc


UNKNOWN_DATE = "XXXX-XX-XX"
# "since" before an expression puts it before the moment of speaking, whatever the verb's tense.
SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


class Norm(NamedTuple):
    """A normalised expression: TIMEX3 type, value, and whether the text itself gave the year."""

    type: str
    value: str
    has_year: bool = False


@dataclass
class Context:
    """What normalisation needs beyond the candidate: the anchor, the parse and running state."""

    text: str
    anchor: dt.date | None
    parsed: "Doc | None" = None
    quarterly: bool = False
    year_hint: int | None = None
    last_date: str | None = None
    last_date_end: int | None = None
    last_quarter: str | None = None
    lead_quarter: tuple[int, int] | None = None
    last_duration: str | None = None
    last_decade: str | None = None
    _tense_cache: dict[tuple[int, int], Tense | None] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense governing ``[start, end)`` (cached); past after "since" ("up 5% since March")."""
        if SINCE.search(self.text, max(0, start - 8), start):
            return "PAST"
        key = (start, end)
        if key not in self._tense_cache:
            self._tense_cache[key] = tense_at(self.parsed, start, end)
        return self._tense_cache[key]

    def token_at(self, start: int):  # noqa: ANN201 - spacy Token | None
        """The parsed token starting at or covering ``start``."""
        if self.parsed is None:
            return None
        span = self.parsed.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None
