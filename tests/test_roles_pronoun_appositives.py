"""A title in apposition to a person's pronoun is the person's: "X arrived. She, the finance minister, said" (made up)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Ngozi Adeyemi arrived in Abuja on Monday. She, the country's finance minister, said the budget was sound.",
     "Ngozi Adeyemi", "finance minister"),
    ("Reporters asked Tomas Lindahl about the deal on Tuesday. He, the former governor, said nothing.",
     "Tomas Lindahl", "former governor"),
    ("Marit Solberg toured the port. She, a retired harbour pilot, knows every berth.", "Marit Solberg",
     "pilot"),
])
def test_a_title_apposed_to_a_pronoun_is_its_persons(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert any(title in t for t in people[name][0]), people[name]


@pytest.mark.parametrize("text,name", [
    ("Tomas Lindahl wrote to the mayor, he said on Tuesday.", "Tomas Lindahl"),
    ('Tomas Lindahl spoke on Monday. "He, the mayor, never listens," he said.', "Tomas Lindahl"),
])
def test_no_title_of_a_pronoun_without_apposition(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any("mayor" in t for t in people[name][0]), people[name]


def test_a_pronoun_set_off_by_commas_without_a_title_gives_none(people_of):
    people = people_of("Tomas Lindahl spoke on Monday. He, too, backed the new bridge over the river.")
    assert people["Tomas Lindahl"][0] == [], people
