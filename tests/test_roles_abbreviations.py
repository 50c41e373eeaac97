"""Abbreviated military and police titles before a name: kept as one token, read as the office."""

from __future__ import annotations

import pytest


@pytest.fixture
def roles(role_titles_of):
    """roles(text) -> {name: [titles]} for the persons of a text."""
    return role_titles_of


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
