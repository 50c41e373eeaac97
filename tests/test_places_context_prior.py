"""Issue 13: the article's context weighed against the population prior of ambiguous names."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


def test_two_big_cities_do_not_pull_each_other_to_small_namesakes(places_of) -> None:
    # Detroit and Portland both have small namesakes in Maine; that coincidence is no context.
    text = ("The coach said his players in Detroit were tired after the trip. On Friday the team lost to "
            "Portland by eleven points, and Detroit fans booed the referees.")
    places = places_of(text)
    for p in _all(places, "Detroit"):
        assert _km(p, 42.33, -83.05) < 30
    for p in _all(places, "Portland"):
        assert _km(p, 45.52, -122.68) < 30


def test_a_qualified_name_keeps_its_state_through_the_article(places_of) -> None:
    # "Elizabethtown, Pennsylvania" names its state; the bigger towns near Newark nearby in the text
    # (and Elizabeth, New Jersey, once called Elizabethtown) do not pull either mention away.
    text = ("Ruth Miller was born in Elizabethtown, Pennsylvania, in 1921. After the war she moved to "
            "Newark and later to Hoboken, New Jersey, where she taught school for thirty years. "
            "She returned to Elizabethtown in 1990 and joined the choir of the town's church.")
    places = places_of(text)
    for p in _all(places, "Elizabethtown"):
        assert _km(p, 40.15, -76.60) < 30
    (newark,) = _all(places, "Newark")
    assert _km(newark, 40.74, -74.17) < 30


def test_a_town_named_with_its_state_is_the_town_not_the_county(places_of) -> None:
    text = "The choir toured Lancaster, Pennsylvania, and sang in two churches there on Sunday."
    (lancaster,) = _all(places_of(text), "Lancaster")
    assert _km(lancaster, 40.04, -76.31) < 20


def test_postal_state_codes_are_states(places_of) -> None:
    text = "The family moved from Trenton, NJ to a farm outside Albany, NY, in the spring of 1962."
    places = places_of(text)
    (nj,) = _all(places, "NJ")
    assert nj.name == "New Jersey"
    (ny,) = _all(places, "NY")
    assert ny.name == "New York"
    (albany,) = _all(places, "Albany")
    assert _km(albany, 42.65, -73.76) < 30
    assert not [p for p in places_of("Turn the dial to ON or OFF, then press OK.") if p.text in ("OK", "ON")]


def test_a_persons_surname_alone_is_not_a_place(places_of) -> None:
    text = ("Council member Laura Preston opened the meeting on Tuesday. Preston said the budget for the "
            "new library in Dayton would be balanced, and Preston thanked the volunteers.")
    places = places_of(text)
    assert not [p for p in places if p.text == "Preston"]
    (dayton,) = _all(places, "Dayton")
    assert dayton.country == "USA"


def test_an_all_capital_dateline_with_a_double_hyphen(places_of) -> None:
    text = "FAIRBANKS -- A man was hurt on Tuesday when his truck slid off the icy road, troopers said."
    (dateline,) = _all(places_of(text), "FAIRBANKS")
    assert _km(dateline, 64.84, -147.72) < 30


def test_a_name_a_country_bears_is_the_country_not_an_alternate_name(places_of) -> None:
    text = ("The bakery will move two production lines from Chicago to Mexico next year, and workers "
            "in Mexico will earn far less, the union said.")
    for p in _all(places_of(text), "Mexico"):
        assert p.country == "MEX" and _km(p, 23.6, -102.5) < 200


def test_a_county_named_with_its_state_stays_there(places_of) -> None:
    # Ohio and Indiana towns named later do not move "Wood County, W. Va." to Ohio's Wood County.
    text = ("A man from Wood County, W. Va., was arrested on Friday. He had lived in Toledo, Ohio, and "
            "in Marion, Indiana, before moving south.")
    (county,) = _all(places_of(text), "Wood County")
    assert _km(county, 39.2, -81.5) < 80


def test_a_name_without_its_accents_is_the_name_not_an_alias(places_of) -> None:
    # "Montreal" is Montréal written without its accent, not an alternate name a Wisconsin town beats.
    text = "She grew up in Montreal and moved to Toronto for university before settling in Michigan."
    (montreal,) = _all(places_of(text), "Montreal")
    assert montreal.country == "CAN" and _km(montreal, 45.5, -73.57) < 30


def test_people_of_a_state_or_province_are_a_demonym(places_of) -> None:
    text = "Ohioans and Ontarians crossed Lake Erie by ferry last summer, but Morgan stayed home."
    places = places_of(text)
    (ohio,) = _all(places, "Ohioans")
    assert ohio.kind == "demonym" and ohio.name == "Ohio"
    (ontario,) = _all(places, "Ontarians")
    assert ontario.kind == "demonym" and ontario.country == "CAN"
    assert not [p for p in places if p.text == "Morgan"]


def test_a_big_citys_namesake_read_locally_still_lends_its_state(places_of) -> None:
    # Paris and London both read as their Kentucky namesakes here (Bourbon and Laurel counties,
    # Lexington): a big city's name read as a small town still speaks for its state.
    text = ("Farmers from Paris drove their cattle to the Bourbon County sale barn on Monday. Buyers came from "
            "Lexington and Winchester, and a trucker from London said prices in Laurel County were higher.")
    places = places_of(text)
    for p in _all(places, "Paris"):
        assert _km(p, 38.21, -84.25) < 50, p
    for p in _all(places, "London"):
        assert _km(p, 37.13, -84.08) < 50, p
