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
