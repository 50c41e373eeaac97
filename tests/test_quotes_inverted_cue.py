"""A cue with its speaker after it, set off inside the reported sentence: "The talks, however, said Kovac, had
gone nowhere" (the parser makes the reported subject the cue's and the name the clause's; rule
"inverted-speaker" of :mod:`sidelines.extractors.quotes.slips`; made-up text)."""

from __future__ import annotations

import pytest


def _said(extract, text: str) -> list[tuple[str, str | None]]:
    record = extract(text)
    return [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in record.quotes]


@pytest.mark.parametrize("text, words, speaker", [
    ("Rail Strike\n\nUnion president Ana Kovac met Transport Minister Ivo Lund on Monday. The talks, however, "
     "said Kovac, had gone nowhere.", "had gone nowhere", "Kovac"),
    ("Port Plan\n\nThe harbor board met on Tuesday to weigh the new terminal. The plan, said board chairman Piet "
     "Smit, would double the port's capacity by 2030.", "would double the port", "board chairman Piet Smit"),
    # a speaker with an aside of his own still speaks when the subject before the cue is a thing
    ("Grain Deal\n\nAny fair reading of the deal, said Lena Ostby, a trade lawyer in Oslo, would favour the "
     "exporters.", "would favour the exporters", "Lena Ostby, a trade lawyer in Oslo"),
])
def test_the_name_after_an_inner_cue_is_the_speaker(extract, text, words, speaker):
    found = [s for c, s in _said(extract, text) if words in c]
    assert found == [speaker], _said(extract, text)


@pytest.mark.parametrize("text, words, speaker", [
    # the cue's own subject before it, with an object clause after: no inversion
    ("Rail Strike\n\nThe union said Kovac had gone too far in the talks.", "Kovac had gone too far", "The union"),
    # "said X" closing the sentence: the ordinary inverted cue
    ("Rail Strike\n\nThe talks had gone nowhere, said Kovac.", "The talks had gone nowhere", "Kovac"),
])
def test_an_ordinary_cue_keeps_its_speaker(extract, text, words, speaker):
    found = [s for c, s in _said(extract, text) if words in c]
    assert found == [speaker], _said(extract, text)


@pytest.mark.parametrize("text, words, speaker", [
    # a name with an aside after the cue is what is reported, not who speaks: the subject before the cue speaks
    ("Manhunt\n\nPolice, meanwhile, said Kovac, 34, had fled to Austria.", "had fled to Austria", "Police"),
    ("Leadership Race\n\nThe party, however, said Holm, its leader, would stand again in the spring.",
     "would stand again", "The party"),
    ("Arrest\n\nThe ministry, in a statement, said Ivanov, who was detained on Friday, had left the country.",
     "had left the country", "The ministry"),
    ("Transfer\n\nThe club, in a brief statement, said Silva, its captain, would sit out the remaining spring fixtures.",
     "would sit out the remaining", "The club"),
])
def test_a_reported_name_with_an_aside_is_not_the_speaker(extract, text, words, speaker):
    found = [s for c, s in _said(extract, text) if words in c]
    assert found == [speaker], _said(extract, text)
