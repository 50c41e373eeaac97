"""A person's surname met alone is that person, even where it is also a country's name."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


@pytest.fixture(scope="module")
def types_of(nlp):
    """types_of(text) -> {mention text: set of entity types}."""

    def run(text: str) -> dict[str, set[str]]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        out: dict[str, set[str]] = {}
        for e in doc.layers["entities"]:
            for m in e.mentions:
                if m.kind == "name":
                    out.setdefault(m.text, set()).add(e.type)
        return out

    return run


def test_surname_that_names_a_country_is_the_person(types_of):
    text = "Tennis player Marcus Holland lost in straight sets on Monday. Holland said he had been ill for a week."
    assert types_of(text).get("Holland") == {"PERSON"}




def test_surname_that_the_text_uses_as_a_place_stays_the_place(types_of):
    text = ("Tennis player Marcus Holland lost in straight sets on Monday. He trained in Holland last winter, "
            "and the cold did not suit him.")
    assert types_of(text).get("Holland") == {"GPE"}
