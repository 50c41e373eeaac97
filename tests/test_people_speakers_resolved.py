"""Speakers on made-up articles: addressees, subjects inside quotations, earlier title holders, texts."""

from __future__ import annotations

import pytest
from tests.conftest import speaker_of as _speaker


@pytest.fixture(scope="module")
def said_by(extract):
    """(content, speaker entity name) of every quote of a text."""

    def run(text: str) -> list[tuple[str, str | None]]:
        record = extract(text)
        names = {e.id: e.name for e in record.entities}
        return [(q.content.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]

    return run


def test_pronoun_speaker_is_never_the_person_it_tells(said_by):
    # "he told Kalnins": the one told is not the one telling (and the next "he said" stays with him).
    found = said_by(
        "During a radio interview with host Peter Kalnins, Governor Marko Brandt defended his plan for "
        "a new dam.\n\n"
        "Kalnins asked Brandt how much the dam would cost.\n\n"
        '"My estimate is two billion, and it is money well spent," he told Kalnins, as the crowd at the '
        "Varna town hall cheered.\n\n"
        '"There is no other way," he said.'
    )
    assert _speaker(found, "My estimate is two billion") == "Marko Brandt"
    assert _speaker(found, "There is no other way") == "Marko Brandt"


def test_subject_inside_the_quotation_is_not_the_speaker(said_by):
    # The parser may give the cue two subjects: the quotation's and the speaker's.
    found = said_by(
        "Senator Ana Kovac spoke to reporters on Thursday.\n\n"
        "\"Voters who come up to me and say, 'I disagree with him on trade, but I will vote for him' -- those "
        'are the ones who decide this race, as far as I can see," Kovac told the Ruritania Herald\'s '
        "morning podcast."
    )
    assert _speaker(found, "Voters who come up to me") == "Ana Kovac"


def test_title_two_people_hold_is_the_one_named_before(said_by):
    # "the senator" looks back: a senator named only later is not whom it refers to.
    found = said_by(
        "Senator Ivan Petrov said on Sunday that his rivals had underestimated him.\n\n"
        '"Is that you?" the host asked.\n\n'
        '"That would be me, yes," the senator said.\n\n'
        "Later on the same show, Senator Mara Holm said Petrov had pushed the party to the left."
    )
    assert _speaker(found, "That would be me") == "Ivan Petrov"


def test_the_letter_speaks_for_the_person_who_wrote_it(said_by):
    found = said_by(
        "The school's principal, Tomas Berg, wrote a long letter to the families on Friday.\n"
        '"The building will reopen next week," the letter read.'
    )
    assert _speaker(found, "The building will reopen") == "Tomas Berg"


def test_a_report_that_notes_speaks_for_the_outlet_that_wrote_it(said_by):
    found = said_by(
        "Mayor Ivan Petrov wants an inquiry. His office shared a link to a Ruritania Press Agency story, "
        'which notes, "Two of every three contracts went to firms tied to the governor\'s rival."'
    )
    assert _speaker(found, "Two of every three contracts") == "Ruritania Press Agency"


def test_the_named_group_speaks_for_itself(said_by):
    # "the RFA group": the name before a group noun is the group, not someone it serves.
    found = said_by(
        "Ruritanian activists marched in the capital on Sunday.\n\n"
        'The RFA group is calling on Mayor Ivan Petrov to "stop hiding the reports" and resign.'
    )
    assert _speaker(found, "Mayor Ivan Petrov to") == "RFA"



def test_a_definite_group_speaks_as_its_group_entity(said_by):
    # "the crowd yelled": a definite group is a speaker; "officials said" stays anonymous.
    found = said_by(
        'Governor Ivan Petrov asked the rally whether the toll should stay. "No!" the crowd yelled back.\n\n'
        '"The toll will go," officials said later. "He lied to us," the plaintiff said. "We are done," '
        "the police source, who asked not to be named, said."
    )
    assert _speaker(found, "No!") == "crowd"
    assert _speaker(found, "He lied to us") == "plaintiff"
    assert _speaker(found, "The toll will go") is None
    assert _speaker(found, "We are done") is None


def test_the_statement_speaks_for_who_said_in_it(said_by):
    # "In a statement, X said ...": the statement named after is X's, as "X issued a statement" would be.
    found = said_by(
        "Rail Strike\n\nIn a statement on Tuesday, union president Ana Kovac said the offer fell short.\n\n"
        '"Our members cannot accept a pay cut dressed up as a raise," the statement said.'
    )
    assert _speaker(found, "Our members cannot accept") == "Ana Kovac"


def test_the_statement_read_out_by_someone_else_stays_open(said_by):
    # "In an interview, X said ... the statement said": another text than the one X spoke in is not X's.
    found = said_by(
        "Rail Strike\n\nIn an interview on Tuesday, union president Ana Kovac said the offer fell short.\n\n"
        '"Talks will resume next week," the statement said.'
    )
    assert _speaker(found, "Talks will resume") is None


def test_a_report_someone_featured_in_is_not_theirs(said_by):
    # "X featured in a report ... the report said": appearing in a text is not speaking in it.
    found = said_by(
        "Funding Probe\n\nOpposition leader Mara Holm featured prominently in a report on party funding released "
        "on Monday. She called the claims false.\n\nThe report said Holm had taken cash from a builder."
    )
    assert _speaker(found, "Holm had taken cash") is None
