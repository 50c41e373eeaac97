"""Provinces written without their diacritics, and seas and disputed areas that no package ships."""

from __future__ import annotations

import pytest

from sidelines.gazetteer import get_gazetteer
from sidelines.gazetteer.index import ADMIN1_KIND, CITY, REGION


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_a_province_is_found_by_its_plain_spelling(gaz) -> None:
    for plain, country in (("Tamil Nadu", "IND"), ("Rajasthan", "IND"), ("Galapagos", "ECU"), ("Jowzjan", "AFG")):
        areas = [c for c in gaz.lookup(plain) if c.feature == ADMIN1_KIND and not c.alias]
        assert areas and areas[0].country == country and areas[0].lat is not None, plain


def test_the_plain_spelling_does_not_shadow_a_namesake_city(gaz) -> None:
    # The city and its state share the name; the plain spelling is still the city alone.
    sao_paulo = gaz.lookup("Sao Paulo")
    assert sao_paulo and all(c.feature == CITY for c in sao_paulo if c.country == "BRA")


def test_disputed_areas_and_seas_have_a_point(gaz) -> None:
    (karabakh,) = gaz.lookup("Karabakh")
    assert karabakh.feature == REGION and karabakh.country is None and 39 < karabakh.lat < 41
    (rocks,) = gaz.lookup("Dokdo")
    assert rocks.name == "Liancourt Rocks" and 130 < rocks.lon < 133
    for sea in ("Gulf of Finland", "Strait of Gibraltar", "Bay of Biscay", "Gulf of Thailand"):
        assert gaz.lookup(sea) and gaz.lookup(sea)[0].lat is not None, sea


def test_a_plain_province_and_a_strait_are_put_on_the_map(places_of) -> None:
    places = places_of("Monsoon rains flooded villages across Telangana on Friday. Further west, patrol "
                       "boats of the Moroccan navy escorted a fishing fleet through the Strait of Gibraltar.")
    by_text = {p.text: p for p in places}
    telangana = by_text["Telangana"]
    assert telangana.country == "IND" and 16 < telangana.lat < 20 and 77 < telangana.lon < 81
    strait = by_text["Strait of Gibraltar"]
    assert 35 < strait.lat < 37 and -7 < strait.lon < -4


def test_a_region_the_ner_takes_for_a_person_is_still_a_place(places_of) -> None:
    # A one-word region name tagged as a person ("left Karabakh") is a place, as a country or a state would be.
    places = places_of("Armenians left Karabakh in long convoys, aid workers said.")
    (region,) = [p for p in places if p.text == "Karabakh"]
    assert region.lat is not None and 39 < region.lat < 41


def test_a_ministers_surname_is_not_read_as_a_province_plainly_spelt(places_of) -> None:
    # "Falcon" is Falcón state written plain, but here it is only the minister's surname, twice.
    places = places_of("Budget Minister Olga Falcon resigned on Monday. Falcon gave no reason.")
    assert not [p for p in places if p.text == "Falcon"], places
