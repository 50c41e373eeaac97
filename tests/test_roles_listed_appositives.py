"""Listed people with their own appositives: "X, a veteran organizer, and Y, a former aide," (made up)."""

from __future__ import annotations


def test_the_first_of_two_listed_people_keeps_its_appositive(people_of):
    people = people_of("Ines Marchetti, a veteran organizer, and Kofi Mensah, a former aide, registered as "
                       "candidates in the county.")
    assert any("organizer" in t for t in people["Ines Marchetti"][0]), people
    assert any("aide" in t for t in people["Kofi Mensah"][0]), people
    assert not any("organizer" in t for t in people["Kofi Mensah"][0]), people


def test_a_title_that_names_another_person_is_still_not_the_first_ones(people_of):
    people = people_of("Ines Marchetti, a spokeswoman for Mayor Kofi Mensah, said the market would reopen.")
    assert "Ines Marchetti" in people and "Kofi Mensah" in people, people
    assert not any("spokeswoman" in t for t in people["Kofi Mensah"][0]), people
