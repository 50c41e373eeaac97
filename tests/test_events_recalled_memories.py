"""Events: recalling an event is a memory, no withdrawal; recalling envoys stays a SANCTION."""

from __future__ import annotations

import pytest


def _triggers(record) -> list[tuple[str, str]]:
    return [(ev.type, " ".join(e.text for e in ev.evidence)) for ev in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "The general recalled the attack on the base.",
        "Senator Ruth Mills recalled her first meeting with President Obama in 2009.",
    ],
)
def test_events_recalling_an_event_is_no_withdrawal(extract, text) -> None:
    assert not any(type_ == "SANCTION" for type_, _ in _triggers(extract(text)))


def test_events_recalling_an_envoy_stays_a_withdrawal(extract) -> None:
    assert ("SANCTION", "recalled") in _triggers(extract("Seoul recalled its diplomats from Pyongyang."))
