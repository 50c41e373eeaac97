"""A noun phrase a cue acts on is kept as a quote of kind "stance", not a statement (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content", [
    ("Governor Ivan Petrov announced his endorsement of the harbour plan on Sunday in Bergen.",
     "his endorsement of the harbour plan"),
    ("Senator Anna Berg criticized the mayor's handling of the flood, including his refusal to open the dams.",
     "the mayor's handling of the flood, including his refusal to open the dams"),
    ("In the 1998 campaign, Mayor Lena Ostrova criticized Governor Berg's plan of closing the northern harbour.",
     "Governor Berg's plan of closing the northern harbour"),
    ("Councillor Ivan Petrov praised his deputy's habit of answering every letter from the islands.",
     "his deputy's habit of answering every letter"),
])
def test_a_noun_phrase_object_is_a_stance(kinds_of, text, content):
    found = kinds_of(text)
    assert [k for k, c in found if content in c or c in content] == ["stance"]


@pytest.mark.parametrize("text", [
    "Senator Anna Berg called the harbour plan a disgrace to the whole region.",
    "Residents have accused the mayor of hiding the costs of the tunnel from the council.",
    "Senator Anna Berg said the harbour plan would cost the region dearly.",
])
def test_an_object_with_a_clause_or_a_predicate_stays_a_statement(kinds_of, text):
    assert [k for k, _ in kinds_of(text)] == ["statement"]


@pytest.mark.parametrize("text, content", [
    ("The dockers' union endorsed Lena Ostrova before backing her rival in the runoff.",
     "Lena Ostrova"),
    ("The harbour board attacked Councillor Petrov by cutting his budget for the northern pier.",
     "Councillor Petrov"),
    ("The fishermen's guild praised the new mayor after meeting her at the northern pier.",
     "the new mayor"),
])
def test_a_verb_in_an_adjunct_of_the_cue_makes_no_statement(kinds_of, text, content):
    """Issue 12: "endorsed X before backing Y": a time or manner phrase of the cue is no clause it reports."""
    assert [c for k, c in kinds_of(text) if k == "statement" and content in c] == []


@pytest.mark.parametrize("text", [
    "Councillor Ivan Petrov accused the mayor of hiding the cost of the tunnel.",
    "Ostrova criticized the council for raising the ferry fares twice in one year.",
])
def test_a_complement_of_the_cue_stays_a_statement(kinds_of, text):
    assert [k for k, _ in kinds_of(text)] == ["statement"]


@pytest.mark.parametrize("text, content", [
    ("The fire was set in what police called an act of revenge against the mayor.",
     "an act of revenge against the mayor"),
    ("Ostrova is known for her dislike of what she called the council's cosy club of old friends.",
     "the council's cosy club of old friends"),
])
def test_a_thing_named_by_what_someone_called_it_is_no_statement(kinds_of, text, content):
    """Issue 12: "in what police called an act of revenge": the writer names a thing by someone's label."""
    assert [c for k, c in kinds_of(text) if k == "statement" and content in c] == []



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
    "The forestry director Olga Timm explained where the money for the new sawmill had gone.",
    "The minister Paulo Reis told reporters where the new sawmill would be built.",
])
def test_an_indirect_question_is_a_stance(kinds_of, text):
    """ "explained how ...", "explained where ...", "told them where ...": a wh-word that opens the reported clause
    and hangs on its verb asks an indirect question, it states nothing."""
    assert [k for k, _ in kinds_of(text)] == ["stance"]


@pytest.mark.parametrize("text, content", [
    ("Olga Timm said when the storm hit, the old sawmill lost its roof.", "the old sawmill lost its roof"),
    ("Paulo Reis said where the old road ends, the new houses will stand on stilts.",
     "the new houses will stand on stilts"),
    ("Timm said that when the mill closed, 200 workers lost their jobs.", "200 workers lost their jobs"),
])
def test_a_clause_opened_by_a_time_or_place_clause_stays_a_statement(kinds_of, text, content):
    """ "said when the storm hit, X happened": "when" opens a time clause inside the reported sentence, not
    an indirect question."""
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]


def test_a_quoted_question_put_is_a_stance(kinds_of):
    """A question put to someone in quotation marks asks, it states nothing (the article gold records no
    quote for it); one the speaker says ("... Berg said") stays a statement."""
    found = kinds_of('"What does the harbour plan cost us?" Mayor Tomas Berg asked the council.')
    assert [k for k, _ in found] == ["stance"]
    found = kinds_of('"What does the harbour plan cost us?" Mayor Tomas Berg said at the council.')
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


@pytest.mark.parametrize("text, content", [
    ("Senator Maria Costa endorsed Tomas Berg on Tuesday.", "Tomas Berg"),
    ("The union praised the new contract at its congress in Bergen.", "the new contract"),
    ("Governor Ivan Petrov criticized the harbour board for weeks.", "the harbour board"),
])
def test_the_object_an_evaluation_judges_is_a_stance(kinds_of, text, content):
    """Whom or what an evaluation judges is the speaker's stance toward it (kept, never a statement)."""
    assert [(k, c) for k, c in kinds_of(text) if content in c] == [("stance", content)]


@pytest.mark.parametrize("text, content", [
    ("Senator Anna Berg urged the council to approve the harbour budget.",
     "the council to approve the harbour budget"),
    ("When the pumps failed, the mayor asked the fire brigade to drain the tunnel overnight.",
     "the fire brigade to drain the tunnel overnight"),
    ("Governor Ivan Petrov wants his cabinet to finish the bridge before the winter.",
     "his cabinet to finish the bridge before the winter"),
])
def test_a_request_or_a_wish_with_its_own_subject_is_a_stance(kinds_of, text, content):
    """ "asked X to do Y": what the speaker asks for is a request, not a statement of theirs."""
    assert ("stance", content) in kinds_of(text)
    assert [c for k, c in kinds_of(text) if k == "statement"] == []


def test_what_a_speaker_hopes_is_a_stance(kinds_of):
    found = kinds_of("Harbour officials hope that the new ferry will ease the queues by the spring.")
    assert found == [("stance", "the new ferry will ease the queues by the spring")]


def test_an_infinitive_inside_a_statement_leaves_it_a_statement(kinds_of):
    found = kinds_of("Mayor Tomas Berg said the plan to widen the harbour road would cost too much.")
    assert found == [("statement", "the plan to widen the harbour road would cost too much")]


@pytest.mark.parametrize("text, content", [
    ("Mayor Tomas Berg hopes to open the northern bridge before the winter.", "to open the northern bridge"),
    ("The harbour board is hoping that the ferry strike ends this week.", "the ferry strike ends this week"),
])
def test_hopes_are_read_as_hope_and_kept_as_a_stance(kinds_of, text, content):
    """ "hopes"/"hoping" is the verb hope (never "hop"): what is hoped for is a stance."""
    assert [k for k, c in kinds_of(text) if c.startswith(content)] == ["stance"]


def test_a_time_after_the_cue_is_no_part_of_the_stance(kinds_of):
    found = kinds_of("The mayors of Bergen and Voss agreed on Tuesday to rebuild the old ferry pier.")
    assert found and all(not c.startswith("Tuesday") and "rebuild the old ferry pier" in c for _, c in found), found


@pytest.mark.parametrize("text, content", [
    ("Councillor Ivan Petrov acknowledged the delays by publishing the tunnel schedule.", "the delays"),
    ("The harbour board confirmed the closure after meeting the ferry operators.", "the closure"),
])
def test_a_cue_that_asserts_its_object_keeps_it_a_statement_before_an_adjunct(kinds_of, text, content):
    """Review (round 2): "acknowledged the losses by releasing ...": acknowledging asserts its object; the
    time or manner phrase does not make it a stance."""
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]


@pytest.mark.parametrize("text", [
    "Lena Marsh accused Otto Berg's campaign of spreading lies about the harbour plan.",
    "The union warned the company's managers against cutting wages again.",
])
def test_the_act_a_possessed_object_is_accused_of_stays_a_statement(kinds_of, text):
    assert [k for k, _ in kinds_of(text)] == ["statement"], kinds_of(text)


def test_a_plan_s_own_for_phrase_stays_the_plan_s(kinds_of):
    text = "Lena Marsh criticized the mayor's plan for cutting bus routes in the harbour district."
    assert [k for k, _ in kinds_of(text)] == ["stance"], kinds_of(text)
