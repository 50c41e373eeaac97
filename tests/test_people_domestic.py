"""People of a home-country story: domestic public figures, shared plural titles, sports positions.

Made-up articles; each pattern is a general one of national news, not any one article's.
"""

from __future__ import annotations

import pytest


def test_a_role_holder_of_a_home_story_takes_the_home_country(people_of):
    text = ("Layoffs hit the bakery in Chicago, Illinois. Acme chief executive Laura Finch said on Monday that the "
            "plant in Illinois would close by June. Workers in Chicago protested the decision.")
    assert people_of(text, publisher="nytimes.com")["Laura Finch"][1] == "USA"


def test_a_journalist_of_a_home_story_keeps_no_country(people_of):
    text = ("The debate in Des Moines, Iowa, ran long. Journalist Tara Quinn asked about taxes in Iowa "
            "and Ohio. Voters in Iowa were unimpressed.")
    people = people_of(text, publisher="nytimes.com")
    assert "Journalist" in people["Tara Quinn"][0]
    assert people["Tara Quinn"][1] is None


def test_a_name_in_a_sentence_of_home_party_politics_takes_the_home_country(people_of):
    text = ("Mark Hollis won 41 percent among Republican voters in Ohio, a new poll showed on Thursday. "
            "Hollis led in Texas and Florida as well.")
    assert people_of(text, publisher="nytimes.com")["Mark Hollis"][1] == "USA"


def test_no_home_country_no_domestic_prior(people_of):
    text = "Acme chief executive Laura Finch said on Monday that the plant would close by June."
    assert people_of(text)["Laura Finch"][1] is None


def test_a_story_about_another_country_gives_its_people_no_publisher_country(people_of):
    text = ("Pedro Alves won 41 percent of the vote in Brazil, the election authority in Brasilia said. "
            "Alves campaigned in Sao Paulo and Rio de Janeiro, and Brazil's voters backed him.")
    assert people_of(text, publisher="nytimes.com")["Pedro Alves"][1] != "USA"


def test_a_plural_title_belongs_to_each_of_the_names_it_lists(people_of):
    text = ("While presidential candidates Tom Reed and Anne Ford campaigned in Ohio on Tuesday, "
            "the governor stayed in Columbus.")
    people = people_of(text, publisher="nytimes.com")
    for name in ("Tom Reed", "Anne Ford"):
        titles, country = people[name]
        assert "presidential candidate" in titles, people
        assert country == "USA"


@pytest.mark.parametrize("text, name, title", [
    ("The Colts signed rookie running back Dan Miles on Tuesday.", "Dan Miles", "running back"),
    ("Coach Bo Hart said tight end Lee Cole would miss the game.", "Lee Cole", "tight end"),
    ("The Sixers traded point guard Ray Banks to Boston.", "Ray Banks", "point guard"),
])
def test_sports_positions_are_titles(people_of, text, name, title):
    assert any(title in t for t in people_of(text)[name][0])


def test_a_name_in_lower_case_is_no_entity(extract):
    record = extract("The Colts signed rookie running back Dan Miles on Tuesday.")
    assert all(any(ch.isupper() for ch in e.name) for e in record.entities), [e.name for e in record.entities]


def test_a_plural_apposition_gives_each_listed_name_its_title(people_of):
    text = "The questions came from Ann Lee and Joan Park, two PBS journalists, on Thursday."
    people = people_of(text)
    for name in ("Ann Lee", "Joan Park"):
        assert "journalist" in people[name][0], people


@pytest.mark.parametrize("text, name, title", [
    ("The club fired Tom Hale on Monday after one season as coach.", "Tom Hale", "coach"),
    ("Mary Quist, who was the party's treasurer, resigned on Friday.", "Mary Quist", "treasurer"),
    ("Ed Vance served as governor for eight years before he retired.", "Ed Vance", "governor"),
])
def test_a_title_after_as_or_in_a_relative_clause_is_the_persons(people_of, text, name, title):
    assert any(title in t for t in people_of(text)[name][0]), people_of(text)


def test_without_a_publisher_one_place_is_too_little_for_the_domestic_prior(people_of):
    text = "Acme chief executive Laura Finch said on Monday that the plant in Chicago would close by June."
    assert people_of(text)["Laura Finch"][1] is None


def test_a_bare_office_in_a_story_about_other_countries_takes_no_publisher_country(people_of):
    text = ("Refugees crossed into Greece on Monday. The European Union praised Serbia for its help, while "
            "President Kemal Aslan said the deal was fair.")
    assert people_of(text, publisher="nytimes.com")["Kemal Aslan"][1] != "USA"


@pytest.mark.parametrize("text, junk", [
    ("Hurricane Katrina flooded New Orleans in 2005, and the mayor asked for help.", "Hurricane Katrina"),
    ("Tom Reed visited Dave Leep’s Atlas of elections before the vote.", "Dave Leep’s Atlas"),
])
def test_storms_and_possessive_runs_are_no_actors(extract, text, junk):
    record = extract(text)
    assert junk not in {e.name for e in record.entities}, [(e.name, e.type) for e in record.entities]


def test_party_politics_needs_only_a_leading_home_country_a_role_needs_more(people_of):
    text = ("Acme will move 600 jobs from Chicago to Mexico. Acme chief executive Laura Finch said costs in "
            "Mexico were lower. Tom Reed attacked the move during a campaign stop in Ohio, and voters in "
            "Illinois cheered.")
    people = people_of(text, publisher="usatoday.com")
    assert people["Tom Reed"][1] == "USA"
    assert people["Laura Finch"][1] is None
