"""Calendar spans of TIMEX3 date values ("2024-03-12", "2024-03", "2024", "2024-W11"): the first and last day a
value covers, for the event dates and the story day."""

from __future__ import annotations

import calendar
import datetime as dt
import re

DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})")


def value_range(value: str) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 date value covers, or None when it names no calendar span."""
    try:
        from sidelines.timex import value_to_range

        got = value_to_range(value)
        if got:
            return (str(got[0]), str(got[1]))
    except Exception:  # noqa: BLE001 - the times helper may not expose it (yet)
        pass
    week = WEEK_VALUE.match(value)
    if week:
        monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    m = DATE_VALUE.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"
