"""Events: trigger verbs whose subject, object or particle gives a sense that is no act (made-up text)."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The trade minister sought to reassure farmers about the new tariff schedule.", "REQUEST"),
        ("Rising fuel costs threaten to push bakeries in Tolvik out of business.", "THREATEN"),
        ("Mayor Ines Varga rallied residents of the harbour district with a speech on rents.", "PROTEST"),
        ("The two tenors shared a dressing room at the Orlan opera house.", "COOPERATE"),
        ("Defeated in the first round, the Lindmark mayor vowed to fight on.", "ASSAULT"),
    ],
)
def test_events_figurative_trigger_is_no_event(extract, text, etype) -> None:
    assert etype not in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The fishermen's union sought help from the Ministry of Agriculture in Tolvik.", "REQUEST"),
        ("Thousands of nurses rallied outside parliament in Tolvik against the pay freeze.", "PROTEST"),
        ("The Tolvik police shared evidence with Estonian investigators on Monday.", "COOPERATE"),
        ("The rebels threatened to shell the airport in Tolvik.", "THREATEN"),
    ],
)
def test_events_literal_trigger_stays(extract, text, etype) -> None:
    assert etype in _types(extract(text))


def test_events_attacks_through_a_campaign_channel_are_criticism(extract) -> None:
    assert _types(extract("The union launched radio attacks on Governor Petra Holm last week.")) == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A retired teacher was killed when a tourist bus struck her near the Orlan ferry pier.", "ASSAULT"),
        ("The Wolves fired Ostrowski as coach on Monday.", "ASSAULT"),
        ("Senator Lena Brook sat down with Radio Orlan for a long interview about her pension plan.", "CONSULT"),
    ],
)
def test_events_accident_dismissal_and_interview_are_no_events(extract, text, etype) -> None:
    assert etype not in _types(extract(text))


def test_events_yielding_to_no_party_is_no_concession(extract_unfiltered) -> None:
    assert "CONCEDE" not in _types(extract_unfiltered("The Orlan finance minister yielded to the lure of easy credit."))
    assert "CONCEDE" in _types(extract_unfiltered("The Orlan ministry yielded to pressure from the nurses' union."))


def test_events_harm_no_actor_does_to_no_one_is_no_assault(extract) -> None:
    assert "ASSAULT" not in _types(extract("The new port levy could kill thousands of jobs in Tolvik, the dockers' union warned."))
    assert "ASSAULT" in _types(extract("A car bomb killed 12 people in the Tolvik market."))
