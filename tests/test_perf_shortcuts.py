"""Shortcuts of the speed work give what the slower reading gave (made-up text).

A question is told by the sentence's last two words; hostile words aimed by a phrasal verb are none;
the cached demonym and landmark readings answer the same on every call.
"""

from __future__ import annotations

import pytest

from sidelines.extractors.events.aimed_words import aimed_at
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.status import is_question
from sidelines.extractors.places.demonyms import demonym_name
from sidelines.lexicon.landmarks import landmark


def _cand(doc, word: str) -> EventCandidate:
    tok = next(t for t in doc if t.text == word)
    return EventCandidate("CONSULT", None, tok, tok, "verb", [(tok.idx, tok.idx + len(tok))])


@pytest.mark.parametrize(("text", "word", "question"), [
    ("Will the two mayors meet in Dunmore next week?", "meet", True),
    ("Will the two mayors meet in Dunmore next week ?  ", "meet", True),
    ("The two mayors will meet in Dunmore next week.", "meet", False),
    ("The two mayors agreed to meet Mr Ross.?", "meet", False),
])
def test_a_question_is_read_off_the_last_two_words(nlp, text, word, question) -> None:
    assert is_question(_cand(nlp(text), word)) is question


def test_hostile_words_aimed_by_a_plain_verb_but_not_by_a_phrasal_one(nlp) -> None:
    aimed = aimed_at(next(t for t in nlp("Senator Ivo Marsh hurled insults at Governor Ana Pell.") if t.text == "hurled"))
    assert [t.text for t in aimed] == ["Pell"]
    thrown = nlp("The judge threw out the insults against Governor Ana Pell.")
    assert aimed_at(next(t for t in thrown if t.text == "threw")) == []


def test_cached_readings_answer_alike_each_time() -> None:
    assert demonym_name("French") == demonym_name("French") == "France"
    assert demonym_name("Quillish") is None
    first, again = landmark("Taj Mahal"), landmark("Taj Mahal")
    assert first is not None and first == again and first.iso3 == "IND"
