"""The date relative expressions are resolved against, and the tense of the verb that governs one."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from dateutil import parser as dateutil_parser

from sidelines.timex.lexicon import FUTURE_CUE_VERBS, MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc

Tense = Literal["PAST", "PRESENT", "FUTURE"]

ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# A dateline date near the top of the text: "August 21, 1998", "21 August 1998", "1998-08-21".
DATELINE_DATE = re.compile(
    r"\b(?:(?P<mon>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<day2>\d{1,2})\s+(?P<mon2>[A-Z][a-z]{2,8})\.?\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b"
)
DATELINE_WINDOW = 300
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})
PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "'d"})
MAX_HEAD_STEPS = 6
# Verbs that put what they govern after the moment of speaking ("scheduled ... for Tuesday").
SCHEDULE_VERBS = frozenset({"schedule", "slate", "reschedule", "expect"})


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date part of an ISO 8601 (or RFC 2822) date or datetime string; None when it is not one."""
    if not value:
        return None
    m = ISO_DATE.match(value)
    if not m:
        # Feeds sometimes give RFC 2822 dates ("Mon, 01 Sep 2025 10:00:00 GMT").
        if not re.search(r"\b(?:19|20)\d\d\b", value):
            return None
        try:
            return dateutil_parser.parse(value, default=dt.datetime(2000, 1, 1)).date()
        except (ValueError, OverflowError):
            return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def find_dateline_date(text: str) -> dt.date | None:
    """A full date (with a year) in the first lines of the text, as a dateline gives one."""
    m = DATELINE_DATE.search(text[:DATELINE_WINDOW])
    if not m:
        return None
    if m.group("iso"):
        return parse_iso_date(m.group("iso"))
    mon = (m.group("mon") or m.group("mon2") or "").lower().rstrip(".")
    month = MONTHS.get(mon)
    if month is None:
        return None
    try:
        return dt.date(int(m.group("year") or m.group("year2")), month, int(m.group("day") or m.group("day2")))
    except ValueError:
        return None


def document_anchor(published: str | None, text: str, dateline: str | None = None) -> dt.date | None:
    """The document creation date: ``published``, else a date in the dateline or the first lines."""
    anchor = parse_iso_date(published)
    if anchor is None and dateline:
        anchor = find_dateline_date(dateline)
    if anchor is None:
        anchor = find_dateline_date(text)
    return anchor


def governing_verb(parsed: "Doc", start: int, end: int):  # noqa: ANN201 - spacy Token | None
    """The verb an expression at ``[start, end)`` depends on, found by climbing the parse tree."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(MAX_HEAD_STEPS):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _past_perfect(verb) -> bool:  # noqa: ANN001 - spacy Token
    """True for "had been scheduled", "had planned": a plan already overtaken by the report."""
    if any(c.lower_ in ("had", "'d") and c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    # "had been due to expire": the perfect sits on the copula the adjective hangs from.
    return verb.dep_ == "acomp" and verb.head.i != verb.i and _past_perfect(verb.head)


def in_past_perfect(parsed: "Doc | None", start: int, end: int) -> bool:
    """True when the verb governing ``[start, end)`` (or the verb it complements) is in the past perfect.

    "had filed reports by Wednesday", "had been due to expire Friday": the day lies before the report.
    """
    if parsed is None:
        return False
    verb = governing_verb(parsed, start, end)
    if verb is None:
        return False
    return _past_perfect(verb) or (verb.dep_ == "xcomp" and _past_perfect(verb.head))


def reached_through_noun(parsed: "Doc | None", start: int, end: int) -> bool:
    """True when ``[start, end)`` hangs from a noun on its way up to its verb ("the meeting on Thursday").

    The verb's tense then tells little about the expression: "a statement on Thursday ... is false".
    """
    if parsed is None:
        return False
    span = parsed.char_span(start, end, alignment_mode="expand")
    verb = governing_verb(parsed, start, end)
    if span is None or len(span) == 0 or verb is None:
        return False
    tok = span.root
    for _ in range(MAX_HEAD_STEPS):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
    return False


def points_ahead(parsed: "Doc | None", start: int, end: int) -> bool:
    """True when the verb governing ``[start, end)`` looks ahead whatever its tense.

    "has scheduled a news conference Thursday", "would travel Thursday" and "is to resume
    trading Tuesday" name a day after the report, not before it; "had been scheduled" does not.
    """
    if parsed is None:
        return False
    verb = governing_verb(parsed, start, end)
    if verb is None:
        return False
    if _past_perfect(verb):
        return False
    if verb.lemma_ in SCHEDULE_VERBS:
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "would" in auxes:
        return True
    return "to" in auxes and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def tense_at(parsed: "Doc | None", start: int, end: int) -> Tense | None:
    """Past, present or future for the verb governing ``[start, end)``; None when unknown."""
    if parsed is None:
        return None
    verb = governing_verb(parsed, start, end)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "FUTURE"
    if "going" in words or (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_CUE_VERBS
                            and verb.tag_ == "VB" and not _past_perfect(verb.head)):
        return "FUTURE"
    if any(a.tag_ == "VBD" for a in auxes) or (verb.tag_ == "VBD"):
        return "PAST"
    if verb.tag_ == "VBN" and (words & PERFECT_AUX or not auxes):
        return "PAST"
    if verb.tag_ in ("VBZ", "VBP") or words & PRESENT_AUX:
        if verb.lemma_ in FUTURE_CUE_VERBS or verb.tag_ == "VBG":
            return "FUTURE"
        return "PRESENT"
    return None
