"""Issue 13: named regions get a point, counties abroad pull their towns, and postal codes qualify towns."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


def test_well_known_us_regions_get_a_point(places_of) -> None:
    text = ("Retirees keep moving to the Sun Belt for cheaper housing. Dairy farms in the upper Midwest "
            "lost money for a third year, a farm bureau report found.")
    places = places_of(text)
    (belt,) = _all(places, "Sun Belt")
    assert _km(belt, 33.0, -97.0) < 300, belt
    (upper,) = _all(places, "upper Midwest")
    assert _km(upper, 45.0, -91.0) < 300, upper


def test_an_english_county_is_not_a_us_town_of_its_name(places_of) -> None:
    text = ("Firefighters were called to a barn blaze near Maidstone in Kent early on Sunday. "
            "Nobody was hurt, a spokeswoman for the fire service said.")
    (county,) = _all(places_of(text), "Kent")
    assert _km(county, 51.2, 0.7) < 80, county


def test_a_postal_code_after_a_town_is_its_state(places_of) -> None:
    text = ("Marla Tennick, a nurse from Dothan, AL, said she drove six hours to hear the senator speak "
            "about hospital funding.")
    (state,) = _all(places_of(text), "AL")
    assert _km(state, 32.8, -86.8) < 300, state


def test_the_state_of_a_party_label_is_a_place(places_of) -> None:
    text = ("The bill was backed by Sen. Orla Pemberton (R-AL) and Sen. Ned Galloway (I-Vt.), "
            "who spoke to reporters in Denver on Thursday.")
    places = places_of(text)
    (alabama,) = _all(places, "AL")
    assert _km(alabama, 32.8, -86.8) < 300, alabama
    (vermont,) = _all(places, "Vt.")
    assert _km(vermont, 44.0, -72.7) < 200, vermont
