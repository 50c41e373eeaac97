"""People of a story set in one country: the page's time zone, people named in full, described people.

Made-up articles; each pattern is a general one of national news, not any one article's.
"""

from __future__ import annotations

import pytest

from sidelines.extractors.actors.home import dateline_country

SPORTS = ("Bears edge Packers 24 - 17\nPosted on March 3, 2011, 5:10 PM {zone}\n"
          "Quarterback Sam Dole threw two touchdowns as the Bears beat the Packers in Chicago on Sunday. "
          "Jim Park ran for 90 yards.")


@pytest.mark.parametrize("text, country", [
    ("Posted on March 3, 2011, 5:10 PM EDT", "USA"),
    ("Updated: May 4, 2005, 3:23 PM ET", "USA"),
    ("Published 10:15 a.m. PST Jan. 3, 2014", "USA"),
    ("Last updated at 09:40 AEDT, 2 March 2019", "AUS"),
    ("Posted at 5:10 PM CST", None),  # Central or China Standard Time: no one country
    ("The EDT party won the vote.", None),  # no time before it
])
def test_the_time_zone_of_a_dateline_is_the_pages_country(text, country):
    assert dateline_country(text) == country


def test_a_dateline_time_zone_sets_the_home_of_a_story_with_no_known_publisher(people_of):
    assert people_of(SPORTS.format(zone="EDT"))["Sam Dole"][1] == "USA"
    assert people_of(SPORTS.format(zone=""))["Sam Dole"][1] is None


def test_a_person_named_in_full_in_a_story_set_in_one_country_takes_it(people_of):
    text = ("Layoffs hit the bakery in Chicago, Illinois. Acme chief executive Laura Finch said on Monday that the "
            "plant in Illinois would close by June. Mark Dunn, who worked there for 20 years, lost his job. "
            "Workers in Chicago protested the decision.")
    assert people_of(text, publisher="nytimes.com")["Mark Dunn"][1] == "USA"


def test_a_person_named_in_full_in_a_story_about_several_countries_takes_none(people_of):
    text = ("Acme will move 600 jobs from Chicago to Mexico. Costs in Mexico were lower, Acme said. "
            "Mark Dunn, who worked there for 20 years, lost his job.")
    assert people_of(text, publisher="usatoday.com")["Mark Dunn"][1] is None


@pytest.mark.parametrize("text, name, title", [
    ("That will be a worry for Tom Barlow. The head coach returns to work on Monday after months away.",
     "Tom Barlow", "head coach"),
    ("Ann Corley spoke in Dayton on Tuesday. Asked about her record, the retired surgeon said she had no regrets.",
     "Ann Corley", "retired surgeon"),
    ("Instead, she focused on Ray Dunn, using the Republican nominee's words against him.",
     "Ray Dunn", "Republican nominee"),
])
def test_a_definite_title_after_one_person_describes_that_person(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t for t in people[name][0]), people


def test_a_definite_title_after_two_people_describes_neither(people_of):
    text = "Tom Barlow met Ann Corley on Monday. The head coach said the team would improve."
    people = people_of(text)
    assert not any("head coach" in t for titles, _ in people.values() for t in titles), people



@pytest.mark.parametrize("text, name, title", [
    ("Dana Reyes toured the plant in Dover on Monday. The senator said the bill would pass.", "Dana Reyes", "senator"),
    ("Tom Hale spoke for an hour. Later the Ohio governor's aides handed out leaflets.", "Tom Hale", "Ohio governor"),
])
def test_a_definite_office_after_one_person_with_no_title_describes_that_person(people_of, text, name, title):
    people = people_of(text)
    assert any(title in t for t in people[name][0]), people


@pytest.mark.parametrize("text", [
    "Dana Reyes toured the plant in Dover on Monday. The president said the bill would pass.",
    "Dana Reyes met Tom Hale in Dover on Monday. The senator said the bill would pass.",
])
def test_a_definite_office_is_no_title_of_a_leader_nor_of_one_among_two(people_of, text):
    people = people_of(text)
    assert not any(t.lower() in ("senator", "president") for titles, _ in people.values() for t in titles), people


def test_a_hyphenated_definite_title_after_one_person_describes_that_person(people_of):
    people = people_of("Ivan Petrov spoke in Ohio on Monday. The GOP front-runner said he would win the state.")
    assert any("front-runner" in t for t in people["Ivan Petrov"][0]), people


def test_a_person_named_in_full_in_a_home_story_with_a_foreign_mention_takes_the_publishers_country(people_of):
    text = ("Mark Dunn, who ran the Chicago plant for 20 years, lost his job on Monday. Workers in Chicago "
            "protested outside the gates. The parts will now come from London, Dunn said.")
    assert people_of(text, publisher="nytimes.com")["Mark Dunn"][1] == "USA"
    assert people_of(text)["Mark Dunn"][1] is None  # no publisher: the story is not settled enough


def test_a_definite_office_after_a_person_who_is_no_subject_describes_no_one(people_of):
    people = people_of("Against Dana Reyes, the Ohio governor earned 51 percent of the vote in the poll.")
    assert not any("governor" in t for t in people["Dana Reyes"][0]), people
