"""Widen a normalised date over the words that build a new time from it (TIMEX3 anchored extents).

TimeML marks "the day before last Tuesday", "the week of March 6", "Christmas week" and "January nineteen
ninety-seven" as one expression each, whose value is computed from the date inside it; the rules
of :mod:`.patterns` find only the inner date, so these steps run on what they found.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sidelines.timex.context import Norm
from sidelines.timex.patterns import RULES
from sidelines.timex.values import fmt_date, fmt_week
from sidelines.timex.years import year_from_words

if TYPE_CHECKING:
    from sidelines.timex.recognize import RuleMatch

# "the day before [last Tuesday]", "the day after [March 3]": a day counted from a named day.
DAY_BEFORE_AFTER = re.compile(r"\b(?P<the>the\s+)?day\s+(?P<dir>before|after)\s+$", re.IGNORECASE)
# "the week of [March 6]": the calendar week that holds a day.
WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.IGNORECASE)
# "[Christmas] week", "[Thanksgiving] weekend": the week, or the weekend, that holds a holiday.
# A year after the week ("Christmas week 2022") belongs to it: the holiday's own year may differ, so it is left alone.
HOLIDAY_WEEK = re.compile(r"\s+(?P<unit>week|weekend)\b(?![-'’]|,?\s+(?:1[6-9]|20)\d\d\b)", re.IGNORECASE)
DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
MONTH_ONLY = re.compile(r"^(?:\d{4}|XXXX)-(\d\d)$")
SPELLED_YEAR = dict(RULES)["spelled_year"]
# Rules whose value is a day that a following "of" or preceding "day before" may build on.
DAY_RULES = frozenset({"weekday", "month_date", "day_month", "iso_date", "slash_date", "holiday"})


def _day(value: str) -> dt.date | None:
    m = DAY_VALUE.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _holiday_week(day: dt.date, unit: str, norm: Norm) -> Norm:
    """The ISO week of a holiday; its weekend is that week's, or the one just before a Monday or Tuesday
    holiday (the long weekend that runs into it)."""
    if unit.lower() == "week":
        return Norm("DATE", fmt_week(day), norm.has_year)
    if day.isoweekday() <= 2:
        day -= dt.timedelta(weeks=1)
    return Norm("DATE", fmt_week(day) + "-WE", norm.has_year)


def _widen(cand: "RuleMatch", text: str, start: int, end: int, rule: str) -> "RuleMatch":
    return replace(cand, start=start, end=end, rule=rule, text=text[start:end])


def compose(text: str, cand: "RuleMatch", norm: Norm, floor: int) -> tuple["RuleMatch", Norm]:
    """The candidate widened over the words that build on its date, with the value they give.

    ``floor`` is where the previous expression ended: a widened start never reaches back past it.
    Returns the candidate and value unchanged when no such words are next to it.
    """
    if norm.type == "DATE" and cand.rule in DAY_RULES:
        day = _day(norm.value)
        head = text[max(floor, cand.start - 20):cand.start]
        if day is not None:
            m = DAY_BEFORE_AFTER.search(head)
            if m is not None:
                shifted = day + dt.timedelta(days=-1 if m.group("dir").lower() == "before" else 1)
                start = cand.start - len(head) + m.start()
                return _widen(cand, text, start, cand.end, "day_from"), Norm("DATE", fmt_date(shifted), norm.has_year)
            w = WEEK_OF.search(head)
            if w is not None:
                start = cand.start - len(head) + w.start()
                return _widen(cand, text, start, cand.end, "week_of"), Norm("DATE", fmt_week(day), norm.has_year)
    if norm.type == "DATE" and cand.rule == "holiday" and not cand.groups.get("year"):
        day = _day(norm.value)
        h = HOLIDAY_WEEK.match(text, cand.end)
        if day is not None and h is not None:
            return _widen(cand, text, cand.start, h.end(), "holiday_week"), _holiday_week(day, h.group("unit"), norm)
    month = MONTH_ONLY.match(norm.value)
    if cand.rule == "month_date" and month is not None and not norm.has_year:
        gap = re.match(r"\s+(?:of\s+)?", text[cand.end:cand.end + 8])
        if gap is not None:
            y = SPELLED_YEAR.match(text, cand.end + gap.end())
            if y is not None and not y.group("pre"):
                year = year_from_words(y.group("w"), with_article=False)
                if year is not None:
                    value = f"{year:04d}-{month.group(1)}"
                    return _widen(cand, text, cand.start, y.end(), "month_spelled_year"), Norm("DATE", value, True)
    return cand, norm
