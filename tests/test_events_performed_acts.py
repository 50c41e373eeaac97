"""Events: a pledge, offer or gift of a verbal act is that act ("pledged her support": SUPPORT; issue #11).

The article guide: endorsements and backing are SUPPORT, promises to cooperate AGREE. A commissive or
light verb whose object names a verbal act ("pledged her support to X", "offered his backing",
"lent support", "gave a stern warning") performs it as it is told; a promise of a material act stays
a promise ("pledged aid"). Sentences are made up.
"""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Senator Maria Alvarez pledged her support to Governor Tom Reyes on Sunday.",
    "Senator Maria Alvarez offered her backing to Governor Tom Reyes.",
    "Senator Maria Alvarez lent her support to Governor Tom Reyes.",
    "Senator Maria Alvarez threw her support behind Governor Tom Reyes.",
])
def test_events_pledged_support_is_support(extract, text) -> None:
    record = extract(text)
    assert any(s.get("Maria Alvarez") == "source" and s.get("Tom Reyes") == "target"
               for s in _sides(record, "SUPPORT")), record.events
    assert not _sides(record, "AGREE")


@pytest.mark.issue(11)
def test_events_a_warning_given_is_a_threat(extract) -> None:
    record = extract("President Ana Kovac gave Dravia a stern warning over the border incidents.")
    assert any(s.get("Ana Kovac") == "source" for s in _sides(record, "THREATEN")), record.events
    assert not _sides(record, "AID")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Japan pledged $40 million in aid to Kenya on Monday.",
    "Premier Olaf Brandt promised military support to Dravia.",
])
def test_events_a_promise_of_material_help_is_no_support(extract, text) -> None:
    assert not _sides(extract(text), "SUPPORT")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "President Ana Kovac vowed retaliation against Belvania after the border clash.",
    "The interior minister pledged a crackdown on the smuggling gangs of Carvel.",
])
def test_events_harm_promised_is_a_threat(extract, text) -> None:
    record = extract(text)
    assert _sides(record, "THREATEN"), record.events
    assert not _sides(record, "AGREE")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Governor Tom Reyes promised action on housing at a rally in Carvel.",
    "The farm minister pledged new measures to help growers hit by the frost.",
    "Governor Tom Reyes vowed a swift response to the flooding in the valley.",
    "Senator Maria Alvarez promised a response within days.",
])
def test_events_a_promise_of_action_or_measures_is_no_threat(extract, text) -> None:
    # "action", "measures", "a response" are harm only aimed at a party or told hostile.
    assert not _sides(extract(text), "THREATEN")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "President Ana Kovac vowed military action against Belvania after the border clash.",
    "President Ana Kovac pledged punitive measures against the smuggling gangs.",
])
def test_events_action_aimed_at_a_party_promised_is_a_threat(extract, text) -> None:
    assert _sides(extract(text), "THREATEN")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "etype"), [
    ("The dockers' union gave up its demands for higher pay after talks with Mayor Ann Cole.", "REQUEST"),
    ("The tribunal threw out the complaint against Governor Tom Reyes.", "ACCUSE"),
])
def test_events_a_phrasal_verb_performs_no_act(extract, text, etype) -> None:
    # "gave up its demands", "threw out the complaint": another verb than the giving or throwing.
    record = extract(text)
    assert not _sides(record, etype), record.events
    assert not _sides(record, "AID")
