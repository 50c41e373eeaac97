"""Titles stated by a verb of office: "X, who heads the Y board," is "head of the Y board" (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Wendel Marsh, who heads the regional water board, said the reservoir was full.", "Wendel Marsh",
     "head of the regional water board"),
    ("Ilse Korhonen, who chairs the parliamentary audit committee, asked for the accounts.", "Ilse Korhonen",
     "chair of the parliamentary audit committee"),
    ("Bram de Wit, who leads the farmers' union, promised a tractor rally in the spring.", "Bram de Wit",
     "leader of the farmers' union"),
    ("Odette Lamarre, who headed the customs agency until 2019, was questioned by investigators.",
     "Odette Lamarre", "former head of the customs agency"),
    ("Tobias Wren, who founded the cycling charity in 2004, rode the whole route.", "Tobias Wren",
     "founder of the cycling charity"),
    ("Juno Farrell, who is running for governor, toured the shipyard.", "Juno Farrell", "candidate for governor"),
    ("Amadou Keita is running for mayor on a housing platform.", "Amadou Keita", "candidate for mayor"),
    # an office news names by an adjective before "candidate"
    ("Halvard Moen, who is running for president, visited the fish market.", "Halvard Moen", "presidential candidate"),
    ("Sunniva Ekberg is running for the White House as an independent.", "Sunniva Ekberg", "presidential candidate"),
    ("Halvard Moen, who is running for Congress, visited the fish market.", "Halvard Moen", "congressional candidate"),
    ("Halvard Moen, who is running for the Senate, visited the fish market.", "Halvard Moen", "Senate candidate"),
    ("Halvard Moen, who ran for president in 1996, visited the fish market.", "Halvard Moen",
     "former presidential candidate"),
])
def test_a_verb_of_office_gives_its_agent_title_over_the_body(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name", [
    ("Fenna Bloem, who may lead the cycling union next year, declined to say more.", "Fenna Bloem"),
    ("A new survey shows that Marta Lindgren leads the polls in the hill districts.", "Marta Lindgren"),
    ("Anouk Prins, who does not chair the audit committee, spoke last.", "Anouk Prins"),
])
def test_no_office_without_a_body_or_with_a_modal_or_negation(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any(t.startswith(("leader of", "chair of")) for t in people[name][0]), people[name]


@pytest.mark.parametrize("text,name", [
    ("Linnea Falk, who headed the inquiry into the ferry fire, gave evidence on Monday.", "Linnea Falk"),
    ("Jaro Siska, who led Slovakia to the hockey title, was named athlete of the year.", "Jaro Siska"),
    ("Ines Mora, who leads the league in assists, signed with a rival club.", "Ines Mora"),
    ("Teodor Raskin, who leads the nation in stolen bases, was traded.", "Teodor Raskin"),
    ("Petra Holm, who governed Latvia for six years, opened the exhibition.", "Petra Holm"),
    ("Nils Aby leads a trade mission to Lagos next month.", "Nils Aby"),
    ("Karin Moe, who managed the campaign of a rival candidate, joined the cabinet.", "Karin Moe"),
])
def test_no_office_over_a_place_an_activity_a_result_or_a_plan(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any(" of " in t for t in people[name][0]), people[name]


def test_an_office_keeps_only_the_body_not_a_place_after_it(people_of):
    people = people_of("Oskar Lind, who founded a bicycle company in Tromso, is running for the council.")
    assert "founder of a bicycle company" in people["Oskar Lind"][0], people


@pytest.mark.parametrize("text,name,title", [
    ("The race tightened. Orrin Baldacci, who hosts the Morning Table show, objected.", "Orrin Baldacci",
     "host of the Morning Table show"),
    ("The race tightened. Orrin Baldacci, who anchors the evening news, objected.", "Orrin Baldacci",
     "anchor of the evening news"),
    ("The race tightened. Orrin Baldacci, who owns the Harbor Hawks, objected.", "Orrin Baldacci",
     "owner of the Harbor Hawks"),
])
def test_presenting_a_programme_and_owning_a_body_give_titles(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text", [
    "The race tightened. Orrin Baldacci, who hosts the summit, objected.",
    "The race tightened. Orrin Baldacci, who owns a house in Ohio, objected.",
])
def test_hosting_an_event_or_owning_a_thing_gives_no_title(people_of, text):
    people = people_of(text)
    assert not people.get("Orrin Baldacci", ([], None))[0], people


@pytest.mark.parametrize("text,name,title", [
    ("Prices rose again. Maren Ekdal, who owns a bakery in Dayton, said sales fell.", "Maren Ekdal", "owner"),
    ("Prices rose again. Tobias Wren, who manages a pharmacy in Akron, said sales fell.", "Tobias Wren", "manager"),
])
def test_owning_or_running_a_business_gives_its_title(people_of, text, name, title):
    titles = people_of(text)[name][0]
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize("text,name", [
    ("Prices rose again. Tobias Wren, who visited a bakery in Dayton, said sales fell.", "Tobias Wren"),
    ("Prices rose again. Tobias Wren, who owns a dog, said sales fell.", "Tobias Wren"),
])
def test_no_business_title_without_a_verb_of_office_or_a_business(people_of, text, name):
    assert not people_of(text)[name][0]
