"""Labels pinned on a party: "X called Y a coward" is ACCUSE, "X portrayed Y as a hero" SUPPORT."""

from __future__ import annotations

import pytest
from tests.conftest import sides_of


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Governor Ellen Varga called Tomas Brill a coward on Friday.", "ACCUSE", "Ellen Varga", "Tomas Brill"),
    ("Tomas Brill was called a liar by Ellen Varga.", "ACCUSE", "Ellen Varga", "Tomas Brill"),
    ("Ellen Varga described Tomas Brill as dangerous and reckless.", "ACCUSE", "Ellen Varga", "Tomas Brill"),
    ("Ellen Varga branded Tomas Brill a liar on Tuesday.", "ACCUSE", "Ellen Varga", "Tomas Brill"),
    ("Ellen Varga portrayed Tomas Brill as a great leader.", "SUPPORT", "Ellen Varga", "Tomas Brill"),
])
def test_a_judging_label_is_an_event_of_the_namer_on_the_named(extract, text, etype, source, target) -> None:
    record = extract(text)
    events = [e for e in record.events if e.type == etype]
    assert events, [e.type for e in record.events]
    sides = sides_of(record, events[0])
    assert sides.get(source) == "source" and sides.get(target) == "target", sides
    assert events[0].explanation is not None and events[0].explanation.rule.startswith("label:")


@pytest.mark.parametrize("text", [
    "Ellen Varga called Tomas Brill a lawyer.",          # a neutral label judges no one
    "Ellen Varga called the plan a disaster.",           # no party named
    "The shooting was what officials called a crime.",   # "what" names a thing
    "Ellen Varga called the meeting for Monday.",        # no label at all
])
def test_no_label_event_without_a_judging_label_of_a_party(extract, text) -> None:
    record = extract(text)
    assert not [e for e in record.events if e.explanation and e.explanation.rule.startswith("label:")]


def test_a_label_the_parser_reads_as_an_adverbial_noun_still_judges(extract) -> None:
    # In an article the parser may hang "a liar" on the verb as an adverbial noun, not an object.
    text = "Weekly roundup\n\nSenator John Miller branded Mayor Tom Baker a liar.\n\nMore news follows next week."
    record = extract(text)
    events = [e for e in record.events if e.type == "ACCUSE" and e.explanation and e.explanation.rule.startswith("label:")]
    assert events, [e.type for e in record.events]
    sides = sides_of(record, events[0])
    assert sides.get("John Miller") == "source" and sides.get("Tom Baker") == "target", sides
