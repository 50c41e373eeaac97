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
