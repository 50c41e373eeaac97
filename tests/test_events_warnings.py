"""Events: what a warning is depends on what is warned of (issue #11).

PLOVER's THREATEN is a threat of the source's own action (the article guide: "warnings of harm").
A warning "that X would ruin Y" charges X (ACCUSE, as the CAMEO dictionaries code "warned that X
prepares an attack"); "warned X against doing Y" or "not to do Y" asks X not to (REQUEST, CAMEO's
appeal); "warned that the economy could slow" is a prediction, no event. Only a warning of harm the
warner or its side would do ("warned it would close the border", "warned of retaliation") or that
the warned party would suffer ("warned X that it would face consequences") is a threat. Sentences
are made up.
"""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "The Ruritanian government warned the police that Ivo Marek was a danger to the public.",
    "The police were warned about Ivo Marek by the Ruritanian government in 2014.",
])
def test_events_a_warning_about_a_third_party_accuses_them(extract, text) -> None:
    record = extract(text)
    assert any(s.get("Ivo Marek") == "target" for s in _sides(record, "ACCUSE")), record.events
    assert not any("Ivo Marek" in s for s in _sides(record, "THREATEN"))


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Senator Lee Marsh warned that Governor Tom Reyes would ruin the state's economy.",
    "Senator Lee Marsh warned voters that Governor Tom Reyes could wreck the pension fund.",
])
def test_events_a_warning_of_harm_a_third_party_would_do_accuses_them(extract, text) -> None:
    record = extract(text)
    assert any(s.get("Lee Marsh") == "source" and s.get("Tom Reyes") == "target"
               for s in _sides(record, "ACCUSE")), record.events
    assert not _sides(record, "THREATEN")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "warned"), [
    ("President Ana Kovac warned Dravia against sending troops to the border.", "Dravia"),
    ("Foreign Minister Piet Lund warned Belvania not to close the port to fishing boats.", "Belvania"),
])
def test_events_a_warning_against_an_act_asks_the_warned_not_to(extract, text, warned) -> None:
    record = extract(text)
    assert any(s.get(warned) == "target" for s in _sides(record, "REQUEST")), record.events
    assert not _sides(record, "THREATEN")


@pytest.mark.issue(11)
def test_events_cautioning_against_an_act_is_a_request(extract) -> None:
    record = extract("Senator Lee Marsh cautioned against cutting the school budget in Carvel.")
    assert any(s.get("Lee Marsh") == "source" for s in _sides(record, "REQUEST")), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "President Ana Kovac warned Dravia that Ruritania would impose sanctions.",
    "President Ana Kovac warned Dravia that it would face consequences.",
    "President Ana Kovac warned Dravia of retaliation if its troops crossed the border.",
    '"If they attack us, we will respond," President Ana Kovac warned Dravia.',
])
def test_events_a_warning_of_harm_to_come_stays_a_threat(extract, text) -> None:
    assert any(s.get("Ana Kovac") == "source" for s in _sides(extract(text), "THREATEN"))


@pytest.mark.issue(11)
def test_events_an_army_warning_of_its_own_act_is_a_threat(extract) -> None:
    record = extract("The Dravian army warned Belvania that it would close the border.")
    assert _sides(record, "THREATEN"), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "President Ana Kovac warned that the economy could slow next year.",
    "Economists at the central bank warned of rising prices in the spring.",
])
def test_events_a_warning_that_predicts_is_no_threat(extract, text) -> None:
    assert not _sides(extract(text), "THREATEN")


@pytest.mark.issue(11)
def test_events_others_a_person_warns_of_are_no_threat_of_theirs(extract) -> None:
    # "they" after a person's warning are others, not the warner's side.
    record = extract("Senator Lee Marsh said the voters liked the plan. He cautioned that they would need more details.")
    assert not _sides(record, "THREATEN")


@pytest.mark.issue(11)
def test_events_a_warning_that_a_party_must_act_asks_it_to(extract) -> None:
    record = extract("Governor Tom Reyes warned that the legislature must act before the deadline.")
    assert any(s.get("Tom Reyes") == "source" for s in _sides(record, "REQUEST")), record.events
    assert not _sides(record, "ACCUSE")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Senator Lee Marsh warned that Governor Tom Reyes would win the primary easily.",
    "The health minister warned that her government would not negotiate with the strikers.",
])
def test_events_a_warning_of_a_harmless_act_charges_nobody(extract, text) -> None:
    # no harm or hostile act in the clause; "her government" is the warner's own side.
    assert not _sides(extract(text), "ACCUSE")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "President Ana Kovac warned Dravia that the alliance would defend every inch of its territory.",
    "The Ruritanian foreign ministry warned that any attack on the consulate would be met with force.",
])
def test_events_a_deterrent_warning_is_a_threat(extract, text) -> None:
    record = extract(text)
    assert _sides(record, "THREATEN"), record.events
    assert not _sides(record, "ACCUSE")


@pytest.mark.issue(11)
def test_events_an_act_met_with_force_is_no_meeting(extract) -> None:
    # "be met with X": the act is answered with X, nobody meets anybody.
    record = extract("The Ruritanian foreign ministry warned that any attack on the consulate would be met with force.")
    assert not _sides(record, "CONSULT"), record.events
    # "any attack": no attack that took place.
    assert not any(ev.type == "ASSAULT" and ev.modality is None for ev in record.events), record.events
