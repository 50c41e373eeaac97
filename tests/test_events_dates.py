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
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # A statement told in the past or present tense, with no time of its own, is the day's news.
        ("Kenya accused Somalia of sheltering militants near the border.", "ACCUSE"),
        ("Kenya accuses Somalia of sheltering militants near the border.", "ACCUSE"),
        ("Kenya is accusing Somalia of sheltering militants near the border.", "ACCUSE"),
        ("Ghana urged Togo to reopen the border crossing.", "REQUEST"),
        ("Ghana rejected the proposal from Togo.", "REJECT"),
    ],
)
def test_events_statement_without_a_time_gets_the_publication_date(extract, text, etype) -> None:
    record = extract(text, published="2024-03-14")
    assert ("2024-03-14", "2024-03-14") in _dates(record, etype)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # A statement's own time still dates it; a past perfect lies before the report; an act that is
        # no statement keeps "on or before the day of publication".
        ("Kenya accused Somalia on Tuesday of sheltering militants.", "ACCUSE", ("2024-03-12", "2024-03-12")),
        ("Kenya had accused Somalia of sheltering militants.", "ACCUSE", (None, None)),
        ("Kenyan troops attacked a militant camp near the border.", "ASSAULT", (None, "2024-03-14")),
    ],
)
def test_events_statement_date_keeps_its_limits(extract, text, etype, expected) -> None:
    record = extract(text, published="2024-03-14")
    assert _dates(record, etype)[:1] == [expected]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Ruto and Mahama have met three times since January 20.",
        "Ever since January 20, Ruto and Mahama have met every week.",
        "Ruto has met Mahama twice since Monday, January 20.",
        "The envoys of Kenya and Ghana have been negotiating since January 20 in Geneva.",
    ],
)
def test_events_since_a_date_starts_the_meeting_on_that_date(extract, text) -> None:
    record = extract(text, published="2025-02-14")
    assert _dates(record, "CONSULT")[0] == ("2025-01-20", None)
