"""Events: harm done to an abstract thing ("destroyed trust", "ruined her reputation") is no ASSAULT;
a practice of not doing something ("his policy of not attacking rivals") tells no act."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "The decision by the Oberland police to drop the case destroys credibility and faith in the courts.",
        "The scandal ruined the reputation of Mayor Tessa Varn within a week.",
        "Critics said the new rules would wreck the confidence of Velmar investors.",
    ],
)
def test_events_harm_to_an_abstract_thing_is_no_assault(extract_unfiltered, text) -> None:
    assert "ASSAULT" not in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels destroyed a bridge near the capital of Kartania on Sunday.",
        "Rioters wrecked the offices of the Velmar Party in the night.",
    ],
)
def test_events_harm_to_a_thing_stays_an_assault(extract_unfiltered, text) -> None:
    assert "ASSAULT" in _types(extract_unfiltered(text))
