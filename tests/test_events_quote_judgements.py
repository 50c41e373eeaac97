"""Events: a quote that judges a named party harshly is ACCUSE of its speaker against it (issue #11).

The articles guide counts "a statement that criticises someone" as ACCUSE. The clause holding the
party is scored with the VADER lexicon; predictions, conditions, questions and the speaker itself
make none. Texts are made up.
"""

from __future__ import annotations

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
    assert judged and all(ev.confidence < 0.6 for ev in judged)
    assert all(ev.explanation.features["vader_compound"] <= -0.45 for ev in judged)


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
