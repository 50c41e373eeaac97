"""Appositive titles that mention another person, titles of an "of PLACE" office, and "as TITLE".

Made-up sentences; each pattern is a general one of news writing, not any one article's.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title", [
    # the person a title serves, after "to" or "for", is not the person the title names
    ("Mark Dunn met Senator Lisa Grant on Monday. “We will win,” said Paul Reed, a senior adviser to Grant.",
     "Paul Reed", "senior adviser"),
    ("Governor Amy Stone spoke first. “It was fair,” said Tom Hale, a spokesman for Stone.",
     "Tom Hale", "spokesman"),
    # a person named inside a phrase that modifies something else ("the Grant slate")
    ("Lisa Grant won the vote. One delegate not on the Grant slate, Ada Moss, said she was undecided.",
     "Ada Moss", "delegate"),
])
def test_an_appositive_title_mentioning_another_person_is_still_the_names(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t for t in people[name][0]), people


def test_an_appositive_title_naming_the_holder_of_an_organisation_is_left_alone(people_of):
    people = people_of("Energy Minister Mats Falk, head of the Swedish Export Credit Agency Per Dahl, arrived.")
    assert not any(t == "head" for t in people["Mats Falk"][0]), people


@pytest.mark.parametrize("text, name, title", [
    ("After the Republican mayor of Springfield, Tom Hale, was elected, a party was held.", "Tom Hale", "mayor"),
    ("The governor of Ohio, Dana Pike, signed the bill on Friday.", "Dana Pike", "governor"),
])
def test_a_title_with_an_office_place_before_the_name_is_the_names(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t.lower() for t in people[name][0]), people


def test_as_an_occupation_is_a_role(people_of):
    people = people_of("Police later identified Kara Lind as the protester who rushed the stage.")
    assert any("protester" in t for t in people["Kara Lind"][0]), people


@pytest.mark.parametrize("text, name, country", [
    ("Dana Pike, a spokeswoman for the Russian Foreign Ministry, said the claim was false.", "Dana Pike", "RUS"),
    ("Omar Nasser, a member of the Iranian parliament, said the deal was dead.", "Omar Nasser", "IRN"),
    ("Ruth Abel, a senior official at the Israeli Foreign Ministry, declined to comment.", "Ruth Abel", "ISR"),
    ("Ann Bo, a Republican senator from Texas, voted against the bill.", "Ann Bo", "USA"),
])
def test_an_appositive_title_in_a_national_body_gives_its_country(people_of, text, name, country):
    assert people_of(text)[name][1] == country


def test_an_appositive_title_serving_a_person_takes_no_country_from_them(people_of):
    people = people_of("Lisa Grant of Brazil spoke first. “It was fair,” said Tom Hale, a spokesman for Grant.")
    assert people["Tom Hale"][1] is None, people


def test_an_office_read_as_an_organisation_is_the_title_of_the_name_in_apposition(people_of):
    people = people_of("The President announced his nominee for Surgeon General, Dr. Lena Hart, on Monday.")
    assert any("Surgeon General" in t for t in people["Lena Hart"][0]), people


@pytest.mark.parametrize("text, name, title", [
    ("Tom Hale, a retired firefighter, said he saw smoke from the roof.", "Tom Hale", "firefighter"),
    ("Ann Bo, 52, a nurse from Dayton, said the clinic had closed.", "Ann Bo", "nurse"),
    ("Ann Bo, a former Navy pilot, said the base would close.", "Ann Bo", "pilot"),
])
def test_an_indefinite_noun_in_apposition_is_the_names_role(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t for t in people[name][0]), people


@pytest.mark.parametrize("text, name", [
    ("Tom Hale, a man in his fifties, said he saw smoke from the roof.", "Tom Hale"),
    ("“We lost,” said Tom Hale, a day after the vote.", "Tom Hale"),
])
def test_a_generic_or_time_noun_in_apposition_is_no_role(people_of, text, name):
    people = people_of(text)
    assert people[name][0] == [], people


def test_an_organisation_noun_in_apposition_is_no_role(people_of):
    people = people_of("The deal was brokered by Tom Hale, a firm that advises banks.")
    assert not any("firm" in t for t in people.get("Tom Hale", ([], None))[0]), people


@pytest.mark.parametrize("text, name, title", [
    ("Veteran comedian Rob Sayer joked about the race on Monday.", "Rob Sayer", "comedian"),
    ("The crowd cheered when rapper Kay Dee took the stage.", "Kay Dee", "rapper"),
])
def test_a_common_noun_right_before_a_name_is_its_role(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t for t in people[name][0]), people


def test_a_time_noun_before_a_name_is_no_role(people_of):
    people = people_of("On Sunday afternoon Rob Sayer joked about the race.")
    assert people["Rob Sayer"][0] == [], people


def test_a_description_with_the_office_sought_is_the_role_of_the_person_just_named(people_of):
    people = people_of("Ann Bo spoke to farmers in Dayton on Monday. "
                       "The Democratic nominee for governor said the plan would fail.")
    assert any("nominee" in t for t in people["Ann Bo"][0]), people


@pytest.mark.parametrize("text, name, title", [
    ("Clinton's running mate, Tim Kane, spoke in Ohio on Monday.", "Tim Kane", "running mate"),
    ("First lady Mia Oman visited the school on Monday.", "Mia Oman", "First lady"),
])
def test_two_word_political_titles_are_read_whole(people_of, text, name, title):
    people = people_of(text)
    assert any(title.lower() in t.lower() for t in people[name][0]), people


def test_a_plural_title_after_a_comma_belongs_to_every_name_of_the_list(people_of):
    people = people_of("The scandal doesn’t even warrant a question from Sarah Collins and Judy Marsh, two CNN anchors?")
    for name in ("Sarah Collins", "Judy Marsh"):
        assert any("anchor" in t for t in people[name][0]), people
