"""Speaker phrases that name a body or an outlet ("a spokesman for X", "the website X"), and descriptions and
"its" that look back to the organisation a text is about (rules ``owners`` and the kinds of coreference)."""

from __future__ import annotations

from tests.conftest import speaker_of as _speaker


def _found(record):
    names = {e.id: e.name for e in record.entities}
    return [(q.content.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]


def test_an_outlet_named_after_its_noun_is_the_speaker(extract) -> None:
    record = extract('A story by the website Barnview says that "the delegates are restless."\n')
    assert _speaker(_found(record), "the delegates are restless") == "Barnview"


def test_a_lower_case_outlet_name_is_the_speaker_not_its_description(extract) -> None:
    record = extract("The blog redstatenotes said that the count in Maricopa would take a week.\n")
    assert _speaker(_found(record), "the count in Maricopa") == "redstatenotes"


def test_its_speaker_is_the_company_not_the_town_of_its_plant(extract) -> None:
    record = extract(
        "Rosco Chemicals has a plant in Antwerp that employs 900 people. "
        "Its spokesman said the plant would stay open.\n"
    )
    assert _speaker(_found(record), "the plant would stay open") == "Rosco Chemicals"


def test_the_company_is_the_one_the_sentence_before_is_about(extract) -> None:
    record = extract(
        "Norvik Energy has sold its stake in the Salt Creek field to Delmar Oil. "
        '"This sale lets us focus on wind," the company said.\n'
    )
    assert _speaker(_found(record), "This sale lets us focus") == "Norvik Energy"


def test_a_state_that_acts_keeps_its_its(extract) -> None:
    record = extract("Iran rejected the proposal on Sunday, and its envoy left the talks in Vienna.\n")
    iran = next(e for e in record.entities if e.name == "Iran")
    assert any(m.text.lower() == "its" for m in iran.mentions)


def test_a_text_noun_after_an_outlet_noun_is_no_outlet(extract) -> None:
    record = extract("The journal article said that the new vaccine trial would start in March.\n")
    assert not [e for e in record.entities if e.name.lower() == "article"], record.entities
    assert _speaker(_found(record), "the new vaccine trial") != "article"


def test_its_speaker_is_nobody_when_another_body_is_named(extract) -> None:
    record = extract(
        "Police raided the offices of Veltro Group in Milan on Tuesday. "
        "Its spokesman said the company had done nothing wrong.\n"
    )
    assert _speaker(_found(record), "the company had done nothing wrong") != "Police"
