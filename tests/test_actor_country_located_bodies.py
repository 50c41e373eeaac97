"""A state's body named with where it sits ("the Foreign Ministry in Tokyo") takes that place's country
(actors/located_bodies.py, rule located-body).

All texts are made up for these tests.
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("The Foreign Ministry in Tokyo summoned the Chinese ambassador on Monday.", "Foreign Ministry", "JPN"),
    ("The Ministry of Foreign Affairs in Italy rejected the Libyan demand for compensation.",
     "Ministry of Foreign Affairs", "ITA"),
    ("The Interior Ministry in Cairo banned a march planned by the opposition.", "Interior Ministry", "EGY"),
])
def test_a_body_named_with_its_seat_takes_its_country(extract, text: str, name: str, iso3: str) -> None:
    record = extract(text)
    bodies = [e for e in record.entities if e.name == name]
    assert bodies and all(e.country == iso3 for e in bodies), record.entities
    assert iso3 in side_countries(record, ("source", "participant")), record.events
    assert all("located-body" in e.explanation.decisions.get("country", "") for e in bodies)


def test_an_international_body_takes_no_country_of_its_seat(extract) -> None:
    record = extract("The United Nations Office in Nairobi appealed for food aid for refugees.")
    bodies = [e for e in record.entities if "Office" in e.name]
    assert all(e.country is None for e in bodies), record.entities


def test_a_body_followed_by_a_place_of_its_act_is_left_alone(extract) -> None:
    record = extract("Officials of the Health Ministry met doctors in Geneva and Lagos on Monday.")
    bodies = [e for e in record.entities if "Ministry" in e.name]
    assert all(e.country != "CHE" for e in bodies), record.entities


def test_a_council_of_several_states_takes_no_country_of_its_seat(extract) -> None:
    record = extract("The Security Council in New York condemned North Korea's latest missile test.")
    bodies = [e for e in record.entities if "Council" in e.name]
    assert all(e.country != "USA" for e in bodies), record.entities
