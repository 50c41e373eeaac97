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


@pytest.mark.issue(11)
def test_events_present_perfect_is_on_or_before_publication(extract) -> None:
    record = extract("Kenya has repeatedly criticized Somalia over the border dispute.", published="2024-03-14")
    assert _dates(record, "ACCUSE") == [(None, "2024-03-14")]


@pytest.mark.issue(11)
def test_events_since_a_date_runs_up_to_publication(extract) -> None:
    record = extract("The two delegations have met three times since January 20.", published="2024-03-14")
    assert _dates(record, "CONSULT") == [("2024-01-20", "2024-03-14")]


@pytest.mark.issue(11)
def test_events_past_passive_is_on_or_before_publication(extract) -> None:
    record = extract("The fisheries agreement was signed by Peru and Chile in Lima.", published="2024-03-14")
    assert (None, "2024-03-14") in _dates(record, "SUPPORT")
