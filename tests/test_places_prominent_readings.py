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


def test_an_area_name_with_its_village_county_named_is_the_village(places_of) -> None:
    text = "In Florida, N.Y., the village board approved the new park. Orange County officials attended."
    places = _all(places_of(text), "Florida")
    assert places
    for p in places:
        assert _km(p, 41.33, -74.36) < 30


@pytest.mark.parametrize(("text", "name", "point"), [
    # A hamlet of a few hundred in New York is not the convention city.
    ("The candidate spoke in Manhattan about New York values, praising Brooklyn, Buffalo and Albany. He said "
     "the race would be settled by Cleveland in July.", "Cleveland", (41.5, -81.69)),
    # New Hampshire's small Washington lies near the towns of the story, yet the reporter is in the capital.
    ("NASHUA, N.H. - The governor held a town hall in Londonderry and then drove to Concord. Jane Hollis "
     "reported from Washington.", "Washington", (38.9, -77.04)),
    # A story naming several states: Pennsylvania's small Denver lies near one of its counties by chance.
    ("Volunteers for the Marsh campaign rented offices in Berks County, Pennsylvania, and in Prince William "
     "County, Virginia, and a third opened in Denver on Friday.", "Denver", (39.74, -104.99)),
])
def test_a_famous_city_is_no_hamlet_of_its_country(places_of, text, name, point) -> None:
    places = _all(places_of(text), name)
    assert places
    for p in places:
        assert _km(p, *point) < 30


def test_a_small_town_with_its_county_named_keeps_it(places_of) -> None:
    text = ("Paris, Texas, officials said the storm hit Lamar County hard. Residents of Paris said the power "
            "was out.")
    places = _all(places_of(text), "Paris")
    assert places
    for p in places:
        assert _km(p, 33.66, -95.56) < 30


@pytest.mark.parametrize(("text", "name", "point"), [
    ("Organizers visited Ohio's Warren County and Kentucky's Boone County this week.", "Warren County",
     (39.43, -84.17)),
    ("Field staff spent the week in Clay County in Missouri and then in Marion County in Indiana.",
     "Clay County", (39.31, -94.42)),
])
def test_a_possessive_or_locative_state_qualifies_a_county(places_of, text, name, point) -> None:
    places = _all(places_of(text), name)
    assert places
    for p in places:
        assert _km(p, *point) < 60


def test_a_name_followed_by_state_capitalised_is_the_state(places_of) -> None:
    text = "Orchard owners in Washington State and in Oregon asked for frost relief."
    places = [p for p in places_of(text) if p.text.startswith("Washington")]
    assert places
    for p in places:
        assert _km(p, 47.4, -120.5) < 100


def test_a_qualifier_ending_the_sentence_still_qualifies(places_of) -> None:
    # The period after a four-letter state ("Ohio.") is the sentence's, not an abbreviation's.
    text = ("Dana Whitfield thanked students in Oxford, Ohio. She had spoken in Oxford, Miss., a week before, and "
            "in Tupelo.")
    first = _all(places_of(text), "Oxford")[0]
    assert _km(first, 39.51, -84.75) < 30



@pytest.mark.parametrize(("text", "name", "point"), [
    # A country's name followed by "in <state>" is the country, not its namesake town in that state.
    ("Fans of Mexico in Missouri cheered when the team scored in the second half.", "Mexico", (23.0, -102.0)),
    ("Exchange students from Peru in Indiana met the mayor on Tuesday.", "Peru", (-10.0, -76.0)),
])
def test_an_area_name_before_in_a_state_is_still_the_area(places_of, text, name, point) -> None:
    places = _all(places_of(text), name)
    assert places
    for p in places:
        assert _km(p, *point) < 300


def test_small_towns_named_around_an_area_named_village_keep_it(places_of) -> None:
    # A local story: the small towns around Ohio's village of Poland make it that village, not the country.
    text = "The county fair drew crowds from Poland, Canfield and Struthers on Saturday."
    places = _all(places_of(text), "Poland")
    assert places
    for p in places:
        assert _km(p, 41.02, -80.61) < 30
        assert "small namesake" not in p.explanation.decisions.get("reading", "")


def test_rule_notes_for_a_state_suffix_and_a_famous_city_over_its_hamlet(places_of) -> None:
    state = _all(places_of("Orchard owners in Washington State and in Oregon asked for frost relief."),
                 "Washington State")[0]
    assert "State" in state.explanation.decisions["reading"]
    text = ("Volunteers for the Marsh campaign rented offices in Berks County, Pennsylvania, and in Prince William "
            "County, Virginia, and a third opened in Denver on Friday.")
    denver = _all(places_of(text), "Denver")[0]
    assert "famous city" in denver.explanation.decisions["reading"]
    albany = _all(places_of(text.replace("Denver", "Albany")), "Albany")[0]
    assert "famous city" not in albany.explanation.decisions.get("reading", "")


def test_a_country_named_with_state_keeps_its_country_reading() -> None:
    import spacy

    from sidelines.extractors.places.affixes import affixed_candidates
    from sidelines.gazetteer import get_gazetteer
    from sidelines.gazetteer.index import ADMIN1_KIND, COUNTRY

    gaz = get_gazetteer()
    nlp = spacy.blank("en")
    # "Georgia State television": the country's state media may be meant, so no US state is forced.
    georgia = affixed_candidates(nlp("Georgia State")[0:2], gaz)
    assert any(c.feature == COUNTRY for c in georgia)
    ohio = affixed_candidates(nlp("Ohio State")[0:2], gaz)
    assert ohio and all(c.feature == ADMIN1_KIND for c in ohio)
