"""Events: hostile words aimed at a party ("hurled insults at X"), lexicon verbs acting on what a party
did ("mocked the proposals by X"), and stances a party receives ("won praise from X").

Sentences are made up for these tests (none from the dev sets).
"""

from __future__ import annotations

import pytest
from tests.conftest import has_event as _has
from tests.conftest import typed_events as _typed


def _article(text: str) -> str:
    return f"Council in uproar over budget\n\n{text}\n"


@pytest.mark.parametrize("text", [
    "Senator Ivan Petrov aimed sharp criticism at Governor Anna Berg on Monday.",
    "Senator Ivan Petrov hurled insults at Governor Anna Berg during the debate in Carvel.",
    "The taunts that Senator Ivan Petrov threw at Governor Anna Berg angered many voters.",
])
def test_events_hostile_words_aimed_at_a_party_are_criticism(extract, text) -> None:
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Petrov="source", Berg="target"), events


def test_events_a_question_put_to_a_party_is_no_criticism(extract) -> None:
    events = _typed(extract(_article("Senator Ivan Petrov directed a question at Governor Anna Berg.")))
    assert not _has(events, "ACCUSE", Berg="target"), events


def test_events_a_lexicon_verb_acts_on_what_a_party_did(extract) -> None:
    text = "Senator Ivan Petrov mocked the proposals by Governor Anna Berg on school funding."
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Petrov="source", Berg="target"), events


def test_events_a_partys_hostile_words_against_a_party_are_criticism(extract) -> None:
    text = "Senator Ivan Petrov's taunts against Governor Anna Berg drew wide attention in Carvel."
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Petrov="source", Berg="target"), events


@pytest.mark.parametrize("text", [
    "Governor Anna Berg has gained wide support from farmers in Carvel.",
    "Governor Anna Berg won praise from the unions for the budget.",
    "Governor Anna Berg won the backing of the unions on Friday.",
])
def test_events_a_stance_received_from_a_party_has_the_receiver_for_target(extract, text) -> None:
    events = _typed(extract(_article(text)))
    assert _has(events, "SUPPORT", Berg="target"), events
    assert not _has(events, "SUPPORT", Berg="source"), events


def test_events_the_praise_a_party_earned_has_it_for_target(extract_unfiltered) -> None:
    text = "Governor Anna Berg said the praise she earned for the budget belonged to her staff."
    events = _typed(extract_unfiltered(_article(text)))
    assert _has(events, "SUPPORT", Berg="target"), events
    assert not _has(events, "SUPPORT", Berg="source"), events


