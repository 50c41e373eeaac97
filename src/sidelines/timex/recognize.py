"""Find time expressions in a text and normalise them: candidates, overlap resolution, ranges."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sidelines.model.record import Explanation, TimeExpr
from sidelines.timex.compose import compose
from sidelines.timex.normalize import Context, Norm, normalise
from sidelines.timex.patterns import (
    NUM_WORD,
    NUMBER_FOLLOW,
    NUMBER_RULES,
    RANGE_JOINER,
    RULES,
    TRIGGER_WINDOW,
    WORD,
    WORD_TRIGGERS,
    YEAR_RULES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUARTERLY = re.compile(r"\bquarter|\bfiscal\b", re.IGNORECASE)
# A value naming one calendar period (a year, month, week, quarter or day), usable as an antecedent.
SPECIFIC = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]))?(?:T|$)")
DECADE_VALUE = re.compile(r"^\d{3}$")
# A rate's unit, and the amount just before it (a number, a sum, a percentage, or a count of things).
RATE_UNIT = re.compile(r"(?:(?:a|an|per)\s+(?:year|month|week|day|night|hour)|annually|yearly)$", re.IGNORECASE)
RATE_AMOUNT = re.compile(
    rf"(?:\d[\d,.]*\s*(?:%|percent\b)?|\b(?:million|billion|trillion|thousand|hundred|cents|dollars|{NUM_WORD}))"
    r"(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
# "three times [a week]": a count of occurrences before a rate's unit.
TIMES_BEFORE = re.compile(r"\btimes\s+$", re.IGNORECASE)
# "three times a year's pay" multiplies an amount: the unit owns what follows.
POSSESSIVE = re.compile(r"['’]s\b")
# A second day of the same month after a full date: "April 24 [and 25]", "May 3 [to 5]".
DAY_TAIL = re.compile(
    r"\s+(?:and|or|to|through)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*%|[.,:]\d|-)"
    r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b(?!\s*%|[.,:]\d))?",
    re.IGNORECASE,
)
DEFINITE_AMOUNT = re.compile(r"^P\d+[YMWDQ]$")
# Words between two weekdays that make them the ends of one range, and a value that is one day.
WEEKDAY_RANGE = re.compile(r"^\s*(?:-|–|to|through|thru|until|till)\s*$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
CLOCK_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")
# The groups of the clock rule that write a day ("9 p.m. Friday", "noon, March 3", "8 a.m. today").
DAY_GROUPS = ("wd", "mon", "day", "rd")
TRAILING_LATER = re.compile(r"\s+later$", re.IGNORECASE)
TITLE_OPEN = re.compile(r"(?:\"|“|``|''|‘)$")
_DAY_VALUE = re.compile(r"^(?P<ym>(?:\d{4}|XXXX)-\d\d)-(?P<d>\d\d)$")
_YEAR_HEAD = re.compile(r"^(?:\d{4}|XXXX)(?=-\d\d)")
# One-word times that also end (or open) names of groups, papers and programmes, the words next to them; the
# share of capitalised function words and common words that marks a headline set in title case.
NAME_TIME_WORDS = frozenset({"now", "today", "tonight", "noon", "midnight"})
NAME_OPENING_WORDS = frozenset({"daily", "weekly"})
NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z][a-z]")
PREV_WORD = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")
LOWER_CASE_POS = frozenset({"VERB", "AUX", "ADP", "DET", "NOUN", "ADJ", "ADV", "CCONJ", "SCONJ"})
TITLE_CASE_SHARE = 0.5


@dataclass(frozen=True)
class RuleMatch:
    """A stretch of text one rule matched, with the rule's named groups."""

    start: int
    end: int
    rule: str
    groups: dict[str, str | None]
    text: str

    def group(self, name: str) -> str:
        """The text of a named group that took part in the match (one the rule's pattern always fills)."""
        value = self.groups[name]
        if value is None:
            raise ValueError(f"group {name!r} of rule {self.rule!r} did not take part in the match")
        return value


def _trim_determiner(rule: str, m: re.Match[str], start: int) -> int:
    """Leave out the article before a hyphenated modifier ("the [two-year] war", "a [third-quarter] loss").

    The article stays with a noun phrase that is the time itself ("the 20th century").
    """
    if rule == "duration" and m.group("det") and "-" in (m.group("sep") or ""):
        return m.start("qual") if m.group("qual") else m.start("num")
    if rule == "century" and m.group("the") and "-" in m.group("sep"):
        return m.end("the")  # "the [20th-century] house"
    if rule == "quarter" and m.group("the") and (m.group("hy") == "-" or m.group("the").lower() != "the"):
        for name in ("yr", "rel", "ord"):
            if m.group(name):
                return m.start(name)
    return start


def _trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged stretches of text around its trigger words."""
    windows: dict[str, list[tuple[int, int]]] = {}
    for w in WORD.finditer(text):
        word = w.group().lower()
        rules: tuple[str, ...] = WORD_TRIGGERS.get(word, ())
        if word.isdigit():
            if len(word) == 4 and 1600 <= int(word) < 2100:
                rules = rules + YEAR_RULES
            if NUMBER_FOLLOW.match(text, w.end()):
                rules = rules + NUMBER_RULES
        for rule in rules:
            lo, hi = max(0, w.start() - TRIGGER_WINDOW), min(len(text), w.end() + TRIGGER_WINDOW)
            spans = windows.setdefault(rule, [])
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    return windows


def find_candidates(text: str) -> list[RuleMatch]:
    """Every match of every rule, sorted by start and then longest first."""
    found: list[RuleMatch] = []
    seen: set[tuple[int, int, str]] = set()
    windows = _trigger_windows(text)
    for rule, pattern in RULES:
        for lo, hi in windows.get(rule, ()):
            for m in pattern.finditer(text, lo, hi):
                if (m.start(), m.end(), rule) in seen:
                    continue
                seen.add((m.start(), m.end(), rule))
                _add(found, text, rule, pattern, m)
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    return found


def _add(found: list[RuleMatch], text: str, rule: str, pattern: re.Pattern[str], m: re.Match[str]) -> None:
    start, end = m.span("span") if "span" in pattern.groupindex else m.span()
    start = _trim_determiner(rule, m, start)
    while end > start and text[end - 1] in ", ":
        end -= 1
    if end > start:
        found.append(RuleMatch(start, end, rule, m.groupdict(), text[start:end]))


def _with_year(norm: Norm, year: int) -> Norm:
    return Norm(norm.type, f"{year:04d}{norm.value[4:]}", True)


def _link_ranges(text: str, chosen: list[tuple[RuleMatch, Norm]]) -> list[tuple[RuleMatch, Norm]]:
    """Give both ends of a range the year written at only one of them ("August 31 to September 1, 2025")."""
    out = list(chosen)
    for i in range(len(out) - 1, 0, -1):
        (a, na), (b, nb) = out[i - 1], out[i]
        if na.has_year == nb.has_year or na.type != "DATE" or nb.type != "DATE":
            continue
        if not RANGE_JOINER.match(text[a.end:b.start]):
            continue
        if not (_YEAR_HEAD.match(na.value) or na.has_year) or not (_YEAR_HEAD.match(nb.value) or nb.has_year):
            continue
        if not re.match(r"^\d{4}", nb.value if nb.has_year else na.value):
            continue
        a_month, b_month = na.value[5:7], nb.value[5:7]
        wraps = a_month.isdigit() and b_month.isdigit() and int(a_month) > int(b_month)
        if nb.has_year:
            out[i - 1] = (a, _with_year(na, int(nb.value[:4]) - (1 if wraps else 0)))
        else:
            out[i] = (b, _with_year(nb, int(na.value[:4]) + (1 if wraps else 0)))
    return out


def _share_clock_day(text: str, chosen: list[tuple[RuleMatch, Norm]]) -> list[tuple[RuleMatch, Norm]]:
    """A bare clock time opening a range takes the day written at its end ("from 7 a.m. to 9 p.m. Friday");
    a start later in the day than the end is the day before ("from 10 p.m. until 6 a.m. Saturday")."""
    out = list(chosen)
    for i in range(1, len(out)):
        (a, na), (b, nb) = out[i - 1], out[i]
        if a.rule != "clock" or b.rule != "clock" or not RANGE_JOINER.match(text[a.end:b.start]):
            continue
        if any(a.groups.get(k) for k in DAY_GROUPS) or not any(b.groups.get(k) for k in DAY_GROUPS):
            continue
        if not (CLOCK_VALUE.match(na.value) and CLOCK_VALUE.match(nb.value)):
            continue
        day = dt.date.fromisoformat(nb.value[:10])
        if na.value[11:] > nb.value[11:]:
            day -= dt.timedelta(days=1)
        out[i - 1] = (a, Norm(na.type, day.isoformat() + na.value[10:], na.has_year))
    return out


def _order_weekday_ranges(
    text: str, chosen: list[tuple[RuleMatch, Norm]], anchor: dt.date | None
) -> list[tuple[RuleMatch, Norm]]:
    """Put the two weekdays of a range in one week, the second after the first ("from Monday through Friday").

    Each weekday is resolved on its own, so a cue word before the first ("from") can send it a week
    away from the second. The weekday that lies on the side of the anchor the other one agrees with stays.
    """
    out = list(chosen)
    for i in range(1, len(out)):
        (a, na), (b, nb) = out[i - 1], out[i]
        if a.rule != "weekday" or b.rule != "weekday" or not WEEKDAY_RANGE.match(text[a.end:b.start]):
            continue
        if anchor is None or not (_DATE.match(na.value) and _DATE.match(nb.value)):
            continue
        first, second = dt.date.fromisoformat(na.value), dt.date.fromisoformat(nb.value)
        if second >= first:
            continue
        if second <= anchor:
            while first > second:
                first -= dt.timedelta(weeks=1)
            out[i - 1] = (a, Norm(na.type, first.isoformat(), na.has_year))
        else:
            while second < first:
                second += dt.timedelta(weeks=1)
            out[i] = (b, Norm(nb.type, second.isoformat(), nb.has_year))
    return out


def _without_later(cand: RuleMatch, norm: Norm) -> RuleMatch:
    """"[three days] later" read as an amount of time: "later" is the signal, not part of the extent."""
    m = TRAILING_LATER.search(cand.text)
    if cand.rule != "ago" or norm.type != "DURATION" or m is None:
        return cand
    return RuleMatch(cand.start, cand.start + m.start(), cand.rule, cand.groups, cand.text[:m.start()])


def _is_title(text: str, cand: RuleMatch) -> bool:
    """True for a quoted title in capitals ("This Week", "60 Minutes"): a programme's name, not a time."""
    words = cand.text.split()
    if len(words) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    return bool(TITLE_OPEN.search(text, max(0, cand.start - 3), cand.start))


def _in_name(text: str, cand: RuleMatch, parsed: "Doc | None") -> bool:
    """True for a capitalised time word that is part of a name ("One Ruritania Now", "the Daily Herald").

    "Now", "Today", "Tonight", "Noon" and "Midnight" end a name after a capitalised word ("High Noon");
    "Daily" and "Weekly" open one before a capitalised word. Only inside a sentence that is not set in
    title case (a headline capitalises "Is Now" too); at a sentence start or after punctuation the word
    stays a time.
    """
    if not cand.text[0].isupper() or parsed is None:
        return False
    word = cand.text.lower()
    if word in NAME_TIME_WORDS:
        prev = PREV_WORD.search(text, max(0, cand.start - 40), cand.start)
        if prev is None or not prev.group(1)[0].isupper():
            return False
    elif word in NAME_OPENING_WORDS:
        if not NEXT_CAPITAL.match(text, cand.end):
            return False
    else:
        return False
    span = parsed.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span) or (word in NAME_TIME_WORDS and span[0].is_sent_start):
        return False
    # Words prose writes in lower case: a headline in title case capitalises them ("Is", "In", "Every").
    words = [t for t in span[0].sent if t.i != span[0].i and not t.is_sent_start and t.is_alpha
             and (t.is_stop or t.pos_ in LOWER_CASE_POS)]
    return sum(t.text[0].isupper() for t in words) < TITLE_CASE_SHARE * len(words)


def _is_rate(text: str, cand: RuleMatch) -> bool:
    """True for the unit of a rate ("$2 million a year", "four flights a week", "rise 8% annually").

    News annotation leaves these unmarked: they measure an amount, not a time or a recurring event.
    """
    if not RATE_UNIT.match(cand.text):
        return False
    if TIMES_BEFORE.search(text, max(0, cand.start - 12), cand.start) and not POSSESSIVE.match(text, cand.end):
        return False  # "three times a week" counts occurrences: a recurring time (rule times_a_unit)
    return bool(RATE_AMOUNT.search(text, max(0, cand.start - 40), cand.start))


def _second_day(text: str, cand: RuleMatch, norm: Norm, parsed: "Doc | None") -> tuple[RuleMatch, Norm] | None:
    """The bare day number after a full date ("April 24 and 25"), as a date of the same month.

    A year after the second day ("May 3 to 5, 2024") belongs to it, and ``_link_ranges`` then
    gives it to the first day too.
    """
    vm = _DAY_VALUE.match(norm.value)
    if norm.type != "DATE" or vm is None:
        return None
    m = DAY_TAIL.match(text, cand.end)
    if m is None or int(m.group("day")) <= int(vm.group("d")):
        return None
    start, end = m.start("day"), m.end()
    if parsed is not None:
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and span[0].dep_ == "nummod":
            return None  # "on March 3 and 4 people ..." counts people, not days
    day = int(m.group("day"))
    ym, has_year = vm.group("ym"), norm.has_year
    if m.group("year"):
        ym, has_year = f"{m.group('year')}{ym[4:]}", True
    try:
        dt.date(int(ym[:4]) if ym[:4].isdigit() else 2000, int(ym[5:7]), day)
    except ValueError:
        return None
    tail = RuleMatch(start, end, "day_tail", {"day": m.group("day"), "year": m.group("year")}, text[start:end])
    return tail, Norm("DATE", f"{ym}-{day:02d}", has_year)


def find_times(text: str, parsed: "Doc | None" = None, anchor: dt.date | None = None) -> list[TimeExpr]:
    """The TIMEX3 expressions of a text, sorted by start, resolved against ``anchor``.

    Args:
        text: the document text.
        parsed: its spaCy parse (tense of governing verbs, part of speech); optional.
        anchor: the document creation date; without it relative values keep X placeholders,
            and dates without a year take the last year the text itself mentioned.
    """
    ctx = Context(text=text, anchor=anchor, parsed=parsed, quarterly=bool(QUARTERLY.search(text)))
    chosen: list[tuple[RuleMatch, Norm]] = []
    last_end = 0
    for cand in find_candidates(text):
        if cand.start < last_end or _is_title(text, cand) or _is_rate(text, cand) \
                or _in_name(text, cand, parsed):
            continue
        norm = normalise(cand, ctx)
        if norm is None:
            continue
        cand = _without_later(cand, norm)
        cand, norm = compose(text, cand, norm, last_end)
        chosen.append((cand, norm))
        ctx.last_duration = norm.value if norm.type == "DURATION" and DEFINITE_AMOUNT.match(norm.value) else None
        last_end = cand.end
        if cand.rule in ("month_date", "day_month"):
            tail = _second_day(text, cand, norm, parsed)
            if tail is not None:
                chosen.append(tail)
                last_end = tail[0].end
        if norm.has_year and norm.value[:4].isdigit():
            ctx.year_hint = int(norm.value[:4])
        if norm.type == "DATE" and DECADE_VALUE.match(norm.value):
            ctx.last_decade = norm.value
        if norm.type in ("DATE", "TIME") and SPECIFIC.match(norm.value):
            ctx.last_date, ctx.last_date_end, ctx.last_decade = norm.value, cand.end, None
            if "-Q" in norm.value:
                ctx.last_quarter = norm.value
                if ctx.lead_quarter is None:
                    ctx.lead_quarter = (int(norm.value[:4]), int(norm.value[6]))
    chosen = _order_weekday_ranges(text, _share_clock_day(text, _link_ranges(text, chosen)), anchor)
    return [TimeExpr(start=c.start, end=c.end, text=c.text, type=n.type, value=n.value,
                     explanation=Explanation(extractor="times", rule=c.rule)) for c, n in chosen]
