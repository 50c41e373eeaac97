"""A quotation standing as its own paragraph, with no statement before it, and the statement that opens the next
paragraph: the same speaker (speaker rule "next-paragraph"; made-up text)."""

from __future__ import annotations

import pytest


def _said(extract, text: str) -> list[tuple[str, str | None]]:
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    return [(q.content.text, names.get(q.speaker or "")) for q in record.quotes if q.kind == "statement"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Neighbors Mourn Fire Victim\n\n\"She was always the first to help. She never asked for anything.\"\n\n"
     "Maria Lopez says her neighbor was a kind woman who looked after the whole street.\n\nThe fire started early.",
     "She never asked for anything.", "Maria Lopez"),
    ("Coach Praises Rookie\n\n\"He works harder than anyone on this team.\"\n\n"
     "Head coach Dan Miller said the rookie had earned his place.\n\nThe team plays on Friday.",
     "He works harder than anyone", "Dan Miller"),
    ("Storm Hits Coast\n\nThe storm tore roofs off dozens of homes on Tuesday.\n\n\"We lost everything in ten "
     "minutes.\"\n\nResident Tom Baker said his family spent the night in a shelter.", "We lost everything",
     "Tom Baker"),
])
def test_a_lone_quotation_is_said_by_the_next_paragraph_s_speaker(extract, text, quoted, speaker):
    found = [s for c, s in _said(extract, text) if quoted in c]
    assert found == [speaker], _said(extract, text)


@pytest.mark.parametrize("text", [
    "Storm Hits Coast\n\n\u201cWe lost everything in ten minutes.\u201d\n\nThe storm tore roofs off dozens of "
    "homes on Tuesday, and Resident Tom Baker said his family spent the night in a shelter.",
    "Promise Broken\n\n\u201cWe lost everything in ten minutes.\u201d\n\nThat claim, Mayor Ana Diaz said, was false.",
    "Council Split\n\n\u201cWe lost everything in ten minutes.\u201d\n\nBut Councillor Ivo Rask said the vote was fair.",
])
def test_a_lone_quotation_before_narration_or_a_reply_keeps_no_speaker(extract, text):
    """Narration, a sentence whose own subject comes first, or a turn ("But X said") is no attribution."""
    lone = [q for q in extract(text).quotes if "We lost everything" in q.content.text]
    assert lone and all(q.speaker_mention is None for q in lone), [(q.content.text, q.speaker_mention) for q in lone]
