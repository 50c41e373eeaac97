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


@pytest.mark.parametrize("text,name,title", [
    # the parser hangs the apposition from the home town, not from the name
    ("Mara Linton, 45, of Dayton, a nurse, was injured in the crash.", "Mara Linton", "nurse"),
    ("Police identified the driver as Mara Linton, of Dayton, Ohio, a retired nurse.", "Mara Linton", "nurse"),
    # the tagger reads an occupation and the name after it as one organisation
    ("Nurse Mara Linton said the ward had been evacuated in minutes.", "Mara Linton", "Nurse"),
])
def test_a_title_around_a_home_town_or_before_a_name_is_the_persons(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert any(title in t for t in found[name]), found


def test_a_place_in_apposition_to_a_home_town_is_no_title(people):
    found = people("Mara Linton, of Dayton, Ohio, was injured in the crash.")
    assert found.get("Mara Linton") == [], found


@pytest.mark.parametrize("text,name,title", [
    ("Democratic nominee for president Mara Linton spoke in Dayton on Friday.", "Mara Linton",
     "Democratic nominee for president"),
    ("Republican candidate for governor Tom Barrow conceded on Tuesday night.", "Tom Barrow",
     "Republican candidate for governor"),
])
def test_a_candidate_for_an_office_before_a_name_is_no_holder_of_it(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert any(t in title and "for" in t for t in found[name]), found
