"""Where a reported clause ends and which frames report anything (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def contents_of(extract):
    """The content of every quote of a text."""

    def run(text: str) -> list[str]:
        return [q.content.text for q in extract(text).quotes]

    return run


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor said the council approved the new budget, which critics have called wasteful.",
     "the council approved the new budget"),
    ("Officials said the storm damaged the home of Karl Ivers, a retired fisherman from the coast.",
     "the storm damaged the home of Karl Ivers"),
])
def test_a_trailing_aside_on_the_last_noun_is_the_writers(contents_of, text, content):
    assert contents_of(text) == [content]


def test_an_aside_inside_the_clause_stays(contents_of):
    found = contents_of("The mayor said the budget, which critics call wasteful, would pass on Friday.")
    assert found == ["the budget, which critics call wasteful, would pass on Friday"]
