"""Issue 13: names the gazetteer cannot place borrow the point of the area the article puts them in."""

from __future__ import annotations

import pytest
from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


@pytest.fixture(scope="module")
def places_with_strays():
    """Entities + places with the stray-town rule on (stray_km; off by default, see default_settings.toml)."""
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractors=["entities", "places"],
                                             extractor_config={"places": {"stray_km": 500.0}}))
    return lambda text: pipe.process_one(document_from_text(text, "t")).layers["places"]


def test_a_stadium_the_gazetteer_lacks_lies_in_the_city_the_article_names(places_of) -> None:
    text = ("Riot police were deployed outside Nagyerdei Stadium in Debrecen on Saturday after fans of the "
            "two clubs clashed before kick-off.")
    places = places_of(text)
    (stadium,) = _all(places, "Nagyerdei Stadium")
    assert _km(stadium, 47.53, 21.63) < 30
    assert stadium.country == "HUN" and stadium.explanation is not None
    assert "not in the gazetteer" in stadium.explanation.decisions["referent"]


def test_a_small_town_named_with_a_state_it_is_not_in_the_gazetteer_for_lies_in_that_state(places_of) -> None:
    # The gazetteer has Millersburgs in Ohio, Kentucky and Pennsylvania, not the Michigan village.
    text = ("Funeral services for Harold Greene, 88, of Millersburg, Michigan, will be held on Friday. "
            "He farmed near Millersburg for fifty years.")
    for p in _all(places_of(text), "Millersburg"):
        assert p.name == "Millersburg" and p.country == "USA"
        assert _km(p, 44.3, -85.6) < 250  # Michigan, not Ohio or Pennsylvania


def test_a_qualifier_does_not_move_a_big_city_out_of_its_country(places_of) -> None:
    text = "The band will play in Berlin, France and Spain this summer before touring Asia."
    (berlin,) = _all(places_of(text), "Berlin")
    assert berlin.country == "DEU"


def test_a_neighbourhood_the_gazetteer_lacks_is_not_a_far_namesake(places_with_strays) -> None:
    # Clintonville is a Columbus neighbourhood; the gazetteer only has the towns in Wisconsin, Illinois
    # and New York, a thousand kilometres from the story's other places.
    text = ("Columbus police said the break-ins in Clintonville, Bexley and Worthington began in March, and "
            "officers made two arrests on Friday.")
    (clintonville,) = _all(places_with_strays(text), "Clintonville")
    assert _km(clintonville, 40.03, -83.01) < 50


@pytest.mark.parametrize("text", [
    "Columbus police said the break-ins in Bexley and Worthington began in March. The suspect was arrested in "
    "Clintonville, Wisconsin, on Friday.",
    "Columbus police said the break-ins in Bexley and Worthington began in March. The suspect was born in "
    "Clintonville and moved to Ohio last year.",
])
def test_a_far_town_named_with_its_own_state_or_as_a_birthplace_stays_there(places_with_strays, text) -> None:
    (clintonville,) = _all(places_with_strays(text), "Clintonville")
    assert clintonville.geonameid is not None and _km(clintonville, 40.03, -83.01) > 300


def test_a_state_named_in_full_places_a_town_the_gazetteer_lacks_there(places_of) -> None:
    # Maryland has no two-letter form the gazetteer reads ("MD" is also a doctor); the town still lands there.
    text = "She was born in Bainbridge, Maryland, in 1931, and taught school in Bainbridge for forty years."
    for p in _all(places_of(text), "Bainbridge"):
        assert p.country == "USA" and _km(p, 39.05, -76.8) < 120


def test_a_small_town_lies_in_the_county_the_article_names_not_in_a_far_namesake(places_of) -> None:
    # The gazetteer has only the Oxfordshire Bampton, not the Devon one.
    text = ("Firefighters from Devon were called to a blaze at a bakery in Bampton on Monday. Nobody "
            "was hurt, and the bakery in Bampton will reopen next week, its owner said.")
    for p in _all(places_of(text), "Bampton"):
        assert _km(p, 50.99, -3.49) < 60, p


def test_a_small_town_with_a_namesake_near_another_place_of_the_story_stays_out_of_the_county(places_of) -> None:
    text = ("Firefighters from Hampshire were called to a blaze on Monday. Later that day a man from Cardiff "
            "was charged over a crash in Whitchurch, police in Wales said.")
    (town,) = _all(places_of(text), "Whitchurch")
    assert _km(town, 51.05, -1.24) > 100, town


def test_a_small_town_lies_in_the_state_a_local_story_names_not_in_another_state(places_of) -> None:
    # The gazetteer has only the Maine Topsham, not the Vermont one.
    text = ("Vermont state troopers were called to a barn fire in Topsham on Tuesday night. The owner said "
            "the fire in Topsham began in a hay loft, and crews from Montpelier helped put it out.")
    for p in _all(places_of(text), "Topsham"):
        assert _km(p, 44.10, -72.23) < 100, p


def test_a_town_in_the_state_of_another_place_of_the_story_keeps_its_reading(places_of) -> None:
    text = ("State police in Syracuse said a skier missing near Saranac Lake since Sunday was found safe on "
            "Tuesday. Her parents had flown in from Fresno, California, to join the search.")
    (town,) = _all(places_of(text), "Saranac Lake")
    assert _km(town, 44.33, -74.13) < 30, town


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    # a town the gazetteer holds, too big for the area's missing namesake
    ("A lorry driver from Devon was killed in a crash near Banbury on Tuesday.", "Banbury", 52.06, -1.34),
    # where someone comes from may lie anywhere
    ("Police in Kent said a woman from Hexham had been charged over the crash in Ashford.", "Hexham", 54.97, -2.10),
    ("Vermont State Police said a man from Keene was arrested in Burlington on Tuesday.", "Keene", 42.93, -72.28),
])
def test_a_town_the_gazetteer_holds_is_not_pulled_into_the_area_a_story_names(places_of, text, name, lat, lon) -> None:
    for p in _all(places_of(text), name):
        assert _km(p, lat, lon) < 30, p


def test_a_square_lies_in_the_town_named_before_it_not_in_one_later_in_its_sentence(places_of) -> None:
    places = places_of("Armed men robbed a jeweller in central Madrid on Tuesday, police said. The raid near the busy "
                       "Plaza de Oriente is the third to hit Spain after two in Marbella this year.")
    square = next(p for p in places if p.text == "Plaza de Oriente")
    assert square.lat is not None and abs(square.lat - 40.4) < 0.3 and abs(square.lon + 3.7) < 0.3


def test_a_street_takes_the_town_right_after_it(places_of) -> None:
    places = places_of("Masked men stormed a watch shop in Milan on Friday, a police source said. The robbery on "
                       "Via Larga in Rome is the latest to hit Italy.")
    street = next(p for p in places if p.text == "Via Larga")
    assert street.lat is not None and abs(street.lat - 41.9) < 0.3


def test_a_street_takes_its_town_after_a_chain_of_places(places_of) -> None:
    places = places_of("The governor spoke in Columbus on Monday. On Tuesday a crowd gathered on Ridley Avenue "
                       "outside the old train depot in Dayton.")
    street = next(p for p in places if p.text == "Ridley Avenue")
    assert street.lat is not None and abs(street.lat - 39.76) < 0.2 and abs(street.lon + 84.19) < 0.2
