"""A name's own reading is no evidence about itself: a province abroad does not make a one-state story national."""

from __future__ import annotations

import pytest
from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


@pytest.mark.parametrize(("text", "name", "point"), [
    # Kentucky is the one state the story names; Berea is also a district of Lesotho, which must not
    # count as a second state and so take the Kentucky town's context away.
    ("The governor of Kentucky spoke at Berea College on Friday and later visited Richmond.", "Berea",
     (37.57, -84.3)),
    ("Kentucky state troopers said the crash near Berea injured a bus driver from Lexington.", "Berea",
     (37.57, -84.3)),
])
def test_a_town_named_like_a_province_abroad_stays_in_the_one_named_state(places_of, text, name, point) -> None:
    places = [p for p in places_of(text) if p.text.startswith(name)]  # the town, or the college named for it
    assert places
    for p in places:
        assert _km(p, *point) < 50


@pytest.mark.parametrize(("text", "name", "point"), [
    # Things that must not change: a story naming two states still reads a famous city's name as the city,
    # and a state's name stays the state.
    ("Senators from Ohio and Kentucky said the talks in Geneva would decide the deal.", "Geneva", (46.2, 6.14)),
    ("The governor of Ohio said the farmers of Vermont and Iowa would gain from the deal.", "Vermont",
     (44.0, -72.7)),
])
def test_famous_readings_hold_in_stories_naming_several_states(places_of, text, name, point) -> None:
    places = _all(places_of(text), name)
    for p in places:
        assert _km(p, *point) < 100
