"""Cue families derived from PolNeAR tune counts (lexicon/speech.py): object stances, preposition cues,
clause and infinitive cues (made-up sentences in news style)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def found_in(extract):
    """(content, speaker mention) of every quote of a text."""

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(q.content.text, q.speaker_mention.text if q.speaker_mention else None)
                for q in extract(text).quotes]

    return run


@pytest.mark.parametrize("text, content, speaker", [
    ("Governor Alma Reyes offered a blunt assessment of the state's pension fund on Tuesday.",
     "a blunt assessment of the state's pension fund", "Alma Reyes"),
    ("Senator Ruth Calder unveiled a plan to cap insulin prices at $35 a month.",
     "a plan to cap insulin prices at $35 a month", "Ruth Calder"),
    ("The White House downplayed the significance of the leaked memo.",
     "the significance of the leaked memo", "The White House"),
])
def test_a_derived_stance_verb_reports_its_object(found_in, text, content, speaker):
    found = found_in(text)
    assert any(content in c and s is not None and speaker in s for c, s in found), found


@pytest.mark.parametrize("text, content", [
    ("Marta Llewellyn railed against the new tariffs on imported steel.", "the new tariffs on imported steel"),
    ("The congressman apologized for his comments about immigrants on Sunday.", "his comments about immigrants"),
    ("Several delegates complained about the seating arrangements at the convention.",
     "the seating arrangements at the convention"),
    ("Farmers in the county worried about falling soybean prices.", "falling soybean prices"),
])
def test_a_derived_preposition_cue_reports_its_object(found_in, text, content):
    assert any(content in c for c, _ in found_in(text)), found_in(text)


@pytest.mark.parametrize("text", [
    "The senator spoke for nearly an hour in the chamber on Monday.",
    "The new bridge opened on Saturday after three years of work.",
    "The number of applicants doubled in two years.",
])
def test_a_preposition_only_verb_without_its_preposition_is_no_cue(found_in, text):
    assert found_in(text) == []


@pytest.mark.parametrize("text, content", [
    ("Campaign aides learned that the debate would be moved to Thursday.", "the debate would be moved to Thursday"),
    ("Party leaders assumed the bill would pass the House easily.", "the bill would pass the House easily"),
    ("The governor decided to veto the spending bill after a week of talks.", "to veto the spending bill"),
    ("The mayor encouraged residents to register before the deadline.", "residents to register before the deadline"),
])
def test_a_derived_clause_or_infinitive_cue_reports_its_complement(found_in, text, content):
    assert any(content in c for c, _ in found_in(text)), found_in(text)
