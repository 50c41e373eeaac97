"""Names listed after a plural title are people, whatever label the tagger gave them, and hold the title.

Made-up sentences of general patterns of news writing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, names, title", [
    ("Presidential candidates Orrin Baldacci and Fern Okafor debated on Monday.",
     ["Orrin Baldacci", "Fern Okafor"], "candidate"),
    ("Republican candidates Hollis Vantreese and Greta Salminen were asked about taxes.",
     ["Hollis Vantreese", "Greta Salminen"], "candidate"),
    ("Democratic senators Orrin Baldacci, Fern Okafor and Lyle Henstock voted no.",
     ["Orrin Baldacci", "Fern Okafor", "Lyle Henstock"], "senator"),
    ("The race tightened. Republican presidential hopefuls Lyle Henstock and Fern Okafor attacked each other.",
     ["Lyle Henstock", "Fern Okafor"], "hopeful"),
])
def test_names_after_a_plural_title_are_people_with_the_title(people_of, text, names, title):
    people = people_of(text)
    for name in names:
        assert name in people, people
        titles, _ = people[name]
        assert any(title in t for t in titles), (name, titles)


def test_places_after_a_plural_noun_stay_places(extract):
    record = extract("The candidates New York and Ohio chose were weak.")
    labels = {e.name: e.type for e in record.entities}
    assert labels.get("New York") == "GPE" and labels.get("Ohio") == "GPE", labels


def test_a_name_cut_after_a_singular_title_is_made_whole(people_of):
    people = people_of("The polls closed. Republican frontrunner Hollis Vantreese held a rally on Monday.")
    assert "Hollis Vantreese" in people, people
    assert any("frontrunner" in t for t in people["Hollis Vantreese"][0]), people


def test_a_place_after_a_title_stays_a_place(extract):
    record = extract("The polls closed. The senator flew to South Carolina Tuesday.")
    labels = {e.name: e.type for e in record.entities}
    assert labels.get("South Carolina") == "GPE", labels


@pytest.mark.parametrize("text, names, title", [
    ("The race tightened. Orrin Baldacci and Fern Okafor, both senators from Ohio, objected.",
     ["Orrin Baldacci", "Fern Okafor"], "senator"),
    ("The race tightened. Former Govs. Orrin Baldacci and Fern Okafor objected.",
     ["Orrin Baldacci", "Fern Okafor"], "Governor"),
    ("The race tightened. Two Republican senators, Orrin Baldacci and Fern Okafor, objected.",
     ["Orrin Baldacci", "Fern Okafor"], "senator"),
    ("The race tightened. Deputy Fern Okafor stopped the car.", ["Fern Okafor"], "Deputy"),
])
def test_names_around_a_plural_title_or_after_a_title_are_people(people_of, text, names, title):
    people = people_of(text)
    for name in names:
        assert name in people, people
        assert any(title in t for t in people[name][0]), (name, people[name])


def test_companies_listed_after_a_plural_noun_stay_companies(extract):
    record = extract("The race tightened. Industry leaders including Goldman Sachs and Morgan Stanley objected.")
    labels = {e.name: e.type for e in record.entities}
    assert labels.get("Goldman Sachs") == "ORG", labels


@pytest.mark.parametrize("text, names", [
    ("Market leaders Brantwood Capital and Halvard Bank cut jobs on Monday.", ["Brantwood Capital", "Halvard Bank"]),
    ("Co-hosts Moldova and Montenegro will stage the games next year.", ["Moldova", "Montenegro"]),
])
def test_bodies_listed_after_a_title_a_body_holds_stay_bodies(extract, text, names):
    record = extract(text)
    labels = {e.name: e.type for e in record.entities}
    assert not any(labels.get(n) == "PERSON" for n in names), labels
