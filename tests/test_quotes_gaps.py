"""Gapped contents: a reported clause that is no sentence of its own is doubted as a statement (made-up text)."""

from __future__ import annotations

import pytest


def _kinds(extract, text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.content.text) for q in extract(text).quotes]


@pytest.mark.parametrize("text, content", [
    ("The council lost a memo that the mayor said was drafted by her own aides.", "was drafted by her own aides"),
    ("Officials could not locate the letter which Governor Tom Hale insisted had been mailed in March.",
     "had been mailed in March"),
    ("The agency released the files the senator said were missing from the archive.",
     "were missing from the archive"),
    ("Investigators questioned the witness who police said had fled the scene.", "had fled the scene"),
    ("The dam, which engineers say is a century old, will be inspected next week.", "is a century old"),
    ("There is no trace of the donation that the campaign said went to the shelter.", "went to the shelter"),
])
def test_a_clause_whose_subject_is_the_relative_is_unsure(extract, text, content):
    """The content is no statement a reader records (where the quote stays, as PolNeAR records it, it is
    "unsure")."""
    found = _kinds(extract, text)
    assert not any(k == "statement" and (content in c or c in content) for k, c in found), found


def test_the_doubt_is_explained(extract):
    quotes = extract("The council lost a memo that the mayor said was drafted by her own aides.").quotes
    assert [q.kind for q in quotes] == ["unsure"]
    assert quotes[0].explanation is not None
    assert quotes[0].explanation.decisions["kind"] == "quotes: gapped-content (relative cue)"


@pytest.mark.parametrize("text, content", [
    ("Berg, who said he was tired of waiting, left the meeting early.", "he was tired of waiting"),
    ("The mayor thanked the auditor, who said the ferries ran late all winter.", "the ferries ran late all winter"),
    ("Senator Ana Ruiz said that the memo was drafted by her aides.", "the memo was drafted by her aides"),
    ("Governor Tom Hale insisted the letter had been mailed in March.", "the letter had been mailed in March"),
    ("He did express concern that donors would divert to other contests money they might spend on him.",
     "donors would divert"),
])
def test_a_clause_with_its_own_subject_stays_a_statement(extract, text, content):
    assert [k for k, c in _kinds(extract, text) if content in c] == ["statement"], _kinds(extract, text)
