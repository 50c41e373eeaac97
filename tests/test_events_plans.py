"""Events: a plan or readiness to act is no agreement; the planned act carries the plan."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("Senator Ada Pruitt is planning to resign from the committee after the budget vote.", "RETREAT"),
        ("The Harlow city council plans to sue the water utility over the rate increase.", "ACCUSE"),
        ("Governor Lena Marsh intends to veto the transit bill next week.", "REJECT"),
    ],
)
def test_events_a_plan_is_not_an_agreement(extract, text, planned) -> None:
    events = extract(text).events
    assert "AGREE" not in [ev.type for ev in events]
    assert any(ev.type == planned and ev.modality == "planned" for ev in events)


def test_events_a_promise_stays_an_agreement(extract) -> None:
    events = extract("Premier Olaf Brandt promised to lift the tariffs on Dalmar's steel.").events
    assert "AGREE" in [ev.type for ev in events]
