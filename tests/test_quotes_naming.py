"""Issue 12: a verb of naming ("call", "dub") reports no clause, only its object (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "In ten minutes, the forward the fans call Big Olaf scored two goals and made three saves.",
    "The player his teammates call Little Sven missed practice on Friday.",
    "The lawyer critics call the fixer has represented Mayor Strom for years.",
])
def test_a_verb_of_naming_reports_no_clause(kinds_of, text):
    assert [c for k, c in kinds_of(text) if k == "statement"] == []


@pytest.mark.parametrize("text, content", [
    ('Edda Morland called the vote "a disgrace."', "the vote"),
    ("Critics call the tunnel plan a giveaway to developers.", "the tunnel plan a giveaway"),
    ("Edda Morland said the player everyone calls Iron Olaf would start on Sunday.", "would start on Sunday"),
])
def test_what_a_verb_of_naming_names_stays(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]



@pytest.mark.parametrize("text, content", [
    ("Harbour master Ines Falk called it unlikely that the pier would reopen before June.",
     "the pier would reopen before June"),
    ("Union leaders branded it outrageous that the mine would shut.", "the mine would shut"),
])
def test_an_it_that_stands_for_a_clause_leaves_the_clause_said(kinds_of, text, content):
    """ "called it unlikely that X": the "it" stands for the clause after its adjective; the verb names
    nothing, it judges the clause, which is what was said."""
    assert [c for k, c in kinds_of(text) if k == "statement"] == [content]
