"""Titles "be" predicates of a named subject: a post at a named body.

Made-up sentences of general patterns of news writing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title, affiliation", [
    ("The report came out on Monday. Priya Ranganathan is a senior fellow at the Lindqvist Institute.",
     "Priya Ranganathan", "fellow", "Lindqvist Institute"),
    ("The report came out on Monday. Carla Benedetti is a volunteer with the Red Cross.",
     "Carla Benedetti", "volunteer", "Red Cross"),
    ("Tomas Eberle is the director of the Carrowmore Policy Center.", "Tomas Eberle", "director",
     "Carrowmore Policy Center"),
])
def test_a_title_after_be(extract, text, name, title, affiliation):
    record = extract(text)
    roles = [(r.title, r.affiliation) for e in record.entities if e.name == name for r in e.roles]
    assert any(title in t and (affiliation is None or a == affiliation) for t, a in roles), roles


@pytest.mark.parametrize("text, name", [
    ("The report came out on Monday. Ivo Markelj is a fan of the Harbor Hawks.", "Ivo Markelj"),
    ("The report came out on Monday. Corbin Ashdale is a big problem for the Vesper Group.", "Corbin Ashdale"),
    ("The man who hit Elwood Pratt is a firefighter.", "Elwood Pratt"),
])
def test_no_post_without_a_body_or_with_another_subject(extract, text, name):
    record = extract(text)
    assert not [r.title for e in record.entities if e.name == name for r in e.roles]


@pytest.mark.parametrize("text, name, title", [
    ("The vote is Tuesday. Otis Granger, who was the co-host of a late radio program, laughed.", "Granger",
     "co-host"),
    ("The vote is Tuesday. Otis Granger, who is a senior fellow at the Brandt Institute, laughed.", "Granger",
     "senior fellow"),
])
def test_a_title_in_a_relative_clause(extract, text, name, title):
    record = extract(text)
    titles = [r.title for e in record.entities if name in e.name for r in e.roles]
    assert title in titles, titles


@pytest.mark.parametrize("text, name, title, affiliation", [
    ("The report came out on Monday. Priya Ranganathan is a senior fellow at the Lindqvist Institute.",
     "Priya Ranganathan", "senior fellow", "Lindqvist Institute"),
    ("The report came out on Monday. Dana Kovic is a contributor for Halvard Media.",
     "Dana Kovic", "contributor", "Halvard Media"),
])
def test_a_predicated_title_as_written_without_its_body(extract, text, name, title, affiliation):
    record = extract(text)
    roles = [(r.title, r.affiliation) for e in record.entities if e.name == name for r in e.roles]
    assert (title, affiliation) in roles, roles


@pytest.mark.parametrize("text, name", [
    ("The report came out on Monday. Vic Sterne is a guest at the Palmyra Hotel.", "Vic Sterne"),
    ("The report came out on Monday. Ines Rolo is a client with Harwick Bank.", "Ines Rolo"),
    ("The vote is Tuesday. Abel Tarn, who is a patient at St. Ormond's Hospital, was released.", "Abel Tarn"),
])
def test_no_post_for_a_relation_to_a_body(extract, text, name):
    record = extract(text)
    assert not [r.title for e in record.entities if name in e.name for r in e.roles]
