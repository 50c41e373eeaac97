"""Events: announcing that one will back a party is the endorsement itself (SUPPORT, real); a promise,
a condition or a plain forecast stays a plan."""

from __future__ import annotations

import pytest


def _support(record) -> list:
    return [ev for ev in record.events if ev.type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Governor Tom Brandt announced he would back Paul Hallam in the primary.",
        "Senator Ada Moreno declared on Monday that she will endorse Paul Hallam for president.",
    ],
)
def test_events_announced_support_is_a_real_endorsement(extract_unfiltered, text) -> None:
    support = _support(extract_unfiltered(text))
    assert support and all(ev.modality is None and ev.polarity == "positive" for ev in support)


@pytest.mark.parametrize(
    "text",
    [
        "Brandt announced he would back whichever rival of Hallam wins the primary, if the party asks him to.",
        "Brandt promised that he would support the Hallam campaign.",
        "Brandt announced that the county board would support the Hallam campaign.",
        "Will Brandt announce that he will support the Hallam campaign?",
    ],
)
def test_events_conditional_or_promised_support_stays_no_real_support(extract_unfiltered, text) -> None:
    assert all(ev.modality for ev in _support(extract_unfiltered(text)))
