"""The offline gazetteer: countries, US states and abbreviations, counties, regions and towns."""

from __future__ import annotations

import pytest

from sidelines.gazetteer import get_gazetteer
from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CONTINENT, COUNTRY


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_countries_and_capitals(gaz) -> None:
    turkey = [c for c in gaz.lookup("Türkiye") if c.feature == COUNTRY]
    assert turkey and turkey[0].country == "TUR" and turkey[0].geonameid == "298795"
    paris = [c for c in gaz.lookup("Paris") if c.feature == CAPITAL]
    assert paris and paris[0].country == "FRA" and abs(paris[0].lat - 48.85) < 0.1
    assert any(c.country == "USA" and c.admin1 == "TX" for c in gaz.lookup("Paris"))


def test_us_states_abbreviations_and_counties(gaz) -> None:
    (wv,) = gaz.lookup("W.Va.")
    assert wv.feature == ADMIN1_KIND and wv.admin1 == "WV" and wv.name == "West Virginia"
    georgia = {c.feature for c in gaz.lookup("Georgia")}
    assert georgia == {COUNTRY, ADMIN1_KIND}
    laurel = [c for c in gaz.lookup("Laurel County") if c.admin1 == "KY"]
    assert laurel and laurel[0].feature == ADMIN2_KIND
    assert not any(c.feature == COUNTRY for c in gaz.lookup("us"))


def test_regions_and_towns(gaz) -> None:
    (europe,) = [c for c in gaz.lookup("Europe") if c.feature == CONTINENT]
    assert 40 < europe.lat < 55
    assert gaz.lookup("EU")[0].name == "European Union"
    tianjin = gaz.lookup("Tianjin")
    assert tianjin[0].country == "CHN" and abs(tianjin[0].lon - 117.2) < 0.2
    assert "Gainesville" in gaz and "Xyzzyville" not in gaz


def test_only_the_largest_namesake_is_the_capital(gaz) -> None:
    capitals = [c for c in gaz.lookup("Washington") if c.feature == CAPITAL]
    assert [(c.country, c.admin1) for c in capitals] == [("USA", "DC")]
    iowa = [c for c in gaz.lookup("Washington") if c.admin1 == "IA"]
    assert iowa and iowa[0].feature != CAPITAL


def test_provinces_and_counties_of_every_country_have_a_point(gaz) -> None:
    (palawan,) = [c for c in gaz.lookup("Palawan") if c.country == "PHL"]
    assert palawan.feature == ADMIN2_KIND and 8 < palawan.lat < 12 and 117 < palawan.lon < 120
    sindh = [c for c in gaz.lookup("Sindh") if c.feature == ADMIN1_KIND]
    assert sindh and sindh[0].country == "PAK" and sindh[0].population > 1_000_000
    cook = [c for c in gaz.lookup("Cook County") if c.admin1 == "IL"]
    assert cook and abs(cook[0].lat - 41.8) < 0.5 and abs(cook[0].lon + 87.8) < 0.5


def test_a_province_does_not_shadow_its_namesake_city(gaz) -> None:
    tokyo = gaz.lookup("Tokyo")
    assert tokyo and all(c.feature != ADMIN1_KIND for c in tokyo if c.country == "JPN")


def test_seas_islands_and_straits(gaz) -> None:
    (spratly,) = gaz.lookup("Spratly Islands")
    assert 5 < spratly.lat < 12 and 110 < spratly.lon < 117
    assert gaz.lookup("Strait of Hormuz") and gaz.lookup("East China Sea")


def test_a_big_citys_initials_name_it(gaz) -> None:
    # GeoNames lists "NYC" and "L.A." among the cities' other names; they are the initials of the names.
    assert any(c.name == "New York City" for c in gaz.lookup("NYC"))
    assert any(c.name == "Los Angeles" for c in gaz.lookup("L.A."))
    # A two-letter code without dots stays a state's postal code ("LA" is Louisiana).
    assert all(c.name != "Los Angeles" for c in gaz.lookup("LA"))
    # Airport codes are no initials, nor are the letters of a hyphenated name ("PAP", a news agency).
    assert not gaz.lookup("LAX")
    assert all(c.name != "Port-au-Prince" for c in gaz.lookup("PAP"))


def test_a_city_named_by_its_initials(places_of) -> None:
    places = places_of("After ten years in NYC she moved her gallery to L.A. last spring.")
    names = {p.text: p.name for p in places}
    assert names.get("NYC") == "New York City"
    assert names.get("L.A.") == "Los Angeles"


def test_the_compact_table_keeps_every_candidate_through_the_cache_file() -> None:
    import pickle

    from sidelines.gazetteer.index import CITY, Gazetteer, GazetteerEntry

    town = GazetteerEntry("Springfield", 39.8, -89.6, "USA", "4250542", 114000, CITY, "IL")
    namesake = GazetteerEntry("Springfield", 37.2, -93.3, "USA", "4409896", 169000, CITY, "MO")
    state = GazetteerEntry("Illinois", 40.0, -89.0, "USA", "4896861", 12800000, ADMIN1_KIND, "IL")
    built = Gazetteer(names={"springfield": (town, namesake), "illinois": (state,)}, exact={"IL": (state,)})
    loaded = pickle.loads(pickle.dumps(built))
    for gaz in (built, loaded):
        assert gaz.lookup("Springfield") == (town, namesake)
        assert gaz.lookup(" Illinois ") == (state,)
        assert gaz.lookup("IL") == (state, )           # the abbreviation only: "il" is no name
        assert gaz.lookup("Shelbyville") == ()
        assert gaz.exact_entries() == [state]
    # One entry is one object however often it is looked up (the places step compares them).
    assert loaded.lookup("Springfield")[0] is loaded.lookup("springfield")[0]


def test_lookups_are_kept_and_answer_as_before(gaz) -> None:
    first = gaz.lookup("Springfield")
    assert first and gaz.lookup("Springfield") is first  # answered from the kept lookups
    assert gaz._lookup("Springfield") == first
    assert gaz.lookup(" springfield ") == first
