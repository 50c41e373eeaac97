"""Events: dates from the event's own time expression; durations date nothing."""

from __future__ import annotations

import pytest


def _dates(record, etype: str) -> list[tuple[str | None, str | None]]:
    return [(ev.date.start, ev.date.end) if ev.date else (None, None) for ev in record.events if ev.type == etype]


@pytest.mark.issue(11)
def test_events_noun_keeps_its_own_date_over_the_verbs(extract) -> None:
    record = extract("Kenya criticised Somalia on Tuesday over the 2019 attack on its embassy.",
                     published="2024-03-14")
    assert ("2019-01-01", "2019-12-31") in _dates(record, "ASSAULT")
    assert ("2024-03-12", "2024-03-12") in _dates(record, "ACCUSE")


@pytest.mark.issue(11)
def test_events_duration_does_not_date_an_ongoing_event_on_publication_day(extract) -> None:
    record = extract("Kenya has protested against the dam for three years.", published="2024-03-14")
    assert _dates(record, "PROTEST") == [(None, "2024-03-14")]
