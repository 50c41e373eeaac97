"""A definite description after a name gives the one person just named their title: with the age before
it ("the 44-year-old lawmaker") and with the office's domain after it ("the former secretary of state")
(made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Marco Rubeo skipped the debate on Monday. The 44-year-old lawmaker said he had a cold.", "Marco Rubeo",
     "lawmaker"),
    ("Tina Okafor scored 30 points on Sunday. The 27-year-old point guard missed two late free throws.",
     "Tina Okafor", "point guard"),
    ("Helen Marsh campaigned in Ohio on Monday. The former secretary of state said she would protect factory "
     "jobs.", "Helen Marsh", "former secretary of state"),
])
def test_a_description_with_an_age_or_a_domain_gives_the_title(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]
