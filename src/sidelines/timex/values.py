"""Calendar arithmetic on TIMEX3 values: formatting dates, weeks, quarters, and value -> date range."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-(?P<wd>\d|WE))?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)
_DECADE = re.compile(r"^(?P<dec>\d{3})X?$")


def fmt_date(d: dt.date) -> str:
    """``YYYY-MM-DD``."""
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    """``YYYY-MM``."""
    return f"{year:04d}-{month:02d}"


def fmt_week(d: dt.date) -> str:
    """The ISO week of a date: ``YYYY-Www``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """Year and month ``n`` months after (or before) the given one."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def quarter_of(d: dt.date) -> tuple[int, int]:
    """Year and quarter (1-4) of a date."""
    return d.year, (d.month - 1) // 3 + 1


def add_quarters(year: int, q: int, n: int) -> tuple[int, int]:
    """Year and quarter ``n`` quarters after (or before) the given one."""
    k = year * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """The date ``n`` units (D, W, M, Y, DE, CE) after ``d`` (before when ``n`` is negative)."""
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    if unit == "M":
        return d + relativedelta(months=n)
    if unit == "Q":
        return d + relativedelta(months=3 * n)
    if unit == "Y":
        return d + relativedelta(years=n)
    if unit == "DE":
        return d + relativedelta(years=10 * n)
    if unit == "CE":
        return d + relativedelta(years=100 * n)
    return d


def value_to_range(value: str) -> tuple[str, str] | None:
    """The first and last day a DATE value covers, as ISO dates; None when it names no calendar period.

    "2025-05" -> ("2025-05-01", "2025-05-31"); "2025-W36" -> its Monday and Sunday;
    "2025-Q3", "2025-H1", "2025-SU", "2025", "199X" and "2025-09-01T12:12" are handled too.
    """
    m = _VALUE.match(value or "")
    if not m:
        dm = _DECADE.match(value or "")
        if dm:
            y0 = int(dm.group("dec")) * 10
            return f"{y0:04d}-01-01", f"{y0 + 9:04d}-12-31"
        return None
    y = int(m.group("y"))
    try:
        if m.group("d"):
            d = dt.date(y, int(m.group("m")), int(m.group("d")))
            return fmt_date(d), fmt_date(d)
        if m.group("m"):
            mo = int(m.group("m"))
            return fmt_date(dt.date(y, mo, 1)), fmt_date(dt.date(y, mo, calendar.monthrange(y, mo)[1]))
        if m.group("w"):
            monday = dt.date.fromisocalendar(y, int(m.group("w")), 1)
            if m.group("wd") == "WE":
                return fmt_date(monday + dt.timedelta(days=5)), fmt_date(monday + dt.timedelta(days=6))
            if m.group("wd"):
                day = monday + dt.timedelta(days=int(m.group("wd")) - 1)
                return fmt_date(day), fmt_date(day)
            return fmt_date(monday), fmt_date(monday + dt.timedelta(days=6))
        if m.group("q"):
            q = int(m.group("q"))
            first, last = 3 * q - 2, 3 * q
            return fmt_date(dt.date(y, first, 1)), fmt_date(dt.date(y, last, calendar.monthrange(y, last)[1]))
        if m.group("h"):
            return (f"{y:04d}-01-01", f"{y:04d}-06-30") if m.group("h") == "1" else (f"{y:04d}-07-01", f"{y:04d}-12-31")
        if m.group("s"):
            first, last = SEASON_MONTHS[m.group("s")]
            end_year = y + 1 if last < first else y
            last_day = calendar.monthrange(end_year, last)[1]
            return fmt_date(dt.date(y, first, 1)), fmt_date(dt.date(end_year, last, last_day))
    except ValueError:
        return None
    return f"{y:04d}-01-01", f"{y:04d}-12-31"
