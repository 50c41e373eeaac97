"""Events: a thing that "allows" something yields nothing; a party that allows it concedes."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Governor Ellen Vasquez said the fair is the one event that allows her to meet farmers in person.",
        "Senator Omar Blythe spends weekends at town halls, which allows him to hear from voters directly.",
        "Mayor Rita Coombs said the new schedule permits residents to vote on Saturdays.",
    ],
)
def test_events_a_thing_that_allows_concedes_nothing(extract_unfiltered, text) -> None:
    assert "CONCEDE" not in _types(extract_unfiltered(text))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "The Varenian government allowed aid convoys to enter the besieged city of Marsk on Tuesday.",
        "President Lena Ostrova permitted the opposition to hold a rally in the capital.",
        "Officials in Dravonia said it allowed the inspectors to visit the plant near Kell last week.",
    ],
)
def test_events_a_party_that_allows_concedes(extract_unfiltered, text) -> None:
    assert "CONCEDE" in _types(extract_unfiltered(text))
