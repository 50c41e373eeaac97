"""Armed movements of peoples split between states: "Tamil rebels" fight in Sri Lanka, "Kurdish guerrillas" in
Turkey (armed_peoples.py); the people itself stays countryless ("Tamil voters").

All texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from sidelines.lexicon.countries import country_by_people_demonym


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Tamil rebels attacked an army camp near the coast on Sunday.", "Tamil rebels", "LKA"),
    ("Kurdish guerrillas ambushed a convoy near the border.", "Kurdish guerrillas", "TUR"),
])
def test_an_armed_group_of_a_split_people_takes_the_state_it_fights(extract, text: str, name: str, iso3: str) -> None:
    record = extract(text)
    assert {e.name: e.country for e in record.entities}.get(name) == iso3, record.entities


def test_a_state_named_in_the_phrase_wins(extract) -> None:
    record = extract("Iraqi Kurdish rebels attacked an army camp near the coast on Sunday.")
    assert {e.name: e.country for e in record.entities}.get("Iraqi Kurdish rebels") == "IRQ", record.entities


def test_the_people_itself_stays_countryless() -> None:
    assert country_by_people_demonym("Tamil") is None and country_by_people_demonym("Kurdish") is None
