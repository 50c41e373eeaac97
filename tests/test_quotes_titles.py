"""A quoted name or title (a course, a show, a firm) is no one's words (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, title", [
    ("Mayor Lina Berg told reporters she had once taught a night class, “Harbour Ecology 101,” at the college.",
     "Harbour Ecology 101"),
    ("The senator appeared on “Morning Desk with Ola Dahl” on Tuesday and said the bill would pass.",
     "Morning Desk with Ola Dahl"),
    ("Berg said she had posted the “Tidewater” syllabus on her website.", "Tidewater"),
    ("Later on Sunday, Berg shared a syllabus for a 1998 history class called “Seafaring” on his Facebook page.",
     "Seafaring"),
    ("Festival director Tomas Berg said Lind was glad to read at the opening, since her radio work is mostly "
     "news.\n\nLind has written for radio for a decade. She is now editor of “The Harbour Letter by Ada Lind.”"
     "\n\nTickets went on sale on Monday.",
     "The Harbour Letter by Ada Lind"),
])
def test_a_quoted_title_is_no_quote(kinds_of, text, title):
    assert all(c.strip(" ,.") != title for _, c in kinds_of(text)), kinds_of(text)


@pytest.mark.parametrize("text, words", [
    ("“Only the harbour master,” Berg said when asked who had the keys.", "Only the harbour master"),
    ("“Happy New Year!” the mayor wrote on Sunday.", "Happy New Year!"),
    ("“No,” Berg said.", "No"),
    ("Asked about the vote, Ostrova said, “Welcome Home.”", "Welcome Home."),
])
def test_words_said_in_title_case_stay_quotes(kinds_of, text, words):
    assert any(words in c for _, c in kinds_of(text)), kinds_of(text)


@pytest.mark.parametrize("text, words", [
    ('Coach Dan Pruitt said "Boston College." and left the room.', "Boston College."),
    ('Mayor Otto Berg replied "Not Yet." when asked about the vote.', "Not Yet."),
    ('Marchers in Dunmere chanted "Justice for Maya Reyes." outside the court.', "Justice for Maya Reyes."),
])
def test_a_quotation_after_a_verb_keeps_its_stop_and_stays_a_quote(kinds_of, text, words):
    assert any(c.strip(" ,") == words.rstrip(".") or c.strip(" ,") == words for _, c in kinds_of(text)), kinds_of(text)


@pytest.mark.parametrize("text, title", [
    ("She wrote “The River Home.”", "The River Home"),
    ("In 1998 Ada Lind wrote “The Long Road to Dunmere.”", "The Long Road to Dunmere"),
])
def test_a_title_after_a_verb_of_writing_stays_a_title(kinds_of, text, title):
    assert all(c.strip(" ,.") != title for _, c in kinds_of(text)), kinds_of(text)


def test_a_quoted_web_address_is_no_ones_words(extract):
    record = extract('Governor Ida Moe said the forms are online at "https://forms.example.gov/relief" and open '
                     'until May.')
    assert not [q for q in record.quotes if q.content.text.startswith("https://") and q.kind == "statement"]
