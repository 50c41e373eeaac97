"""Titles joined by "and" in one phrase are each a role of the person ("a lawyer and activist"); a title with a
determiner of its own, or after a comma, is someone else's (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,titles", [
    ("Tobias Wren, president and chief executive of Harlow Foods, said sales rose.", "Tobias Wren",
     ["president", "chief executive"]),
    ("Maren Ekdal, a lawyer and activist, led the march.", "Maren Ekdal", ["lawyer", "activist"]),
    ("Maren Ekdal is a historian and author.", "Maren Ekdal", ["historian", "author"]),
    ("Tomas Greer, a senator and governor-elect, spoke in Salem.", "Tomas Greer", ["senator", "governor-elect"]),
])
def test_each_joined_title_is_a_role(people_of, text, name, titles):
    found = people_of(text)[name][0]
    for title in titles:
        assert any(title in t for t in found), found


@pytest.mark.parametrize("text,name,word", [
    ("Tobias Wren, a senator and a governor, spoke.", "Tobias Wren", "governor"),
    ("Tobias Wren, a lawyer and father of three, spoke.", "Tobias Wren", "father"),
])
def test_a_joined_noun_of_its_own_or_no_title_is_no_role(people_of, text, name, word):
    found = people_of(text)[name][0]
    assert not any(word in t for t in found), found


def test_an_elect_title_is_never_cut_to_its_suffix(people_of):
    found = people_of("Tomas Greer, a senator and governor-elect, spoke in Salem.")["Tomas Greer"][0]
    assert "elect" not in found, found
