"""The date relative expressions are resolved against, and the tense of the verb that governs one."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from dateutil import parser as dateutil_parser

from sidelines.timex.lexicon import FUTURE_CUE_VERBS, MONTHS
from sidelines.timex.story_day import dateline_day

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
# Forms page headers print when the one above is absent: capitals ("MAR. 14, 2013"), an ordinal day
# ("21st March 2019"), an ISO date with spaces ("2019 - 07 - 02") and figures ("11 / 30 / 09").
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
HEADER_DATE = re.compile(
    rf"\b(?:(?P<mon>{_MONTH_WORDS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_WORDS})\.?,?\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)\s*-\s*(?P<im>\d\d)\s*-\s*(?P<id>\d\d)"
    r"|(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})\s*/\s*(?P<y>(?:19|20)?\d\d))\b(?!\s*/)",
    re.IGNORECASE,
)
# A page's own label before its date ("PUBLISHED: 08:40 GMT, 3 May 2019"), looked for further down
# the text than an unlabelled date, since a long headline may come first.
LABELED_DATE = re.compile(r"\b(?:published|updated|posted)\b", re.IGNORECASE)
LABEL_WINDOW = 1000
LABEL_REACH = 60
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})
PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "'d"})
# Modals whose bare verb looks ahead of the moment of speaking ("must win in November", "may resign Friday").
# "could" and "would" are left out: they are also the past of "can" and "will" in reported speech.
FORWARD_MODALS = frozenset({"must", "should", "can", "ca", "may", "might", "ought", "shall"})
MAX_HEAD_STEPS = 6
# Verbs that put what they govern after the moment of speaking ("scheduled ... for Tuesday").
SCHEDULE_VERBS = frozenset({"schedule", "slate", "reschedule", "expect"})
# The dependency of a participle that has no tense of its own: an adverbial clause. A participle after
# its noun keeps its own past: "shares issued July 1" were issued before the report says what will be.
PARTICIPLE_DEPS = frozenset({"advcl"})


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


def _header_date(m: re.Match[str]) -> dt.date | None:
    """The date one HEADER_DATE match gives; in figures the month comes first unless it cannot be a month."""
    if m.group("iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif m.group("a"):
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        month, day = (b, a) if a > 12 else (a, b)
        year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    else:
        named = MONTHS.get((m.group("mon") or m.group("mon2") or "").lower())
        if named is None:
            return None
        month, year, day = named, int(m.group("year") or m.group("year2")), int(m.group("day") or m.group("day2"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_header_date(text: str) -> dt.date | None:
    """The first full date, in one of the forms page headers print, in the first lines of the text."""
    for m in HEADER_DATE.finditer(text[:DATELINE_WINDOW]):
        found = _header_date(m)
        if found is not None:
            return found
    return None


def find_labeled_date(text: str) -> dt.date | None:
    """The date a "published", "updated" or "posted" label introduces near the top of the text."""
    for label in LABELED_DATE.finditer(text[:LABEL_WINDOW]):
        found = find_header_date(text[label.end():label.end() + LABEL_REACH])
        if found is not None:
            return found
    return None


def document_anchor(published: str | None, text: str, dateline: str | None = None) -> dt.date | None:
    """The document creation date: ``published``, else a date in the dateline or the first lines.

    The long form ("GENEVA, March 3, 2024") is looked for first, then the forms of page headers,
    then a date after a "published" or "updated" label further down. A wire dateline's month and day
    a day or two before ``published`` is the story's own day (rule ``story_day``).
    """
    anchor = parse_iso_date(published)
    if anchor is not None:
        return (dateline_day(dateline, anchor) if dateline else None) or dateline_day(text, anchor) or anchor
    if dateline:
        anchor = find_dateline_date(dateline)
    if anchor is None:
        anchor = find_dateline_date(text)
    if anchor is None:
        anchor = find_header_date(dateline or "") or find_header_date(text) or find_labeled_date(text)
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


def _clause_verb(verb):  # noqa: ANN001, ANN202 - spacy Token
    """The finite verb an adverbial participle without auxiliaries borrows its tense from.

    "..., climbing to a peak in June" takes the tense of the clause it hangs from.
    """
    for _ in range(MAX_HEAD_STEPS):
        if verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in PARTICIPLE_DEPS or verb.head.i == verb.i:
            return verb
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return verb
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return verb
        verb = head
    return verb


def tense_at(parsed: "Doc | None", start: int, end: int) -> Tense | None:
    """Past, present or future for the verb governing ``[start, end)``; None when unknown."""
    if parsed is None:
        return None
    verb = governing_verb(parsed, start, end)
    if verb is None:
        return None
    clause = _clause_verb(verb)
    if clause.i == verb.i:
        return _verb_tense(verb)
    # A present tense says nothing of the participle's time: "Speaking Tuesday, the minister says ...".
    borrowed = _verb_tense(clause)
    return None if borrowed == "PRESENT" else borrowed


def _verb_tense(verb) -> Tense | None:  # noqa: ANN001 - spacy Token
    """Past, present or future for one verb, from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "FUTURE"
    if "going" in words or (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_CUE_VERBS
                            and verb.tag_ == "VB" and not _past_perfect(verb.head)):
        return "FUTURE"
    if verb.tag_ == "VB" and words & FORWARD_MODALS:
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
