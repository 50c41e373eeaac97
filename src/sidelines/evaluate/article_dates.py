"""Whole articles: the date of a matched event against the gold event's ``date``.

A predicted event gives a calendar date when its range has a ``start`` (``start`` alone is that one
day); a range with only an ``end`` ("on or before the day of publication") dates nothing. A gold
date is an ISO day ("2016-02-01") or month ("2016-02"), read at its own granularity: a day gold is
right only when the prediction is that very day; a month gold when the predicted span lies within
that month. A matched event whose gold date is null but which the engine dates anyway is counted
apart, as "dated without ground".
"""

from __future__ import annotations

from typing import Any

from sidelines.model.record import DateRange, Event

DAY_LEN = len("2016-02-01")
MONTH_LEN = len("2016-02")


def predicted_span(date: DateRange | None) -> tuple[str, str] | None:
    """The first and last day the prediction claims, or None when it names no calendar span."""
    if date is None or not date.start:
        return None
    start = date.start[:DAY_LEN]
    end = (date.end or date.start)[:DAY_LEN]
    return start, end


def gold_date(gold_event: dict[str, Any]) -> str | None:
    """The gold event's date as a day or a month, or None."""
    value = gold_event.get("date")
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()[:DAY_LEN]


def date_right(date: DateRange | None, gold: str) -> bool:
    """Whether a predicted range gives the gold day (a day gold) or lies within the gold month."""
    span = predicted_span(date)
    if span is None:
        return False
    if len(gold) >= DAY_LEN:
        return span == (gold, gold)
    return span[0][: len(gold)] == gold and span[1][: len(gold)] == gold


def date_view(date: DateRange | None) -> str:
    """A short view of a predicted range: "2016-02-01", "2016-02-01..2016-02-29", "..2016-03-04", "none"."""
    if date is None or not (date.start or date.end):
        return "none"
    if date.start and (not date.end or date.end == date.start):
        return date.start
    return f"{date.start or ''}..{date.end or ''}"


def score_dates(
    events: list[Event], gold_events: list[dict[str, Any]], pairs: dict[int, int], label: Any
) -> tuple[list[int], list[int], list[str]]:
    """([right, dated gold], [dated without ground, undated gold], notes) over the matched pairs.

    ``label`` gives a gold event's label for the notes ("wrong event date ...").
    """
    right = [0, 0]
    ungrounded = [0, 0]
    notes: list[str] = []
    for i, j in sorted(pairs.items()):
        event, gold = events[i], gold_events[j]
        said = f" {event.evidence[0].text[:60]!r}" if event.evidence else ""
        wanted = gold_date(gold)
        if wanted is None:
            ungrounded[1] += 1
            if predicted_span(event.date) is not None:
                ungrounded[0] += 1
                notes.append(f"event dated without ground {event.id} {event.type}{said} = {label(j)}: "
                             f"{date_view(event.date)}, gold none")
            continue
        ok = date_right(event.date, wanted)
        right[0] += int(ok)
        right[1] += 1
        if not ok:
            notes.append(f"event date {event.id} {event.type}{said} = {label(j)}: {date_view(event.date)}, "
                         f"gold {wanted}")
    return right, ungrounded, notes
