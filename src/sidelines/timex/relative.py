"""Normalisers of expressions relative to the anchor or to the last date told: "next month", "last year",
"the following day", "that week", "now", "meanwhile"."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sidelines.timex.context import UNKNOWN_DATE, Context, Norm
from sidelines.timex.lexicon import DAY_PARTS, SEASONS
from sidelines.timex.readings import reference_quarter
from sidelines.timex.values import SEASON_MONTHS, add_months, add_quarters, fmt_date, fmt_month, fmt_week, quarter_of

if TYPE_CHECKING:
    from sidelines.timex.recognize import RuleMatch

UNANCHORED_UNITS: dict[str, str] = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}
ANAPHOR_OFFSETS: dict[str, int] = {
    "that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1, "the prior": -1,
}
LAST_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
LAST_MONTH = re.compile(r"^(\d{4})-(\d\d)")
LAST_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
LAST_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
# Only a comma between a date and the phrase after it: an apposition that restates the date.
APPOSITION = re.compile(r"\s*,\s*")
# A sentence break between a date and a later phrase; more than one and the date is too far to be the event's.
SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"”]?\s+(?=[A-Z\"“])")
# A time word later in the same clause ("the day before the summit next month"): the event is dated there.
FOLLOWING_TIME = re.compile(r"[^.;!?]*?\b(?:next|last|later|earlier|(?:1[6-9]|20)\d\d)\b", re.IGNORECASE)
# A modal between the date and the phrase ("said on May 2 that he would quit the day after the vote"):
# the event lies ahead of the date, not on it.
MODAL = re.compile(r"\b(?:will|would|shall|could|might|may)\b")
REL_OFFSETS: dict[str, int] = {
    "this": 0, "the current": 0, "current": 0, "the same": 0, "the": 0, "the latest": 0,
    "the full": 0, "the fiscal": 0, "the current fiscal": 0, "the latest fiscal": -1, "this past": -1,
    "last": -1, "the past": -1, "the previous": -1, "the last": -1, "the prior": -1, "past": -1, "previous": -1,
    "next": 1, "the coming": 1, "the following": 1, "the next": 1, "coming": 1,
}
# "the past decade", "the last decade": the stretch of time up to now, not the calendar unit before this one
# ("the last century" stays the calendar century before this one).
STRETCH_TO_NOW = frozenset({"the past", "the last", "past"})
# Words before "the year" that make it the current year ("for the year", "the first nine months of the year").
THE_YEAR_CUES = re.compile(
    r"(?:\bfor|\b(?:months|quarters|weeks|half|part|rest|remainder|balance|start|beginning|end|middle)\s+of)\s*$",
    re.IGNORECASE,
)
# What may stand right before a "Now," that opens a sentence: the text's start, a sentence end or a quote mark.
DISCOURSE_NOW = re.compile(r"(?:^|[.!?\n](?:[\"”’]|'{1,2})?\s*|(?:[\"“]|`{1,2})\s*)$")
REF_VALUES: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "current": "PRESENT_REF", "at present": "PRESENT_REF",
    "recently": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "recent": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}


def _antecedent_day(value: str | None) -> dt.date | None:
    """The day a ``YYYY-MM-DD...`` value names; None for coarser values."""
    m = LAST_DAY.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def anaphoric_value(unit: str, off: int, last: str | None, anchor: dt.date | None) -> tuple[str, str] | None:
    """Type and value of "that year", "the following day", ... from the last date the text mentioned.

    Without an antecedent the document date stands in; without either, the value keeps X placeholders.
    Returns None when the antecedent is too coarse for the unit (a day after a bare year).
    """
    day = _antecedent_day(last)
    if last is None or not last[:4].isdigit():
        if anchor is None:
            part = DAY_PARTS.get(unit)
            if part:
                return "TIME", UNKNOWN_DATE + part
            return "DATE", UNANCHORED_UNITS.get(unit, UNKNOWN_DATE)
        day, last = anchor, fmt_date(anchor)
    year = int(last[:4])
    if unit == "year":
        return "DATE", f"{year + off:04d}"
    if unit == "quarter":
        qm = LAST_QUARTER.match(last)
        mm = LAST_MONTH.match(last)
        if qm:
            y, q = add_quarters(year, int(qm.group(2)), off)
        elif mm:
            y, q = add_quarters(year, (int(mm.group(2)) - 1) // 3 + 1, off)
        else:
            return None
        return "DATE", f"{y:04d}-Q{q}"
    if unit == "month":
        mm = LAST_MONTH.match(last)
        if not mm:
            return None
        return "DATE", fmt_month(*add_months(year, int(mm.group(2)), off))
    if unit == "week":
        wm = LAST_WEEK.match(last)
        if wm:
            return "DATE", fmt_week(dt.date.fromisocalendar(year, int(wm.group(2)), 1) + dt.timedelta(weeks=off))
        return ("DATE", fmt_week(day + dt.timedelta(weeks=off))) if day else None
    if day is None:
        return None
    day = day + dt.timedelta(days=off)
    part = DAY_PARTS.get(unit)
    if part:
        return "TIME", fmt_date(day) + part
    return "DATE", fmt_date(day)


def norm_anaphor(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"that year", "later that day", "the following month": a unit of the last date mentioned."""
    g = c.groups
    det = re.sub(r"\s+", " ", c.group("det").lower())
    unit = c.group("unit").lower()
    if det == "the next" and unit not in ("day", *DAY_PARTS):
        return None  # "the next year" counts from the document date (rel_unit)
    if det.startswith("that") and unit == "day" and not g.get("mod") and ctx.last_date is None:
        return None
    if unit == "weekend" or unit in SEASONS:
        return _that_weekend_or_season(unit, det, ctx)
    last = ctx.last_quarter if unit == "quarter" and ctx.last_quarter else ctx.last_date
    found = anaphoric_value(unit, ANAPHOR_OFFSETS[det], last, ctx.anchor)
    if found is None:
        return None
    return Norm(found[0], found[1])


def _that_weekend_or_season(unit: str, det: str, ctx: Context) -> Norm | None:
    """"that weekend", "that summer": the weekend or season of the last date told; nothing without one."""
    if not (det.startswith("that") or det == "the same") or ctx.last_date is None:
        return None
    if unit in SEASONS:
        return Norm("DATE", f"{ctx.last_date[:4]}-{SEASONS[unit]}") if ctx.last_date[:4].isdigit() else None
    day = _antecedent_day(ctx.last_date)
    return Norm("DATE", fmt_week(day) + "-WE") if day is not None else None


def norm_postposed(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the day before", "the night after", "the week before": counted from the last date told."""
    unit = c.group("unit").lower()
    off = -1 if c.group("dir").lower() == "before" else 1
    if _antecedent_day(ctx.last_date) is None:
        return None
    found = anaphoric_value(unit, off, ctx.last_date, ctx.anchor)
    return Norm(found[0], found[1]) if found is not None else None


def norm_event_day(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the day after her arrest": the day next to the last date told, the event's own date.

    Set off by a comma right after a date ("June 3, the day before the launch") the phrase restates
    that date. Without a date told to the day, with that date more than a sentence back, with a modal
    between them, or with a time word later in the clause that dates the event itself, it is left out.
    """
    day = _antecedent_day(ctx.last_date)
    if day is None:
        return None
    if ctx.last_date_end is not None and APPOSITION.fullmatch(ctx.text, ctx.last_date_end, c.start):
        return Norm("DATE", fmt_date(day))
    between = ctx.text[max((ctx.last_date_end or 1) - 1, 0):c.start]
    if len(SENTENCE_END.findall(between)) > 1 or MODAL.search(between) or FOLLOWING_TIME.match(ctx.text, c.end):
        return None
    off = -1 if c.group("dir").lower() == "before" else 1
    return Norm("DATE", fmt_date(day + dt.timedelta(days=off)))


def norm_unit_before_last(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the week before last", "the year after next": the calendar unit two before or after the anchor's."""
    direction = c.group("dir")
    if direction[0].isupper():
        return None  # "The Week Before Last" in title case names a work
    unit = c.group("unit").lower()
    off = -2 if direction.lower().startswith("before") else 2
    a = ctx.anchor
    if a is None:
        return Norm("DATE", UNANCHORED_UNITS[unit])
    if unit == "week":
        return Norm("DATE", fmt_week(a + dt.timedelta(weeks=off)))
    if unit == "month":
        return Norm("DATE", fmt_month(*add_months(a.year, a.month, off)))
    return Norm("DATE", f"{a.year + off:04d}")


def norm_rel_unit(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"last week", "this year", "next summer", "the past decade": a calendar unit near the anchor."""
    g = c.groups
    # "next fiscal year" counts like "next year" (the calendar year stands in for the fiscal one).
    rel = re.sub(r"^(this|last|next) fiscal$", r"\1", re.sub(r"\s+", " ", c.group("rel").lower()))
    unit = c.group("unit").lower()
    mod = (g.get("mod") or "").lower()
    after = ctx.text[c.end:c.end + 12].lower()
    whole_year = rel in ("the", "the fiscal", "the full", "the current fiscal")
    if unit == "year" and whole_year and re.match(r"\s+end(?:ed|ing)\b", after):
        return Norm("DURATION", "P1Y")
    if rel == "the" and not mod and unit not in ("quarter", "weekend"):
        if not (unit == "year" and THE_YEAR_CUES.search(ctx.text[max(0, c.start - 24):c.start])):
            return None
    if rel in ("the", "the full", "the fiscal") and unit in SEASONS:
        return None
    off = REL_OFFSETS.get(rel, 0)
    a = ctx.anchor
    if a is None:
        return Norm("DATE", UNANCHORED_UNITS.get(unit, UNKNOWN_DATE))
    if unit == "week":
        return Norm("DATE", fmt_week(a + dt.timedelta(weeks=off)))
    if unit == "weekend":
        base = a + dt.timedelta(weeks=off)
        if off == 0 and a.isoweekday() < 5 and ctx.tense(c.start, c.end) not in ("FUTURE",):
            base = a - dt.timedelta(weeks=1)
        return Norm("DATE", fmt_week(base) + "-WE")
    if unit == "month":
        return Norm("DATE", fmt_month(*add_months(a.year, a.month, off)))
    if unit == "year":
        return Norm("DATE", f"{a.year + off:04d}")
    if unit == "quarter":
        if rel in ("the", "the latest"):
            y, q = reference_quarter(ctx) or quarter_of(a)
        else:
            y, q = add_quarters(*quarter_of(a), off)
        return Norm("DATE", f"{y:04d}-Q{q}")
    if (unit == "decade" and rel in STRETCH_TO_NOW) or (unit == "century" and rel in ("the past", "past")):
        # "over the past decade" is the ten years up to now, as "the past ten years" is.
        return Norm("DURATION", "P10Y" if unit == "decade" else "P100Y")
    if unit == "decade":
        return Norm("DATE", f"{a.year // 10 + off:03d}")
    if unit == "century":
        return Norm("DATE", f"{a.year // 100 + off:02d}")
    code = SEASONS[unit]
    first, last = SEASON_MONTHS[code]
    year = a.year
    if off < 0:
        year = a.year if (last < a.month and last >= first) else a.year - 1
    elif off > 0:
        year = a.year if first > a.month else a.year + 1
    return Norm("DATE", f"{year:04d}-{code}")


def norm_ref(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"now", "recently", "soon": PRESENT_REF, PAST_REF or FUTURE_REF."""
    w = re.sub(r"\s+", " ", c.group("w").lower())
    before = ctx.text[max(0, c.start - 12):c.start].lower()
    after = ctx.text[c.end:c.end + 12].lower()
    if w == "soon" and (re.search(r"\bas\s*$", before) or after.startswith(" as") or after.startswith(" after")):
        return None
    if w == "now" and re.search(r"\bfrom\s*$", before):
        return None
    if w == "now" and DISCOURSE_NOW.search(ctx.text, max(0, c.start - 4), c.start) and after.startswith(","):
        return None  # rule discourse_now: "Now, the question is ...": a turn in the telling, not the present
    if w == "soon" and ctx.tense(c.start, c.end) == "PAST":
        return None  # "was soon released": soon after a past event, not after the document date
    if w in ("current", "recent"):
        tok = ctx.token_at(c.start)
        if tok is not None and tok.pos_ != "ADJ":
            return None
        if w == "current" and re.match(r"\s+(?:account|affairs|events|of)\b", after):
            return None
    return Norm("DATE", REF_VALUES.get(w, "FUTURE_REF"))


def norm_while(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"for a while", "for some time": a stretch of time of unknown length and unit."""
    return Norm("DURATION", "PXX")


def norm_that_time(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"during that time" right after an amount of time ("a five-year plan. During that time"): that amount.

    The phrase refers back to the last expression the text told; after a date or with none, it is left out.
    """
    if ctx.last_duration is None:
        return None
    return Norm("DURATION", ctx.last_duration)
