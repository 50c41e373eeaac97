"""Titles written as one word with a hyphenated prefix ("vice-governor", "co-chair"), where the parse cuts
the word in two (made-up text)."""

from __future__ import annotations

import pytest

from sidelines.api import extract_one as extract


def _people(text: str) -> dict[str, list[str]]:
    record = extract(text)
    return {e.name: [r.title for r in e.roles] for e in record.entities if e.type == "PERSON"}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Talmia's vice-president, Oren Kask, met Orvanian envoys on Tuesday.", "Oren Kask", "vice-president"),
    ("The bank's vice-governor, Otto Brand, spoke on rates.", "Otto Brand", "vice-governor"),
    ("The company's co-founder, Ivo Mrak, left the board.", "Ivo Mrak", "co-founder"),
    ("Orvania's ex-president, Tomas Greb, was arrested on Monday.", "Tomas Greb", "ex-president"),
])
def test_glued_prefix_stays_in_title(text: str, name: str, title: str) -> None:
    assert _people(text)[name] == [title]


def test_hyphen_inside_a_modifier_is_not_a_prefix() -> None:
    people = _people("The long-serving president, Ana Brek, stepped down.")
    assert people["Ana Brek"] == ["president"]


def test_a_cut_title_speaking_makes_no_group() -> None:
    record = extract('Talmia\'s vice-president, Oren Kask, met envoys. "The talks went well," the vice-president said.')
    assert [e.name for e in record.entities if e.explanation and e.explanation.rule.startswith("a definite")] == []
