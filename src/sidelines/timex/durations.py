"""Normalisers of durations and sets: "three years", "two weeks ago", "recent months", "every week"."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sidelines.timex.context import UNKNOWN_DATE, Context, Norm
from sidelines.timex.lexicon import DAY_PARTS, SEASONS, WEEKDAYS
from sidelines.timex.readings import (
    duration_value,
    is_capitalised,
    month_number,
    parse_number,
    reference_quarter,
    unit_code,
)
from sidelines.timex.values import fmt_date, fmt_month, fmt_week, quarter_of, shift

if TYPE_CHECKING:
    from sidelines.timex.recognize import RuleMatch

SET_CUES = re.compile(r"(?:\bonce|\btwice|\bthrice|\btimes|\bper)\s*$", re.I)
ANTECEDENT = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>0[1-9]|1[0-2]))?(?:$|-\d\d(?:$|T))")
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*|\n\s*)(?:[\"“'‘`]+\s*)?$")
# Where a bare plural before "later" may stand: opening a clause, or with the signal closing one.
CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;,]\s*|\n\s*|\band\s+)(?:[\"“'‘`]+\s*)?$")
CLAUSE_CLOSE = re.compile(r"\s*(?:[.!?;,:)\"”'’]|$)")
# A plural that a verb takes as its object or subject ("publish its opening hours later") is no amount of time.
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})
QUARTER_WORD = re.compile(r"\bquarter", re.I)
QUARTER_CONTEXT = 400
MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|['’]ll)\s+$", re.I)
SET_ADJ: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "nightly": "P1D", "annual": "P1Y", "quarterly": "P3M", "biweekly": "P2W", "semiannual": "P6M",
    "twice-yearly": "P6M",
}


def norm_ago(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"two years ago", "a year earlier": a date counted back (or on) from the anchor."""
    g = c.groups
    # "five or six weeks ago" counts back the first amount, as the amount of time "five or six weeks" does.
    n = parse_number(g.get("num1") or g["num"]) if g["num"] else None
    unit = unit_code(c.group("unit"))
    direction = re.sub(r"\s+", " ", c.group("dir").lower())
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if direction in ("earlier", "later") and unit in ("D", "W", "H", "MIN", "S"):
        return _amount_before_signal(c, ctx, n, unit)
    if n is None and direction in ("earlier", "later"):
        # "a few years later", "months earlier": an amount of time, never a time after publication.
        return _amount_before_signal(c, ctx, None, unit)
    if n is None:
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if ctx.anchor is None:
        return Norm("DATE", {"Y": "XXXX", "M": "XXXX-XX"}.get(unit, UNKNOWN_DATE))
    if unit == "Y" and n == 1 and direction in ("ago", "earlier") and QUARTER_WORD.search(
        ctx.text[max(0, c.start - QUARTER_CONTEXT):c.end + 40]
    ):
        ref = reference_quarter(ctx)
        if ref is not None:
            return Norm("DATE", f"{ref[0] - 1:04d}-Q{ref[1]}")
    if unit in ("H", "MIN", "S"):
        return Norm("DATE", fmt_date(ctx.anchor))
    k = int(n) if n == int(n) else n
    if isinstance(k, float):
        return None
    base = ctx.anchor
    if direction == "later" and unit == "DE" and ctx.last_decade is not None:
        base = dt.date(int(ctx.last_decade) * 10 + 5, 7, 1)  # "the 1950s ... a decade later" (rule decade_later)
    elif direction == "later":
        base = antecedent_date(ctx.last_date, unit) or base
    d = shift(base, unit if unit in ("D", "W", "M", "Q", "Y", "DE", "CE") else "D", sign * k)
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


def _amount_before_signal(c: "RuleMatch", ctx: Context, n: float | None, unit: str) -> Norm | None:
    """The amount of time before "later"/"earlier" (rule vague_later for a bare plural).

    A bare plural ("Days later, ...", "arrived weeks later.") needs the clause to open with it or the
    signal to close it: "long hours later in the season" is no time expression.
    """
    if c.groups.get("num") is None:
        opens = CLAUSE_OPEN.search(ctx.text, max(0, c.start - 6), c.start)
        closes = CLAUSE_CLOSE.match(ctx.text, c.end)
        if not (opens or closes) or (not opens and _is_argument(ctx, c.start)):
            return None
    return Norm("DURATION", duration_value(n, unit))


def _is_argument(ctx: Context, start: int) -> bool:
    """True where the parse makes the plural a verb's object or subject, not the amount "later" counts."""
    tok = ctx.token_at(start)
    return tok is not None and tok.dep_ in ARGUMENT_DEPS


def antecedent_date(last: str | None, unit: str) -> dt.date | None:
    """The date a "later" counts from: the last date the text told, if fine enough for ``unit``.

    "ago" counts from the moment of writing, but "three years later" from the time the story is
    at ("In 1995 ... three years later" is 1998). A month count needs a month, a year count a year;
    a quarter or week value is not read (the document date stands in).
    """
    m = ANTECEDENT.match(last or "")
    if m is None:
        return None
    year, month = int(m.group("y")), m.group("m")
    if month is None:
        if unit not in ("Y", "DE", "CE"):
            return None
        return dt.date(year, 7, 1)
    return dt.date(year, int(month), 1)


def norm_duration(c: "RuleMatch", ctx: Context) -> Norm | None:
    """An amount of time ("three days", "the past two years", "two-hour")."""
    g = c.groups
    num = c.group("num").lower()
    unit = unit_code(c.group("unit"))
    after = ctx.text[c.end:c.end + 12]
    if unit == "Y" and ((g.get("old") or "").lower() == "-old" or re.match(r"\s+old\b", after)):
        return None  # an age ("a 52-year-old man"), not a time expression
    if c.group("unit")[0].isupper() and not SENTENCE_START.search(ctx.text, max(0, c.start - 4), c.start):
        return None  # a capitalised unit inside a sentence names something ("CBS's 60 Minutes")
    if c.group("unit").lower() == "quarters" and re.match(r"\s+of\b", after) and "-" in (g.get("sep") or ""):
        return None  # "three-quarters of its food"
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", num.strip()):
        return None
    if re.fullmatch(r"an?", num.strip()) and unit == "S" and not g.get("mod"):
        return None  # "a second" is nearly always the ordinal
    if re.fullmatch(r"some", num.strip()) and not g.get("det"):
        return None
    n = parse_number(g["num1"] or num)
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half"
    if n is not None and n > 10000:
        return None
    before = ctx.text[max(0, c.start - 20):c.start]
    if _some_day_ahead(c, ctx):
        return Norm("DATE", "FUTURE_REF")
    if re.fullmatch(r"an?|one|per", num.strip()) and SET_CUES.search(before):
        return Norm("SET", duration_value(1, unit))
    if unit == "WE" and n == 1 and not g.get("det"):
        return None
    return Norm("DURATION", duration_value(n, unit))


def _some_day_ahead(c: "RuleMatch", ctx: Context) -> bool:
    """True for "one day" between a modal and its verb ("will one day rival", "can one day return").

    There it frames the verb as some time ahead; elsewhere ("lasted one day", "strike for one day")
    it stays an amount of time.
    """
    if re.sub(r"\s+", " ", c.text.lower()) != "one day":
        return False
    return bool(MODAL_BEFORE.search(ctx.text, max(0, c.start - 12), c.start))


def norm_long_units(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"decades-long", "day-long": a duration written as an adjective."""
    unit = c.group("unit").lower()
    n = 1 if not unit.endswith("s") else None
    return Norm("DURATION", duration_value(n, unit_code(unit)))


def norm_recent_units(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"recent years", "coming months": an unbounded stretch near the present."""
    qual = c.group("qual").lower()
    if qual == "recent":
        return Norm("DURATION", duration_value(None, unit_code(c.group("unit"))))
    return Norm("DATE", "PAST_REF" if qual == "past" else "FUTURE_REF")


def norm_vague_units(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A bare plural unit after a preposition ("for years"): a duration of unknown length."""
    g = c.groups
    unit = unit_code(c.group("unit"))
    qual = (g.get("qual") or "").lower()
    if qual == "recent":
        return Norm("DATE", "PAST_REF")
    return Norm("DURATION", duration_value(None, unit))


def norm_set(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"every Monday", "each July", "every two weeks": a recurring time."""
    g = c.groups
    u = c.group("u").lower()
    n = parse_number(c.group("num")) if g.get("num") else 1
    if u in WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[u]}" + DAY_PARTS.get((g.get("part") or "").lower(), ""))
    m = month_number(u)
    if m is not None and is_capitalised(c.group("u")):
        return Norm("SET", f"XXXX-{m:02d}")
    if u in DAY_PARTS:
        return Norm("SET", f"XXXX-XX-XX{DAY_PARTS[u]}")
    if u in SEASONS:
        return Norm("SET", f"XXXX-{SEASONS[u]}")
    code = unit_code(u)
    if code == "X":
        return None
    if n is not None and re.search(r"\bother\b", c.text, re.IGNORECASE):
        n *= 2  # "every other week": once in two weeks
    return Norm("SET", duration_value(n if n is not None else None, code))


def norm_weekday_set(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"Tuesdays", "Sunday nights": a weekday (and part of it) that recurs."""
    if not is_capitalised(c.group("wd")):
        return None
    part = DAY_PARTS.get((c.groups.get("part") or "").lower(), "")
    return Norm("SET", f"XXXX-WXX-{WEEKDAYS[c.group('wd').lower()]}{part}")


def norm_set_adj(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"daily", "weekly": a recurring time written as one word."""
    return Norm("SET", SET_ADJ[c.group("adj").lower()])
