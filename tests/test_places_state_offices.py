"""Issue 13: a name before or after a US state office ("Georgia Gov.", "governor of Washington") is the state;
before or after a mayor's office ("New York Mayor", "mayor of New York") it is the city. All texts are made up."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


def test_a_name_before_a_governor_title_is_the_us_state(places_of) -> None:
    (state,) = _all(places_of("Georgia Gov. Lenn Harbison signed the voting bill on Tuesday."), "Georgia")
    assert _km(state, 32.7, -83.4) < 200, state
    (west,) = _all(places_of("Washington Gov. Idra Colm said the state would sue over the order."), "Washington")
    assert _km(west, 47.4, -120.5) < 200, west


def test_a_name_before_a_legislature_or_senator_is_the_us_state(places_of) -> None:
    (state,) = _all(places_of("The Georgia legislature passed the measure late on Thursday."), "Georgia")
    assert _km(state, 32.7, -83.4) < 200, state
    (senator,) = _all(places_of("The Georgia senator spoke to students on Monday."), "Georgia")
    assert _km(senator, 32.7, -83.4) < 200, senator


def test_governor_of_and_possessive_governor_name_the_us_state(places_of) -> None:
    (state,) = _all(places_of("The governor of Washington declared an emergency after the floods."), "Washington")
    assert _km(state, 47.4, -120.5) < 200, state
    (own,) = _all(places_of("Critics said Georgia's governor had moved too fast."), "Georgia")
    assert _km(own, 32.7, -83.4) < 200, own


def test_a_mayor_names_the_city(places_of) -> None:
    (city,) = _all(places_of("New York Mayor Tobin Vale criticized the plan on Monday."), "New York")
    assert _km(city, 40.71, -74.01) < 50, city
    (other,) = _all(places_of("The mayor of New York said the city would not cooperate."), "New York")
    assert _km(other, 40.71, -74.01) < 50, other


def test_a_country_with_its_own_offices_stays_the_country(places_of) -> None:
    (country,) = _all(places_of("Georgia's president met European envoys in Tbilisi on Monday."), "Georgia")
    assert _km(country, 42.0, 43.5) < 200, country
    (capital,) = _all(places_of("The senator flew back to Washington for the vote on Tuesday."), "Washington")
    assert _km(capital, 38.9, -77.04) < 50, capital


def test_a_town_and_its_state_tagged_as_one_name_are_both_places(places_of) -> None:
    places = places_of("Tarn Maddox held a rally in Florence, South Carolina, on Friday.")
    (town,) = _all(places, "Florence")
    assert _km(town, 34.2, -79.76) < 50, town
    (state,) = _all(places, "South Carolina")
    assert _km(state, 34.0, -81.0) < 200, state


def test_a_person_beside_a_town_is_no_town(places_of) -> None:
    places = places_of("Mayor Ellen Hudson and Manchester officials met on Monday.")
    assert not [p for p in places if p.text == "Hudson"], places


def test_a_venue_named_for_a_town_near_the_article_s_places_keeps_its_point(places_of) -> None:
    places = places_of("Nurses at Fresno Community Hospital went on strike, and clinics across Fresno closed.")
    (hospital,) = _all(places, "Fresno Community Hospital")
    assert _km(hospital, 36.75, -119.77) < 50, hospital


def test_a_university_of_a_town_keeps_its_point(places_of) -> None:
    (school,) = _all(places_of("Bram Hollis, an economist at the University of Toronto, backed the plan."),
                     "University of Toronto")
    assert _km(school, 43.7, -79.42) < 50, school


def test_a_primary_school_is_no_state_office(places_of) -> None:
    places = places_of("Teachers at a Georgia primary school in Kutaisi went on strike over unpaid wages.")
    (georgia,) = _all(places, "Georgia")
    assert _km(georgia, 42.0, 43.5) < 300, georgia
