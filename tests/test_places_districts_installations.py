"""Issue 13: a capital written with its district, "X state", US military installations, and buildings named
for a town that the text places in another town. All texts are made up."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


def test_a_capital_and_its_abbreviated_district_are_one_name(places_of) -> None:
    text = "The Harlow Trust has offices in Denver and Washington, D.C., and plans a third in Boise."
    places = places_of(text)
    (capital,) = _all(places, "Washington, D.C.")
    assert _km(capital, 38.9, -77.04) < 50, capital
    assert not [p for p in places if p.text == "D.C."]
    (plain,) = _all(places_of("Marchers filled the streets of Washington, DC on Saturday."), "Washington, DC")
    assert _km(plain, 38.9, -77.04) < 50, plain


def test_a_name_before_the_noun_state_is_the_state(places_of) -> None:
    text = "Cherry growers in Washington state fear a second year of tariffs, Olin Brasher said."
    (state,) = _all(places_of(text), "Washington")
    assert _km(state, 47.4, -120.5) < 200, state


def test_a_military_academy_is_not_a_small_namesake_elsewhere(places_of) -> None:
    text = "Colonel Fenna Ruthvale graduated from West Point in 1991 and later commanded a brigade in Germany."
    (academy,) = _all(places_of(text), "West Point")
    assert _km(academy, 41.39, -73.96) < 50, academy


def test_an_army_post_stands_at_its_town(places_of) -> None:
    text = "Soldiers from Fort Sill returned home on Friday after nine months abroad, Sgt. Dray Olmeda said."
    (post,) = _all(places_of(text), "Fort Sill")
    assert _km(post, 34.65, -98.40) < 80, post


def test_a_post_name_with_another_state_written_after_it_is_the_town_there() -> None:
    from sidelines.lexicon.landmarks import landmark

    site = landmark("Fort Bragg")
    assert site is not None and site.admin1 == "NC"
    assert landmark("Fort Bragg", "CA") is None
    assert landmark("Fort Bragg", "NC") == site


def test_a_building_named_for_a_town_lies_where_the_text_puts_it(places_of) -> None:
    text = "The fundraiser for Ilse Marrow was held at the Paris Hotel in Las Vegas on Saturday."
    places = places_of(text)
    (hotel,) = _all(places, "Paris Hotel")
    assert _km(hotel, 36.17, -115.14) < 50, hotel
    assert not [p for p in places if p.text == "Paris"]
    near_miss = places_of("The gala at the Boston Hotel raised $2 million for the Boston library, Rue Tandy said.")
    assert all(_km(p, 42.36, -71.06) < 50 for p in near_miss if p.lat is not None), near_miss


def test_a_town_name_before_square_in_a_venue_is_not_the_town(places_of) -> None:
    places = places_of("The reunion concert of the Tallow Brothers at Madison Square Garden sold out in an hour.")
    assert not [p for p in places if p.text == "Madison"], places


def test_a_famous_venue_stands_at_its_city(places_of) -> None:
    places = places_of("Organizers said Corwin Hale would headline a benefit at Madison Square Garden in April.")
    (garden,) = _all(places, "Madison Square Garden")
    assert _km(garden, 40.75, -73.99) < 50, garden
    (tower,) = _all(places_of("Ada Lindqvist proposed to her partner under the Eiffel Tower."), "Eiffel Tower")
    assert _km(tower, 48.86, 2.29) < 50, tower
