"""A plural abbreviated title before a list of names ("Sens. X and Y") gives each the office in the singular
(made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,title", [
    ("The poll put Sens. Dara Quill and Milo Fenwick at 11 and 8 percent.", ["Dara Quill", "Milo Fenwick"],
     "Senator"),
    ("Reps. Ada Lorne and Basil Crane voted against the bill on Tuesday.", ["Ada Lorne", "Basil Crane"],
     "Representative"),
])
def test_a_plural_abbreviation_gives_each_name_the_office(people_of, text, names, title):
    people = people_of(text)
    for name in names:
        assert name in people, people
        assert title in people[name][0], people[name]


def test_a_nickname_ending_a_sentence_is_no_title(people_of):
    people = people_of("The home side beat the Sens. Milo Fenwick scored twice in the third period.")
    assert "Senator" not in people.get("Milo Fenwick", ([], None))[0], people
