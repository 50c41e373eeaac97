"""A verb that cues only with its preposition reports that preposition's object ("spoke about X",
"railed against X", "pushed for X", "pointed to X"); made-up sentences in news style."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def found_in(extract):
    """(content, speaker mention, cue) of every quote of a text."""

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(q.content.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
                for q in extract(text).quotes]

    return run


@pytest.mark.parametrize("text, content, speaker", [
    ("Senator Anna Berg spoke about the cost of the northern tunnel.", "the cost of the northern tunnel",
     "Senator Anna Berg"),
    ("The governor spoke of a deep crisis in the fishing towns.", "a deep crisis in the fishing towns",
     "The governor"),
    ("Mayor Ivan Petrov railed against the new ferry fares.", "the new ferry fares", "Mayor Ivan Petrov"),
    ("Councillor Lena Ostrova pushed for a vote on the harbour budget.", "a vote on the harbour budget",
     "Councillor Lena Ostrova"),
    ("Ostrova pointed to the rising cost of housing in the valley.", "the rising cost of housing in the valley",
     "Ostrova"),
])
def test_the_object_of_a_cue_preposition_is_reported(found_in, text, content, speaker):
    found = found_in(text)
    assert [(c, s) for c, s, _ in found if content in c or c in content] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The dockers pushed the broken cart across the square.",
    "The governor spoke in Bergen on Tuesday.",
    "Petrov pointed the camera at the crowd.",
])
def test_without_its_preposition_the_verb_reports_nothing(found_in, text):
    assert found_in(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Ostrova assumed that the harbour board would approve the budget.",
     "the harbour board would approve the budget", "Ostrova"),
    ("The mayor learned that the ferry company had raised its fares.",
     "the ferry company had raised its fares", "The mayor"),
    ("Petrov recognized that the tunnel would cost more than planned.",
     "the tunnel would cost more than planned", "Petrov"),
    ("The council considered that the vote had been unfair.", "the vote had been unfair", "The council"),
])
def test_a_verb_of_coming_to_know_reports_its_clause(found_in, text, content, speaker):
    """A belief learnt, recognised or assumed is attributed to the subject, like one held ("believes that")."""
    found = found_in(text)
    assert [(c, s) for c, s, _ in found if content in c] == [(content, speaker)]
