"""A name made only of title words names no one: "Founder", "Associate Director", "Sheriff" before a person.

Made-up sentences in the style of press releases and local crime news.
"""

from __future__ import annotations


def test_title_words_read_as_a_person_are_no_person(people_of):
    text = ("Tomas Berg, PhD, is Founder and Director of the Lakeside Clinic in Dover. She previously served as "
            "Associate Director for Research at Dover College.")
    people = people_of(text)
    assert set(people) == {"Tomas Berg"}, people


def test_a_title_found_again_as_a_name_still_titles_the_person_after_it(people_of):
    text = ("Joining Reyes at the news conference was Assistant Sheriff Dale Norton. Sheriff's detectives said "
            "the case was closed.")
    people = people_of(text)
    assert "Assistant Sheriff" in people["Dale Norton"][0], people


def test_a_surname_that_is_an_occupation_stays_a_person(people_of):
    text = "Anna Baker won the vote in Dover. Baker thanked her staff."
    people = people_of(text)
    assert "Anna Baker" in people, people
