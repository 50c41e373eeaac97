"""Events: a visit to, or a pledge to tour, places of one's own country is travel, no meeting."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _article(body: str) -> str:
    return f"Campaign notebook\n\n{body}\n\nMore stops are planned next month."


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "body",
    [
        "U.S. Senator Dana Whitfield visited Iowa on Monday, her fourth trip to the state this year.",
        "U.S. Senator Dana Whitfield pledged to visit every county in Iowa before the caucuses.",
    ],
)
def test_events_a_tour_of_home_places_is_no_meeting(extract_unfiltered, body) -> None:
    record = extract_unfiltered(_article(body))
    assert not any(s.get("Iowa") in ("target", "participant") for s in _sides(record, "CONSULT"))
    assert not any(s.get("Iowa") == "target" for s in _sides(record, "AGREE"))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("body", "place"),
    [
        # A place abroad stands for its state: a visit there is a CONSULT.
        ("U.S. Senator Dana Whitfield visited Kenya on Monday to discuss trade.", "Kenya"),
        ("Swedish Foreign Minister Anna Berg visited Nairobi on Monday for talks on trade.", "Nairobi"),
    ],
)
def test_events_a_visit_abroad_stays_a_meeting(extract_unfiltered, body, place) -> None:
    record = extract_unfiltered(_article(body))
    assert any(s.get(place) in ("target", "participant", "host") for s in _sides(record, "CONSULT")), _sides(record)


@pytest.mark.issue(11)
def test_events_parties_meeting_stay_a_meeting_beside_a_place(extract_unfiltered) -> None:
    body = "Republican senators met Democratic leaders and Governor Ruth Alvarez of Ohio in Columbus on Monday."
    record = extract_unfiltered(_article(body))
    assert _sides(record, "CONSULT")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "body",
    [
        # One party meets a region's people: talks, no travel, though the region is the only other side.
        "Australian Prime Minister Tom Reilly met the premiers of Victoria and Tasmania in Canberra on Friday.",
        "Australian Prime Minister Tom Reilly held talks with Victoria and Tasmania on Friday over road funding.",
        "The governors of Utah and Nevada met in Reno on Thursday to discuss grazing rights.",
    ],
)
def test_events_talks_with_a_home_region_stay_a_meeting(extract_unfiltered, body) -> None:
    record = extract_unfiltered(_article(body))
    assert _sides(record, "CONSULT"), record.events
