"""A person the text calls a member of a party that only one country has takes that country.

Made-up sentences: "Republican X", "X, a Democrat,", "X, the Montana Republican,", "X is a Republican",
"Tory X"; a party several countries have ("Labour") says nothing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Republican Ivan Petrov won the seat on Tuesday.", "Ivan Petrov", "USA"),
    ("Ivan Petrov, a Democrat, represents the district.", "Ivan Petrov", "USA"),
    ("Ivan Petrov, the Montana Republican, voted against the bill.", "Ivan Petrov", "USA"),
    ("Ivan Petrov is a Republican who has served two terms.", "Ivan Petrov", "USA"),
    ("Tory Ivan Petrov won the seat on Thursday.", "Ivan Petrov", "GBR"),
])
def test_a_member_of_a_one_country_party_takes_its_country(people_of, text, name, country):
    people = people_of(text)
    assert people[name][1] == country, people


def test_a_party_of_several_countries_gives_no_country(people_of):
    people = people_of("Labour's Ivan Petrov won the seat on Thursday.")
    assert people["Ivan Petrov"][1] is None, people


def test_a_party_word_about_someone_else_gives_no_country(people_of):
    people = people_of("Ivan Petrov criticised the Republican plan on Tuesday.")
    assert people["Ivan Petrov"][1] is None, people
