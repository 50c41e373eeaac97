"""Issue 13: area names are no villages, famous cities no hamlets, and areas written around a name qualify it."""

from __future__ import annotations

import pytest
from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


@pytest.mark.parametrize(("text", "name", "point"), [
    # A story about New York's cities: "Florida" is the state, not the village of Florida in New York.
    ("The governor toured Albany, Buffalo and Syracuse on Monday, then said he would campaign in Florida "
     "next month.", "Florida", (28.6, -82.4)),
    # The Wisconsin towns around it do not make "Vermont" the Wisconsin hamlet of that name.
    ("The senator from Vermont held a rally in Madison and another in Milwaukee before the Wisconsin primary.",
     "Vermont", (44.0, -72.7)),
    # A country is no Ohio village either.
    ("Students from Cleveland and Akron traveled to Poland for the summer.", "Poland", (52.0, 20.0)),
])
def test_an_area_name_is_none_of_its_small_namesake_towns(places_of, text, name, point) -> None:
    places = _all(places_of(text), name)
    assert places
    for p in places:
        assert _km(p, *point) < 100


def test_a_qualified_area_name_is_still_the_town(places_of) -> None:
    text = "In Florida, N.Y., the village board approved the new park. Orange County officials attended."
    for p in _all(places_of(text), "Florida"):
        assert _km(p, 41.33, -74.36) < 30


@pytest.mark.parametrize(("text", "name", "point"), [
    # A hamlet of a few hundred in New York is not the convention city.
    ("The candidate spoke in Manhattan about New York values, praising Brooklyn, Buffalo and Albany. He said "
     "the race would be settled by Cleveland in July.", "Cleveland", (41.5, -81.69)),
    # New Hampshire's small Washington lies near the towns of the story, yet the reporter is in the capital.
    ("NASHUA, N.H. - The governor held a town hall in Londonderry and then drove to Concord. Jane Hollis "
     "reported from Washington.", "Washington", (38.9, -77.04)),
    # A story naming several states: Pennsylvania's small Denver lies near one of its counties by chance.
    ("Campaign offices in Bucks County, Pennsylvania, and in Loudoun County, Virginia, opened this week, as "
     "did one in Denver.", "Denver", (39.74, -104.99)),
])
def test_a_famous_city_is_no_hamlet_of_its_country(places_of, text, name, point) -> None:
    places = _all(places_of(text), name)
    assert places
    for p in places:
        assert _km(p, *point) < 30


def test_a_small_town_with_its_county_named_keeps_it(places_of) -> None:
    text = ("Paris, Texas, officials said the storm hit Lamar County hard. Residents of Paris said the power "
            "was out.")
    for p in _all(places_of(text), "Paris"):
        assert _km(p, 33.66, -95.56) < 30


@pytest.mark.parametrize(("text", "name", "point"), [
    ("Organizers visited Iowa's Polk County and Wisconsin's Brown County this week.", "Polk County",
     (41.68, -93.57)),
    ("Canvassers spent the weekend in Jefferson County in Colorado and then in Scott County in Iowa.",
     "Jefferson County", (39.58, -105.25)),
])
def test_a_possessive_or_locative_state_qualifies_a_county(places_of, text, name, point) -> None:
    places = _all(places_of(text), name)
    assert places
    for p in places:
        assert _km(p, *point) < 60


def test_a_name_followed_by_state_capitalised_is_the_state(places_of) -> None:
    text = "Machinists in Washington State and in Ohio backed the plan."
    places = [p for p in places_of(text) if p.text.startswith("Washington")]
    assert places
    for p in places:
        assert _km(p, 47.4, -120.5) < 100


def test_a_qualifier_ending_the_sentence_still_qualifies(places_of) -> None:
    # The period after a four-letter state ("Iowa.") is the sentence's, not an abbreviation's.
    text = ("Cruz thanked voters in Manchester, Iowa. He had spoken in Manchester, N.H., a week before, and in "
            "Nashua.")
    first = _all(places_of(text), "Manchester")[0]
    assert _km(first, 42.48, -91.46) < 30

