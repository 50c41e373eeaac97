"""An organisation before an abbreviated title keeps its name: "Marine Corps Lt. Gen. X" (made-up people)."""

from __future__ import annotations


def test_an_abbreviated_title_after_an_organisation_is_no_given_name(people_of):
    people = people_of("Retired U.S. Marine Corps Lt. Gen. Oskar Lindqvist toured the harbour in Gdansk on Friday. "
                       "Lindqvist said the fleet was ready.")
    assert "Oskar Lindqvist" in people, people
    assert not any(name.endswith("Gen.") for name in people), people
    assert any("General" in t or "Gen" in t for t in people["Oskar Lindqvist"][0]), people
