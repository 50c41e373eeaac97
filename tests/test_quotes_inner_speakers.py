"""Quoted words of a mixed quote said by someone inside the clause (quotes/inner_speakers.py)."""

from __future__ import annotations

import pytest
from tests.conftest import speaker_of as _speaker


@pytest.fixture(scope="module")
def said_by(extract):
    """(content, speaker entity name) of every quote of a text but the paraphrases."""

    def run(text: str) -> list[tuple[str, str | None]]:
        record = extract(text)
        names = {e.id: e.name for e in record.entities}
        return [(q.content.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes
                if q.kind != "paraphrase"]

    return run


def test_quoted_words_under_another_subjects_saying_verb_are_that_subjects(said_by):
    found = said_by("Bishop Hilde Marston said on Sunday that Deputy Mayor Ole Brandt had labeled the new "
                    "shelter “an eyesore.”")
    assert _speaker(found, "an eyesore") == "Ole Brandt"


def test_quoted_words_under_a_saying_noun_are_its_owners(said_by):
    found = said_by("Councillor Ivo Rask argued that Tilda Wern's remarks calling the strikers “vandals” had "
                    "inflamed the port.")
    assert _speaker(found, "vandals") == "Tilda Wern"


def test_quoted_words_a_witness_testified_to_are_the_witnesss(said_by):
    found = said_by("Defense attorney Noor Selim said that witness Arvid Holm testified that he saw “a tall man "
                    "running” near the depot.")
    assert _speaker(found, "a tall man running") == "Arvid Holm"


def test_a_reporting_gerund_on_a_statement_speaks_for_its_author(said_by):
    found = said_by("Officials released a statement by Mayor Ines Varga saying the curfew would end on Friday.")
    assert _speaker(found, "the curfew would end") == "Ines Varga"


def test_words_put_on_someones_wish_stay_the_speakers(said_by):
    found = said_by("Premier Ada Mwale told supporters that her opponent, Rolf Kessler, wants to “drag the "
                    "country backward.”")
    assert _speaker(found, "drag the country backward") == "Ada Mwale"


def test_quoted_words_of_an_unnamed_source_have_no_speaker(said_by):
    found = said_by("Analyst Mirela Dosen wrote that an unnamed official called the pact “a dead end” in "
                    "private talks.")
    assert _speaker(found, "a dead end") is None


def test_quoted_words_of_the_one_accused_of_saying_them(said_by):
    found = said_by("Opposition leader Runa Falk accused Finance Minister Egil Torp of calling pensioners "
                    "“a drain on the budget.”")
    assert _speaker(found, "a drain on the budget") == "Egil Torp"


def test_quoted_words_of_the_clauses_own_speaker_stay_his(said_by):
    found = said_by("Economist Bram Olde said Lise Haug's policies had been “remarkably effective.”")
    assert _speaker(found, "remarkably effective") == "Bram Olde"
    found = said_by("Mayor Jon Kvist said the bridge was “a gift to the city” and thanked the donors.")
    assert _speaker(found, "a gift to the city") == "Jon Kvist"


def test_a_manner_word_on_anothers_saying_stays_the_clause_speakers(said_by):
    found = said_by("Mayor Rosa Quint said Councillor Ivo Berg had “cynically” called the vote a day early.")
    assert _speaker(found, "cynically") == "Rosa Quint"
    found = said_by("Columnist Eva Rhee wrote that Minister Jon Ek's “bizarre” speech had baffled diplomats.")
    assert _speaker(found, "bizarre") == "Eva Rhee"
    found = said_by("Senator Mira Falk said Governor Tomas Lind “repeatedly” told farmers the dam would be rebuilt.")
    assert _speaker(found, "repeatedly") == "Mira Falk"
    found = said_by("Nurses' leader Ada Kronberg said Health Minister Piet Sandor's “callous” remarks had hurt morale.")
    assert _speaker(found, "callous") == "Ada Kronberg"


def test_a_reporting_gerund_on_a_thing_keeps_the_frames_speaker(said_by):
    found = said_by("The Supreme Court of Belmar issued an order saying the vote count must stop at once.")
    assert _speaker(found, "the vote count must stop") == "Supreme Court"
    found = said_by("The Liberty Alliance of Westmark mailed households a flyer saying its mayor had “halved "
                    "the waiting lists.”")
    assert _speaker(found, "its mayor had") == "Liberty Alliance of Westmark"


def test_a_relative_who_speaks_for_the_people_it_stands_for(extract):
    record = extract("Mayor Lena Dorsch said fishermen who called the new quota rules “a death sentence” had been "
                     "ignored.")
    quote = next(q for q in record.quotes if q.content.text == "a death sentence")
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "fishermen"
    record = extract("Governor Ivo Pell said the plan that critics called “a land grab” would go ahead.")
    quote = next(q for q in record.quotes if q.content.text == "a land grab")
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "critics"


@pytest.mark.parametrize("text, words", [
    ("Mayor Tom Baker said residents heard somebody shout “Get down!” from the street.", "Get down!"),
    ("Witness Ada Moll testified that she heard someone say “stay back” near the pier.", "stay back"),
])
def test_quoted_words_an_indefinite_someone_said_are_no_ones_named(said_by, text, words):
    """ "heard someone shout “...”": the quoted words are someone's, not the clause speaker's (no speaker)."""
    found = said_by(text)
    assert [s for c, s in found if words in c] == [None], found
