"""Actor countries from forms a plain lexicon misses: former state names, misspellings, military ranks.

Made-up wire sentences: old copy names states that no longer exist ("Rhodesian troops"), hurried copy
misspells a country ("Tanzanai"), and an officer named by rank alone serves the country the sentence
makes home.
"""

from __future__ import annotations

import pytest

from sidelines.lexicon.countries import country_of
from sidelines.lexicon.misspelt import country_by_misspelling


@pytest.mark.parametrize(("text", "iso3"), [
    ("Soviet Union", "RUS"), ("Soviet", "RUS"), ("West German", "DEU"), ("Rhodesian", "ZWE"),
    ("Kampuchea", "KHM"), ("Zairean", "COD"), ("Yugoslav", "SRB"), ("Upper Volta", "BFA"),
])
def test_former_state_names_read_as_their_successor(text: str, iso3: str) -> None:
    found = country_of(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(("text", "iso3"), [
    ("Tanzanai", "TZA"), ("Venezula", "VEN"), ("Qattar", "QAT"), ("Ukranians", "UKR"),
])
def test_one_letter_misspellings_read_as_the_country(text: str, iso3: str) -> None:
    found = country_by_misspelling(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize("text", ["Prussia", "Iraq", "Oman", "Mali", "Austria", "Bosnians", "Columns"])
def test_real_names_and_short_words_are_no_misspellings(text: str) -> None:
    assert country_by_misspelling(text) is None


def test_a_misspelt_country_acting_keeps_its_country(extract) -> None:
    record = extract("Venezula rejected an offer of talks from the opposition on Tuesday.")
    countries = {e.name: e.country for e in record.entities}
    assert countries.get("Venezula") == "VEN", countries


def test_a_people_of_a_former_state_take_its_successor(extract) -> None:
    record = extract("Rhodesian troops shelled a village near the border on Monday, officials said.")
    assert "ZWE" in {e.country for e in record.entities}, [(e.name, e.country) for e in record.entities]


def test_an_officer_named_by_rank_takes_the_country_of_his_sentence(people_of) -> None:
    people = people_of("Major General Ivo Marten resigned on Friday to clear the way for Moldova's first free vote.")
    assert people["Ivo Marten"][1] == "MDA", people


def test_a_foreign_embassy_quoted_does_not_make_a_second_home(people_of) -> None:
    people = people_of("The military government of President Ivo Marten declared a state of emergency in Moldova "
                       "on Saturday, arresting opposition leaders, a spokeswoman for the U.S. embassy said.")
    assert people["Ivo Marten"][1] == "MDA", people


@pytest.mark.parametrize(("text", "wrong"), [
    ("Chile sees Peru as a trusted partner in Latin America, its foreign minister said.", "USA"),
    ("Farmers in Central America protested against the new tariffs on Monday.", "USA"),
    ("The mayor said residents of New Mexico had backed the plan.", "MEX"),
])
def test_a_region_or_state_whose_name_holds_a_country_word_is_not_that_country(extract, text: str, wrong: str) -> None:
    record = extract(text)
    groups = {e.name: e.country for e in record.entities if e.name[:1].islower()}
    assert wrong not in groups.values(), groups


def test_a_two_word_country_still_gives_its_people_their_country(extract) -> None:
    record = extract("Protesters in South Korea marched on the parliament on Saturday.")
    groups = {e.name: e.country for e in record.entities if e.name.lower().startswith("protester")}
    assert set(groups.values()) == {"KOR"}, groups
