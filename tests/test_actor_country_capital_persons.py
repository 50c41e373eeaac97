"""A capital of two words or more that the tagger took for a person ("Buenos Aires accused ...") acts as its state.

Made-up sentences.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Buenos Aires accused Santiago of violating the fishing accord.", "Buenos Aires", "ARG"),
    ("La Paz rejected the offer from Lima on Tuesday.", "La Paz", "BOL"),
])
def test_a_capital_tagged_as_a_person_acts_as_its_state(extract, text: str, name: str, iso3: str) -> None:
    record = extract(text)
    assert {e.name: e.country for e in record.entities}.get(name) == iso3, record.entities


def test_a_person_with_a_title_keeps_no_capital_reading(extract) -> None:
    record = extract("Senator Maria La Paz criticised the budget on Monday.")
    named = [e for e in record.entities if "Paz" in e.name]
    assert named and all(e.country is None for e in named), record.entities


def test_the_capital_reading_names_its_rule(extract) -> None:
    record = extract("Buenos Aires accused Santiago of violating the fishing accord.")
    ent = next(e for e in record.entities if e.name == "Buenos Aires")
    assert ent.explanation is not None and "capital-as-person" in ent.explanation.decisions["country"], ent
