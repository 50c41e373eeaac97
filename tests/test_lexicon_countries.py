"""The country lexicon: names, short forms, demonyms, capitals, seats and codes."""

from __future__ import annotations

import pytest

from sidelines.lexicon.countries import (
    all_countries,
    country_by_capital,
    country_by_code,
    country_by_demonym,
    country_by_name,
    country_by_seat,
    country_of,
)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Turkey", "TUR"), ("Türkiye", "TUR"), ("the United States", "USA"), ("U.S.", "USA"),
        ("US", "USA"), ("America", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
        ("Russia", "RUS"), ("Iran", "IRN"), ("Syria", "SYR"), ("South Korea", "KOR"),
        ("North Korea", "PRK"), ("the Netherlands", "NLD"), ("Holland", "NLD"), ("Czechia", "CZE"),
        ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Taiwan", "TWN"), ("Kosovo", "XKX"),
        ("Palestine", "PSE"), ("Hong Kong", "HKG"), ("Russia's", "RUS"), ("CHINA", "CHN"),
    ],
)
def test_country_by_name(text: str, iso3: str) -> None:
    found = country_by_name(text)
    assert found is not None and found.iso3 == iso3


def test_lowercase_pronoun_is_not_a_country() -> None:
    assert country_by_name("us") is None
    assert country_by_name("Narnia") is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Russian", "RUS"), ("Iranians", "IRN"), ("Turkish", "TUR"), ("Turks", "TUR"), ("American", "USA"),
     ("British", "GBR"), ("Briton", "GBR"), ("Chinese", "CHN"), ("Dutch", "NLD"), ("Kosovar", "XKX"),
     ("Palestinian", "PSE"), ("Taiwanese", "TWN"), ("Congolese", "COD")],
)
def test_country_by_demonym(text: str, iso3: str) -> None:
    found = country_by_demonym(text)
    assert found is not None and found.iso3 == iso3


def test_compound_demonym_is_left_to_the_caller() -> None:
    assert country_by_demonym("Russian-Turkish") is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Moscow", "RUS"), ("Ankara", "TUR"), ("Beijing", "CHN"), ("Washington", "USA"),
     ("The Hague", "NLD"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Tehran", "IRN"), ("London", "GBR")],
)
def test_country_by_capital(text: str, iso3: str) -> None:
    found = country_by_capital(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("the White House", "USA"), ("Downing Street", "GBR"),
     ("Élysée", "FRA"), ("Elysee Palace", "FRA"), ("Zhongnanhai", "CHN"), ("the Blue House", "KOR"),
     ("Quai d'Orsay", "FRA"), ("Foggy Bottom", "USA"), ("Whitehall", "GBR")],
)
def test_country_by_seat(text: str, iso3: str) -> None:
    found = country_by_seat(text)
    assert found is not None and found.iso3 == iso3


def test_codes_and_fields() -> None:
    turkey = country_by_code("TR")
    assert turkey is country_by_code("tur")
    assert turkey.name == "Turkey" and turkey.iso2 == "TR" and turkey.capital == "Ankara"
    assert "Türkiye" in turkey.names and "Turkish" in turkey.demonyms
    assert abs(turkey.lat - 39.92) < 0.1 and abs(turkey.lon - 32.85) < 0.1
    assert turkey.geonameid == "323786" and turkey.continent == "AS"


def test_country_of_tries_every_form() -> None:
    assert country_of("the Kremlin").iso3 == "RUS"
    assert country_of("Ankara").iso3 == "TUR"
    assert country_of("Iranian").iso3 == "IRN"
    assert country_of("Japan").iso3 == "JPN"


def test_every_un_member_has_a_demonym_and_capital() -> None:
    members = [c for c in all_countries() if c.population and c.population > 1_000_000]
    assert len(members) > 150
    assert all(c.demonyms for c in members), [c.iso3 for c in members if not c.demonyms]
    assert all(c.capital and c.lat is not None for c in members)


def test_korea_alone_and_former_seats_name_their_states() -> None:
    from sidelines.lexicon.countries import country_by_capital, country_by_demonym, country_by_name

    assert country_by_name("Korea").iso3 == "KOR" and country_by_name("North Korea").iso3 == "PRK"
    assert country_by_demonym("Korean").iso3 == "KOR" and country_by_demonym("North Korean").iso3 == "PRK"
    assert country_by_capital("Rangoon").iso3 == "MMR" and country_by_capital("Bonn").iso3 == "DEU"
    assert country_by_capital("Astana").iso3 == "KAZ" and country_by_capital("Alma-Ata").iso3 == "KAZ"
