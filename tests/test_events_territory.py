"""Verbs of taking land that only the derived CAMEO lexicon lists ("annexed", "occupied", "recaptured").

All texts are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries


def _types(record) -> set[str]:
    return {ev.type for ev in record.events}


def test_a_state_annexing_a_region_coerces_its_country(extract):
    rec = extract("Moldova annexed the breakaway strip of Transnistria after a vote in its parliament.")
    assert "COERCE" in _types(rec)
    assert "MDA" in side_countries(rec, ("source",), "COERCE")


def test_forces_occupying_a_town_is_a_coercion_with_the_state_as_source(extract):
    rec = extract("Armenian forces occupied the town of Lachin on Monday, Azerbaijani officials said.")
    assert "COERCE" in _types(rec)
    assert "ARM" in side_countries(rec, ("source",), "COERCE")
    assert any(ev.explanation.rule == "lexicon:verb:occupy" for ev in rec.events if ev.explanation)


def test_recapturing_a_named_district_is_a_coercion(extract):
    rec = extract("Azerbaijani forces recaptured the district of Fuzuli on Friday.")
    assert "COERCE" in _types(rec)
    assert "AZE" in side_countries(rec, ("source",), "COERCE")


def test_people_living_in_a_place_is_no_event(extract):
    rec = extract("About two thousand Greek families inhabit the island of Imbros today.")
    assert "COERCE" not in _types(rec)


def test_a_state_occupying_a_seat_is_no_event(extract):
    rec = extract("Brazil occupied a seat on the council for two years, the diplomat recalled.")
    assert "COERCE" not in _types(rec)


def test_herders_holding_land_by_habit_is_no_event(extract):
    rec = extract("Nomadic Tuareg herders occupy the northern desert of Niger for half of every year.")
    assert "COERCE" not in _types(rec)


def test_protesters_occupying_a_square_is_no_seizure(extract):
    rec = extract("Protesters occupied the central square of Lima on Saturday night.")
    assert not any(ev.explanation and ev.explanation.rule.startswith("lexicon:verb:occupy") for ev in rec.events)


@pytest.mark.parametrize("text", [
    "The opposition party captured the capital in Sunday's municipal elections, officials said.",
    "Labour captured the district from the ruling coalition, winning four of its five seats.",
    "Fishing families had inhabited the island of Tarsa for three centuries before the war.",
])
def test_wins_at_the_polls_and_dwelling_are_no_seizure(extract, text):
    # The learned typer still reads some of these (its own rule, as on main); the rule of taking land must not.
    rec = extract(text)
    assert not any(ev.explanation and ev.explanation.rule.startswith("lexicon:verb:") for ev in rec.events)
