"""A generic feature noun left over from a longer name ("Bay" of "Bay Area") is no place alone."""

from __future__ import annotations


def test_a_generic_feature_noun_left_of_a_name_is_no_place_alone(places_of):
    places = places_of("Tech workers in the Bay Area and voters in the Outer Islands backed the plan, "
                       "the governor of Ruritania said in Sacramento.")
    assert not any(p.country in ("SOM", "HKG") for p in places)
    assert any(p.text == "Sacramento" for p in places)


def test_a_generic_settlement_noun_inside_a_name_is_no_place(places_of):
    places = places_of("Members of the Greenfield Town Board voted on Monday, and residents of the Maple Hills "
                       "estate asked the council in Hartford for a playground.")
    texts = [p.text for p in places]
    assert "Town" not in texts and "Hills" not in texts
    assert "Hartford" in texts


def test_states_and_federations_of_an_organisation_are_no_places(places_of):
    places = places_of("The convention was ratified by 40 States, and ministers of the Member States met the Northern "
                       "Federation of Dairy Farmers in Oslo.")
    texts = [p.text for p in places]
    assert "States" not in texts and "Federation" not in texts
    assert "Oslo" in texts
    back = places_of("After ten years abroad the singer moved back to the States in May.")
    assert any(p.text == "States" and p.country == "USA" for p in back)


def test_a_title_word_capitalised_in_a_title_is_no_place(places_of):
    places = places_of("A van was found Tuesday near a park in Pakenham. The road was closed for hours, Pakenham "
                       "Police Department Public Information Officer Dana Holt said.")
    texts = [p.text for p in places]
    assert "Officer" not in texts
    assert "Pakenham" in texts
