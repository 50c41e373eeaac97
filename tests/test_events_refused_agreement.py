"""Events: a negated acceptance or agreement is a rejection (CAMEO 120, 127), told as one that happened (issue 11)."""

from __future__ import annotations

import pytest


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania and Borduria failed to reach agreement on a new fishing treaty after three days of talks.",
        "The Borduran government did not accept the proposal made by the Ruritanian delegation.",
        "The Borduran government says it will not accept any proposal made by the Ruritanian commission.",
    ],
)
def test_events_a_negated_agreement_is_a_rejection(extract, text) -> None:
    events = extract(text).events
    assert any(ev.type == "REJECT" and ev.polarity == "positive" for ev in events), [
        (ev.type, ev.polarity) for ev in events]
    assert not any(ev.type == "AGREE" for ev in events)
