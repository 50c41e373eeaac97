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


def test_a_post_name_with_an_abbreviated_other_state_is_the_town_there(places_of) -> None:
    text = "The sawmill in Fort Bragg, Calif., shut down last week, owner Tobin Marsh said."
    (town,) = _all(places_of(text), "Fort Bragg")
    assert _km(town, 39.45, -123.81) < 50, town


def test_a_country_before_state_media_stays_the_country(places_of) -> None:
    cases = [("Georgia state media said Tbilisi had summoned envoy Levan Orbeli.", "Georgia", "GEO"),
             ("Mexico state oil company Petrovia posted a loss, its chief Alba Ruiz said.", "Mexico", "MEX"),
             ("Panama state television said the locks were closed for two hours.", "Panama", "PAN")]
    for text, name, iso3 in cases:
        (country,) = _all(places_of(text), name)
        assert country.country == iso3, (text, country)


def test_a_landmark_placed_in_another_town_takes_that_town(places_of) -> None:
    places = places_of("Fans of singer Mira Toller gathered at the Parthenon in Nashville on Sunday.")
    assert all(_km(p, 37.98, 23.73) > 500 for p in places if p.lat is not None), places
    assert [p for p in places if p.lat is not None and _km(p, 36.16, -86.78) < 50], places


def test_a_landmark_inside_a_longer_name_is_not_the_landmark(places_of) -> None:
    places = places_of("Cadet Emre Talas trained at the Turkish Air Force Academy in Istanbul for four years.")
    assert all(_km(p, 38.99, -104.86) > 500 for p in places if p.lat is not None), places


def test_a_replica_of_a_landmark_is_not_the_landmark(places_of) -> None:
    places = places_of("A replica of the Eiffel Tower stands in Las Vegas, builder Oren Falk said.")
    assert all(_km(p, 48.86, 2.35) > 500 for p in places if p.lat is not None), places
    (tower,) = _all(places_of("Tourists photographed the Eiffel Tower, not a replica."), "Eiffel Tower")
    assert _km(tower, 48.86, 2.35) < 50, tower
