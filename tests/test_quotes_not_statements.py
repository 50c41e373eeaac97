"""What a speaker judges, a picture shows or the writer says is kept as a quote but no statement (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content", [
    ("Governor Ivan Petrov dismissed the argument that the bridge would fail in a storm.",
     "the bridge would fail in a storm"),
    ("Senator Anna Berg rejected claims that she had misled the harbour board.", "she had misled the harbour board"),
])
def test_a_claim_the_speaker_judges_is_not_their_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["stance"]


@pytest.mark.parametrize("text, content", [
    ("The council said that the mayor explained the cost overruns.", "the mayor explained the cost overruns"),
    ("The senator said that the ferries run late every winter.", "the ferries run late every winter"),
    ("Governor Ivan Petrov said the argument that the bridge would fail was wrong.",
     "the argument that the bridge would fail was wrong"),
])
def test_a_statement_with_a_finite_verb_stays_a_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]


def test_what_footage_shows_is_no_ones_statement(kinds_of):
    found = kinds_of("The grainy footage shows that the driver left the garage an hour before the fire started.")
    assert found == [("finding", "the driver left the garage an hour before the fire started")]


@pytest.mark.parametrize("text, content", [
    ("Besides the tunnel inquiry, we now know that the harbour board is also looking at the ferries.",
     "the harbour board is also looking at the ferries"),
    ("I believe the northern bridge is the best thing this town has built in a century.",
     "the northern bridge is the best thing this town has built in a century"),
])
def test_the_writers_own_voice_is_kept_as_the_writers(kinds_of, text, content):
    assert kinds_of(text) == [("writer", content)]


def test_a_quoted_first_person_stays_a_statement(kinds_of):
    found = kinds_of('"I believe the bridge will stand," said Mayor Tomas Berg.')
    assert found == [("statement", "I believe the bridge will stand,")]


@pytest.mark.parametrize("text", [
    "Ivan Petrov leads the delegates, called electors, who will pick the mayor in May.",
    "The harbour board, known as the ferry council, meets every Tuesday.",
])
def test_a_participle_that_names_a_noun_is_no_quote(extract, text):
    """ "the delegates, called electors": a name given to a noun, said by nobody in the text."""
    assert [q.content.text for q in extract(text).quotes] == []


@pytest.mark.parametrize("text, content", [
    ('Protesters gathered outside the Dunmere town hall on Friday.\n\n'
     'One woman wore a shirt printed with the words "Keep Dunmere ferries public"', "Keep Dunmere ferries public"),
    ('Protesters gathered outside the Dunmere town hall on Friday.\n\n'
     'A boy held up a sign that said "Hands off our harbour."', "Hands off our harbour."),
])
def test_what_a_sign_or_a_shirt_reads_is_no_ones_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c or c in content] in ([], ["finding"])
