"""Abbreviated military and police titles before a name: kept as one token, read as the office."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


@pytest.fixture(scope="module")
def roles(nlp):
    """roles(text) -> {name: [titles]} for the persons of a text."""

    def run(text: str) -> dict[str, list[str]]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        return {e.name: [r.title for r in e.roles] for e in doc.layers["entities"] if e.type == "PERSON"}

    return run


@pytest.mark.parametrize("abbr", ["Lt.", "Sgt.", "Capt.", "Col.", "Cpl.", "Supt.", "Insp.", "Det."])
def test_abbreviated_title_stays_in_the_sentence(nlp, abbr):
    doc = nlp(f"The arrest was made by police {abbr} Dana Whitfield on Tuesday.")
    assert abbr in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text,name,title", [
    ("The arrest was made by police Lt. Dana Whitfield on Tuesday.", "Dana Whitfield", "Lieutenant"),
    ("Sgt. Marco Ibarra said the road would stay closed.", "Marco Ibarra", "Sergeant"),
    ("Det. Renee Calloway interviewed the driver.", "Renee Calloway", "Detective"),
    ("Lt. Gen. Howard Pike will lead the corps.", "Howard Pike", "Lieutenant General"),
])
def test_abbreviated_title_is_read_as_the_office(roles, text, name, title):
    found = roles(text)
    assert name in found
    assert any(title in t for t in found[name]), found[name]
