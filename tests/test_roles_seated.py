"""Titles of a seat one is put in: "the Senate confirmed X to the Supreme Court" makes X a justice (made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("The Senate confirmed Ottilie Brandvold to the Supreme Court on Thursday by a vote of 61 to 37.",
     "Ottilie Brandvold", "Supreme Court justice"),
    ("Voters in Montana elected Jasper Quill to a six-year seat on the state Supreme Court on Tuesday.",
     "Jasper Quill", "Supreme Court justice"),
    ("Fenna Roelofs was confirmed to the Supreme Court in 1994 with little debate.", "Fenna Roelofs",
     "Supreme Court justice"),
    ("The governor appointed Mirela Stan to the Circuit Court last spring.", "Mirela Stan", "judge"),
    ("Hank Deloria, who was elected to the Senate two terms ago, voted against the bill.", "Hank Deloria", "senator"),
    ("Voters elected Priya Raman to the state Senate in November.", "Priya Raman", "state senator"),
    ("The president nominated Idris Kamara to the Supreme Court in October.", "Idris Kamara",
     "Supreme Court nominee"),
    ("Niamh Carrow was elected to the House of Commons in 2005.", "Niamh Carrow", "member of parliament"),
    ("Voters elected Tobias Renk to the House of Representatives in 2014.", "Tobias Renk", "representative"),
    ("The governor appointed Marta Ilvesky to the bench in 2009.", "Marta Ilvesky", "judge"),
])
def test_a_seat_one_is_put_in_gives_its_member_title(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name", [
    ("Opposition senators vowed never to confirm Idris Kamara to the Supreme Court.", "Idris Kamara"),
    ("The Senate may confirm Ottilie Brandvold to the Supreme Court next week.", "Ottilie Brandvold"),
    ("Voters elected Jasper Quill to the school board in 2012.", "Jasper Quill"),
    ("The Senate did not confirm Fenna Roelofs-Baker to the appeals court.", "Fenna Roelofs-Baker"),
    ("The clerk sent Mirela Stan to the Supreme Court building with the files.", "Mirela Stan"),
    ("Prosecutors confirmed Tobias Renk to the court as a witness.", "Tobias Renk"),
])
def test_no_seat_without_a_stated_putting_on_a_bench_or_in_a_chamber(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any(t.lower().endswith(("justice", "judge", "senator", "nominee")) for t in people[name][0]), people[name]


@pytest.mark.parametrize("text,name", [
    ("Lord Alistair Penmore was appointed to the House of Lords in 2011.", "Alistair Penmore"),
    ("Niamh Carrow was elected to the House of Commons in 2005.", "Niamh Carrow"),
    ("Voters elected Marta Ilvesky to the House of Keys last year.", "Marta Ilvesky"),
])
def test_a_house_other_than_representatives_makes_no_representative(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any(t.lower().endswith("representative") for t in people[name][0]), people[name]
