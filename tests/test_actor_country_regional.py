"""Peoples and regions that lie within one state ("Tibetan", "Flemish", "Zulu") give their actors that state.

Made-up wire sentences: such a people is named by its own demonym, which no state has, and is an
actor of its own beside the state's people ("Tibetan exiles" and "the Chinese embassy" are two sides).
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries, typed_events

from sidelines.lexicon.countries import country_by_demonym, country_by_people_demonym, is_regional_demonym


def test_regional_demonyms_give_a_state_for_people_only() -> None:
    assert country_by_people_demonym("Tibetan").iso3 == "CHN"
    assert country_by_people_demonym("Walloons").iso3 == "BEL"
    assert country_by_demonym("Tibetan") is None  # no state's demonym: places do not read it
    assert is_regional_demonym("Zulu") and not is_regional_demonym("Chinese")
    # Peoples split between states stay countryless.
    assert country_by_people_demonym("Kurdish") is None and country_by_people_demonym("Pashtun") is None


@pytest.mark.parametrize(("text", "iso3"), [
    ("Walloon leaders vetoed the trade deal on Friday.", "BEL"),
    ("Zulu chiefs rejected the land reform plan.", "ZAF"),
    ("Acehnese rebels attacked a police post near the coast.", "IDN"),
])
def test_regional_people_gives_its_side_the_state(extract, text: str, iso3: str) -> None:
    record = extract(text)
    assert typed_events(record)
    assert iso3 in side_countries(record, ("source", "participant"))


def test_regional_people_is_not_merged_with_the_states_people(extract) -> None:
    record = extract("Uighur exiles protested outside the Chinese embassy in Berlin.")
    names = {e.name for e in record.entities if e.country == "CHN"}
    assert any("Uighur" in n for n in names) and any("Chinese" in n for n in names), names
    assert not any(len({m.text for m in e.mentions} & {"Uighur", "Chinese"}) == 2 for e in record.entities)


def test_split_peoples_and_languages_give_no_state() -> None:
    # Peoples living in two states, and languages with wide diasporas, say no one state.
    for word in ("Basque", "Catalan", "Castilian", "Sindhi", "Gujarati", "Marathi", "Yoruba", "Kachin",
                 "Tigrayan", "Sinhala"):
        assert country_by_people_demonym(word) is None, word


def test_basque_separatist_in_france_keeps_france(extract) -> None:
    record = extract("French police detained Basque activist Mikel Zubiarte in Biarritz.")
    countries = {e.name: e.country for e in record.entities}
    assert countries.get("Mikel Zubiarte") == "FRA", countries
    assert "ESP" not in countries.values(), countries


@pytest.mark.parametrize(("text", "iso3"), [
    ("Sikh militants attacked a bus near the border on Tuesday.", "IND"),
    ("Zapatista rebels occupied three town halls in the south.", "MEX"),
    ("Coptic leaders condemned the attack on a church in the south.", "EGY"),
    ("Naxalite rebels blew up a railway line in the east.", "IND"),
])
def test_movements_and_communities_of_one_state_give_their_side_the_state(extract, text: str, iso3: str) -> None:
    record = extract(text)
    assert iso3 in side_countries(record, ("source", "participant")), record.entities


@pytest.mark.parametrize(("word", "iso3"), [
    ("Moldavian", "MDA"), ("Rwandese", "RWA"), ("Yemenite", "YEM"), ("Kazak", "KAZ"), ("Phillipine", "PHL"),
    ("Lybian", "LBY"), ("Morrocan", "MAR"),
])
def test_variant_and_misspelt_demonyms_give_their_state_to_people(word: str, iso3: str) -> None:
    assert country_by_people_demonym(word).iso3 == iso3


def test_a_group_named_by_a_variant_demonym_takes_its_state(extract) -> None:
    record = extract("Moldavian officials denied the report on Monday.")
    assert "MDA" in {e.country for e in record.entities}, record.entities
