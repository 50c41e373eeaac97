"""Roles from "X's tenure as TITLE" and from a capitalised title after "be" (made-up people)."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


@pytest.fixture
def people(role_titles_of):
    return role_titles_of


@pytest.mark.parametrize("text,name,title", [
    ("The inquiry looked at Mara Holm's tenure as foreign minister from 2010 to 2014.", "Mara Holm", "foreign minister"),
])
def test_the_title_of_a_possessors_tenure_is_theirs(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert any(title in t.lower() for t in found[name]), found[name]


def test_the_subject_does_not_take_the_title_of_anothers_tenure(people):
    found = people("Senator Ana Kovac criticised Ivan Petrov's tenure as finance minister on Monday.")
    assert any("finance minister" in t.lower() for t in found["Ivan Petrov"]), found
    assert not any("finance minister" in t.lower() for t in found["Ana Kovac"]), found


def test_a_division_of_a_city_body_does_not_take_a_countrys_region(nlp):
    # "Central Division" is also a region of a Pacific state; a police unit's is the city's body's.
    text = ("Ana Kovac, a detective with the Central Division of the Springfield Police Department, said "
            "the two men were arrested on Friday near the Springfield city hall in Illinois.")
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    kovac = next(e for e in doc.layers["entities"] if e.name == "Ana Kovac")
    assert kovac.country in (None, "USA"), (kovac.roles, kovac.country)


def test_a_capitalised_title_after_be_is_the_subjects(people):
    found = people("Lena Fischer worked alongside Tomas Berg in the cabinet when Fischer was Secretary of State.")
    assert any("secretary of state" in t.lower() for t in found["Lena Fischer"]), found
