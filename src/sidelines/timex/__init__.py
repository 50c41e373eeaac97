"""Time expressions: recognition and TIMEX3 normalisation anchored on the document date."""

from sidelines.timex.anchor import document_anchor, parse_iso_date, tense_at
from sidelines.timex.recognize import find_times
from sidelines.timex.values import value_to_range

__all__ = ["document_anchor", "find_times", "parse_iso_date", "tense_at", "value_to_range"]
