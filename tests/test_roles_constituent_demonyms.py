"""Demonyms of the United Kingdom's constituent countries give a person the United Kingdom."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text
from sidelines.lexicon.countries import country_by_people_demonym


@pytest.mark.parametrize("word", ["English", "Scottish", "Scots", "Welsh", "Englishman", "Scotswoman"])
def test_constituent_demonym_gives_the_united_kingdom(word):
    country = country_by_people_demonym(word)
    assert country is not None and country.iso3 == "GBR"


def test_state_demonyms_still_come_first():
    country = country_by_people_demonym("Irish")
    assert country is not None and country.iso3 == "IRL"


@pytest.mark.parametrize("text,name", [
    ("Scottish striker Callum Reid scored twice before half-time.", "Callum Reid"),
    ("The Welsh singer Megan Pryce cancelled her tour on Friday.", "Megan Pryce"),
])
def test_person_with_constituent_demonym_is_british(nlp, text, name):
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    people = {e.name: e.country for e in doc.layers["entities"] if e.type == "PERSON"}
    assert people.get(name) == "GBR", people
