"""Group sides in the possessive ("the rebels' demand") and bodies of a state's political life ("the ruling party")
take the one country a report names (groups.py with possessive_groups.py and state_bodies.py).

All texts are made up for these tests.
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries


@pytest.mark.parametrize(("text", "iso3"), [
    ("The Sri Lankan government rejected the rebels' demand for a separate homeland.", "LKA"),
    ("Nepalese human rights groups condemned the army's killing of civilians.", "NPL"),
    ("The Togolese government agreed to the opposition's call for new elections.", "TGO"),
])
def test_a_group_in_the_possessive_is_a_side_with_the_reports_country(extract, text: str, iso3: str) -> None:
    record = extract(text)
    assert iso3 in side_countries(record, ("target", "participant")), record.entities


@pytest.mark.parametrize(("text", "iso3"), [
    ("Opposition leaders in Cambodia accused the ruling party of fraud.", "KHM"),
    ("Malaysian opposition parties accused the ruling coalition of buying votes.", "MYS"),
])
def test_a_body_of_state_politics_takes_the_reports_country(extract, text: str, iso3: str) -> None:
    record = extract(text)
    assert iso3 in side_countries(record, ("target", "participant")), record.entities


def test_a_plain_body_takes_no_country_of_the_report(extract) -> None:
    record = extract("Kenyan farmers accused the company of polluting the river.")
    bodies = [e for e in record.entities if e.name.endswith("company")]
    assert bodies and all(e.country is None for e in bodies), record.entities


def test_a_possessive_side_names_its_rule(extract) -> None:
    record = extract("The Chadian government rejected the rebels' demand for a share of oil revenue.")
    sides = [e for e in record.entities if "rebels" in e.name]
    assert sides and all(e.explanation is not None and "possessive-side" in e.explanation.decisions.get("side", "")
                         for e in sides), record.entities
