"""Events: where an act is done or told is no side of it -- the town in "in X" hung on the event's own verb,
a news outlet the act is told on or to, a language, a book, a law."""

from __future__ import annotations

import pytest
from tests.conftest import typed_events


def _actors(events) -> set[str]:
    return {name for _, actors, _ in events for name, role in actors.items() if role != "attendee"}


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "not_side"),
    [
        ("In Paris, the minister criticized the new tax.", "Paris"),
        ("Tens of thousands marched in Caracas against the government.", "Caracas"),
        ("The minister, speaking in Spanish, rejected the offer.", "Spanish"),
        ("On Fox News, the governor attacked the president's plan.", "Fox News"),
        ("Speaking to CNN, the senator criticized the president.", "CNN"),
        ("The senator criticized the tariffs in an interview with The Daily Courier.", "The Daily Courier"),
    ],
)
def test_events_venue_channel_or_thing_is_no_side(extract, text, not_side) -> None:
    events = typed_events(extract(text))
    assert not any(name.endswith(not_side) for name in _actors(events))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Government troops attacked Aleppo.", "Aleppo"),
        ("The president attacked CNN over its coverage.", "CNN"),
        ("The senator accused Fox News of bias.", "Fox News"),
        ("France criticized Germany over the budget rules.", "Germany"),
        ("Washington urged Beijing to release the activists.", "Beijing"),
    ],
)
def test_events_acting_places_and_outlets_stay_sides(extract, text, side) -> None:
    events = typed_events(extract(text))
    assert any(name.endswith(side) for name in _actors(events))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The journalist was arrested on Monday in Chad for spying.", "Chad"),
        ("Thousands of refugees have sought shelter in Jordan since the war began.", "Jordan"),
    ],
)
def test_events_force_or_plea_on_its_place_keeps_it(extract, text, place) -> None:
    events = typed_events(extract(text))
    assert any(name.endswith(place) for name in _actors(events))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "not_side"),
    [
        ("Dana Pruitt said her husband had been attacked by masked men.", "Dana Pruitt"),
        ("Senator Joan Abell said her son was arrested by the police in the night.", "Joan Abell"),
    ],
)
def test_events_possessive_inside_a_side_is_no_side(extract, text, not_side) -> None:
    events = typed_events(extract(text))
    assert not any(name.endswith(not_side) for name in _actors(events))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Chile began pulling its police units out of the disputed valley.", "Chile"),
        ("Norway is considering sending food aid to its struggling neighbor Sweden.", "Norway"),
        ("After meeting with his ministers, President Alan Moor rejected the plan.", "Moor"),
        ("Maria Lopez accused her neighbors of stealing her car.", "Maria Lopez"),
    ],
)
def test_events_owner_who_acts_stays_a_side(extract, text, side) -> None:
    events = typed_events(extract(text))
    assert any(name.endswith(side) for name in _actors(events))





@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kenya said its police arrested forty protesters in the capital.", "Kenya"),
        ("Hezbollah said its gunmen shelled an army post near the border.", "Hezbollah"),
    ],
)
def test_events_state_or_group_acting_by_its_force_stays_a_side(extract, text, side) -> None:
    events = typed_events(extract(text))
    assert any(name.endswith(side) for name in _actors(events))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The regulator imposed sanctions on CNN after the broadcast.", "CNN"),
        ("The police cracked down on the BBC, raiding its offices.", "BBC"),
        ("The army cooperated with Reuters on the inquiry.", "Reuters"),
        ("The court ordered a ban on Al Jazeera across the region.", "Al Jazeera"),
        ("The ministry signed a cooperation pact with Reuters.", "Reuters"),
        ("The agency signed a trade deal with Reuters.", "Reuters"),
        ("The governor declared war on Fox News at the rally.", "Fox News"),
    ],
)
def test_events_outlet_acted_on_or_with_stays_a_side(extract, text, outlet) -> None:
    events = typed_events(extract(text))
    assert any(name.endswith(outlet) for name in _actors(events))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "not_side"),
    [
        ("Police in Tolvik arrested the goalkeeper on suspicion of DUI early on Sunday.", "DUI"),
        ("Officers in Orlan detained a singer for investigation of DWI on Friday.", "DWI"),
        ("Prosecutors in Tolvik charged the aide with contempt of Congress on Tuesday.", "Congress"),
        ("Police in Orlan arrested two men on suspicion of links to ISIS.", "ISIS"),
        ("A court in Tolvik convicted the engineer of spying for Vantoria.", "Vantoria"),
    ],
)
def test_events_what_a_charge_names_is_no_side_of_the_arrest(extract_unfiltered, text, not_side) -> None:
    events = typed_events(extract_unfiltered(text))
    assert events and not any(name.endswith(not_side) for name in _actors(events)), events


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Police in Tolvik arrested the mayor of Orlan on Sunday.", "Orlan"),
        ("Vantoria accused Tolvik of shelling the border villages.", "Tolvik"),
        ("The Tolvik court convicted Marta Ilves of fraud on Monday.", "Marta Ilves"),
        ("Police arrested Ivo Marten with the help of Interpol.", "Ivo Marten"),
    ],
)
def test_events_the_party_charged_stays_a_side(extract_unfiltered, text, side) -> None:
    events = typed_events(extract_unfiltered(text))
    assert any(name.endswith(side) for name in _actors(events)), events
