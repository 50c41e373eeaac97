"""Names right after a title are people, however the tagger labels them; a rank keeps the office before it.

Made-up sentences of general patterns of news writing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title, country", [
    ("Kremlin spokesman Dmitry Orlov said Moscow had not been informed.", "Dmitry Orlov", "spokesman", "RUS"),
    ("Nigeria's Minister of Information Lai Bello said the army was in control in Abuja.", "Lai Bello",
     "Minister of Information", "NGA"),
])
def test_a_name_after_a_title_is_a_person(people_of, text, name, title, country):
    people = people_of(text)
    assert name in people, people
    titles, found = people[name]
    assert any(title in t for t in titles), titles
    assert found == country


def test_a_rank_after_an_office_keeps_the_office(people_of):
    people = people_of("Kenya's Chief of Defence Staff General Robert Kibet visited troops in Mogadishu.")
    titles, country = people["Robert Kibet"]
    assert any("Chief of Defence Staff" in t for t in titles), titles
    assert country == "KEN"


def test_an_organisation_after_a_title_word_stays_an_organisation(extract):
    record = extract("The deal was approved by the board of Goldman Sachs on Friday, its chairman said.")
    labels = {e.name: e.type for e in record.entities}
    assert labels.get("Goldman Sachs") == "ORG", labels


@pytest.mark.parametrize("text, name, title", [
    ("Fox News host Sean Miller interviewed the senator on Sunday.", "Sean Miller", "host"),
    ("Trump's campaign manager, Corey Lane, said the rally would go ahead.", "Corey Lane", "campaign manager"),
    ("District Attorney Seth Wills charged the woman with murder.", "Seth Wills", "District Attorney"),
    ("Nominee Regina Bell said she was honoured.", "Regina Bell", "Nominee"),
])
def test_more_titles_before_names(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert any(title in t for t in people[name][0]), people[name]


@pytest.mark.parametrize("text, name, title", [
    # the tagger reads the office's region and the name as one organisation
    ("Senior Advisor for Africa Karen Holt visited Nairobi on Monday.", "Karen Holt", "Senior Advisor"),
    ("State Department Senior Advisor for Africa Karen Holt visited Nairobi.", "Karen Holt", "Senior Advisor"),
    # the tagger labels nothing after an office and its domain
    ("Inspector General of Police Musa Adamu said the suspects had fled.", "Musa Adamu",
     "Inspector General of Police"),
    ("Commissioner of Police Musa Adamu said the suspects had fled.", "Musa Adamu", "Commissioner of Police"),
])
def test_a_name_after_an_office_and_its_domain_is_a_person(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert any(title in t for t in people[name][0]), people[name]


def test_an_office_domain_before_an_organisation_makes_no_person(extract):
    record = extract("The Secretary for Health Care Quality Board met on Monday. The Inspector General of Police "
                     "Welfare Fund paid the families.")
    assert not [e.name for e in record.entities if e.type == "PERSON"], record.entities


def test_name_chosen_as_an_office_holder_is_a_person_with_that_title(people_of):
    # "elected X as speaker": the object of a choosing verb with "as" and a title is a person, whatever the tagger said.
    people = people_of("Parliament elected Mirela Dobre as speaker on Wednesday. Dobre won 201 votes.")
    assert "speaker" in people["Mirela Dobre"][0], people


@pytest.mark.parametrize("text,name", [
    ("Ambassador to the Netherlands Dale Whitcombe attended a ceremony in Utrecht on Friday.", "Dale Whitcombe"),
    ("Special Envoy to Sudan Colin Marsh said both sides had agreed to talk.", "Colin Marsh"),
])
def test_a_name_after_an_envoys_posting_is_a_person(people_of, text, name):
    people = people_of(text)
    assert name in people, people


def test_an_envoy_named_after_a_posting_is_not_of_the_country_posted_to(people_of):
    people = people_of("Ambassador to the Netherlands Dale Whitcombe attended a ceremony in Utrecht on Friday.",
                       publisher="washingtonpost.com")
    assert people["Dale Whitcombe"][1] != "NLD", people
