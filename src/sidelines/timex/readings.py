"""Readings of the words of a time expression: numbers, units, months, weekdays, years and quarters,
resolved against the document's anchor date and tense where the text leaves them open."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sidelines.timex.anchor import Tense
from sidelines.timex.context import Context
from sidelines.timex.lexicon import DAY_ORDINALS, MONTHS, NUMBER_WORDS, UNITS, VAGUE_NUMBERS
from sidelines.timex.values import SEASON_MONTHS, add_quarters, fmt_date, quarter_of

if TYPE_CHECKING:
    pass

SOON_DAYS = 45
# A day written without a year this many days or fewer from the anchor is its nearest occurrence,
# whatever the tense ("are gathering from November 14 to 16" said on the 15th). In the TempEval
# tune half the gold year of every yearless day whose nearest occurrence lies within 91 days of the
# document date is that occurrence's (the first exception is 92 days off); half of that, as far as
# a past-tense report may look ahead (SOON_DAYS).
NEAR_DAYS = 45


def parse_number(words: str) -> float | None:
    """The value of a number written in digits or words; None for vague amounts ("several")."""
    w = re.sub(r"\s+", " ", words.strip().lower())
    half = 0.0
    for suffix in (" and a half", " 1/2", "½"):
        if w.endswith(suffix):
            w, half = w[: -len(suffix)].strip(), 0.5
    if w in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"[\d.,]+", w):
        try:
            return float(w.replace(",", "")) + half
        except ValueError:
            return None
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w] + half
    parts = re.split(r"[-\s]", w)
    if all(p in NUMBER_WORDS for p in parts):
        return sum(NUMBER_WORDS[p] for p in parts) + half
    return None


def day_number(word: str) -> int:
    """The day of the month a day word gives: "8", "8th", "eighth", "twenty first"."""
    digits = re.sub(r"\D", "", word)
    if digits:
        return int(digits)
    return DAY_ORDINALS[re.sub(r"[-\s]+", "-", word.strip().lower())]


def unit_code(word: str) -> str:
    """TIMEX3 unit letter(s) of a unit word ("years" -> "Y")."""
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in UNITS:
        w = w[:-1]
    if w == "millennia":
        return "ML"
    return UNITS.get(w, "X")


def duration_value(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P3D``, ``PT2H``, ``P2Q``, ``PXY`` for an unknown amount, fractions spelled out."""
    clock = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    prefix = "PT" if clock else "P"
    if n is None:
        return f"{prefix}X{letter}"
    if unit == "Q" and n != int(n):
        n, letter = n * 3, "M"  # a fraction of a quarter in months; whole quarters keep TimeML's Q ("P2Q")
    if unit == "DE":
        n, letter = n * 10, "Y"
    if unit == "FN":
        n, letter = n * 2, "W"
    if unit in ("CE", "ML") and n != int(n):
        n, letter, unit = n * (100 if unit == "CE" else 1000), "Y", "Y"  # "half a century": P50Y
    if n != int(n):
        whole, frac = int(n), n - int(n)
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "MIN": ("S", 60)}
        if unit in smaller:
            sub, k = smaller[unit]
            sub_prefix = "T" if sub == "H" and not clock else ""
            head = f"{whole}{letter}" if whole else ""
            return f"{prefix}{head}{sub_prefix}{int(round(frac * k))}{sub}"
        return f"{prefix}{n:g}{letter}"
    return f"{prefix}{int(n)}{letter}"


def month_number(word: str) -> int | None:
    """Month 1-12 of a month name or abbreviation."""
    return MONTHS.get(word.lower().rstrip("."))


def is_capitalised(word: str) -> bool:
    """True when a word starts with a capital letter."""
    return bool(word) and word[0].isupper()


def resolve_month(
    ctx: Context, month: int, day: int | None, tense: Tense | None, rel: str | None, toward: bool = False
) -> int | None:
    """The year of a month (and day) written without one, from the anchor and the tense."""
    if ctx.anchor is None:
        return ctx.year_hint
    a = ctx.anchor
    rel = (rel or "").lower()
    if rel == "this":
        return a.year
    here = a.month * 31 + (a.day if day else 0)
    there = month * 31 + (day or 0)
    if rel == "last":
        return a.year if month < a.month else a.year - 1
    if rel in ("next", "coming", "this coming"):
        return a.year if there > here else a.year + 1
    near = _nearest_year(a, month, day) if day else None
    if near is not None:
        return near
    # The tense says which side of the anchor; without one (or with a deadline word) the nearest occurrence.
    if tense == "PAST" and not toward:
        # A past-tense report may still name a day a few weeks ahead ("holders of record Nov. 22").
        if day and 0 < there - here <= SOON_DAYS:
            return a.year
        if day is None and (month - a.month) % 12 == 1:
            return a.year + (1 if month < a.month else 0)  # the coming month ("told of a cut in September")
        return a.year if there <= here else a.year - 1
    if tense == "FUTURE":
        return a.year if there >= here else a.year + 1
    options = [((there + 372 * k - here), a.year + k) for k in (-1, 0, 1)]
    return min(options, key=lambda o: abs(o[0]))[1]


def _nearest_year(anchor: dt.date, month: int, day: int) -> int | None:
    """The year of the occurrence of a month and day within NEAR_DAYS of the anchor, if there is one."""
    for year in (anchor.year, anchor.year + 1, anchor.year - 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((when - anchor).days) <= NEAR_DAYS:
            return year
    return None


def resolve_season(anchor: dt.date, code: str, tense: Tense | None) -> int:
    """The year of a season written without one: a past tense looks back, a future tense ahead.

    "began in the spring" said in February is last year's spring; "will ... in the spring" said
    in September is next year's. Otherwise the season of the anchor's year.
    """
    first, last = SEASON_MONTHS[code]
    if tense == "PAST" and first > anchor.month:
        return anchor.year - 1
    if tense == "FUTURE" and first <= last < anchor.month:
        return anchor.year + 1
    return anchor.year


def resolve_weekday(ctx: Context, wd: int, tense: Tense | None, rel: str | None) -> str:
    """The date of a weekday relative to the anchor: past or future by the word before it or the tense."""
    if ctx.anchor is None:
        return f"XXXX-WXX-{wd}"
    a = ctx.anchor
    delta = wd - a.isoweekday()
    rel = (rel or "").lower()
    if rel == "last":
        delta = delta - 7 if delta >= 0 else delta
    elif rel in ("next", "coming", "this coming"):
        delta = delta + 7 if delta <= 0 else delta
    elif rel == "this":
        pass
    elif delta > 0 and tense != "FUTURE" and tense != "PRESENT":
        delta -= 7
    elif delta < 0 and tense in ("FUTURE", "PRESENT"):
        delta += 7
    return fmt_date(a + dt.timedelta(days=delta))


def year_of(group: str | None) -> int | None:
    return int(group) if group else None


def reference_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter financial news reports on: the first one the text names, else the last complete one.

    A report leads with its quarter ("fourth-quarter earnings fell"), and "the latest period" or
    "a year earlier" later on refer back to it; a company whose fiscal year is not the calendar's
    names a quarter other than the last calendar one. A first quarter more than one quarter away
    from the last complete one is history, not the report's.
    """
    if ctx.anchor is None:
        return None
    last_complete = add_quarters(*quarter_of(ctx.anchor), -1)
    lead = ctx.lead_quarter
    if lead is not None:
        gap = (lead[0] - last_complete[0]) * 4 + lead[1] - last_complete[1]
        if -1 <= gap <= 1:
            return lead
    return last_complete
