"""A name set off after a subject title and whom it serves ("An adviser to the governor, X, said") is the
subject's, though the parser hangs it on the one served (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title,not_title", [
    ("An adviser to the governor, Tobias Wren, said the talks would resume.", "Tobias Wren", "adviser", "governor"),
    ("A spokesman for the president, Tobias Wren, said the visit was off.", "Tobias Wren", "spokesman", "president"),
    ("A spokeswoman for Oskar Lindqvist, Maren Ekdal, said the bill was dead.", "Maren Ekdal", "spokeswoman", None),
])
def test_the_name_after_a_served_title_is_the_subjects(people_of, text, name, title, not_title):
    titles = people_of(text)[name][0]
    assert any(title in t for t in titles), titles
    assert not_title is None or not any(not_title in t for t in titles), titles


@pytest.mark.parametrize("text,name,word", [
    ("A letter to the governor, Tobias Wren, said the talks would resume.", "Tobias Wren", "letter"),
    ("She wrote to an adviser to the governor, Tobias Wren, on Monday.", "Tobias Wren", "adviser"),
])
def test_no_subject_title_no_served_reading(people_of, text, name, word):
    titles = people_of(text)[name][0]
    assert not any(word in t for t in titles), titles
