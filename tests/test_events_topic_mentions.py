"""Events: an event noun after a preposition of topic, with no party in its phrase, is a topic, no event."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Voters are skeptical about the trade deal.", "AGREE"),
        ("Voters worry about a terrorist attack.", "ASSAULT"),
        ("The candidates were asked about the protests.", "PROTEST"),
    ],
)
def test_events_topic_noun_is_no_event(extract, text, etype) -> None:
    assert etype not in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Senator Vale was asked about her meeting with the Norvand premier.", "CONSULT"),
        ("The mayor was asked about the protests in Lyon on Sunday.", "PROTEST"),
        ("The two sides argued over Russia's sanctions.", "SANCTION"),
        # after a verb of no talk or worry, "over" names a cause, an event told
        ("The trading bloc sanctioned Norvand over the invasion.", "ASSAULT"),
        ("The envoy was summoned over the attack.", "ASSAULT"),
    ],
)
def test_events_event_noun_with_parties_stays(extract, text, etype) -> None:
    assert etype in _types(extract(text))
