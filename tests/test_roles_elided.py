"""A title left out in a list of sources: "Another delegate, X, said ... And a third, Y, said": Y holds the
title of the counted phrase before (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Another delegate on the state slate, Jim Pohl, said he was leaning toward the senator. And a third, "
     "Dan Treml, said he was opposed.", "Dan Treml", "delegate"),
    ("One nurse, Ann Lisle, said she liked the plan. Another, Bob Carver, said he did not.", "Bob Carver", "nurse"),
])
def test_an_elided_title_comes_from_the_counted_phrase_before(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


def test_an_ordinal_that_counts_no_titled_source_gives_no_title(people_of):
    people = people_of("The plan drew two complaints. A third, Dan Treml, said he was opposed.")
    assert "Dan Treml" in people, people
    assert people["Dan Treml"][0] == [], people
