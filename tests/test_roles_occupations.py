"""Occupation nouns derived from training text (data/occupations.txt) are read as roles."""

from __future__ import annotations

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text
from sidelines.lexicon.titles import TITLE_HEADS, occupations


def test_derived_occupations_are_lower_case_words_beyond_the_title_heads():
    words = occupations()
    assert words and all(w.isalpha() and w.islower() for w in words)
    assert not words & TITLE_HEADS


def test_apposition_with_a_derived_occupation_is_a_role(nlp):
    text = "Aldo Verri, a veteran politician from Turin, said the vote was unfair."
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    roles = {e.name: [r.title for r in e.roles] for e in doc.layers["entities"] if e.type == "PERSON"}
    assert any("politician" in t for t in roles.get("Aldo Verri", [])), roles
