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
        ("The tenor shared a video of his rehearsal at the Orlan opera house.", "COOPERATE"),
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


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # A. a subject not known as an actor is still an actor unless it names a non-agent
        ("The watchdog warned the ferry company over its fares.", "THREATEN"),
        ("The guild demanded that the auditor be replaced.", "REQUEST"),
        ("Veterans in the senate demanded the recall of the ambassador.", "REQUEST"),
        # B. rallying to a place or around a building is a protest
        ("Farmers rallied to the central plaza of Tolvik on Friday.", "PROTEST"),
        ("Students rallied around the court house, waving banners against the verdict.", "PROTEST"),
        # C. a plural or coordinated subject is its own partner
        ("Norvand and Esterra agreed to share the costs of the new dam.", "COOPERATE"),
        # D. armed forces or a named opponent make 'fight on' a fight
        ("Guerrilla fighters fought on for a week in the hills above Tolvik.", "ASSAULT"),
        ("The insurgents vowed to fight on against the army in the valley.", "ASSAULT"),
        # E. a vehicle clause does not excuse an active killer; an armoured or police vehicle is no accident
        ("The sniper killed two guards before a delivery van hit him.", "ASSAULT"),
        ("An armoured car struck a marcher during the riots in Tolvik.", "ASSAULT"),
        # F. talks and programmes are not interviews
        ("The trade ministers sat down with dock workers to discuss the port programme.", "CONSULT"),
        ("The foreign minister sat down with her Orlan counterpart after the radio show aired.", "CONSULT"),
        # H. weapons kill, and hundreds are victims
        ("Artillery shells killed dozens in the old quarter of Tolvik.", "ASSAULT"),
    ],
)
def test_events_figurative_rules_stay_narrow(extract, text, etype) -> None:
    assert etype in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Rising rents threaten to push nurses out of Tolvik.", "THREATEN"),
        ("The bond market rallied after the budget speech.", "PROTEST"),
        ("The Orlan club rallied from three points down to take the title.", "PROTEST"),
        ("Backbenchers rallied behind Chancellor Ida Wren after the vote.", "PROTEST"),
        ("A tram struck a taxi at a junction in Tolvik, killing two people.", "ASSAULT"),
    ],
)
def test_events_figurative_rules_still_fire(extract, text, etype) -> None:
    assert etype not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    ["The Orlan cabinet yielded to pressure from the teachers.", "The transport ministry yielded ground on the fare dispute."],
)
def test_events_yielding_pressure_or_ground_is_a_concession(extract_unfiltered, text) -> None:
    assert "CONCEDE" in _types(extract_unfiltered(text))


def test_events_online_attacks_stay_attacks(extract) -> None:
    assert "ASSAULT" in _types(extract("Hackers launched online attacks on the railway's booking servers."))


@pytest.mark.parametrize(
    "text",
    [
        "The governor fired at his critics in a late-night post.",
        "The minister fired at her accusers during a press conference.",
    ],
)
def test_events_firing_at_critics_is_no_assault(extract, text) -> None:
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired at critics of the regime outside the courthouse, wounding three.",
        "Soldiers fired at protesters in the square on Tuesday.",
        "A masked attacker fired at critics gathered outside the town hall.",
    ],
)
def test_events_firing_at_people_with_arms_stays_assault(extract, text) -> None:
    assert "ASSAULT" in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The governor declared war on poverty in his first speech.", None),
        ("The premier has declared war on the media.", None),
        ("The central bank waged war on inflation.", None),
        ("Russia declared war on Japan in August 1945.", "ASSAULT"),
        ("The group declared war on Hezbollah.", "ASSAULT"),
        ("The interior minister declared war on the cocaine cartels.", "ASSAULT"),
    ],
)
def test_events_war_on_things_is_no_assault(extract, text, etype) -> None:
    assert ("ASSAULT" in _types(extract(text))) == (etype == "ASSAULT")
