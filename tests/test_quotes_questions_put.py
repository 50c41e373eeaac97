"""Questions put to someone: a quotation cut by a verb of asking, and an interviewer's question to "you"
(made-up sentences)."""

from __future__ import annotations

import pytest


def _statements(kinds_of, text: str) -> list[str]:
    return [c.strip(" ,") for k, c in kinds_of(text) if k == "statement"]


@pytest.mark.parametrize("text, question", [
    ("“The ones who came long ago,” the host asked. “Do we send them back?”", "The ones who came long ago"),
    ("The anchor cut in: “So you are saying the tax will rise?”", "So you are saying the tax will rise?"),
    ("“Do you regret the vote?” the reporter said.", "Do you regret the vote?"),
])
def test_a_question_put_is_no_statement(kinds_of, text, question):
    assert question not in _statements(kinds_of, text), kinds_of(text)


@pytest.mark.parametrize("text, words", [
    ("“The old ferry,” Berg said. “It stays in service.”", "The old ferry"),
    ("“Can you believe it?” Lind said of the ruling.", "Can you believe it?"),
    ("“Budgets always grow in an election year, did anyone expect otherwise?” Lind said.",
     "Budgets always grow in an election year, did anyone expect otherwise?"),
])
def test_a_speakers_own_words_stay_statements(kinds_of, text, words):
    assert words in _statements(kinds_of, text), kinds_of(text)


def test_a_question_answered_by_someone_else_was_put_to_them(kinds_of):
    text = ("“We will build the bridge,” Berg said. Then she turned to the voters in the hall.\n\n“Who is going to pay "
            "for it?”\n\n“The province!” the audience shouted back.")
    said = _statements(kinds_of, text)
    assert "Who is going to pay for it?" not in said and "The province!" in said, kinds_of(text)


def test_a_question_the_speaker_goes_on_from_stays_a_statement(kinds_of):
    text = "“Why would anyone trust them?” Lind said.\n\n“They lied twice,” she added."
    assert "Why would anyone trust them?" in _statements(kinds_of, text), kinds_of(text)


def test_a_question_the_speaker_answers_herself_stays_a_statement(kinds_of):
    text = "“Who will fund the clinics?” Mayor Idris said at the rally. “We will,” she answered."
    assert "Who will fund the clinics?" in _statements(kinds_of, text), kinds_of(text)
