"""Who speaks in a reporting frame when the parse loses the subject (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker"), [
    ("Live updates from the campaign trail.\n\n4:30 p.m.\n\nGovernor Anna Lind says the new bridge will open in May.",
     "Governor Anna Lind"),
    ("Saturday at the party convention in Bergen Sen. Ola Dahl (D-BG) said the tax plan was a failure.",
     "Ola Dahl"),
])
def test_a_time_or_a_line_above_is_never_the_speaker(extract, text, speaker):
    mentions = [q.speaker_mention.text if q.speaker_mention else None for q in extract(text).quotes]
    assert len(mentions) == 1 and mentions[0] is not None and speaker in mentions[0]
    assert "Saturday" not in mentions[0] and "p.m." not in mentions[0]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The port authority will close two terminals next spring, as first reported by the Harbour Gazette on Monday.",
     "The port authority will close two terminals next spring", "the Harbour Gazette"),
    ("As Mayor Lena Ostrova noted on Friday, the new bridge will open in May.",
     "the new bridge will open in May", "Mayor Lena Ostrova"),
])
def test_an_as_clause_attributes_the_sentence_it_modifies(extract, text, content, speaker):
    found = [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract(text).quotes]
    assert found == [(content, speaker)]


def test_an_as_clause_of_time_is_no_source(extract):
    text = "As the mayor continues to defend the plan, the council will vote on the budget in May."
    # "defend the plan" is the mayor's stance; the council's vote is nobody's statement
    quotes = extract(text).quotes
    assert [q.content.text for q in quotes if "council" in q.content.text] == []
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention and q.kind == "statement"] == []


def test_a_dateline_above_a_progressive_cue_is_no_speaker(extract):
    text = ("Campaign notebook.\n\n___.\n\n5:45 p.m.\n\n"
            "The governor's doctor is calling the governor “extremely fit for the job.”")
    mentions = [q.speaker_mention.text if q.speaker_mention else None for q in extract(text).quotes]
    assert mentions and all(m is not None and "doctor" in m and "p.m." not in m for m in mentions)
