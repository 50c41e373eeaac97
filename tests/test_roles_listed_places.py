"""A plural title over names each with its place: "Mayors X of Leeds and Y of York" (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,title", [
    ("Mayors Elena Vasko of Leeds and Marcus Bellweather of York opened the fair.",
     ("Elena Vasko", "Marcus Bellweather"), "ayor"),
    ("Senators Ana Ruiz of Oregon and Omar Haddad of Nevada wrote to the ministry.", ("Ana Ruiz", "Omar Haddad"),
     "enator"),
])
def test_each_name_with_its_place_after_a_plural_title_holds_it(people_of, text, names, title):
    people = people_of(text)
    for name in names:
        assert any(title in t for t in people[name][0]), people


def test_a_person_named_in_a_place_phrase_is_not_listed(people_of):
    people = people_of("Senators Ana Ruiz of Oregon and a friend of Omar Haddad wrote to the ministry.")
    assert not any("enator" in t for t in people.get("Omar Haddad", ([], None))[0]), people
