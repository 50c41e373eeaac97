"""A country's or a state's name, or its people's, is no small namesake town that nearby names seem to support."""

from __future__ import annotations


def test_a_demonym_is_its_country_not_a_namesake_village_near_the_story(places_of):
    # Kennebunkport, Kennebunk and Laconia lie near the village of Mexico, Maine: "Mexican" still means Mexico.
    places = places_of("The former governor spent the weekend with his family in Kennebunkport and later met voters "
                       "in Kennebunk and Laconia, N.H. He told them Mexican workers were not to blame for lost jobs.")
    (people,) = [p for p in places if p.text == "Mexican"]
    assert people.country == "MEX" and abs(people.lat - 23.0) < 3.0, people


def test_a_mid_sized_town_named_like_a_state_stays_in_its_local_story(places_of):
    # Wyoming, Michigan (70,000 people) in a city-council story: the city, not the state.
    places = places_of("The Wyoming City Commission voted on Monday to raise water rates, Kentwood officials said.")
    (town,) = [p for p in places if p.text == "Wyoming"]
    assert abs(town.lat - 42.91) < 0.3 and abs(town.lon + 85.7) < 0.3, town


def test_states_and_regions_lend_no_local_support_to_each_others_namesake_towns():
    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.extractors.places.context import county_links, proximity_grid
    from sidelines.extractors.places.prominent import supported_towns
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    mentions = [Toponym(0, 10, "California", gaz.lookup("California")),
                Toponym(20, 31, "Middle East", gaz.lookup("Middle East"))]
    config = PlacesConfig()
    held = supported_towns(mentions, county_links(mentions), proximity_grid(mentions, config), config)
    assert not any(c.country == "USA" and c.admin1 == "MD" for c in held[0])
