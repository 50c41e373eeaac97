"""A state or country written around a town's name qualifies it: "the Texas town of Paris", "Victoria, the
capital of British Columbia", "the Swiss city of Geneva"."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all

from sidelines.extractors.places.appositives import written_area
from sidelines.gazetteer import get_gazetteer


def test_a_state_before_the_town_picks_the_namesake_in_that_state(places_of) -> None:
    text = ("Brass bands filled the square as the Texas town of Paris marked its founding day. Visitors drove in "
            "from Oklahoma and Arkansas for the fireworks.")
    (paris,) = _all(places_of(text), "Paris")
    assert paris.country == "USA" and _km(paris, 33.66, -95.56) < 50, paris


def test_an_appositive_province_picks_the_town_over_a_namesake_state_abroad(places_of) -> None:
    text = "Ferry workers walked out in Victoria, the capital of British Columbia, over a pay dispute."
    (victoria,) = _all(places_of(text), "Victoria")
    assert victoria.country == "CAN" and _km(victoria, 48.43, -123.37) < 50, victoria


def test_a_town_in_a_named_state(places_of) -> None:
    text = "A bakery in Windsor, a town in Connecticut, won the county prize; the owner grew up near Detroit."
    (windsor,) = _all(places_of(text), "Windsor")
    assert windsor.country == "USA" and _km(windsor, 41.85, -72.64) < 50, windsor


def test_a_demonym_before_the_city_names_its_country(places_of) -> None:
    text = ("Envoys met in the Swiss city of Geneva on Friday, a week after two governors from Ohio and "
            "Kentucky had visited the region.")
    (geneva,) = _all(places_of(text), "Geneva")
    assert geneva.country == "CHE", geneva


def test_written_qualifiers_read_only_the_words_around_the_name() -> None:
    gaz = get_gazetteer()
    text = "the Ohio town of Athens and Athens, a city in Georgia, and Athens itself"
    first = text.index("Athens")
    second = text.index("Athens", first + 1)
    third = text.rindex("Athens")
    towns = gaz.lookup("Athens")
    assert written_area(text, first, first + 6, gaz, towns)[0] == ("USA", "OH")
    assert written_area(text, second, second + 6, gaz, towns)[0] == ("USA", "GA")
    assert written_area(text, third, third + 6, gaz, towns)[0] == (None, None)


def test_a_diaspora_or_a_suburb_names_no_area_of_the_town() -> None:
    # "the Irish community of X" is a people, not Ireland; "X, a suburb of Washington" is near the city, not the state.
    gaz = get_gazetteer()
    for text, name in (("Leaders of the Irish community of Newport raised money.", "Newport"),
                       ("Commuters from Arlington, a suburb of Washington, faced delays.", "Arlington")):
        start = text.index(name)
        assert written_area(text, start, start + len(name), gaz, gaz.lookup(name))[0] == (None, None), text


def test_a_suburb_of_washington_is_not_read_in_washington_state(places_of) -> None:
    text = "Commuters from Arlington, a suburb of Washington, faced long delays on Monday after a signal failure."
    (arlington,) = _all(places_of(text), "Arlington")
    assert arlington.lon is not None and arlington.lon > -100, arlington


def test_the_place_says_its_written_qualifier_chose_it(places_of) -> None:
    text = "Brass bands filled the square as the Texas town of Paris marked its founding day."
    (paris,) = _all(places_of(text), "Paris")
    assert paris.explanation.decisions["referent"].endswith("written qualifier: Texas"), paris.explanation
    (plain,) = _all(places_of("Brass bands filled the square in Paris on its founding day."), "Paris")
    assert "written qualifier" not in plain.explanation.decisions["referent"], plain.explanation
