"""A party word before a name makes the person a member only as a modifier ("Republican X"): a plural
party noun ("Democrats chose X") or another country's party that ends in the word ("the Social
Democrats", "a Christian Democrat") says nothing of the person's country (made-up people)."""

from __future__ import annotations

import pytest

from sidelines.extractors.actors.parties import member_country
from sidelines.model.record import Entity, Mention


def _person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(id="e1", name=name, type="PERSON",
                  mentions=[Mention(start=start, end=start + len(name), text=name, kind="name")])


@pytest.mark.parametrize("text,name", [
    ("The ruling Social Democrats chose Anna Lindqvist as party leader on Sunday.", "Anna Lindqvist"),
    ("Democrats praised Karin Falk for her speech.", "Karin Falk"),
    ("The Christian Democrat leader Jens Ulrich said the coalition would hold.", "Jens Ulrich"),
])
def test_plural_party_nouns_and_other_parties_give_no_country(text, name):
    assert member_country(_person(text, name), text) is None


@pytest.mark.parametrize("text,name", [
    ("Republican presidential candidate Dale Hobbs spoke in Iowa.", "Dale Hobbs"),
    ("The Montana Republican Tess Varga said she would vote no.", "Tess Varga"),
])
def test_a_party_word_modifying_the_name_still_gives_its_country(text, name):
    assert member_country(_person(text, name), text) == "USA"
