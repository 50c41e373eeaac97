"""Titles and countries read around a name: possessed titles, hyphenated titles, demonym nouns, junk.

Made-up sentences; each pattern is a general one of news writing, not any one article's.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title", [
    ("Anna Reyes, President Obama's nominee for the appeals court, spoke to the senators on Tuesday.",
     "Anna Reyes", "nominee"),
    ("Tom Hale, Governor Dean's chief of staff, resigned on Friday.", "Tom Hale", "chief"),
])
def test_a_title_in_apposition_owned_by_another_person_is_still_the_names(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t for t in people[name][0]), people


@pytest.mark.parametrize("text, name, title", [
    ("The Republican front-runner, Dale Moss, is not expected to attend.", "Dale Moss", "front-runner"),
    ("Acme co-founder Lena Ortiz left the company in May.", "Lena Ortiz", "co-founder"),
])
def test_a_hyphenated_title_is_read_whole(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t.replace(" - ", "-") for t in people[name][0]), people


@pytest.mark.parametrize("text, name, country", [
    ("On Saturday, 32-year-old Irishman Robert Dunmore fell from the ridge.", "Robert Dunmore", "IRL"),
    ("Frenchwoman Claire Morel won the race on Sunday.", "Claire Morel", "FRA"),
])
def test_a_demonym_noun_before_a_name_gives_the_country(people_of, text, name, country):
    assert people_of(text)[name][1] == country


def test_a_participle_opening_the_sentence_is_no_part_of_a_name(people_of):
    people = people_of("Joining Harlow at the news conference was the police chief.")
    assert "Joining Harlow" not in people, people


def test_a_title_that_ends_an_office_name_before_a_person_is_theirs(people_of):
    text = "The car matched the description, according to Genesee County Sheriff Robert Pickell."
    assert any("Sheriff" in t for t in people_of(text)["Robert Pickell"][0]), people_of(text)


@pytest.mark.parametrize("text, name, title", [
    ("We are shocked, said her nephew, Ravi Singh, 32, of Coney Island.", "Ravi Singh", "nephew"),
    ("The pitcher and his agent, Scott Boras, met the owners on Friday.", "Scott Boras", "agent"),
])
def test_a_relation_in_apposition_is_a_role(people_of, text, name, title):
    assert any(title in t for t in people_of(text)[name][0]), people_of(text)


@pytest.mark.parametrize("text", [
    "Sen. Lindsey Vale backed Ivan Petrov, the newly chosen favourite of many party insiders.",
    "Ivan Petrov, the best choice of the party, spoke on Monday.",
])
def test_a_definite_thing_in_apposition_is_no_title(people_of, text):
    people = people_of(text)
    assert not any(t.endswith(("choice", "favourite")) for t in people["Ivan Petrov"][0]), people


def test_a_title_before_the_last_name_of_a_delegation_list_is_not_the_first_persons(extract):
    text = ("Ruritania was represented by Interior Minister Ivan Petrov, Transport Minister Olga Berg and "
            "senior adviser for regional affairs Marek Danek.")
    mentions = {e.name: [m.text for m in e.mentions] for e in extract(text).entities if e.type == "PERSON"}
    assert mentions["Ivan Petrov"] == ["Ivan Petrov"], mentions


@pytest.mark.parametrize("text, name, title", [
    ("Ruritania was represented by Mines and Energy Minister Olga Berg.", "Olga Berg", "Mines and Energy Minister"),
    ("The talks were attended by Health and Labour Minister Ana Kraus and Transport Minister Karel Holub.",
     "Ana Kraus", "Health and Labour Minister"),
    ("The talks were attended by Health and Labour Minister Ana Kraus and Transport Minister Karel Holub.",
     "Karel Holub", "Transport Minister"),
])
def test_portfolios_joined_before_a_title_are_the_titles(people_of, text, name, title):
    assert title in people_of(text)[name][0], people_of(text)


def test_a_name_beside_a_capitalised_title_with_an_article_is_a_person(people_of):
    # The tagger may read "CEO" as a proper noun and the name as an organisation.
    people = people_of("Marta Vidal, a former Ruritel CEO, toured the state on his behalf last week.")
    assert "Marta Vidal" in people, people
