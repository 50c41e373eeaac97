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
