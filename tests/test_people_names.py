"""Names of people the tagger misses or mislabels: initials before a surname, surnames written first.

Made-up sentences; each pattern is a general one of news writing, not any one article's.
"""

from __future__ import annotations

import pytest


def test_initials_before_a_surname_name_a_person(extract):
    record = extract("At Hove: Essex beat Kent by 98 runs.\n"
                     "Essex 199 and 426, Kent 232 and 205 (B. Haldane 5-79, T. Morrow 4-39).\n"
                     "Surrey 238 and 303 (K. Spindle 130 not out, S. Rhodesia 57; P. Delafoy 4-70).")
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert {"B. Haldane", "T. Morrow", "K. Spindle", "P. Delafoy"} <= people, [
        (e.name, e.type) for e in record.entities]


def test_initials_of_a_country_are_no_person(extract):
    record = extract("The U. S. Senate voted on Tuesday, and the U.N. Security Council met later.")
    assert not [e.name for e in record.entities if e.type == "PERSON"]


def test_a_surname_written_first_keeps_its_person_label(extract):
    text = ("Chinese police have detained veteran dissident Zhou Donglin, a rights group said on Saturday. "
            "Police told Zhou's family that Zhou would be sent to a study class. Police gave no reason for "
            "detaining Zhou on Friday. The group demanded Zhou's release.")
    record = extract(text)
    assert not [e.name for e in record.entities if e.name == "Zhou" and e.type != "PERSON"], [
        (e.name, e.type) for e in record.entities]


def test_a_name_joined_to_a_person_by_and_is_a_person(extract):
    record = extract("The question got no answer from Wendell Okafor and Judy Marchetti, the two hosts.")
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert {"Wendell Okafor", "Judy Marchetti"} <= people, [(e.name, e.type) for e in record.entities]


@pytest.mark.parametrize("text, name", [
    ("For outgoing U.N. chief Han Ji-woo, the climate deal is a legacy.", "Han Ji-woo"),
    ("Envoy Lee Seung-hoon met the minister in Seoul on Friday.", "Lee Seung-hoon"),
    ("— Clara O’Malley of the Daily Courier, winner of the award for reporting.", "Clara O’Malley"),
    ("Dora D’Amato of the Evening Star said the paper would appeal.", "Dora D’Amato"),
])
def test_hyphenated_given_names_and_apostrophe_surnames_stay_whole(people_of, text, name):
    assert name in people_of(text), people_of(text)
