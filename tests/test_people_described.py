"""A definite description after a name gives the one person just named their title: with the age before
it ("the 44-year-old lawmaker") and with the office's domain after it ("the former secretary of state")
(made-up people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Marco Rubeo skipped the debate on Monday. The 44-year-old lawmaker said he had a cold.", "Marco Rubeo",
     "lawmaker"),
    ("Tina Okafor scored 30 points on Sunday. The 27-year-old point guard missed two late free throws.",
     "Tina Okafor", "point guard"),
    ("Helen Marsh campaigned in Ohio on Monday. The former secretary of state said she would protect factory "
     "jobs.", "Helen Marsh", "former secretary of state"),
])
def test_a_description_with_an_age_or_a_domain_gives_the_title(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


@pytest.mark.parametrize("text,name,title", [
    # an object: the subject of the clause is someone else, so the one other person named is the holder
    ("Walter Brenn stopped avoiding Oskar Lindqvist on Friday to take a swipe at the shipping magnate, who "
     "had mocked him for weeks.", "Oskar Lindqvist", "shipping magnate"),
    # an object after a preposition, the holder named in the sentence before
    ("Greta Holm spoke at length about the budget. On Tuesday Pavel Dusek sharply disagreed with the "
     "former secretary of state.", "Greta Holm", "former secretary of state"),
    ("Ramon Ibarra has been a lawmaker for years. Local photographers have followed the Nevada senator "
     "everywhere.", "Ramon Ibarra", "Nevada senator"),
])
def test_a_description_as_an_object_gives_the_title_to_the_one_other_person(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert any(title in t for t in people[name][0]), people[name]


@pytest.mark.parametrize("text,name", [
    # the subject of the verb is never its own object
    ("Walter Brenn criticised the retired surgeon on Friday.", "Walter Brenn"),
    # two people before it, neither the subject: no holder is sure
    ("Anna Berg praised Oskar Lind and Pavel Dusek before she met the former governor.", "Oskar Lind"),
])
def test_a_description_as_an_object_names_no_co_argument(people_of, text, name):
    people = people_of(text)
    assert not any("surgeon" in t or "governor" in t for t in people.get(name, ([], None))[0]), people


def test_a_host_with_a_trade_before_it_is_a_title(people_of):
    people = people_of("Lena Vogt read the morning news for twenty years. Callers phoned in to thank the "
                       "radio talk show host.")
    assert any("talk show host" in t for t in people["Lena Vogt"][0]), people


def test_a_name_in_the_subjects_relative_clause_may_hold_an_object_description(people_of):
    people = people_of("Nora Feld, who is trailing Piet Wouters in the polls, has seized on the criticism of "
                       "Wouters, telling reporters that something is wrong with the retired surgeon.")
    assert any("surgeon" in t for t in people["Piet Wouters"][0]), people


def test_an_object_description_is_no_subject_for_a_later_pronoun(extract):
    record = extract("Lena Vogt interviewed Tomas Brandt on Monday. While Brandt praised the budget to the radio "
                     "talk show host, he also said the plan was late.")
    brandt = next(e for e in record.entities if e.name == "Tomas Brandt")
    assert any(m.text == "he" for m in brandt.mentions), brandt.mentions


@pytest.mark.parametrize("text,name,title", [
    # a quotation of two sentences stands between the name and the description: the parser ends a sentence
    # inside it, and the "sentence before" is the one that named the speaker
    ("Prices rose again in March. In the spring, Mara Linton told a press conference, “I never signed the "
     "contract. There was no contract.” The presidential candidate added: “I know the rules.”", "Mara Linton",
     "presidential candidate"),
    ('Rents rose again. On Friday Piet Vos said, "We will not move. Nobody asked us." The retired surgeon '
     "said he would appeal.", "Piet Vos", "retired surgeon"),
])
def test_a_description_looks_back_past_a_quoted_sentence(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert any(title in t for t in people[name][0]), people[name]


def test_an_earlier_definite_use_of_the_noun_does_not_block_the_description(people_of):
    # "the candidate" before was a description too, not someone else introduced as "a candidate"
    people = people_of(
        "In a new batch of letters, the candidate for governor appeared to mock the flood victims. Water "
        "levels fell on Monday. Nora Falk told reporters she had done nothing wrong. The presidential "
        "candidate later apologised.")
    assert any("presidential candidate" in t for t in people["Nora Falk"][0]), people


def test_an_earlier_indefinite_use_of_the_noun_still_blocks_the_description(people_of):
    people = people_of(
        "A lawyer filed the complaint on Friday. Nora Falk told reporters she had done nothing wrong. "
        "The lawyer said the case would go to trial.")
    assert not any("lawyer" in t for t in people["Nora Falk"][0]), people


@pytest.mark.parametrize("text,name,other", [
    # the one named in the description's own clause is someone else ("X has not moved to defend Y")
    ("In March Karen Doyle became treasurer of Robert Hale's campaign for governor. After reports on Doyle's "
     "debts, she is losing a feud inside the Hale team. The gubernatorial candidate has not moved to back Doyle.",
     "Robert Hale", "Karen Doyle"),
])
def test_a_subject_description_is_nobody_its_own_clause_names(people_of, text, name, other):
    people = people_of(text)
    assert not any("candidate" in t for t in people[other][0]), people
    assert any("gubernatorial candidate" in t for t in people[name][0]), people


def test_a_name_in_a_clause_joined_after_is_not_excluded(people_of):
    people = people_of(
        "Pavel Dusek spoke about the budget for an hour. The former secretary of state did not answer questions, "
        "and it is not clear whether Dusek will return.")
    assert any("former secretary of state" in t for t in people["Pavel Dusek"][0]), people


def test_a_description_is_the_person_who_was_given_the_title_not_the_one_named_last(people_of, quote_speakers):
    text = ("Tove Sand, the coach, named the squad. The goalkeeper, Jonas Wik, said nothing.\n\n"
            "\"Nobody is sure of a place,\" the coach said.")
    people = people_of(text)
    assert "coach" not in " ".join(people["Jonas Wik"][0]), people
    found = quote_speakers(text)
    assert [s for c, s, *_ in found if c.startswith("Nobody is sure")] == ["Tove Sand"], found


def test_a_title_passed_on_is_not_read_as_its_earlier_holder(quote_speakers):
    found = quote_speakers("Oda Berg, the coach, resigned in April. The rowing federation hired Peter Larsen in May. "
                           "The coach said on Friday that he wanted a longer season.")
    assert "Oda Berg" not in [s for c, s, *_ in found], found


@pytest.mark.parametrize("text,name", [
    # the possessor inside an object: the subject of the clause is someone else's visitor, not the holder
    ("Maria Olsen quarrelled with a neighbour at dawn and later walked into the foreman's cabin in tears.",
     "Maria Olsen"),
    ("After the hearing, Tom Reyes was escorted to the director's car by two guards.", "Tom Reyes"),
    ("Anton Weller thanked the senator's staff for their help on Monday.", "Anton Weller"),
])
def test_the_possessor_in_an_object_is_not_the_subject_of_its_clause(people_of, text, name):
    people = people_of(text)
    assert name in people, people
    assert people[name][0] == [], people[name]


def test_the_possessor_in_an_object_may_describe_the_one_person_of_the_sentence_before(people_of):
    people = people_of("Ramon Ibarra toured a steel mill in Ohio on Monday. Reporters later quoted the "
                       "senator's remarks at length.")
    assert "senator" in people["Ramon Ibarra"][0], people


@pytest.mark.parametrize("text,name,title", [
    # the reporter of the clause is the subject of "said", not the person its relative clause names
    ("Sen. Mara Quill, who has endorsed Greta Salminen, said Orrin Baldacci has urged the former secretary of "
     "state to run again.", "Greta Salminen", "former secretary of state"),
    ("Mara Quill, who backed Greta Salminen, said Orrin Baldacci had praised the former governor on Monday.",
     "Greta Salminen", "former governor"),
])
def test_a_person_named_in_the_reporters_relative_clause_may_be_described(people_of, text, name, title):
    people = people_of(text)
    assert name in people, people
    assert title in people[name][0], people[name]


def test_the_reporters_conjunct_is_a_reporter_too(people_of):
    people = people_of("Mara Quill and Greta Salminen said the ambassador had been summoned.")
    assert not people.get("Greta Salminen", ([], None))[0], people


@pytest.mark.parametrize("text,name,title", [
    # "the governor" after the person was named, and not read as them, is someone else; the later one is too
    ("Lila Harrow wrote to the governor on Monday. The governor did not reply.", "Lila Harrow", "governor"),
    ("Owen Baird asked the senator a question. The senator laughed.", "Owen Baird", "senator"),
])
def test_a_description_repeating_an_unread_one_after_the_name_is_that_other_person(people_of, text, name, title):
    people = people_of(text)
    assert not any(title in t for t in people[name][0]), people
