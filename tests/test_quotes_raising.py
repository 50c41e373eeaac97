"""Attributions with no reported speaker ("X seems to ...", "X is expected to ...") and refusals ("declined
to comment"): kept as quotes of kind "writer" and "stance", never as statements (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quotes_in(extract):
    """(kind, content, speaker mention, cue) of every quote of a text."""
    return lambda text: [(q.kind, q.content.text, q.speaker_mention.text if q.speaker_mention else None,
                          q.cue.text if q.cue else None) for q in extract(text).quotes]


@pytest.mark.parametrize("text, subject, rest, cue", [
    ("The harbour plan seems to have lost the support of the northern council.",
     "The harbour plan", "to have lost the support of the northern council", "seems"),
    ("Minister Ana Kovac appeared to rule out a second referendum in Ruritania.",
     "Minister Ana Kovac", "to rule out a second referendum in Ruritania", "appeared"),
    ("The northern council is expected to approve the harbour budget on Monday.",
     "The northern council", "to approve the harbour budget on Monday", "expected"),
])
def test_a_raising_frame_is_the_writers_attribution_with_no_speaker(quotes_in, text, subject, rest, cue):
    found = quotes_in(text)
    assert len(found) == 1
    kind, content, mention, cue_text = found[0]
    assert (kind, mention) == ("writer", None)
    assert content.startswith(subject) and content.endswith(rest)
    assert cue in (cue_text or "")


@pytest.mark.parametrize("text, mention, content", [
    ("A spokesman for the Ruritanian bank declined to comment on the merger.",
     "A spokesman for the Ruritanian bank", "to comment on the merger"),
    ("The appeals court refused to revisit its ruling on the harbour tax.",
     "The appeals court", "to revisit its ruling on the harbour tax"),
])
def test_a_refusal_is_a_stance_of_its_subject(quotes_in, text, mention, content):
    assert quotes_in(text) == [("stance", content, mention, text.split()[len(mention.split())])]


@pytest.mark.parametrize("text", [
    "Minister Ana Kovac appeared on Ruritanian television on Monday night.",
    "The harbour plan, expected by spring, will cost the region dearly.",
])
def test_a_verb_without_a_raised_complement_is_no_quote(quotes_in, text):
    assert quotes_in(text) == []



@pytest.mark.parametrize("text, content", [
    ("Minister Ana Kovac was asked about the harbour tax.",
     "Minister Ana Kovac was asked about the harbour tax"),
    ("The Ruritanian envoy is widely seen as a moderate, given his record in Bergen.",
     "The Ruritanian envoy is widely seen as a moderate"),
])
def test_an_agentless_passive_of_a_reporting_verb_is_the_writers(quotes_in, text, content):
    assert [(k, c, m) for k, c, m, _ in quotes_in(text)] == [("writer", content, None)]


def test_an_agentless_passive_with_nothing_reported_is_no_quote(quotes_in):
    assert quotes_in("A memorial service for the fishermen is planned on Friday in Bergen.") == []


@pytest.mark.parametrize("text, content", [
    ("Asked whether he would run again, Minister Ana Kovac smiled at the crowd in Bergen.",
     "whether he would run again"),
    ("Minister Ana Kovac was asked if the harbour tax would rise next year.",
     "if the harbour tax would rise next year"),
])
def test_a_question_put_is_a_stance_with_no_speaker(quotes_in, text, content):
    assert [(k, c, m) for k, c, m, _ in quotes_in(text)] == [("stance", content, None)]

