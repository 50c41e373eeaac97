"""Events: harm done to an abstract thing ("destroyed trust") is no ASSAULT; a stray "?" after a full
stop in scraped text ("... like Dorn.?") makes no question."""

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


def test_events_stray_question_mark_after_a_full_stop_is_no_question(extract_unfiltered) -> None:
    # Scraped text often keeps a "?" where a character was lost after the full stop ("Dorn.?").
    text = ("The paper says that Dorn's negotiations with Larkfield Studios went badly, as the studio rarely "
            "pays high fees to directors like Dorn.?")
    consult = [ev for ev in extract_unfiltered(text).events if ev.type == "CONSULT"]
    assert consult and all(ev.modality is None for ev in consult)


def test_events_a_real_question_stays_hypothetical(extract_unfiltered) -> None:
    consult = [ev for ev in extract_unfiltered("Did Dorn hold talks with Larkfield Studios on Friday?").events
               if ev.type == "CONSULT"]
    assert consult and all(ev.modality for ev in consult)


def test_events_question_ending_in_an_abbreviation_stays_hypothetical(extract_unfiltered) -> None:
    consult = [ev for ev in extract_unfiltered("Did Dorn hold talks with Larkfield Studios in the U.S.?").events
               if ev.type == "CONSULT"]
    assert consult and all(ev.modality for ev in consult)
