"""Roles from "represent", "sworn in as", "running for", "runs", "seeking", conjunct titles, "... Labs" (made-up)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Corinne Bale, who represents Oregon in the Senate, voted against the bill.", "Corinne Bale", "senator"),
    ("Milo Strand, who represents Vermont in Congress, asked for a recount.", "Milo Strand", "representative"),
    ("Anwar Siddiq, who represents Leeds North in Parliament, backed the motion.", "Anwar Siddiq",
     "member of parliament"),
    ("Corinne Bale, who represented Oregon in the Senate until 2015, endorsed the bill.", "Corinne Bale",
     "former senator"),
])
def test_representing_a_place_in_a_chamber_gives_a_seat(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name", [
    ("Corinne Bale, who represents the shipping firm in court, declined to comment.", "Corinne Bale"),
    ("Corinne Bale, who hopes to represent Oregon in the Senate, toured a mill.", "Corinne Bale"),
    ("Corinne Bale, who represented the firm in the House hearing, declined to comment.", "Corinne Bale"),
])
def test_no_seat_without_a_chamber_or_with_a_plan(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any(t.endswith(("senator", "representative")) for t in people[name][0]), people[name]


@pytest.mark.parametrize("text,name,title", [
    ("Greta Vollmer, co-founder of Norrel Labs, said the trial would start in May.", "Greta Vollmer", "co-founder"),
    ("Hugo Almeida, founder of Castellan Labs, said the trial would start in May.", "Hugo Almeida", "founder"),
])
def test_a_company_name_ending_in_labs_is_no_person(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]
    assert not any(n.endswith("Labs") for n in people), people


@pytest.mark.parametrize("text,name,title", [
    ("Carla Denton, who was sworn in as mayor on Monday, promised new bus lanes.", "Carla Denton", "mayor"),
    ("Thomas Reddick, who was hired as head coach in May, said the squad was tired.", "Thomas Reddick",
     "head coach"),
    ("Carla Denton, running for governor as a Democrat, promised new bus lanes.", "Carla Denton",
     "candidate for governor"),
    ("Thomas Reddick, who runs the city's housing agency, said rents were rising.", "Thomas Reddick",
     "head of the city's housing agency"),
    ("Thomas Reddick, who ran the port authority until 2019, said rents were rising.", "Thomas Reddick",
     "former head of the port authority"),
])
def test_installed_running_and_running_a_body(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name", [
    ("Carla Denton, who was not hired as coach, said the squad was tired.", "Carla Denton"),
    ("Carla Denton, who was seen as a future leader, said the squad was tired.", "Carla Denton"),
    ("Carla Denton, running for the bus, dropped her phone.", "Carla Denton"),
    ("Carla Denton, who ran the numbers again, said rents were rising.", "Carla Denton"),
    ("Carla Denton, who runs a marathon every spring, said rents were rising.", "Carla Denton"),
])
def test_no_title_from_regard_negation_or_other_running(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not people[name][0], people[name]


@pytest.mark.parametrize("text,name,title", [
    ("Carla Denton, who is seeking the Republican nomination for governor, toured a mill.", "Carla Denton",
     "Republican candidate for governor"),
    ("Thomas Reddick, who is seeking the Democratic presidential nomination, toured a mill.", "Thomas Reddick",
     "Democratic presidential candidate"),
    ("Carla Denton, who is seeking re-election in November, toured a mill.", "Carla Denton",
     "candidate for re-election"),
])
def test_seeking_a_nomination_or_office_makes_a_candidate(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name", [
    ("Carla Denton, who is not seeking re-election, toured a mill.", "Carla Denton"),
    ("Carla Denton, who is seeking damages from the firm, toured a mill.", "Carla Denton"),
])
def test_no_candidacy_when_negated_or_seeking_something_else(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not people[name][0], people[name]


@pytest.mark.parametrize("text,name,title,affiliation", [
    ("Carl Renner, president of Acme Corp and chairman of Orwell Bank, said costs were up.", "Carl Renner",
     "chairman", "Orwell Bank"),
    ("Carl Renner, a lawyer and former president of the Kenyan Bar Association, said costs were up.",
     "Carl Renner", "former president", "Kenyan Bar Association"),
])
def test_a_conjunct_title_keeps_its_own_body(extract, text, name, title, affiliation):
    record = extract(text)
    roles = {(r.title, r.affiliation) for e in record.entities if e.name == name for r in e.roles}
    assert (title, affiliation) in roles, roles


@pytest.mark.parametrize("text,name", [
    ("Carla Denton, who is seeking the nomination for best actress, waved to the crowd.", "Carla Denton"),
    ("Carla Denton, who is seeking a nomination for an Emmy, waved to the crowd.", "Carla Denton"),
    ("Carla Denton, who is seeking an Oscar nomination, waved to the crowd.", "Carla Denton"),
    ("Carla Denton, who is seeking the nomination for the Hollis Poetry Prize, waved to the crowd.",
     "Carla Denton"),
])
def test_an_award_nomination_is_no_candidacy(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert not any("candidate" in t for t in people[name][0]), people[name]


def test_a_nomination_for_a_chamber_is_a_candidacy(people_of):
    people = people_of("Carla Denton, who is seeking the Democratic nomination for the Senate, toured a mill.")
    assert "Democratic candidate for the Senate" in people["Carla Denton"][0], people


def test_sworn_in_as_no_office_gives_no_title(people_of):
    people = people_of("Thomas Reddick, who was sworn in as a witness, answered questions for an hour.")
    assert "Thomas Reddick" in people, people
    assert not people["Thomas Reddick"][0], people


@pytest.mark.parametrize("text,name,title", [
    ("Carla Denton, who represents Hull East in the House of Commons, voted against the bill.", "Carla Denton",
     "member of parliament"),
    ("Thomas Reddick, who represents Queens in the House of Representatives, voted against the bill.",
     "Thomas Reddick", "representative"),
    ("Carla Denton, who represents the county in the state Senate, voted against the bill.", "Carla Denton",
     "state senator"),
])
def test_the_chamber_a_house_of_phrase_names_and_a_state_chamber(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]
    assert "representative" not in people[name][0] or title == "representative", people[name]


def test_a_house_of_no_chamber_word_gives_no_representative(people_of):
    people = people_of("Thomas Reddick, who represents Norfolk in the House of Delegates, filed a bill.")
    assert "Thomas Reddick" in people, people
    assert "representative" not in people["Thomas Reddick"][0], people


def test_a_name_followed_by_an_age_stays_a_person(people_of):
    people = people_of("Lena Foundation, 27, was named captain of the hockey team.")
    assert "Lena Foundation" in people, people
