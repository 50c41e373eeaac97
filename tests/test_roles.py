"""Roles: titles before names, appositives, "head of ORG X", delegation frames and counterparts."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


@pytest.fixture(scope="module")
def people(nlp):
    """people(text) -> {name: (roles as (title, affiliation) pairs, country)} for the persons of a text."""

    def run(text: str) -> dict[str, tuple[list[tuple[str, str | None]], str | None]]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        return {
            e.name: ([(r.title, r.affiliation) for r in e.roles], e.country)
            for e in doc.layers["entities"] if e.type == "PERSON"
        }

    return run


@pytest.mark.parametrize("text,name,role,country", [
    ("Swedish Prime Minister Erik Lindqvist arrived in Oslo on Monday.", "Erik Lindqvist",
     ("Prime Minister", "Sweden"), "SWE"),
    ("Energy Minister Mats Falk said prices would fall.", "Mats Falk", ("Energy Minister", None), None),
    ("Volvo chief executive Johan Ek said sales rose.", "Johan Ek", ("chief executive", "Volvo"), None),
    ("Vattenfall director-general Nils Strom declined to comment.", "Nils Strom",
     ("director-general", "Vattenfall"), None),
    ("Kremlin spokesman Oleg Orlov told reporters the talks had ended.", "Oleg Orlov",
     ("spokesman", "Kremlin"), "RUS"),
    ("Maria Costa, Brazil's foreign minister, said she would attend.", "Maria Costa",
     ("foreign minister", "Brazil"), "BRA"),
    ("The plan was backed by Angela Weber, the German finance minister.", "Angela Weber",
     ("finance minister", "Germany"), "DEU"),
    ("U.S. Secretary of State Tom Harris flew to Paris.", "Tom Harris", ("Secretary of State", "United States"), "USA"),
    ("Minister of Foreign Affairs Anna Berg opened the meeting.", "Anna Berg",
     ("Minister of Foreign Affairs", None), None),
    ("He met the head of the Swedish Export Credit Agency Per Dahl on Friday.", "Per Dahl",
     ("head", "Swedish Export Credit Agency"), "SWE"),
])
def test_roles_title_affiliation_country(people, text, name, role, country):
    found = people(text)
    assert name in found, found
    roles, got_country = found[name]
    assert role in roles
    assert got_country == country


def test_roles_delegation_frame_gives_country_to_the_list(people):
    text = ("The talks were attended by senior members of the Swedish delegation, including Foreign Minister "
            "Anna Berg and presidential aide Olof Sand.\nAlso present are Trade Minister Karin Nyberg and "
            "Energy Minister Mats Falk.")
    found = people(text)
    for name, title in [("Anna Berg", "Foreign Minister"), ("Olof Sand", "presidential aide"),
                        ("Karin Nyberg", "Trade Minister"), ("Mats Falk", "Energy Minister")]:
        roles, country = found[name]
        assert country == "SWE", name
        assert (title, "Sweden") in roles


def test_roles_counterpart_takes_the_office_of_the_other_leader(people):
    text = "Swedish Prime Minister Erik Lindqvist held talks with his Nigerian counterpart Chidi Okafor."
    roles, country = people(text)["Chidi Okafor"]
    assert roles == [("Prime Minister", "Nigeria")]
    assert country == "NGA"


def test_roles_name_without_title_has_none(people):
    roles, country = people("Chidi Okafor arrived in Stockholm on Monday.")["Chidi Okafor"]
    assert (roles, country) == ([], None)


def test_roles_country_before_a_name_without_title(people):
    roles, country = people("Brazil's Maria Costa said she would attend.")["Maria Costa"]
    assert (roles, country) == ([], "BRA")


@pytest.mark.parametrize("text,name,title", [
    ("Water Minister Dr. Kwesi Ampofo opened the new treatment plant.", "Kwesi Ampofo", "Water Minister"),
    ("Deputy Governor Prof. Halla Rasmussen chaired the panel.", "Halla Rasmussen", "Deputy Governor"),
    ("Police chief Mrs. Elna Varg closed the quarry road.", "Elna Varg", "Police chief"),
])
def test_an_honorific_between_title_and_name_keeps_the_title(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


def test_an_honorific_after_a_lowercase_title_is_another_person(people_of):
    people = people_of("The baker told the inspector Mrs. Quayle had sold the flour before noon.")
    assert not any("inspector" in t for roles, _ in people.values() for t in roles), people


@pytest.mark.parametrize("text,name,title", [
    ("The senator from Nebraska, Orrin Castell, delayed the farm bill.", "Orrin Castell", "senator"),
    ("The lawmaker from Galway, Siobhan Reidy, asked about ferry fares.", "Siobhan Reidy", "lawmaker"),
])
def test_a_title_from_a_place_set_before_a_name_is_the_name_s(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name,place", [
    ("The coach from Tampere, Veikko Laine, praised the young goalkeeper.", "Veikko Laine", "Tampere"),
    ("The lawyer from Ghent, Wouter Baes, filed the appeal on Friday.", "Wouter Baes", "Ghent"),
])
def test_a_title_from_a_place_that_is_no_seat_is_not_held_for_it(extract, text, name, place):
    """ "the coach from Tampere" comes from there; only a seat elected for a place ("the senator from X") is held
    for it."""
    record = extract(text)
    person = next(e for e in record.entities if e.name == name)
    assert all(r.affiliation != place for r in person.roles), person.roles
