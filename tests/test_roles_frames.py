"""Roles stated by appointment and service frames, "-elect" titles, the country of an office a title
serves, and a demonym the tagger left unlabelled (made-up people and stories)."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


@pytest.fixture(scope="module")
def people(nlp):
    """people(text) -> {name: (role titles, country)} from the entity layer alone."""

    def run(text: str) -> dict[str, tuple[list[str], str | None]]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        return {e.name: ([r.title for r in e.roles], e.country) for e in doc.layers["entities"] if e.type == "PERSON"}

    return run


@pytest.mark.parametrize("text,name,title", [
    ("Jana Novak was appointed deputy leader of the party on Tuesday.", "Jana Novak", "deputy leader"),
    ("The board named Felix Amberg chief executive officer last year.", "Felix Amberg",
     "chief executive officer"),
    ("Prime Minister Ola Brekke named Sigrid Vatne as his finance minister on Friday.", "Sigrid Vatne",
     "finance minister"),
    ("Tomas Reyes, who was named coach in March, said the squad was ready.", "Tomas Reyes", "coach"),
    ("Lena Fischer served as foreign minister from 2014 to 2018.", "Lena Fischer", "foreign minister"),
    ("Marco Bellini became the first mayor of the new town in 2010.", "Marco Bellini", "mayor"),
    ("Kofi Mensah was elected mayor in 2012 after a close race.", "Kofi Mensah", "mayor"),
    ("The senator picked Dana Whitcomb as her running mate on Monday.", "Dana Whitcomb", "running mate"),
    # "as" under an infinitive whose subject is the object of the verb above: that object's title
    ("The union called on Ola Dahlberg to resign as Bergen's mayor.", "Ola Dahlberg", "mayor"),
    ("Critics urged Lena Fischer to step down as party treasurer.", "Lena Fischer", "treasurer"),
])
def test_appointment_and_service_frames_give_a_role(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert any(title in t for t in found[name][0]), found[name]


@pytest.mark.parametrize("text,subject,other,title", [
    ("Greta Holm ousted Piet Aalders to take over as party chair on Sunday.", "Greta Holm", "Piet Aalders", "chair"),
    ("Ann Blake joined Dan Pike in Ohio to campaign as a candidate for governor.", "Ann Blake", "Dan Pike",
     "candidate"),
])
def test_an_as_title_under_a_purpose_clause_is_not_the_objects(people, text, subject, other, title):
    # only verbs of object control ("urged X to step down as") hand the title to their object
    found = people(text)
    assert other in found, found
    assert not any(title in t for t in found[other][0]), found[other]


@pytest.mark.parametrize("text,name", [
    ("Lena Fischer was not named coach, the club said.", "Lena Fischer"),
    ("Lena Fischer could be named coach next season, the club said.", "Lena Fischer"),
])
def test_negated_or_possible_appointments_give_no_role(people, text, name):
    found = people(text)
    assert name in found, found
    assert found[name][0] == [], found[name]


@pytest.mark.parametrize("text,name,title", [
    ("President-elect Aldo Ferri named his cabinet on Thursday.", "Aldo Ferri", "President-elect"),
    ("Vice President-elect Mara Quint will lead the transition team.", "Mara Quint", "Vice President-elect"),
])
def test_elect_titles_are_read_whole(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert title in found[name][0], found[name]


@pytest.mark.parametrize("text,name,country", [
    ("Mihai Stanescu, chief of staff to the Romanian prime minister, said the talks would go on.",
     "Mihai Stanescu", "ROU"),
    ("Nina Ortiz, an adviser to the French president, said the offer was generous.", "Nina Ortiz", "FRA"),
])
def test_a_title_serving_a_national_office_takes_its_country(people, text, name, country):
    found = people(text)
    assert name in found, found
    assert found[name][1] == country, found[name]


def test_an_unlabelled_demonym_before_a_title_gives_the_country(people):
    text = "LEEDS, England - Brazilian striker Caio Mendes has joined United on a three-year deal, the club said."
    found = people(text)
    assert "Caio Mendes" in found, found
    assert found["Caio Mendes"] == (["striker"], "BRA"), found["Caio Mendes"]


@pytest.mark.parametrize("text,name,title", [
    ("Laura Benning, a longtime confidant of Senator Paul Hale, said the plan would fail.", "Laura Benning",
     "confidant"),
    ("Greta Lind, the mother of Jonas Lind, said she still had no answers.", "Greta Lind", "mother"),
])
def test_a_relation_of_another_person_is_the_first_persons_role(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert any(title in t for t in found[name][0]), found[name]


@pytest.mark.parametrize("text,name,title", [
    ("Harbor City guard Tony Marsh scored 25 points in the win.", "Tony Marsh", "guard"),
    ("The store's security guard, Ken Ito, called the police.", "Ken Ito", "security guard"),
    ("Army Sgt. First Class Dale Ruiz spoke at the ceremony.", "Dale Ruiz", "Sergeant First Class"),
])
def test_guards_and_class_ranks_are_titles(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert any(title in t for t in found[name][0]), found[name]


def test_an_appointment_adds_to_the_roles_a_person_holds(people):
    found = people("The board on Tuesday named Priya Natarajan, an engineer who runs the cloud unit, as its next "
                   "chief executive.")
    assert "Priya Natarajan" in found, found
    assert "chief executive" in found["Priya Natarajan"][0], found


@pytest.mark.parametrize("text,name,title", [
    ("Police arrested Mafia boss Salvo Ingrassia on Tuesday after years on the run.", "Salvo Ingrassia",
     "boss"),
    ("County Supervisor Gloria Reyes said the budget was fair.", "Gloria Reyes", "County Supervisor"),
])
def test_boss_and_supervisor_are_titles_before_a_name(people, text, name, title):
    found = people(text)
    assert name in found, found
    assert title in found[name][0], found[name]


def test_a_state_abbreviation_before_a_title_is_its_affiliation(people):
    # the parser ends a sentence at "Mass." before "Gov."
    found = people("Mass. Gov. Ellen Pike signed the bill on Monday.")
    assert "Ellen Pike" in found, found
    assert found["Ellen Pike"] == (["Governor"], "USA"), found


@pytest.mark.parametrize("text,name,country", [
    ("Voters elected Marta Quintela mayor of Porto in a close race. Quintela promised cheaper rents.",
     "Marta Quintela", "PRT"),
    ("The assembly chose Idris Lemou as governor of Kano on Monday.", "Idris Lemou", "NGA"),
])
def test_an_appointed_office_of_a_place_gives_the_holder_its_country(people, text, name, country):
    found = people(text)
    assert found[name][1] == country, found
