"""Normalisers of calendar dates and times of day: "March 3", "3/4/2024", "Friday", "10:35 a.m.",
"today", "this morning", holidays and seasons."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from dateutil.easter import easter

from sidelines.timex.anchor import (
    Tense,
    governing_verb,
    in_past_perfect,
    points_ahead,
    reached_through_noun,
)
from sidelines.timex.context import UNKNOWN_DATE, Context, Norm
from sidelines.timex.lexicon import DAY_PARTS, GENERIC_PRESENT_NOUNS, HOLIDAYS, SAME_FORM_PAST, SEASONS, WEEKDAYS
from sidelines.timex.patterns import DAY, MONTH, YEAR
from sidelines.timex.readings import (
    day_number,
    is_capitalised,
    month_number,
    parse_number,
    resolve_month,
    resolve_season,
    resolve_weekday,
    year_of,
)
from sidelines.timex.relative import LAST_DAY
from sidelines.timex.values import fmt_date

if TYPE_CHECKING:
    from sidelines.timex.recognize import RuleMatch

CLOCK_CUES = re.compile(r"(?:\bat|\bby|\buntil|\bfrom|\bbefore|\bafter|\baround|\babout|\bsince|\bto|\band)\s*$", re.I)
# A clock time converted in brackets and then its day: "10:35 a.m. [(0735 GMT) Friday]".
CONVERTED_CLOCK_DAY = re.compile(
    r"\s*\(\s*\d{3,4}\s+(?:GMT|UTC)\s*\),?\s+(?:on\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# Words before a bare "May" that make it the month rather than the modal verb.
MAY_CUES = re.compile(
    r"\b(?:in|since|until|till|of|by|from|to|early|late|mid|through|before|after|last|this|next|between|during"
    r"|and|or|around|for)\s*$"
)
FUTURE_CUES = re.compile(r"\b(?:as\s+soon\s+as|as\s+early\s+as|until|till|by|starting|beginning|from)\s*$", re.I)
# "... and Tuesday nights", "..., Wednesdays": a plural weekday the one before it is coordinated with.
RECURRING_PARTNER = re.compile(
    r",?\s+(?:and|or|&)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:s\b|\s+(?P<part>morning|afternoon|evening|night)s\b)",
    re.IGNORECASE,
)
# A date after a clock time: "[8 p.m.] on Nov. 3", "[2 a.m. on Sunday], Aug. 24, 2025".
DATE_AFTER_CLOCK = re.compile(
    rf"(?:,?\s+on)?,?\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?![.,:]\d)(?:,?\s+(?P<year>{YEAR}))?", re.I
)
# A capitalised "Today" that names a newspaper or a programme.
TODAY_NAME = re.compile(r"\bUSA\s+TODAY\b|\bToday\s+(?:show|program|programme)\b")
# Verbs of saying: in the present tense they report ("officials say"), they do not look ahead.
REPORTING_VERBS = frozenset({"say", "tell", "report", "claim", "add", "note", "insist", "argue", "write"})
POSSESSIVE = re.compile(r"['’]s\b")
DEADLINE_CUES = re.compile(r"\b(?:until|till|to|by|through|before|effective|payable|expire|expires)\s*$", re.I)
# A deadline word before a season: the act it bounds may look ahead ("postponed until after the summer").
SEASON_DEADLINE = re.compile(r"\b(?:until|till|by|before)(?:\s+after)?\s+$", re.I)
# Capitalised words that make a weekday the name of a day ("Super Tuesday", "Good Friday").
NAMED_DAY = re.compile(r"\b(?:Super|Black|Cyber|Ash|Good|Bloody|Palm|Holy|Maundy|Fat|Giving)\s+$")
# Words before "the fall" that make it the season, and words after it that make it a drop.
SEASON_CUES = re.compile(r"\b(?:in|during|by|until|till|through|since|over|before|after|for)\s+$", re.I)
FALL_NOT_SEASON = re.compile(r"\s+(?:of|in|from|to|at|was|is|has|had)\b", re.I)


def norm_month_date(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A month, with or without day and year ("May 2025", "Sept. 30", "early March")."""
    g = c.groups
    mon_word = c.group("mon")
    if not is_capitalised(mon_word):
        return None
    month = month_number(mon_word)
    if month is None:
        return None
    day = day_number(c.group("day")) if g.get("day") else None
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
    year = year_of(g.get("year"))
    has_year = year is not None
    if year is None and g.get("yrel") and ctx.anchor is not None:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[c.group("yrel").lower()]
        has_year = True
    if year is None:
        # A deadline word points ahead unless the verb is a past perfect ("by December they had fled").
        toward = bool(DEADLINE_CUES.search(ctx.text[max(0, c.start - 10):c.start])) \
            and not in_past_perfect(ctx.parsed, c.start, c.end)
        tense = None if _names_a_noun(c, ctx) else ctx.tense(c.start, c.end)
        year = resolve_month(ctx, month, day, tense, g.get("rel"), toward)
    ystr = f"{year:04d}" if year is not None else "XXXX"
    if day is not None:
        try:
            dt.date(year or 2000, month, day)
        except ValueError:
            return None
        return Norm("DATE", f"{ystr}-{month:02d}-{day:02d}", has_year)
    return Norm("DATE", f"{ystr}-{month:02d}", has_year)


def _names_a_noun(c: "RuleMatch", ctx: Context) -> bool:
    """True for a date in front of the noun it dates ("the Aug. 7 bombings", "the Nov. 3 election").

    The verb's tense then belongs to the sentence, not to the date: "investigators are searching
    for suspects in the Aug. 7 bombings" names a day before the report.
    """
    if ctx.parsed is None:
        return False
    span = ctx.parsed.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("nmod", "compound") and root.head.pos_ == "NOUN" and root.head.i >= span.end


def norm_numeric_date(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A date written in digits ("2025-09-01", "9/1/2025")."""
    year = int(c.group("year"))
    if year < 100:
        year += 1900 if year > 30 else 2000
    try:
        d = dt.date(year, int(c.group("mon")), int(c.group("day")))
    except ValueError:
        return None
    return Norm("DATE", fmt_date(d), True)


def norm_weekday(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A weekday, past or future by the word before it or the governing verb's tense."""
    g = c.groups
    if not is_capitalised(c.group("wd")):
        return None
    if g.get("mon") and g.get("day"):
        sub = norm_month_date(c, ctx)
        if sub is not None:
            return sub
    if not g.get("pre") and NAMED_DAY.search(ctx.text, max(0, c.start - 8), c.start):
        return None  # "Super Tuesday", "Black Friday": a named day, not the nearest weekday
    wd = WEEKDAYS[c.group("wd").lower()]
    pre = (g.get("pre") or "").lower()
    shared = RECURRING_PARTNER.match(ctx.text, c.end)
    if shared and not pre and not g.get("part"):
        # "Monday and Tuesday nights": the first day shares the recurrence of the second.
        return Norm("SET", f"XXXX-WXX-{wd}" + DAY_PARTS.get((shared.group("part") or "").lower(), ""))
    rel = pre if pre in ("last", "next", "this", "coming", "this coming") else None
    value = resolve_weekday(ctx, wd, weekday_tense(c, ctx), rel)
    # Only "evening" is reliably marked in news annotation; "Friday night/morning" keep the day's value
    # (marking "night" too lost 0.007 value F1 on the TempEval-3 check half).
    part = (g.get("part") or "").lower()
    if part == "evening":
        return Norm("TIME", value + DAY_PARTS[part])
    return Norm("DATE", value)


def weekday_tense(c: "RuleMatch", ctx: Context) -> Tense | None:
    """Which way a bare weekday points: its verb's tense, corrected for what that tense hides.

    A deadline word ("by", "until") points ahead unless the verb is a past perfect ("had filed
    reports by Wednesday"). A present tense points ahead only when the weekday modifies the verb
    itself: "the statement on Thursday ... is false" says nothing of Thursday, and a present-looking
    "hurt" or "cut" may be a past.
    """
    tense = ctx.tense(c.start, c.end)
    perfect = in_past_perfect(ctx.parsed, c.start, c.end)
    # A cue word before a possessive weekday belongs to the noun after it ("votes from Sunday's election").
    cue = FUTURE_CUES.search(ctx.text[max(0, c.start - 16):c.start]) and not POSSESSIVE.match(ctx.text, c.end)
    if not perfect and (cue or (
        tense != "FUTURE" and points_ahead(ctx.parsed, c.start, c.end)
    )):
        return "FUTURE"
    if tense == "PRESENT" and ctx.parsed is not None:
        if reached_through_noun(ctx.parsed, c.start, c.end):
            return None
        verb = governing_verb(ctx.parsed, c.start, c.end)
        if verb is not None and verb.tag_ == "VBP" and verb.lower_ in SAME_FORM_PAST:
            return "PAST"
        if verb is not None and verb.lemma_ in REPORTING_VERBS:
            # "Police say that on Saturday ... he was standing": a reporting verb in the present
            # tells of what was said, and the weekday belongs to the report or the clause it reports.
            return None
    return tense


def _date_after_clock(c: "RuleMatch", ctx: Context) -> str | None:
    """The date written right after a clock time ("8 p.m. [on Nov. 3]", "2 a.m. on Sunday[, Aug. 24]")."""
    m = DATE_AFTER_CLOCK.match(ctx.text, c.end)
    if m is None or not is_capitalised(m.group("mon")):
        return None
    month = month_number(m.group("mon"))
    if month is None:
        return None
    day = day_number(m.group("day"))
    year = year_of(m.group("year"))
    if year is None:
        year = resolve_month(ctx, month, day, ctx.tense(c.start, c.end), None)
    try:
        return fmt_date(dt.date(year, month, day)) if year else f"XXXX-{month:02d}-{day:02d}"
    except ValueError:
        return None


def _clock_date(c: "RuleMatch", ctx: Context) -> str | None:
    g = c.groups
    if not (g.get("mon") or g.get("rd")):
        after = _date_after_clock(c, ctx)
        if after is not None:
            return after
    weekday = g.get("wd")
    later = CONVERTED_CLOCK_DAY.match(ctx.text, c.end)
    if later and not weekday:
        weekday = later.group("wd")  # "10:35 a.m. (0735 GMT) Friday": the day after the conversion
    if weekday:
        return resolve_weekday(ctx, WEEKDAYS[weekday.lower()], weekday_tense(c, ctx), None)
    if g.get("mon") and g.get("day"):
        month = month_number(c.group("mon"))
        if month is None:
            return None
        day = day_number(c.group("day"))
        year = resolve_month(ctx, month, day, ctx.tense(c.start, c.end), None)
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
    if not g.get("rd") and ctx.last_date and LAST_DAY.match(ctx.last_date):
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
        hour, minute = int(c.group("h24")), int(c.group("mi24"))
    elif g.get("hm") is not None:
        # Rule military_clock: "at 0800 GMT"; one in brackets restates the clock time before it.
        if ctx.text[max(0, c.start - 2):c.start].strip().endswith("("):
            return None
        hour, minute = int(c.group("hm")), int(c.group("mm"))
    elif g.get("named"):
        hour, minute = (24, 0) if c.group("named").lower() == "midnight" else (12, 0)
    elif g.get("oc"):
        n = parse_number(c.group("oc"))
        if n is None or not 1 <= n <= 12:
            return None
        hour, minute = int(n), 0
    else:
        hour, minute = int(c.group("h")), int(g["mi"] or 0)
        ampm = c.group("ampm").lower()
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


def _generic_day(c: "RuleMatch", ctx: Context) -> bool:
    """True for "today's world", "tomorrow's workers", "the leaders of tomorrow": an age, not a day."""
    if c.group("w").lower() == "tomorrow" and re.search(r"\bof\s+$", ctx.text[max(0, c.start - 4):c.start]):
        return True
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
    w = re.sub(r"\s+", " ", c.group("w").lower())
    offsets = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    part = DAY_PARTS.get((g.get("part") or g.get("part0") or "").lower()) or DAY_PARTS.get(w, "")
    if c.group("w")[0].isupper() and TODAY_NAME.search(ctx.text, max(0, c.start - 8), c.end + 12):
        return None  # "USA TODAY", "the Today show": a newspaper or a programme
    if w in ("today", "tomorrow") and not part and _generic_day(c, ctx):
        return Norm("DATE", "PRESENT_REF" if w == "today" else "FUTURE_REF")
    if ctx.anchor is None:
        return Norm("TIME" if part else "DATE", UNKNOWN_DATE + part)
    value = fmt_date(ctx.anchor + dt.timedelta(days=offsets[w])) + part
    return Norm("TIME" if part and w != "tonight" else "DATE", value)


def norm_this_part(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"this morning", "last night": a part of the anchor day or the day before."""
    part = DAY_PARTS[c.group("part").lower()]
    rel = c.group("rel").lower()
    if rel == "last" and part != "TNI":
        return None
    offset = -1 if rel in ("last", "yesterday") else 0
    base = fmt_date(ctx.anchor + dt.timedelta(days=offset)) if ctx.anchor else UNKNOWN_DATE
    return Norm("TIME", base + part)


def norm_holiday(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A named holiday, in the year the anchor and tense point to."""
    h = re.sub(r"\s+", " ", c.group("h").lower()).replace("’", "'")
    if not is_capitalised(c.group("h")):
        return None
    year = year_of(c.groups.get("year"))
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


def _is_autumn(c: "RuleMatch", ctx: Context) -> bool:
    """True for "(in) the fall" as a season; "the fall of the regime" and "the fall in prices" are drops."""
    if FALL_NOT_SEASON.match(ctx.text, c.end):
        return False
    return bool(SEASON_CUES.search(ctx.text, max(0, c.start - 12), c.start))


def norm_season(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"early summer", "the winter of 2024": a season; without a year, the one the tense points to."""
    g = c.groups
    code = SEASONS[c.group("s").lower()]
    year = year_of(g.get("year"))
    if year is None:
        if not g.get("pre") or (code == "FA" and not _is_autumn(c, ctx)):
            return None
        if ctx.anchor is None:
            year = ctx.year_hint
        else:
            tense = ctx.tense(c.start, c.end)
            if tense != "FUTURE" and points_ahead(ctx.parsed, c.start, c.end):
                tense = "FUTURE"  # "would take effect in the summer"
            elif tense == "PAST" and SEASON_DEADLINE.search(ctx.text, max(0, c.start - 16), c.start) \
                    and not in_past_perfect(ctx.parsed, c.start, c.end):
                tense = None  # rule season_deadline: "was postponed until after the summer" looks ahead of the act
            year = resolve_season(ctx.anchor, code, tense)
    return Norm("DATE", f"{year:04d}-{code}" if year else f"XXXX-{code}", g.get("year") is not None)
