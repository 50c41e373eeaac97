"""Issue 13: a state named after a town is that town's state, and venues lie in the article's town."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


def test_a_state_after_a_town_is_the_state_not_a_town_of_a_named_state(places_of) -> None:
    # "Spokane, Washington" qualifies Spokane: Washington is the state, not the Georgia town near Augusta.
    text = ("The fire follows two warehouse blazes this month in Augusta, Georgia, and "
            "Spokane, Washington. Police in both cities are still looking for witnesses.")
    places = places_of(text)
    for p in _all(places, "Washington"):
        assert _km(p, 47.4, -120.5) < 400, p
    for p in _all(places, "Georgia"):
        assert _km(p, 32.7, -83.4) < 300, p


def test_a_venue_in_a_datelined_story_lies_in_the_dateline_town(places_of) -> None:
    # The arena is unknown to the gazetteer: it lies in the dateline's town, not in the last town named.
    text = ("BISMARCK, N.D. — Delegates gathered for the state convention on Saturday. Party officials said "
            "the nominee would speak in Denver next week. Volunteers handed out leaflets as delegates arrived "
            "at Kessler Arena on Sunday.")
    places = places_of(text)
    (arena,) = _all(places, "Kessler Arena")
    assert _km(arena, 46.81, -100.78) < 50, arena


def test_a_venue_takes_the_town_named_in_its_own_sentence_before_the_dateline(places_of) -> None:
    text = ("BISMARCK, N.D. — Delegates gathered for the state convention on Saturday. In Denver, the nominee "
            "spoke to supporters at Kessler Arena on Sunday.")
    (arena,) = _all(places_of(text), "Kessler Arena")
    assert _km(arena, 39.74, -104.98) < 50, arena


def test_the_midwest_is_a_region(places_of) -> None:
    text = "Fans came from all over the Midwest to see the final, and hotels in Chicago were full."
    (region,) = _all(places_of(text), "Midwest")
    assert _km(region, 41.5, -90.0) < 300, region


def test_a_direction_before_a_city_nickname_is_a_part_of_that_city(places_of) -> None:
    text = ("The man accused of robbing two pharmacies in Southwest Philly was arrested on Friday, "
            "police said. He had been living with relatives for a month.")
    (part,) = _all(places_of(text), "Southwest Philly")
    assert _km(part, 39.95, -75.17) < 30, part


def test_a_direction_before_a_city_nickname_the_ner_misses_is_still_found(places_of) -> None:
    text = "Neighbours from Northwest Philly said the driver was a quiet man."
    (part,) = _all(places_of(text), "Northwest Philly")
    assert _km(part, 39.95, -75.17) < 30, part


def test_a_venue_takes_the_town_named_as_where_things_happen_over_a_nearer_team_name(places_of) -> None:
    text = ("The arena looked like a sea of red at Kessler Arena.\nRochester fans packed the stands in "
            "Syracuse on Friday night.\nThe team won by twelve.")
    (venue,) = _all(places_of(text), "Kessler Arena")
    assert _km(venue, 43.05, -76.15) < 30, venue


def test_a_street_the_ner_misses_is_a_place_in_the_article_town(places_of) -> None:
    text = ("A body was found on Sunday in a parked car in Dubuque. The car had been there since Friday, "
            "neighbours on N. Cedar St. said. Stocks fell on Wall Street.")
    places = places_of(text)
    for name in ("N. Cedar St.",):
        (street,) = _all(places, name)
        assert _km(street, 42.50, -90.66) < 30, street
    (wall,) = _all(places, "Wall Street")
    assert _km(wall, 40.71, -74.01) < 30, wall



def test_an_acronym_spelt_like_a_district_is_no_place(places_of) -> None:
    text = "The SWAT team found her in an office on the second floor of the plant in Toledo."
    assert "SWAT" not in [p.text for p in places_of(text)]


def test_a_french_square_named_after_its_street_word_is_a_place_in_its_city(places_of) -> None:
    text = ("Thieves smashed the window of a watchmaker in Lyon on Monday. The raid near the busy Place "
            "Bellecour is the third this year, police said.")
    (square,) = _all(places_of(text), "Place Bellecour")
    assert _km(square, 45.76, 4.83) < 30, square


def test_a_state_that_shares_a_countrys_name_qualifies_a_town_of_that_state(places_of) -> None:
    # "Columbus, Georgia" is Georgia the US state (Columbus has no namesake in the country Georgia),
    # so the Ohio and Indiana names of the story do not pull Columbus north, in either mention.
    text = ("Firefighters from Dayton, Toledo and Fort Wayne trained together last month in Ohio. The drill "
            "followed a warehouse fire in Columbus, Georgia, where the roof fell in. Crews in Columbus "
            "worked through the night.")
    for p in _all(places_of(text), "Columbus"):
        assert _km(p, 32.46, -84.99) < 50, p


def test_the_city_of_a_town_is_that_town_not_a_namesake_city_county(places_of) -> None:
    # "City of Franklin" is also the name of a Virginia city-county; here it is the Franklin of Williamson
    # County, Tennessee, and it must neither take that reading nor pull the town's own mentions there.
    text = ("A Franklin man was charged on Sunday after Franklin police say he struck a parked truck on Main "
            "Street. He was held in the Williamson County jail. On Friday a thief stole tools from the City of "
            "Franklin's public works garage, police said.")
    places = places_of(text)
    for name in ("Franklin", "City of Franklin"):
        for place in _all(places, name):
            assert _km(place, 35.93, -86.87) < 30, place


def test_a_name_after_a_romance_article_inside_a_name_is_no_town_of_its_own(places_of) -> None:
    # "Los Feliciano Heights" is one district's name: "Feliciano" in it is no Philippine town.
    text = "The family moved from Los Feliciano Heights to Burbank in 1998."
    places = places_of(text)
    assert "Feliciano" not in [p.text for p in places], places
    (district,) = _all(places, "Los Feliciano Heights")
    assert _km(district, 34.18, -118.31) < 30, district


def test_a_direction_before_a_name_known_only_as_small_towns_abroad_is_no_such_town(places_of) -> None:
    # "North Cornwall" is a part of an area the gazetteer lacks, not a small Canadian town called Cornwall.
    text = "The team trained in Plymouth on Monday before the long drive to North Cornwall for the match on Saturday."
    places = places_of(text)
    assert all(p.country == "GBR" for p in places), places
    (area,) = _all(places, "North Cornwall")
    assert _km(area, 50.37, -4.14) < 150, area


def test_a_capital_named_with_its_district_in_a_list_of_states_is_the_capital(places_of) -> None:
    # "Washington, D.C." after two states is the capital in its district (one name), not a third state of the list,
    # even in a story datelined in the state of Washington.
    text = "SPOKANE, Wash. (AP) — The choir toured Oregon, Idaho and Washington, D.C., before the holidays."
    (washington,) = _all(places_of(text), "Washington, D.C.")
    assert _km(washington, 38.9, -77.04) < 30, washington


def test_a_street_named_after_a_town_is_the_street_in_the_article_town(places_of) -> None:
    # "Lincoln Street" and "Warren Avenue" are streets of the article's town, not the towns Lincoln and Warren,
    # which would also pull the article's own town toward a namesake near them.
    text = ("Two cars collided on Saturday night in Dubuque. The crash at the corner of Lincoln Street and "
            "Warren Avenue left one driver injured, Dubuque police said.")
    places = places_of(text)
    texts = [p.text for p in places]
    assert "Lincoln" not in texts and "Warren" not in texts, texts
    for name in ("Lincoln Street", "Warren Avenue"):
        (street,) = _all(places, name)
        assert _km(street, 42.50, -90.66) < 30, street


def test_a_name_that_is_an_area_abroad_is_the_town_its_qualifier_names(places_of) -> None:
    # Victoria is an Australian state, Lebanon a country: ", British Columbia" and ", Pa." make them towns there.
    text = ("The ferry company opened a new terminal in Victoria, British Columbia, last spring. Its owner, "
            "Corwin Haddle, grew up in Lebanon, Pa., and still keeps a dairy farm there.")
    places = places_of(text)
    (town,) = _all(places, "Victoria")
    assert _km(town, 48.43, -123.37) < 50, town
    (home,) = _all(places, "Lebanon")
    assert _km(home, 40.34, -76.41) < 50, home


def test_a_list_of_states_of_one_country_stays_a_list(places_of) -> None:
    # "Nevada, Iowa" here lists two states, though Iowa has a town called Nevada.
    text = "Turnout rose in Nevada, Iowa and Ohio, the campaign's pollster Dena Vorhees said on Monday."
    (state,) = _all(places_of(text), "Nevada")
    assert _km(state, 39.25, -116.75) < 400, state


def test_a_country_in_a_list_of_countries_is_no_qualifier(places_of) -> None:
    # "China, Mexico and Vietnam" lists three countries: China is not the Mexican town of that name.
    text = "Shipments of soybeans to China, Mexico and Vietnam rose in the spring quarter, the board said."
    (china,) = _all(places_of(text), "China")
    assert china.country == "CHN", china


def test_only_a_state_or_province_makes_an_area_abroad_a_town() -> None:
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.extractors.places.resolve import _area_abroad
    from sidelines.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    china = Toponym(0, 5, "China", gaz.lookup("China"))
    assert not _area_abroad(china, ("MEX", None))
