"""A name followed by "in" and a town lies inside that town: a park or district of it, not a namesake abroad."""

from __future__ import annotations


def test_a_district_in_a_town_does_not_pull_the_town_abroad(places_of):
    places = places_of("Firefighters were called to a house near Moorabbin in Springfield. "
                       "Springfield police later made an arrest.")
    towns = [p for p in places if p.text == "Springfield"]
    assert towns and all(p.country == "USA" for p in towns)
    inner = [p for p in places if p.text == "Moorabbin"]
    assert inner and all(p.country != "AUS" for p in inner)


def test_a_park_in_a_town_takes_the_towns_point(places_of):
    places = places_of("Residents near Kensington Park in Richmond complained about the noise. "
                       "Richmond officials said the concert would go on.")
    town = next(p for p in places if p.text == "Richmond")
    park = next(p for p in places if p.text == "Kensington Park")
    assert park.lat is not None and town.lat is not None
    assert abs(park.lat - town.lat) < 0.5 and abs(park.lon - town.lon) < 0.5


def test_a_town_near_the_town_it_lies_in_keeps_its_reading(places_of):
    places = places_of("Shops reopened in Brooklyn in New York City on Monday after the storm.")
    borough = next(p for p in places if p.text == "Brooklyn")
    assert borough.country == "USA" and abs(borough.lat - 40.65) < 0.3


def test_a_town_in_a_state_is_no_district(places_of):
    places = places_of("The rally in Springfield in Illinois drew a large crowd.")
    town = next(p for p in places if p.text == "Springfield")
    assert town.country == "USA" and abs(town.lat - 39.8) < 0.5


def test_a_country_before_in_and_a_town_is_not_put_in_the_town(places_of):
    places = places_of("Talks between Italy and Austria in Geneva broke up late on Thursday.")
    austria = next(p for p in places if p.text == "Austria")
    assert austria.country == "AUT"


def test_people_from_a_country_in_a_town_stay_from_that_country(places_of):
    places = places_of("Nurses from Kenya in Manchester said they had not been paid for weeks.")
    kenya = next(p for p in places if p.text == "Kenya")
    assert kenya.country == "KEN"


def test_a_state_before_in_and_a_town_keeps_its_reading(places_of):
    places = places_of("Farmers from Nebraska in Chicago met buyers at the trade fair.")
    state = next(p for p in places if p.text == "Nebraska")
    assert state.country == "USA" and abs(state.lat - 41.5) < 1.5


def test_a_big_city_without_a_locative_cue_is_not_put_in_the_town(places_of):
    places = places_of("Bankers from Tokyo in Sydney signed the deal on Friday.")
    tokyo = next(p for p in places if p.text == "Tokyo")
    assert tokyo.country == "JPN"


def test_a_district_east_of_which_something_lies_is_in_the_town(places_of):
    places = places_of("The new bus lane runs along two avenues east of Moorabbin in Springfield.")
    inner = [p for p in places if p.text == "Moorabbin"]
    assert inner and all(p.country != "AUS" for p in inner)
