"""Issue 13: big cities against their small namesakes, and state labels that are no context."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


def test_a_politicians_state_label_does_not_pull_a_city_there(places_of) -> None:
    # "R-Texas" says where the senator comes from; the convention is still in Ohio's Cleveland.
    text = ("Party officials met on Monday to plan the summer convention. Sen. Mark Hollis, R-Texas, said the "
            "gathering in Cleveland would be orderly, and delegates began booking hotels in Cleveland.")
    places = places_of(text)
    for p in _all(places, "Cleveland"):
        assert _km(p, 41.50, -81.69) < 30


def test_the_capital_is_not_pulled_to_a_town_of_a_named_state(places_of) -> None:
    text = ("The primaries in California, New Jersey and Montana are next month, and a rally in Philadelphia "
            "drew thousands. The Senate leader told reporters in Washington that the party would unite.")
    places = places_of(text)
    for p in _all(places, "Washington"):
        assert _km(p, 38.90, -77.04) < 30


def test_a_town_the_ner_takes_for_a_person_once_is_still_the_town(places_of) -> None:
    # One sense per discourse: the NER tags the first "Torrington" as a person, the second as a place.
    text = ("Torrington beat Wallingford 3-1 on Saturday. The mayor of Torrington, Connecticut, said the city "
            "would hold a parade.")
    places = places_of(text)
    assert [p.start for p in places if p.text == "Torrington"] == [0, 58]


def test_a_big_city_is_not_pulled_to_a_small_namesake_in_a_state_named_for_other_reasons(places_of) -> None:
    # A national story naming several states: the small Cleveland of Wisconsin has no local support.
    text = ("Delegates from Oregon, Wisconsin and Nevada will decide the nomination. Party lawyers expect a "
            "floor fight in Cleveland, where the convention opens in July.")
    places = places_of(text)
    for p in _all(places, "Cleveland"):
        assert _km(p, 41.50, -81.69) < 30


def test_a_small_namesake_with_local_support_keeps_it(places_of) -> None:
    # Athens near Chillicothe and Marietta is the Ohio town, not the Georgia city (a national namesake).
    text = ("Schools in Athens, Marietta and Chillicothe closed on Monday after the storm. Officials in Ohio "
            "and West Virginia said the roads would reopen on Tuesday.")
    places = places_of(text)
    for p in _all(places, "Athens"):
        assert _km(p, 39.33, -82.10) < 30


def test_a_big_city_near_a_small_namesake_is_no_local_support_for_it(places_of) -> None:
    # The game is played in Detroit; that Michigan has a small Portland near Detroit says nothing of
    # the visiting team: a big city lends no local support to another big city's small namesake.
    text = ("DETROIT, Michigan (AP) — Dario Keane scored 31 points as Kansas beat Portland 78-64 on Sunday in the "
            "regional final, and Alabama edged Georgia in the other game. Portland had won nine straight.")
    places = places_of(text)
    for p in _all(places, "Portland"):
        assert _km(p, 45.52, -122.68) < 30


def test_a_dateline_in_capitals_names_the_city_not_the_state(places_of) -> None:
    text = ("NEW YORK (Reuters) - Ruritania's foreign minister, Ana Kovac, told the United Nations on Monday "
            "that her country would sign the accord.\n")
    places = places_of(text)
    (dateline,) = [p for p in places if p.text == "NEW YORK"]
    assert _km(dateline, 40.71, -74.01) < 30
