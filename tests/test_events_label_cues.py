"""Labels pinned by a naming verb (issue #11): "X called Y a liar" accuses Y, "X called Y a friend" does not.

A naming verb the quotes layer takes for a cue pins no ill on the one named when its label is praise
("called Y a friend": :mod:`sidelines.extractors.events.labels` reads it) or empty ("called Y on
Tuesday"): the judgement of quotes makes no ACCUSE of it. A label the parser reads as two complements
is still read, and a label denied is no accusation. Texts are made up.
"""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides

HEADLINE = "Budget row deepens in Carrow\n\n"
TAIL = "\n\nThe council meets again next month."


def _article(extract, body: str):
    return extract(HEADLINE + body + TAIL)


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "Senator Oren Falk called Governor Lorna Quist a friend and a great leader.",
    "Senator Oren Falk called Governor Lorna Quist on Tuesday to discuss the budget.",
    "Senator Oren Falk described Governor Lorna Quist as a brilliant and honest leader.",
])
def test_a_kind_or_empty_label_is_no_accusation(extract, body) -> None:
    record = _article(extract, body)
    assert not any(s.get("Lorna Quist") == "target" for s in _sides(record, "ACCUSE")), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "Senator Oren Falk called Lorna Quist a liar at the rally in Carrow.",
    "Senator Oren Falk called Lorna Quist a fraud who had lied to the voters.",
])
def test_a_harsh_label_accuses_the_one_named(extract, body) -> None:
    record = _article(extract, body)
    assert any(s.get("Oren Falk") == "source" and s.get("Lorna Quist") == "target"
               for s in _sides(record, "ACCUSE")), record.events


@pytest.mark.issue(11)
def test_a_label_denied_is_no_accusation(extract) -> None:
    record = _article(extract, "Senator Oren Falk denied calling Lorna Quist a liar at the rally.")
    assert all(ev.polarity == "negative" for ev in record.events if ev.type == "ACCUSE"), record.events


@pytest.mark.issue(11)
def test_an_appeal_by_a_naming_verb_keeps_its_quote(extract) -> None:
    """ "called on X to ..." is an appeal, not a label: the quote it introduces is still judged."""
    record = _article(extract, 'Senator Oren Falk called on Governor Lorna Quist to resign. '
                               '"She has been a reckless and dishonest governor," Falk said.')
    assert any(s.get("Oren Falk") == "source" and s.get("Lorna Quist") == "target"
               for s in _sides(record, "ACCUSE")), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    # A scene phrase hung on the label ("at the rally", "during the debate") is not part of it: the
    # naming verb itself accuses (rule label:...), not only the judgement of the quote it opens.
    "Senator Oren Falk called Lorna Quist a liar at the rally in Carrow.",
    "Senator Oren Falk called Lorna Quist a coward during the budget debate in Carrow.",
])
def test_a_harsh_label_with_a_scene_phrase_accuses_by_the_label_rule(extract, body) -> None:
    record = _article(extract, body)
    assert any(ev.type == "ACCUSE" and ev.explanation and ev.explanation.rule.startswith("label:")
               for ev in record.events), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "Senator Oren Falk called Lorna Quist a lawyer at the rally in Carrow.",
    "Senator Oren Falk called Lorna Quist the front-runner during the budget debate in Carrow.",
])
def test_a_neutral_label_with_a_scene_phrase_is_no_accusation_by_the_label_rule(extract, body) -> None:
    record = _article(extract, body)
    assert not any(ev.explanation and ev.explanation.rule.startswith("label:") for ev in record.events), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    # "at" that tells what the one named is good or bad at is part of the label, not a scene.
    "Campaigners called the minister a champion at blocking reform.",
    "Senator Oren Falk called his rival a success at nothing but fundraising.",
])
def test_a_label_with_what_one_is_good_at_keeps_it(extract, body) -> None:
    record = _article(extract, body)
    assert not any(ev.type == "SUPPORT" and ev.explanation and ev.explanation.rule.startswith("label:")
                   for ev in record.events), record.events
