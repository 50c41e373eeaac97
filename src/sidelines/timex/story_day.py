"""The story's own day from a wire dateline: "WASHINGTON, August 13 (Xinhua) --" in a story published August 14.

A wire story is often filed (and dated by its publisher) a day or two after the day its dateline gives;
"today", "Thursday" and "next week" in it count from the dateline's day, not from the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from sidelines.timex.lexicon import MONTHS

_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
# Place, then month and day with no year, then the agency in brackets or a dash: only at the top of the text.
DATELINE_DAY = re.compile(
    rf"^\s*[A-Z][A-Za-z.' -]{{1,40}}(?:,\s*[A-Z][A-Za-z.' -]{{1,30}})?,\s+(?P<mon>{_MONTH})\.?\s+"
    r"(?P<day>[12]\d|3[01]|0?[1-9])\b\s*(?:\(|--|—|_)"
)
# How many days a dateline may lie before the publication date and still be the story's day.
MAX_LAG_DAYS = 3


def dateline_day(text: str, published: dt.date) -> dt.date | None:
    """The day a year-less dateline at the top of ``text`` gives, when it is 1 to 3 days before ``published``.

    Rule ``story_day``: the year is the publication year, or the one before for a December dateline
    on a story published in January.
    """
    m = DATELINE_DAY.match(text)
    if m is None:
        return None
    month, day = MONTHS[m.group("mon").lower()], int(m.group("day"))
    for year in (published.year, published.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if 1 <= (published - found).days <= MAX_LAG_DAYS:
            return found
    return None
