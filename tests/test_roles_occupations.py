"""Occupation nouns derived from training text (data/occupations.txt) are read as roles."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text
from sidelines.lexicon.titles import TITLE_HEADS, occupations


def test_derived_occupations_are_lower_case_words_beyond_the_title_heads():
    words = occupations()
    assert words and all(w.replace("-", "").isalpha() and w.islower() for w in words)
    assert not words & TITLE_HEADS


def test_apposition_with_a_derived_occupation_is_a_role(nlp):
    text = "Aldo Verri, a veteran politician from Turin, said the vote was unfair."
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    roles = {e.name: [r.title for r in e.roles] for e in doc.layers["entities"] if e.type == "PERSON"}
    assert any("politician" in t for t in roles.get("Aldo Verri", [])), roles


def test_wordnet_occupations_are_lower_case_words_derived_with_their_source():
    from importlib import resources

    raw = resources.files("sidelines").joinpath("data", "occupations_wordnet.txt").read_text(encoding="utf-8")
    assert "WordNet" in raw.splitlines()[1]  # the header names the source and its licence
    words = occupations()
    assert {"comedian", "pollster", "sheriff"} <= words | TITLE_HEADS
    assert not {"man", "extra", "heavy", "page"} & words  # no person by their usual sense, no adjectives


@pytest.mark.parametrize("text, name, title", [
    ("Comedian Rolf Tarrant mocked the mayor at the gala on Saturday.", "Rolf Tarrant", "Comedian"),
    ("Ilse Borg is a pollster who has tracked the race since June.", "Ilse Borg", "pollster"),
    ("Ivan Petrov served as undersecretary until the spring.", "Ivan Petrov", "undersecretary"),
    ("The letter was signed by biologist Maren Holt and two colleagues.", "Maren Holt", "biologist"),
])
def test_occupations_of_any_trade_are_roles(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t for t in people[name][0]), people


def test_an_occupation_word_that_is_a_given_name_before_an_initial_stays_in_the_name(people_of):
    assert "Hunter S. Tolland" in people_of("Hunter S. Tolland wrote the book in 1971.")


@pytest.mark.parametrize("text, name, title", [
    ("Campaign surrogate Dale Prentice defended the ad on Sunday.", "Dale Prentice", "surrogate"),
    ("House Majority Whip Ann Colby counted the votes.", "Ann Colby", "Whip"),
    ("Lena Ortiz, the school's principal, closed the gym.", "Lena Ortiz", "principal"),
    ("Hal Crane, the billionaire behind the airline, endorsed the mayor.", "Hal Crane", "billionaire"),
])
def test_campaign_legislature_and_school_places_are_roles(role_titles_of, text, name, title):
    titles = role_titles_of(text)
    assert any(title in t for t in titles[name]), titles


@pytest.mark.parametrize("text,name,title", [
    ("The race tightened. Rosalind Yeats, a CNN contributor, disagreed.", "Rosalind Yeats", "contributor"),
    ("The race tightened. Radio cohost Wendell Craydon mocked him.", "Wendell Craydon", "cohost"),
])
def test_broadcasting_posts_are_titles(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert any(title in t for t in people[name][0]), people[name]
