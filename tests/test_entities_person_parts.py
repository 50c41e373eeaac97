"""Names and their labels: a surname met alone is the person (not the country of that name) unless the text
uses it as a place; a common noun after a place is no part of its name."""

from __future__ import annotations

import pytest


def test_surname_that_names_a_country_is_the_person(entity_types_of):
    text = "Tennis player Marcus Holland lost in straight sets on Monday. Holland said he had been ill for a week."
    assert entity_types_of(text).get("Holland") == {"PERSON"}


def test_surname_that_the_text_uses_as_a_place_stays_the_place(entity_types_of):
    text = ("Tennis player Marcus Holland lost in straight sets on Monday. He trained in Holland last winter, "
            "and the cold did not suit him.")
    assert entity_types_of(text).get("Holland") == {"GPE"}


@pytest.mark.parametrize(("text", "name"), [
    ("The plane landed at Farnborough airport, south of London, on Tuesday.", "Farnborough"),
])
def test_common_noun_after_a_place_is_no_part_of_its_name(entity_types_of, text, name):
    types = entity_types_of(text)
    assert name in types, types
    assert not any(m.startswith(name + " ") for m in types), types
