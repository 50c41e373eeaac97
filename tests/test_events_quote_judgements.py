"""Events: a quote that speaks ill of a named party is ACCUSE of its speaker against it (issue #11).

The articles guide counts "a statement that criticises someone" as ACCUSE. Each party a quote names
is scored, clause by clause, by the learned judgement model (VADER polarity, the party's place in
the clause, negation, ...); predictions, conditions, questions, praise and the speaker itself make
none. Texts are made up.
"""

from __future__ import annotations

import json

import pytest
from tests.conftest import event_sides as _sides

HEADLINE = "Council row deepens in Velmora\n\n"


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    '"Paul Hendricks is weak, dishonest and corrupt," Senator Lena Brandt said on Tuesday.',
    'Senator Lena Brandt said on Tuesday that Paul Hendricks was a corrupt and dishonest liar.',
    '"He is a disgrace and a fraud," Senator Lena Brandt said of Paul Hendricks on Tuesday.',
])
def test_events_a_harsh_judgement_in_a_quote_accuses_its_party(extract, body) -> None:
    record = extract(HEADLINE + body + "\n\nThe council meets again next month.")
    assert any(s.get("Lena Brandt") == "source" and s.get("Paul Hendricks") == "target"
               for s in _sides(record, "ACCUSE")), record.events
    judged = [ev for ev in record.events if ev.explanation and ev.explanation.rule == "quote_judgement"]
    assert judged and all(ev.explanation.features["compound"] <= -0.45 for ev in judged)
    # The event is as sure as the model says, and the model's threshold was reached.
    from sidelines.extractors.events.quote_judgements import load_judgement_model

    model = load_judgement_model()
    assert model is not None
    assert all(ev.confidence == ev.explanation.features["probability"] >= model.thresholds["ACCUSE"] for ev in judged)


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    # Charges the sentiment lexicon reads as neutral: a passive of being bought, a broken promise.
    '"Paul Hendricks was paid off by the developers," Senator Lena Brandt said on Tuesday.',
    '"Paul Hendricks has not kept a single promise he made to this town," Senator Lena Brandt said on Tuesday.',
])
def test_events_a_charge_without_harsh_words_accuses_its_party(extract, body) -> None:
    record = extract(HEADLINE + body + "\n\nThe council meets again next month.")
    assert any(s.get("Lena Brandt") == "source" and s.get("Paul Hendricks") == "target"
               for s in _sides(record, "ACCUSE")), record.events


@pytest.mark.issue(11)
def test_events_one_judgement_of_two_parties_is_one_event(extract) -> None:
    body = '"Paul Hendricks and Mara Quill are weak, dishonest and corrupt," Senator Lena Brandt said on Tuesday.'
    record = extract(HEADLINE + body + "\n\nThe council meets again next month.")
    sides = _sides(record, "ACCUSE")
    assert sides == [{"Lena Brandt": "source", "Paul Hendricks": "target", "Mara Quill": "target"}], record.events


@pytest.mark.issue(11)
def test_events_a_judgement_of_two_parties_adds_only_the_one_not_yet_told(extract) -> None:
    body = ('Senator Lena Brandt accused Paul Hendricks of fraud on Tuesday. '
            '"Paul Hendricks and Mara Quill are weak, dishonest and corrupt," Brandt said.')
    record = extract(HEADLINE + body + "\n\nThe council meets again next month.")
    sides = [frozenset(s.items()) for s in _sides(record, "ACCUSE")]
    assert sorted(sides, key=sorted) == sorted([frozenset({("Lena Brandt", "source"), ("Paul Hendricks", "target")}),
                                                frozenset({("Lena Brandt", "source"), ("Mara Quill", "target")})],
                                               key=sorted), record.events


@pytest.mark.issue(11)
def test_events_a_plain_report_of_a_meeting_accuses_no_one(extract) -> None:
    body = '"We met Paul Hendricks in Velmora on Monday to discuss the budget," Senator Lena Brandt said on Tuesday.'
    record = extract(HEADLINE + body + "\n\nThe council meets again next month.")
    assert not _sides(record, "ACCUSE"), record.events


def _record(text: str, **events_config):
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    pipeline = get_pipeline(settings_from_kwargs(extractor_config={"events": events_config}))
    return to_record(pipeline.process_one(document_from_text(text, "t", None)))


@pytest.mark.issue(11)
def test_events_judgement_model_off_or_never_sure_makes_no_judgement(tmp_path) -> None:
    text = HEADLINE + '"Paul Hendricks is weak, dishonest and corrupt," Senator Lena Brandt said on Tuesday.'
    never = tmp_path / "never.json"
    never.write_text(json.dumps({"labels": ["none", "ACCUSE", "SUPPORT"], "bias": [5.0, 0.0, 0.0], "weights": {},
                                 "thresholds": {"ACCUSE": 0.5, "SUPPORT": 0.5}}), "utf-8")
    for model in ("none", str(never)):
        assert not any(ev.explanation and ev.explanation.rule == "quote_judgement"
                       for ev in _record(text, judgement_model=model).events)


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    # A prediction, a condition, a question and praise judge no one harshly.
    '"Paul Hendricks will lose badly and be defeated," Senator Lena Brandt said on Tuesday.',
    '"If Paul Hendricks is corrupt, the voters will punish him," Senator Lena Brandt said on Tuesday.',
    'Senator Lena Brandt asked whether Paul Hendricks was a corrupt and dishonest liar.',
    '"Paul Hendricks is an honest and decent man," Senator Lena Brandt said on Tuesday.',
])
def test_events_no_charge_from_predictions_conditions_questions_or_praise(extract, body) -> None:
    record = extract(HEADLINE + body + "\n\nThe council meets again next month.")
    assert not any(s.get("Paul Hendricks") == "target" for s in _sides(record, "ACCUSE")), record.events


@pytest.mark.issue(11)
def test_events_a_judgement_already_told_is_not_repeated(extract) -> None:
    body = ('Senator Lena Brandt criticised Paul Hendricks on Tuesday. "Paul Hendricks is weak, dishonest and corrupt," '
            "she said.")
    record = extract(HEADLINE + body + "\n\nThe council meets again next month.")
    charges = [s for s in _sides(record, "ACCUSE") if s.get("Paul Hendricks") == "target"]
    assert len(charges) == 1, record.events


def test_events_vader_compound_reads_negation() -> None:
    from sidelines.extractors.events.quote_judgements import compound

    assert compound("He is dishonest and corrupt") < -0.45
    assert compound("He is not dishonest") > compound("He is dishonest")


def test_a_judgement_the_model_reads_as_likelier_praise_is_no_accusation() -> None:
    from sidelines.extractors.events.quote_judgements import likelier_than_opposite

    assert likelier_than_opposite("ACCUSE", {"none": 0.2, "ACCUSE": 0.45, "SUPPORT": 0.35})
    assert not likelier_than_opposite("ACCUSE", {"none": 0.1, "ACCUSE": 0.4, "SUPPORT": 0.5})
    assert likelier_than_opposite("SUPPORT", {"none": 0.3, "ACCUSE": 0.1, "SUPPORT": 0.6})
