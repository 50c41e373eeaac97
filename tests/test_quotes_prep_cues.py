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
