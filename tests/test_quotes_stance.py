"""A noun phrase a cue acts on is kept as a quote of kind "stance", not a statement (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def kinds_of(extract):
    """(kind, content) of every quote of a text."""
    return lambda text: [(q.kind, q.content.text) for q in extract(text).quotes]


@pytest.mark.parametrize("text, content", [
    ("Governor Ivan Petrov announced his endorsement of the harbour plan on Sunday in Bergen.",
     "his endorsement of the harbour plan"),
    ("Senator Anna Berg criticized the mayor's handling of the flood, including his refusal to open the dams.",
     "the mayor's handling of the flood, including his refusal to open the dams"),
])
def test_a_noun_phrase_object_is_a_stance(kinds_of, text, content):
    found = kinds_of(text)
    assert [k for k, c in found if content in c or c in content] == ["stance"]


@pytest.mark.parametrize("text", [
    "Senator Anna Berg urged the council to approve the harbour budget.",
    "Senator Anna Berg called the harbour plan a disgrace to the whole region.",
    "Senator Anna Berg said the harbour plan would cost the region dearly.",
])
def test_an_object_with_a_clause_or_a_predicate_stays_a_statement(kinds_of, text):
    assert [k for k, _ in kinds_of(text)] == ["statement"]



@pytest.mark.parametrize("text, content", [
    ("Mayor Tomas Berg voiced his support for the harbour plan.",
     "his support for the harbour plan"),
    ("Governor Ivan Petrov thanked the volunteers who rebuilt the northern bridge.",
     "the volunteers who rebuilt the northern bridge"),
])
def test_the_object_of_a_stance_verb_is_a_stance(kinds_of, text, content):
    assert ("stance", content) in kinds_of(text)


@pytest.mark.parametrize("text, content", [
    ("Senator Anna Berg expressed doubt that the harbour plan would pass the council.",
     "the harbour plan would pass the council"),
    ("The ministry issued a statement saying the northern bridge would reopen in May.",
     "the northern bridge would reopen in May"),
])
def test_a_statement_inside_a_stance_verbs_object_wins(kinds_of, text, content):
    assert kinds_of(text) == [("statement", content)]


@pytest.mark.parametrize("text", [
    "In the interview, Dr. Anna Berg explained how she sees her new role at the harbour board.",
    "Governor Ivan Petrov asked what the northern bridge would cost the province.",
])
def test_an_indirect_question_is_a_stance(kinds_of, text):
    assert [k for k, _ in kinds_of(text)] == ["stance"]


def test_a_quoted_question_stays_a_statement(kinds_of):
    found = kinds_of('"What does the harbour plan cost us?" Mayor Tomas Berg asked the council.')
    assert [k for k, _ in found] == ["statement"]


@pytest.mark.parametrize("text", [
    "Governor Ivan Petrov vowed to cut the harbour tax before the winter.",
    "Senator Anna Berg wants to run for the northern seat next year.",
])
def test_a_bare_infinitive_of_an_intention_is_a_stance(kinds_of, text):
    assert [k for k, _ in kinds_of(text)] == ["stance"]


def test_an_infinitive_inside_a_quotation_stays_a_statement(kinds_of):
    text = '"As mayor, I promise to keep the harbour open all winter," Tomas Berg told the council.'
    assert all(k == "statement" for k, _ in kinds_of(text))
