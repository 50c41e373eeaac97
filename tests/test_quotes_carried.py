"""Speakers of quotations no cue attributes, on made-up articles: carried on, or the sentence's subject."""

from __future__ import annotations

import pytest
from tests.conftest import speaker_of as _speaker


@pytest.fixture(scope="module")
def said_by(extract):
    """(content, speaker mention text) of every quote of a text."""

    def run(text: str) -> list[tuple[str, str | None]]:
        record = extract(text)
        return [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in record.quotes]

    return run


def test_quotation_in_a_new_paragraph_takes_its_own_sentence_subject(said_by):
    found = said_by(
        "Harbour talks stall in Velmar\n\n"
        '"We will not sign a deal that closes the docks," union leader Anna Berg said on Monday.\n\n'
        "Mayor Tomas Lind answered the union at a press conference: "
        '"The docks stay open, and every job stays with them."'
    )
    assert _speaker(found, "The docks stay open") == "Mayor Tomas Lind"


def test_quotation_after_a_dash_takes_its_own_sentence_subject(said_by):
    found = said_by(
        "Rally closes the campaign\n\n"
        '"We are ready for Sunday," organiser Petra Holm said before the rally.\n\n'
        'When the senator finally finished his speech - "I will stand with you every single day!" - '
        "the crowd cheered for ten minutes."
    )
    assert _speaker(found, "I will stand with you") == "the senator"


def test_quotation_paragraph_goes_on_with_the_speaker_before(said_by):
    found = said_by(
        "Budget vote delayed\n\n"
        '"The numbers do not add up yet," Finance Minister Karin Dahl said on Tuesday.\n\n'
        '"We need another week to check every line of the spending plan, and we will take it."'
    )
    assert _speaker(found, "We need another week") == "Finance Minister Karin Dahl"


def test_headline_line_gives_no_speaker(said_by):
    found = said_by(
        "Ivan Petrov says talks will go on\n\n"
        '"We will meet again next month in the capital, whatever the weather brings."'
    )
    assert all(s is None or "Petrov" not in s for _, s in found)


def test_possessive_title_gives_the_person_not_the_country(extract):
    record = extract(
        "Border talks resume\n\n"
        "Ruritania's chief negotiator, Ivan Petrov, said the two sides were close to an agreement on water rights."
    )
    names = {e.id: e.name for e in record.entities}
    speakers = [names.get(q.speaker) for q in record.quotes if q.speaker]
    assert speakers and all("Petrov" in (s or "") for s in speakers), speakers


def test_new_speaker_introduced_before_the_quotation_in_its_paragraph(said_by):
    found = said_by(
        "Farm subsidies split the coalition\n\n"
        '"The cuts hurt the smallest farms first," Senator Olga Marsh said on Friday.\n\n'
        "Agriculture economist Lena Varro disagreed. "
        '"Most of the money never reached small farms in the first place, so they will hardly notice."'
    )
    assert _speaker(found, "Most of the money") == "Agriculture economist Lena Varro"


def test_quotation_goes_on_with_the_last_statement_not_a_refusal(said_by):
    found = said_by(
        "Port reform stalls\n\n"
        '"The plan is ten years out of date," said a senior aide to Governor Lena Marsh, '
        "who declined to be named.\n\n"
        '"Nobody on the harbour board has read the new shipping figures."'
    )
    assert _speaker(found, "Nobody on the harbour board") == "a senior aide"


def test_quotation_paragraph_after_a_question_put_in_the_cue_sentence_keeps_the_speaker(said_by):
    # The question put ("when asked whether ...") is the asker's; the one who goes on talking answered it.
    found = said_by(
        "Tomas Varga toured the northern farms on Monday.\n"
        '"The region needs a change of course," Varga told Radio Nord when asked which candidate he would back.\n'
        '"We cannot keep spending money we do not have, and the voters know it."'
    )
    assert _speaker(found, "We cannot keep spending") == "Varga"


def test_quotation_paragraph_after_a_question_put_is_the_answer_of_the_one_asked(said_by):
    found = said_by(
        '"The talks went well," said Governor Hanne Solberg.\n\n'
        "Peter Orlov was asked by reporters whether he would sign the bill.\n\n"
        '"I have not decided yet, and I will not be rushed."'
    )
    assert _speaker(found, "I have not decided") == "Peter Orlov"
