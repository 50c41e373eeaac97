"""Titles as written: an acting office keeps "acting", a minister's capitalised portfolio after "for" is
part of the title; a description inside what a person says is not their title (made-up people)."""

from __future__ import annotations

import pytest


@pytest.fixture
def people(role_titles_of):
    return role_titles_of


@pytest.mark.parametrize("text,name,title", [
    ("The acting interior minister, Petru Rusu, did not attend the talks.", "Petru Rusu", "acting interior minister"),
    ("Romania's Minister for European Affairs, Ioana Dragan, said her government would not accept new "
     "conditions.", "Ioana Dragan", "Minister for European Affairs"),
])
def test_the_title_is_the_office_as_written(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert title in found[name], found


def test_a_description_in_a_persons_reported_clause_is_someone_else(people):
    found = people("Norway's foreign minister, Jonas Berge, said the ambassador had been summoned.")
    assert "Jonas Berge" in found, found
    assert "ambassador" not in " ".join(found["Jonas Berge"]), found
