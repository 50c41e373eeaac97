"""Titles of members of a city or county council before a name ("Councilwoman X", "Alderman Y") make the
name a person with that title (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Councilwoman Hedda Lorentzen said the new tram line would open in May.", "Hedda Lorentzen", "Councilwoman"),
    ("\"We cannot afford another delay,\" said Councillor Owain Pryce.", "Owain Pryce", "Councillor"),
    ("Councilman Ezra Whitcombe voted against the zoning change.", "Ezra Whitcombe", "Councilman"),
])
def test_a_council_title_before_a_name(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]
