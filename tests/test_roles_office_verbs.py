"""Titles stated by a verb of office: "X, who heads the Y board," is "head of the Y board" (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Wendel Marsh, who heads the regional water board, said the reservoir was full.", "Wendel Marsh",
     "head of the regional water board"),
    ("Ilse Korhonen, who chairs the parliamentary audit committee, asked for the accounts.", "Ilse Korhonen",
     "chair of the parliamentary audit committee"),
    ("Bram de Wit, who leads the farmers' union, promised a tractor rally in the spring.", "Bram de Wit",
     "leader of the farmers' union"),
    ("Odette Lamarre, who headed the customs agency until 2019, was questioned by investigators.",
     "Odette Lamarre", "former head of the customs agency"),
    ("Tobias Wren, who founded the cycling charity in 2004, rode the whole route.", "Tobias Wren",
     "founder of the cycling charity"),
    ("Juno Farrell, who is running for governor, toured the shipyard.", "Juno Farrell", "candidate for governor"),
    ("Amadou Keita is running for mayor on a housing platform.", "Amadou Keita", "candidate for mayor"),
])
def test_a_verb_of_office_gives_its_agent_title_over_the_body(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name", [
    ("Fenna Bloem, who may lead the cycling union next year, declined to say more.", "Fenna Bloem"),
    ("A new survey shows that Marta Lindgren leads the polls in the hill districts.", "Marta Lindgren"),
    ("Anouk Prins, who does not chair the audit committee, spoke last.", "Anouk Prins"),
])
def test_no_office_without_a_body_or_with_a_modal_or_negation(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any(t.startswith(("leader of", "chair of")) for t in people[name][0]), people[name]
