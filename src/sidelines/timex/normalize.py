"""TIMEX3 type and value for each recognised candidate, resolved against the document date and tense."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from dateutil.easter import easter

from sidelines.timex.anchor import Tense, points_ahead, tense_at
from sidelines.timex.lexicon import (
    DAY_PARTS,
    GENERIC_PRESENT_NOUNS,
    HOLIDAYS,
    MONTHS,
    NON_YEAR_NEXT,
    NUMBER_WORDS,
    ORDINALS,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from sidelines.timex.values import (
    SEASON_MONTHS,
    add_months,
    add_quarters,
    fmt_date,
    fmt_month,
    fmt_week,
    quarter_of,
    shift,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.timex.recognize import RuleMatch

UNKNOWN_DATE = "XXXX-XX-XX"
CLOCK_CUES = re.compile(r"(?:\bat|\bby|\buntil|\bfrom|\bbefore|\bafter|\baround|\babout|\bsince|\bto|\band)\s*$", re.I)
# A clock time converted in brackets and then its day: "10:35 a.m. [(0735 GMT) Friday]".
CONVERTED_CLOCK_DAY = re.compile(
    r"\s*\(\s*\d{3,4}\s+(?:GMT|UTC)\s*\),?\s+(?:on\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
SET_CUES = re.compile(r"(?:\bonce|\btwice|\bthrice|\btimes|\bper)\s*$", re.I)
SOON_DAYS = 45
QUARTER_WORD = re.compile(r"\bquarter", re.I)
QUARTER_CONTEXT = 400
# Words before a bare "May" that make it the month rather than the modal verb.
MAY_CUES = re.compile(
    r"\b(?:in|since|until|till|of|by|from|to|early|late|mid|through|before|after|last|this|next|between|during"
    r"|and|or|around|for)\s*$"
)
FUTURE_CUES = re.compile(r"\b(?:as\s+soon\s+as|as\s+early\s+as|until|till|by|starting|beginning|from)\s*$", re.I)
DEADLINE_CUES = re.compile(r"\b(?:until|till|to|by|through|before|effective|payable|expire|expires)\s*$", re.I)
# Words before "the year" that make it the current year ("for the year", "the first nine months of the year").
THE_YEAR_CUES = re.compile(
    r"(?:\bfor|\b(?:months|quarters|weeks|half|part|rest|remainder|balance|start|beginning|end|middle)\s+of)\s*$",
    re.IGNORECASE,
)
NOT_DATE_AFTER = re.compile(r"^\s*(?:%|percent|per\s*cent)", re.I)


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
    last_quarter: str | None = None
    _tense_cache: dict[tuple[int, int], Tense | None] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense governing ``[start, end)`` (cached)."""
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
    """A TIMEX3 duration: ``P3D``, ``PT2H``, ``PXY`` for an unknown amount, fractions spelled out."""
    clock = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    prefix = "PT" if clock else "P"
    if n is None:
        return f"{prefix}X{letter}"
    if unit == "Q":
        n, letter = n * 3, "M"
    if unit == "DE":
        n, letter = n * 10, "Y"
    if unit == "FN":
        n, letter = n * 2, "W"
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
    # The tense says which side of the anchor; without one (or with a deadline word) the nearest occurrence.
    if tense == "PAST" and not toward:
        # A past-tense report may still name a day a few weeks ahead ("holders of record Nov. 22").
        if day and 0 < there - here <= SOON_DAYS:
            return a.year
        return a.year if there <= here else a.year - 1
    if tense == "FUTURE":
        return a.year if there >= here else a.year + 1
    options = [((there + 372 * k - here), a.year + k) for k in (-1, 0, 1)]
    return min(options, key=lambda o: abs(o[0]))[1]


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


def _year_of(group: str | None) -> int | None:
    return int(group) if group else None


def norm_month_date(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A month, with or without day and year ("May 2025", "Sept. 30", "early March")."""
    g = c.groups
    mon_word = g["mon"]
    if not is_capitalised(mon_word):
        return None
    month = month_number(mon_word)
    if month is None:
        return None
    day = int(re.sub(r"\D", "", g["day"])) if g.get("day") else None
    abbrev = len(mon_word.rstrip(".")) <= 4 and mon_word.lower().rstrip(".") not in ("may", "june", "july")
    if abbrev and not mon_word.endswith(".") and day is None:
        return None
    if mon_word.lower() in ("may", "march") and day is None and not g.get("year"):
        tok = ctx.token_at(c.start)
        if tok is not None and (tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX")):
            return None
    if mon_word.lower() == "may" and day is None and not g.get("year") and not g.get("rel") and not g.get("mod"):
        before = ctx.text[max(0, c.start - 12):c.start].lower()
        if not MAY_CUES.search(before):
            return None
    year = _year_of(g.get("year"))
    has_year = year is not None
    if year is None and g.get("yrel") and ctx.anchor is not None:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        has_year = True
    if year is None:
        toward = bool(DEADLINE_CUES.search(ctx.text[max(0, c.start - 10):c.start]))
        year = resolve_month(ctx, month, day, ctx.tense(c.start, c.end), g.get("rel"), toward)
    ystr = f"{year:04d}" if year is not None else "XXXX"
    if day is not None:
        try:
            dt.date(year or 2000, month, day)
        except ValueError:
            return None
        return Norm("DATE", f"{ystr}-{month:02d}-{day:02d}", has_year)
    return Norm("DATE", f"{ystr}-{month:02d}", has_year)


def norm_numeric_date(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A date written in digits ("2025-09-01", "9/1/2025")."""
    g = c.groups
    year = int(g["year"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    try:
        d = dt.date(year, int(g["mon"]), int(g["day"]))
    except ValueError:
        return None
    return Norm("DATE", fmt_date(d), True)


def norm_weekday(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A weekday, past or future by the word before it or the governing verb's tense."""
    g = c.groups
    if not is_capitalised(g["wd"]):
        return None
    if g.get("mon") and g.get("day"):
        sub = norm_month_date(c, ctx)
        if sub is not None:
            return sub
    wd = WEEKDAYS[g["wd"].lower()]
    pre = (g.get("pre") or "").lower()
    rel = pre if pre in ("last", "next", "this", "coming", "this coming") else None
    tense = ctx.tense(c.start, c.end)
    if FUTURE_CUES.search(ctx.text[max(0, c.start - 16):c.start]) or (
        tense != "FUTURE" and points_ahead(ctx.parsed, c.start, c.end)
    ):
        tense = "FUTURE"
    value = resolve_weekday(ctx, wd, tense, rel)
    # Only "evening" is reliably marked in news annotation; "Friday night/morning" keep the day's value.
    if (g.get("part") or "").lower() == "evening":
        value += "TEV"
    return Norm("DATE", value)


def _clock_date(c: "RuleMatch", ctx: Context) -> str | None:
    g = c.groups
    later = CONVERTED_CLOCK_DAY.match(ctx.text, c.end)
    if later and not g.get("wd"):
        g = {**g, "wd": later.group("wd")}  # "10:35 a.m. (0735 GMT) Friday": the day after the conversion
    if g.get("wd"):
        tense = ctx.tense(c.start, c.end)
        if FUTURE_CUES.search(ctx.text[max(0, c.start - 16):c.start]) or (
            tense != "FUTURE" and points_ahead(ctx.parsed, c.start, c.end)
        ):
            tense = "FUTURE"
        return resolve_weekday(ctx, WEEKDAYS[g["wd"].lower()], tense, None)
    if g.get("mon") and g.get("day"):
        month = month_number(g["mon"])
        if month is None:
            return None
        day = int(re.sub(r"\D", "", g["day"]))
        year = resolve_month(ctx, month, day, ctx.tense(c.start, c.end), None)
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
    if not g.get("rd") and ctx.last_date and _LAST_DAY.match(ctx.last_date):
        return ctx.last_date[:10]  # a bare clock time belongs to the day the story is at
    if ctx.anchor is None:
        return UNKNOWN_DATE
    offset = {"yesterday": -1, "tomorrow": 1}.get((g.get("rd") or "").lower(), 0)
    return fmt_date(ctx.anchor + dt.timedelta(days=offset))


def norm_clock(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A clock time ("3 p.m. Friday", "noon"); a bare stamp at the head of a line is refused."""
    g = c.groups
    if g.get("h24") is not None:
        line_start = ctx.text.rfind("\n", 0, c.start) + 1
        if not ctx.text[line_start:c.start].strip():
            return None  # a live-blog stamp at the head of a line is an update, not a time expression
        if not g.get("tz") and not CLOCK_CUES.search(ctx.text[max(0, c.start - 8):c.start]):
            return None
        hour, minute = int(g["h24"]), int(g["mi24"])
    elif g.get("named"):
        hour, minute = (24, 0) if g["named"].lower() == "midnight" else (12, 0)
    elif g.get("oc"):
        n = parse_number(g["oc"])
        if n is None or not 1 <= n <= 12:
            return None
        hour, minute = int(n), 0
    else:
        hour, minute = int(g["h"]), int(g["mi"] or 0)
        ampm = g["ampm"].lower()
        if hour > 12:
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    date = _clock_date(c, ctx)
    if date is None:
        return None
    if hour == 24:
        return Norm("TIME", f"{date}T24:00")
    return Norm("TIME", f"{date}T{hour:02d}:{minute:02d}")


def _generic_today(c: "RuleMatch", ctx: Context) -> bool:
    """True for "today's world", "today's youth": the present age rather than the document's day."""
    m = re.match(r"['’]s\s+([a-z]+)\b", ctx.text[c.end:c.end + 40])
    if not m:
        return False
    noun = m.group(1)
    tok = ctx.token_at(c.start)
    if tok is not None and tok.dep_ == "poss" and tok.head.pos_ == "NOUN":
        noun = tok.head.lower_  # the possessed noun, past its adjectives ("today's personal computers")
    return noun in GENERIC_PRESENT_NOUNS or noun.rstrip("s") in GENERIC_PRESENT_NOUNS


def norm_rel_day(c: "RuleMatch", ctx: Context) -> Norm | None:
    """Today, yesterday, tomorrow, tonight (with an optional part of the day)."""
    g = c.groups
    w = re.sub(r"\s+", " ", g["w"].lower())
    offsets = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    part = DAY_PARTS.get((g.get("part") or "").lower()) or DAY_PARTS.get(w, "")
    if w == "today" and not part and _generic_today(c, ctx):
        return Norm("DATE", "PRESENT_REF")
    if ctx.anchor is None:
        return Norm("TIME" if part else "DATE", UNKNOWN_DATE + part)
    value = fmt_date(ctx.anchor + dt.timedelta(days=offsets[w])) + part
    return Norm("TIME" if part and w != "tonight" else "DATE", value)


def norm_this_part(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"this morning", "last night": a part of the anchor day or the day before."""
    g = c.groups
    part = DAY_PARTS[g["part"].lower()]
    rel = g["rel"].lower()
    if rel == "last" and part != "TNI":
        return None
    offset = -1 if rel in ("last", "yesterday") else 0
    base = fmt_date(ctx.anchor + dt.timedelta(days=offset)) if ctx.anchor else UNKNOWN_DATE
    return Norm("TIME", base + part)


def _reference_quarter(ctx: Context) -> tuple[int, int] | None:
    """The last complete quarter before the anchor: what financial news reports on."""
    if ctx.anchor is None:
        return None
    return add_quarters(*quarter_of(ctx.anchor), -1)


def norm_ago(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"two years ago", "a year earlier": a date counted back (or on) from the anchor."""
    g = c.groups
    n = parse_number(g["num"]) if g["num"] else None
    unit = unit_code(g["unit"])
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if direction in ("earlier", "later") and unit in ("D", "W", "H", "MIN", "S"):
        return Norm("DURATION", duration_value(n, unit))
    if n is None:
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if ctx.anchor is None:
        return Norm("DATE", {"Y": "XXXX", "M": "XXXX-XX"}.get(unit, UNKNOWN_DATE))
    if unit == "Y" and n == 1 and direction in ("ago", "earlier") and QUARTER_WORD.search(
        ctx.text[max(0, c.start - QUARTER_CONTEXT):c.end + 40]
    ):
        ref = _reference_quarter(ctx)
        if ref is not None:
            return Norm("DATE", f"{ref[0] - 1:04d}-Q{ref[1]}")
    if unit in ("H", "MIN", "S"):
        return Norm("DATE", fmt_date(ctx.anchor))
    k = int(n) if n == int(n) else n
    if isinstance(k, float):
        return None
    d = shift(ctx.anchor, unit if unit in ("D", "W", "M", "Q", "Y", "DE", "CE") else "D", sign * k)
    if unit == "W":
        return Norm("DATE", fmt_week(d))
    if unit == "D":
        return Norm("DATE", fmt_date(d))
    if unit in ("M",):
        return Norm("DATE", fmt_month(d.year, d.month))
    if unit == "Q":
        return Norm("DATE", "{}-Q{}".format(*quarter_of(d)))
    if unit == "DE":
        return Norm("DATE", f"{d.year // 10:03d}")
    if unit == "CE":
        return Norm("DATE", f"{d.year // 100:02d}")
    return Norm("DATE", f"{d.year:04d}")


def norm_duration(c: "RuleMatch", ctx: Context) -> Norm | None:
    """An amount of time ("three days", "the past two years", "two-hour")."""
    g = c.groups
    num = g["num"].lower()
    unit = unit_code(g["unit"])
    after = ctx.text[c.end:c.end + 12]
    if unit == "Y" and ((g.get("old") or "").lower() == "-old" or re.match(r"\s+old\b", after)):
        return None  # an age ("a 52-year-old man"), not a time expression
    if g["unit"].lower() == "quarters" and re.match(r"\s+of\b", after) and "-" in (g.get("sep") or ""):
        return None  # "three-quarters of its food"
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", num.strip()):
        return None
    if re.fullmatch(r"an?", num.strip()) and unit == "S" and not g.get("mod"):
        return None  # "a second" is nearly always the ordinal
    if re.fullmatch(r"some", num.strip()) and not g.get("det"):
        return None
    n = parse_number(g["num1"] or num)
    if n is not None and n > 10000:
        return None
    before = ctx.text[max(0, c.start - 20):c.start]
    if re.fullmatch(r"an?|one|per", num.strip()) and SET_CUES.search(before):
        return Norm("SET", duration_value(1, unit))
    if unit == "WE" and n == 1 and not g.get("det"):
        return None
    return Norm("DURATION", duration_value(n, unit))


def norm_long_units(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"decades-long", "day-long": a duration written as an adjective."""
    unit = c.groups["unit"].lower()
    n = 1 if not unit.endswith("s") else None
    return Norm("DURATION", duration_value(n, unit_code(unit)))


def norm_recent_units(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"recent years", "coming months": an unbounded stretch near the present."""
    g = c.groups
    qual = g["qual"].lower()
    if qual == "recent":
        return Norm("DURATION", duration_value(None, unit_code(g["unit"])))
    return Norm("DATE", "PAST_REF" if qual == "past" else "FUTURE_REF")


def norm_year_end(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"year-end": the anchor's year."""
    return Norm("DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else "XXXX")


def norm_spelled_year(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A year in words ("nineteen ninety-six", "the year two thousand")."""
    words = re.sub(r"\s+and\b", "", c.groups["w"].lower())
    words = re.sub(r"\s+", " ", words)
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].strip()
        n = parse_number(rest) if rest else 0
        return Norm("DATE", f"{2000 + int(n or 0):04d}", True) if n is not None else None
    rest = words[len("nineteen"):].strip().replace("hundred", "").strip()
    rest = re.sub(r"^oh[-\s]", "", rest)
    n = parse_number(rest)
    if n is None or not c.groups.get("pre") and n < 10 and "oh" not in words:
        return None
    return Norm("DATE", f"{1900 + int(n):04d}", True)


def norm_vague_units(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A bare plural unit after a preposition ("for years"): a duration of unknown length."""
    g = c.groups
    unit = unit_code(g["unit"])
    qual = (g.get("qual") or "").lower()
    if qual == "recent":
        return Norm("DATE", "PAST_REF")
    return Norm("DURATION", duration_value(None, unit))


UNANCHORED_UNITS: dict[str, str] = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}
ANAPHOR_OFFSETS: dict[str, int] = {
    "that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1, "the prior": -1,
}
_LAST_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_LAST_MONTH = re.compile(r"^(\d{4})-(\d\d)")
_LAST_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_LAST_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")


def _antecedent_day(value: str | None) -> dt.date | None:
    """The day a ``YYYY-MM-DD...`` value names; None for coarser values."""
    m = _LAST_DAY.match(value or "")
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
        qm = _LAST_QUARTER.match(last)
        mm = _LAST_MONTH.match(last)
        if qm:
            y, q = add_quarters(year, int(qm.group(2)), off)
        elif mm:
            y, q = add_quarters(year, (int(mm.group(2)) - 1) // 3 + 1, off)
        else:
            return None
        return "DATE", f"{y:04d}-Q{q}"
    if unit == "month":
        mm = _LAST_MONTH.match(last)
        if not mm:
            return None
        return "DATE", fmt_month(*add_months(year, int(mm.group(2)), off))
    if unit == "week":
        wm = _LAST_WEEK.match(last)
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
    det = re.sub(r"\s+", " ", g["det"].lower())
    unit = g["unit"].lower()
    if det == "the next" and unit not in ("day", *DAY_PARTS):
        return None  # "the next year" counts from the document date (rel_unit)
    if det.startswith("that") and unit == "day" and not g.get("mod") and ctx.last_date is None:
        return None
    last = ctx.last_quarter if unit == "quarter" and ctx.last_quarter else ctx.last_date
    found = anaphoric_value(unit, ANAPHOR_OFFSETS[det], last, ctx.anchor)
    if found is None:
        return None
    return Norm(found[0], found[1])


REL_OFFSETS: dict[str, int] = {
    "this": 0, "the current": 0, "current": 0, "the same": 0, "the": 0, "the latest": 0,
    "the full": 0, "the fiscal": 0, "the current fiscal": 0, "the latest fiscal": -1, "this past": -1,
    "last": -1, "the past": -1, "the previous": -1, "the last": -1, "the prior": -1, "past": -1, "previous": -1,
    "next": 1, "the coming": 1, "the following": 1, "the next": 1, "coming": 1,
}


def norm_rel_unit(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"last week", "this year", "next summer", "the past decade": a calendar unit near the anchor."""
    g = c.groups
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower()
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
            y, q = _reference_quarter(ctx) or quarter_of(a)
        else:
            y, q = add_quarters(*quarter_of(a), off)
        return Norm("DATE", f"{y:04d}-Q{q}")
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


def norm_quarter(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the third quarter", "first-half": a quarter or half year."""
    g = c.groups
    n = ORDINALS[g["ord"].lower()]
    what = g["what"].lower()
    if what == "half" and n > 2:
        return None
    year = _year_of(g.get("yr") or g.get("year2") or g.get("year3"))
    has_year = year is not None
    a = ctx.anchor
    yrel = g.get("yrel") or g.get("yrel0")
    if year is None and yrel and a is not None:
        year = a.year + {"last": -1, "this": 0, "next": 1}[yrel.lower()]
    if year is None:
        if a is None:
            year = ctx.year_hint
        else:
            first_month = 3 * n - 2 if what == "quarter" else 6 * n - 5
            year = a.year if first_month <= a.month else a.year - 1
    rel = (g.get("rel") or "").lower()
    if rel in ("year-earlier", "year-ago") and year is not None:
        year -= 1
    ystr = f"{year:04d}" if year is not None else "XXXX"
    if what == "quarter":
        return Norm("DATE", f"{ystr}-Q{n}", has_year)
    return Norm("DATE", f"{ystr}-H{n}", has_year)


def norm_period(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the year-earlier period", "the latest quarter": a reporting period of financial news."""
    x = re.sub(r"\s+", " ", c.groups["x"].lower())
    ref = _reference_quarter(ctx)
    if ref is None:
        return Norm("DATE", "XXXX-QX")
    if "latest" in x or x == "the quarter":
        return Norm("DATE", f"{ref[0]:04d}-Q{ref[1]}")
    if ctx.quarterly:
        return Norm("DATE", f"{ref[0] - 1:04d}-Q{ref[1]}")
    return Norm("DATE", f"{ref[0] - 1:04d}" if ctx.anchor else "XXXX")


def norm_year(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A four-digit year, refused when it is a count, an amount or a percentage."""
    g = c.groups
    year = int(g["year"])
    after = ctx.text[c.end:c.end + 30]
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in NON_YEAR_NEXT:
        return None
    if NOT_DATE_AFTER.match(after) or re.match(r"[,.]\d", after):
        return None
    tok = ctx.token_at(c.start + (len(c.text) - len(g["year"])))
    if tok is not None and tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") and not g.get("pre"):
        return None
    if tok is not None and tok.ent_type_ == "CARDINAL" and not g.get("pre"):
        prev = ctx.text[max(0, c.start - 12):c.start].lower()
        if not re.search(r"\b(?:in|since|of|by|until|from|to|and|before|after|during|through|the|year)\s*$", prev):
            return None
    return Norm("DATE", f"{year:04d}", True)


def norm_decade(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the 1990s", "the early '80s": a decade."""
    g = c.groups
    dec = g["dec"]
    if dec[0] in "'’":
        century = (ctx.anchor.year // 100) if ctx.anchor else 19
        if int(dec[1]) * 10 > (ctx.anchor.year % 100 if ctx.anchor else 99):
            century -= 1
        dec = f"{century:02d}{dec[1:]}"
    head = dec[:3]
    pre = (g.get("pre") or "").lower()
    return Norm("DATE", head if any(m in pre for m in ("early", "mid", "late")) else head + "X", True)


def norm_century(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the 20th century": a century."""
    word = c.groups["ord"].lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ORDINALS.get(word)
    if not n or n > 21:
        return None
    return Norm("DATE", f"{n - 1:02d}", True)


def norm_set(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"every Monday", "each July", "every two weeks": a recurring time."""
    g = c.groups
    u = g["u"].lower()
    n = parse_number(g["num"]) if g.get("num") else 1
    if u in WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[u]}")
    m = month_number(u)
    if m is not None and is_capitalised(g["u"]):
        return Norm("SET", f"XXXX-{m:02d}")
    if u in DAY_PARTS:
        return Norm("SET", f"XXXX-XX-XX{DAY_PARTS[u]}")
    if u in SEASONS:
        return Norm("SET", f"XXXX-{SEASONS[u]}")
    code = unit_code(u)
    if code == "X":
        return None
    return Norm("SET", duration_value(n if n is not None else None, code))


SET_ADJ: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "nightly": "P1D", "annual": "P1Y", "quarterly": "P3M", "biweekly": "P2W", "semiannual": "P6M",
    "twice-yearly": "P6M",
}


def norm_set_adj(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"daily", "weekly": a recurring time written as one word."""
    return Norm("SET", SET_ADJ[c.groups["adj"].lower()])


def norm_holiday(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A named holiday, in the year the anchor and tense point to."""
    h = re.sub(r"\s+", " ", c.groups["h"].lower()).replace("’", "'")
    if not is_capitalised(c.groups["h"]):
        return None
    year = _year_of(c.groups.get("year"))
    has_year = year is not None
    if year is None:
        month, day = HOLIDAYS.get(h, (11, 25) if h.startswith("thanksgiving") else (4, 1))
        rel = ctx.text[max(0, c.start - 6):c.start].strip().lower()
        rel_word = rel if rel in ("last", "next", "this") else None
        year = resolve_month(ctx, month, day, ctx.tense(c.start, c.end), rel_word)
    if year is None:
        return Norm("DATE", UNKNOWN_DATE)
    if h.startswith("thanksgiving"):
        nov1 = dt.date(year, 11, 1)
        first_thu = nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7)
        return Norm("DATE", fmt_date(first_thu + dt.timedelta(weeks=3)), has_year)
    if h.startswith("easter"):
        return Norm("DATE", fmt_date(easter(year)), has_year)
    month, day = HOLIDAYS[h]
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}", has_year)


def norm_season(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"early summer", "the winter of 2024": a season."""
    g = c.groups
    code = SEASONS[g["s"].lower()]
    year = _year_of(g.get("year"))
    if year is None:
        if not g.get("pre") or code == "FA":
            return None
        year = ctx.anchor.year if ctx.anchor else ctx.year_hint
    return Norm("DATE", f"{year:04d}-{code}" if year else f"XXXX-{code}", g.get("year") is not None)


REF_VALUES: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "current": "PRESENT_REF", "at present": "PRESENT_REF",
    "recently": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "recent": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}


def norm_ref(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"now", "recently", "soon": PRESENT_REF, PAST_REF or FUTURE_REF."""
    w = re.sub(r"\s+", " ", c.groups["w"].lower())
    before = ctx.text[max(0, c.start - 12):c.start].lower()
    after = ctx.text[c.end:c.end + 12].lower()
    if w == "soon" and (re.search(r"\bas\s*$", before) or after.startswith(" as") or after.startswith(" after")):
        return None
    if w == "now" and re.search(r"\bfrom\s*$", before):
        return None
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


def norm_year_period(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the 1988 period": the year of a reporting period."""
    return Norm("DATE", c.groups["year"], True)


NORMALISERS: dict[str, Callable[["RuleMatch", Context], Norm | None]] = {
    "iso_date": norm_numeric_date, "slash_date": norm_numeric_date, "month_date": norm_month_date,
    "day_month": norm_month_date, "weekday": norm_weekday, "clock": norm_clock, "rel_day": norm_rel_day,
    "this_part": norm_this_part, "ago": norm_ago, "duration": norm_duration, "vague_units": norm_vague_units,
    "rel_unit": norm_rel_unit, "anaphor": norm_anaphor, "while": norm_while, "quarter": norm_quarter,
    "period": norm_period, "year": norm_year,
    "year_period": norm_year_period, "decade": norm_decade, "century": norm_century, "set": norm_set,
    "set_adj": norm_set_adj, "recent_units": norm_recent_units, "long_units": norm_long_units,
    "year_end": norm_year_end,
    "spelled_year": norm_spelled_year, "holiday": norm_holiday, "season": norm_season, "ref": norm_ref,
}


def normalise(c: "RuleMatch", ctx: Context) -> Norm | None:
    """The TIMEX3 type and value of a candidate, or None when it is not a time expression after all."""
    return NORMALISERS[c.rule](c, ctx)
