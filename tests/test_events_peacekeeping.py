"""Events: sending forces to keep the peace is AID (CAMEO 074, provide peacekeeping), not MOBILIZE (issue 11)."""

from __future__ import annotations

import pytest


def _types(record) -> set[str]:
    return {ev.type for ev in record.events}


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania is sending 300 troops to the United Nations peacekeeping force in Borduria.",
        "Ruritania on Monday announced the deployment of 150 soldiers to Borduria on a peacekeeping mission.",
        "Ruritania has deployed peacekeepers to Borduria.",
    ],
)
def test_events_forces_sent_to_keep_the_peace_are_aid(extract, text) -> None:
    types = _types(extract(text))
    assert "AID" in types and "MOBILIZE" not in types, types


@pytest.mark.issue(11)
def test_events_troops_massed_on_a_border_stay_a_mobilization(extract) -> None:
    assert "MOBILIZE" in _types(extract("Ruritania deployed 3,000 troops along its border with Borduria on Monday."))


@pytest.mark.issue(11)
def test_events_coordinated_places_acted_on_are_all_targets(extract) -> None:
    # "in X and Y": both places are where the troops serve, and so whom the act is aimed at.
    record = extract("In addition, Ruritanian troops take part in peacekeeping operations in Afghanistan and Iraq.")
    names = {e.id: e.name for e in record.entities}
    targets = {names[a.entity] for ev in record.events for a in ev.actors if a.role == "target"}
    assert {"Afghanistan", "Iraq"} <= targets, targets


@pytest.mark.issue(11)
def test_events_a_place_that_locates_another_is_no_second_target(extract) -> None:
    record = extract("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam, Iran.")
    names = {e.id: e.name for e in record.entities}
    targets = {names[a.entity] for ev in record.events for a in ev.actors if a.role == "target"}
    assert "Red Crescent" in targets, targets


@pytest.mark.issue(11)
def test_events_the_land_troops_withdraw_from_is_the_target(extract) -> None:
    record = extract("The Borduran army withdrew soldiers from the Sinai Peninsula once the truce took hold.")
    names = {e.id: e.name for e in record.entities}
    sides = [{names[a.entity]: a.role for a in ev.actors} for ev in record.events if ev.type == "RETREAT"]
    assert any(any("Sinai" in n and r == "target" for n, r in s.items()) for s in sides), sides
