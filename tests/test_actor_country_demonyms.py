"""Peoples named by a demonym the tagger does not mark ("Omani army", "Turkmen towns").

Made-up wire sentences: a rarer demonym before a noun is often left untagged by the statistical
tagger; the country lexicon still knows it, so the side it names keeps its country.
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries, typed_events


@pytest.mark.parametrize(("text", "role", "iso3"), [
    ("Omani army bulldozers demolished farm buildings near the coast on Sunday.", "source", "OMN"),
    ("The rebels threatened to shell Turkmen towns along the river.", "target", "TKM"),
    ("The ministry paid compensation to sixty elderly Turkmen nationals last year.", "target", "TKM"),
])
def test_untagged_demonym_gives_its_side_a_country(extract, text: str, role: str, iso3: str) -> None:
    record = extract(text)
    assert typed_events(record)
    assert iso3 in side_countries(record, (role, "participant"))


def test_two_word_demonym_before_an_institution_gives_its_country(extract) -> None:
    record = extract("The South Sudanese National Assembly rejected the budget on Tuesday.")
    assert "SSD" in side_countries(record, ("source", "participant"))


@pytest.mark.parametrize("text", [
    "Chad Miller, a local farmer, was arrested by police on Monday.",
    "The Jordan River flooded several villages after the storm.",
])
def test_capitalised_words_that_are_no_demonym_stay_countryless(extract, text: str) -> None:
    record = extract(text)
    assert not [e for e in record.entities if e.explanation is not None and "demonym" in e.explanation.rule
                and e.country is not None and e.name in ("Chad", "Jordan")]


@pytest.mark.parametrize(("text", "iso3"), [
    ("Democratic Republic of Congo", "COD"), ("Democratic Republic of the Congo", "COD"),
    ("Republic of Congo", "COG"), ("Congo", "COG"),
])
def test_state_names_read_with_or_without_the_after_of(text: str, iso3: str) -> None:
    from sidelines.lexicon.countries import country_of

    found = country_of(text)
    assert found is not None and found.iso3 == iso3


def test_a_state_named_without_the_keeps_its_own_country(extract) -> None:
    record = extract("The Democratic Republic of Congo accused its neighbour of backing the rebels.")
    assert "COD" in side_countries(record, ("source", "participant"))
    assert "COG" not in {e.country for e in record.entities}


def test_two_word_demonym_split_by_the_tagger_keeps_its_country(extract) -> None:
    record = extract("Sierra Leonean soldiers arrested ten Liberian traders near the border.")
    assert "SLE" in side_countries(record, ("source", "participant"))


def test_long_state_name_split_by_the_tagger_keeps_its_country(extract) -> None:
    record = extract("The militia warned Zambia and Democratic Republic of the Congo against sending troops.")
    assert "COG" not in {e.country for e in record.entities}
    assert "COD" in {e.country for e in record.entities}


def test_title_tied_to_a_fragment_of_a_split_demonym_takes_its_country(extract) -> None:
    record = extract("Sierra Leonean Foreign Minister Paul Koroma accused Liberia of interference.")
    assert {e.name: e.country for e in record.entities}.get("Paul Koroma") == "SLE"
