"""Speakers of quotes on made-up articles: titles, appositions, pronouns, headlines."""

from __future__ import annotations

import pytest
from tests.conftest import speaker_of as _speaker


@pytest.fixture(scope="module")
def said_by(quote_speakers):
    """(content, speaker entity name, speaker mention) of every quote of a text."""
    return quote_speakers


def test_possessive_title_with_apposition_is_the_person_not_the_country(said_by):
    found = said_by("Norway's chief negotiator, Ivan Petrov, said the talks would continue on Friday.")
    assert _speaker(found, "the talks would continue") == "Ivan Petrov"


def test_possessive_title_alone_is_not_the_country(said_by):
    found = said_by("Norway's chief negotiator said the talks would continue on Friday.")
    assert _speaker(found, "the talks would continue") != "Norway"


def test_title_phrase_is_the_person_named_with_that_title_in_the_article(said_by):
    found = said_by("Sweden sent its delegation to Geneva on Monday. Its foreign minister, Olga Vance, "
                    "led the talks with three neighbours.\n\nOn Tuesday the country's foreign minister "
                    "said the offer was fair.")
    assert _speaker(found, "the offer was fair") == "Olga Vance"


def test_title_phrase_shared_by_two_people_stays_unresolved(said_by):
    found = said_by("Foreign Minister Olga Vance of Sweden met Foreign Minister Tomas Berg of Norway in Oslo.\n\n"
                    "The foreign minister said the offer was fair.")
    assert _speaker(found, "the offer was fair") is None


def test_speaker_mention_never_reaches_into_the_headline(said_by):
    found = said_by("Holm slams quota deal\n\nTomas Berg defended the fishing deal in parliament on Monday. "
                    "The deal is fair to everyone, he said.")
    assert all("\n" not in (m or "") for _, _, m in found)
    assert _speaker(found, "The deal is fair") == "Tomas Berg"


def test_pronoun_speaker_follows_gender_over_the_nearest_name(said_by):
    found = said_by("Mrs. Karin Holm met Mr. Tomas Berg in Oslo on Monday.\n\n"
                    "She said she hoped those remarks would be forgotten.")
    assert _speaker(found, "she hoped those remarks") == "Karin Holm"


@pytest.mark.parametrize("text", [
    "Tomas Berg met Anders Lund in Oslo on Monday. He said the talks had gone well.",
    "After the meeting with Anders Lund, Tomas Berg flew home. He said the talks had gone well.",
])
def test_pronoun_speaker_is_the_subject_not_the_last_name(said_by, text):
    assert _speaker(said_by(text), "the talks had gone well") == "Tomas Berg"


@pytest.mark.parametrize("text", [
    "Tomas Berg met the fishermen in the harbour.\n\nThe harbour master Anna Lund then turned to the crowd "
    "and made her case plainly: “The quota will stay until the stocks recover.”",
    "Tomas Berg met the fishermen in the harbour.\n\nThe harbour master Anna Lund then turned to the crowd "
    "and made her case plainly:\n\n“The quota will stay until the stocks recover.”",
])
def test_a_quotation_after_a_colon_is_said_by_the_subject_of_the_sentence_before(said_by, text):
    assert _speaker(said_by(text), "The quota will stay") == "Anna Lund"


def test_a_quotation_after_the_headline_does_not_take_the_headline_speaker(said_by):
    text = ('Fisherman Praises Harbour Master: "A Fair Man"\n'
            '"She listens to us.\nShe keeps her word. "\n'
            "Tomas Berg says the harbour master is fair to everyone in the port.\n")
    found = said_by(text)
    assert [s for c, s, _ in found if c.startswith("She listens")] in ([None], ["Tomas Berg"])
    assert all(m is None or "Fisherman" not in m for _, _, m in found)


@pytest.mark.parametrize("text,content,speaker", [
    ("According to a statement from Governor Lise Tamm, the ferry service will resume on Monday.",
     "the ferry service will resume", "Lise Tamm"),
    ("A letter from Harwick Mills said the plant would close in June.", "the plant would close", "Harwick Mills"),
])
def test_a_text_from_a_person_or_body_speaks_for_its_author(said_by, text, content, speaker):
    assert _speaker(said_by(text), content) == speaker


def test_a_text_from_a_place_is_not_spoken_by_the_place(said_by):
    found = said_by("According to a report from Tallinn, the ferry talks have collapsed.")
    assert _speaker(found, "the ferry talks have collapsed") != "Tallinn"


@pytest.mark.parametrize("text,content,speaker", [
    ("A statement issued by Mayor Tilde Gran said the harbour would stay closed.", "the harbour would stay closed",
     "Tilde Gran"),
    ("A report compiled by Brackwater Analytics found that rents had doubled.", "rents had doubled",
     "Brackwater Analytics"),
])
def test_a_text_made_by_someone_speaks_for_its_maker(said_by, text, content, speaker):
    assert _speaker(said_by(text), content) == speaker


@pytest.mark.parametrize("text,content,maker", [
    ("A memo obtained by the Courier Gazette said the depot had flooded twice.", "the depot had flooded twice",
     "Courier Gazette"),
    ("A report requested by Senator Ilka Brandt said the ferries were unsafe.", "the ferries were unsafe",
     "Ilka Brandt"),
    ("A letter from the parents of Tomas Elgin said he had been treated fairly.", "he had been treated fairly",
     "Tomas Elgin"),
    ("A note written by a board led by Mayor Ruth Kessel said the pool would reopen.", "the pool would reopen",
     "Ruth Kessel"),
])
def test_a_text_only_speaks_for_who_made_it_not_who_got_it_or_a_name_nested_deeper(said_by, text, content, maker):
    assert _speaker(said_by(text), content) != maker
