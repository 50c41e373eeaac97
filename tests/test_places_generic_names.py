"""A generic feature noun left over from a longer name ("Bay" of "Bay Area") is no place alone."""

from __future__ import annotations


def test_a_generic_feature_noun_left_of_a_name_is_no_place_alone(places_of):
    places = places_of("Tech workers in the Bay Area and voters in the Outer Islands backed the plan, "
                       "the governor of Ruritania said in Sacramento.")
    assert not any(p.country in ("SOM", "HKG") for p in places)
    assert any(p.text == "Sacramento" for p in places)
