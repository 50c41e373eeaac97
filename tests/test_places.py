"""Places: toponyms, demonyms and metonymic capitals, geocoded in the article's context."""

from __future__ import annotations

import math


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.radians
    h = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _find(places, text):
    found = [p for p in places if p.text == text]
    assert found, (text, [p.text for p in places])
    return found


def test_cities_and_countries_are_geocoded(places_of) -> None:
    places = places_of("Delegates met in Istanbul on Monday before flying to Tianjin, where China hosts the forum.")
    istanbul = _find(places, "Istanbul")[0]
    assert istanbul.country == "TUR" and istanbul.kind == "literal"
    assert _km(istanbul.lat, istanbul.lon, 41.01, 28.95) < 30
    tianjin = _find(places, "Tianjin")[0]
    assert tianjin.country == "CHN" and _km(tianjin.lat, tianjin.lon, 39.14, 117.18) < 30
    assert tianjin.geonameid == "1792947"
    assert _find(places, "China")[0].country == "CHN"


def test_demonyms(places_of) -> None:
    places = places_of("The Iranian delegation left Vienna after talks with European diplomats.")
    iranian = _find(places, "Iranian")[0]
    assert iranian.kind == "demonym" and iranian.country == "IRN" and iranian.lat is not None
    assert _find(places, "Vienna")[0].country == "AUT"


def test_metonymic_capitals_and_seats(places_of) -> None:
    places = places_of(
        "Moscow said on Tuesday that it would not attend. Moscow and Ankara continue to navigate a difficult "
        "relationship, and the Kremlin declined to comment. Tourists still flock to Moscow in winter."
    )
    moscows = _find(places, "Moscow")
    assert [p.kind for p in moscows] == ["metonymic", "metonymic", "literal"]
    assert all(p.country == "RUS" for p in moscows)
    ankara = _find(places, "Ankara")[0]
    assert ankara.kind == "metonymic" and ankara.country == "TUR"
    kremlin = _find(places, "Kremlin")[0]
    assert kremlin.kind == "metonymic" and kremlin.country == "RUS"


def test_context_picks_the_local_namesake(places_of) -> None:
    places = places_of("The county fair in Paris, Texas, drew visitors from Dallas on Saturday.")
    paris = _find(places, "Paris")[0]
    assert paris.country == "USA" and _km(paris.lat, paris.lon, 33.66, -95.56) < 30
    places = places_of("The storm hit Georgia hard. Atlanta police said roads near Macon were closed.")
    georgia = _find(places, "Georgia")[0]
    assert georgia.country == "USA" and _km(georgia.lat, georgia.lon, 32.75, -83.5) < 100


def test_state_abbreviations_and_datelines(places_of) -> None:
    places = places_of("CHARLESTON, W.Va. (AP) — Lawmakers met again on Friday.")
    assert _find(places, "CHARLESTON")[0].country == "USA"
    wv = _find(places, "W.Va.")[0]
    assert wv.name == "West Virginia"
    assert _km(_find(places, "CHARLESTON")[0].lat, _find(places, "CHARLESTON")[0].lon, 38.35, -81.63) < 30


def test_no_places_in_plain_prose(places_of) -> None:
    assert places_of("The committee will meet again next week to discuss the budget.") == []


def test_local_names_settle_in_one_state(places_of) -> None:
    # No state is named: the county and the two towns all have namesakes in Nebraska, so Columbus is
    # Columbus, Nebraska (not the much larger Columbus, Ohio) and Norfolk is Norfolk, Nebraska.
    places = places_of("Platte County farmers from Columbus and Norfolk met buyers from China and Mexico on Friday.")
    columbus = _find(places, "Columbus")[0]
    assert columbus.country == "USA" and _km(columbus.lat, columbus.lon, 41.43, -97.37) < 30
    norfolk = _find(places, "Norfolk")[0]
    assert _km(norfolk.lat, norfolk.lon, 42.03, -97.42) < 30
    # A country name among them stays the country.
    assert _find(places, "China")[0].country == "CHN"
    assert _find(places, "Mexico")[0].country == "MEX"


def test_washington_alone_is_the_capital(places_of) -> None:
    # Towns called Washington in Iowa are not capitals: the named state does not pull the capital there.
    places = places_of("The Iowa senator flew back to Washington on Monday.")
    washington = _find(places, "Washington")[0]
    assert _km(washington.lat, washington.lon, 38.9, -77.04) < 30


def test_seats_and_landmarks_stand_in_their_city(places_of) -> None:
    text = ("The president spoke from the Oval Office on Monday, hours after the Kremlin rejected the plan. "
            "Officials at the State Department and in Downing Street said they had not been consulted.")
    places = places_of(text)
    dc = (38.895, -77.036)
    for name in ("Oval Office", "State Department"):
        (p,) = _find(places, name)
        assert p.country == "USA" and _km(p.lat, p.lon, *dc) < 20
    (kremlin,) = _find(places, "Kremlin")
    assert kremlin.country == "RUS" and _km(kremlin.lat, kremlin.lon, 55.75, 37.62) < 20
    (london,) = _find(places, "Downing Street")
    assert london.country == "GBR" and _km(london.lat, london.lon, 51.5, -0.13) < 20


def test_islands_and_provinces_get_coordinates(places_of) -> None:
    text = ("Chinese coast guard ships blocked a resupply mission near the Spratly Islands on Tuesday, "
            "the military command in Palawan said.")
    places = places_of(text)
    (spratly,) = _find(places, "Spratly Islands")
    assert spratly.lat is not None and 5 < spratly.lat < 12
    (palawan,) = _find(places, "Palawan")
    assert palawan.country == "PHL" and palawan.lat is not None


def test_a_town_and_its_county_pull_each_other_to_one_state(places_of) -> None:
    # Richmond, Kentucky is the seat of Madison County, Kentucky; Virginia has both names too, apart.
    text = ("Residents of Richmond packed the meeting on Tuesday as Madison County commissioners debated "
            "the new landfill.")
    places = places_of(text)
    (richmond,) = _find(places, "Richmond")
    assert _km(richmond.lat, richmond.lon, 37.75, -84.29) < 30
    (county,) = _find(places, "Madison County")
    assert _km(county.lat, county.lon, 37.72, -84.28) < 60


def test_a_name_in_a_list_of_states_is_the_state(places_of) -> None:
    text = "Tech companies have struggled to hire in states such as Oregon or Washington, where housing costs soared."
    (washington,) = _find(places_of(text), "Washington")
    assert _km(washington.lat, washington.lon, 47.5, -120.5) < 50  # the state, not the capital


def test_a_county_named_without_the_word_county(places_of) -> None:
    text = "School districts in Gwinnett and DeKalb will reopen on Monday, officials in Atlanta said."
    places = places_of(text)
    for name in ("Gwinnett", "DeKalb"):
        (county,) = _find(places, name)
        assert county.name.endswith("County") and _km(county.lat, county.lon, 33.75, -84.39) < 50


def test_a_state_name_is_not_read_as_a_bare_county_name(places_of) -> None:
    # Ohio and Indiana both have a Washington County; "Washington" alone is never one of them.
    text = "Lawmakers from Ohio and Indiana flew to Washington on Monday to lobby for money for the new bridge."
    (washington,) = _find(places_of(text), "Washington")
    assert _km(washington.lat, washington.lon, 38.9, -77.04) < 20


def test_famous_city_beats_a_namesake_town_in_a_us_story(places_of) -> None:
    text = ("Senators from Ohio and Kentucky said on Tuesday that the talks in Geneva would resume next "
            "month. The delegation flew back to Washington after two days in Geneva.")
    for p in _find(places_of(text), "Geneva"):
        assert p.country == "CHE" and _km(p.lat, p.lon, 46.2, 6.15) < 30


def test_entities_take_the_country_their_places_resolve_to() -> None:
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractors=["entities", "places", "actors"]))
    text = ("The company will move its biscuit lines from Chicago to a new plant in Salinas, Mexico, "
            "where labour costs are lower, a spokesman said.")
    item = pipe.process_one(document_from_text(text, "t"))
    (salinas,) = [p for p in item.layers["places"] if p.text == "Salinas"]
    assert salinas.country == "MEX"
    for e in item.layers["entities"]:
        if any(m.text == "Salinas" for m in e.mentions) and e.country:
            assert e.country == "MEX"


def test_a_city_that_bears_the_name_beats_a_place_that_once_bore_it(places_of) -> None:
    # "Philadelphia" is also an ancient name of Amman in GeoNames; the US city bears it now.
    places = places_of("Police in Philadelphia arrested two men on Tuesday after a shooting near city hall.")
    philly = _find(places, "Philadelphia")[0]
    assert philly.country == "USA"
    assert _km(philly.lat, philly.lon, 39.95, -75.17) < 30
    # A former name with no sizeable namesake still resolves ("Bombay" is Mumbai).
    bombay = _find(places_of("Flights to Bombay were delayed by the monsoon rains."), "Bombay")[0]
    assert bombay.country == "IND"


def test_states_named_for_lawmakers_do_not_pull_a_famous_city_home(places_of) -> None:
    # Michigan and Wisconsin both have nothing to do with the talks; Lansing is still Michigan's capital.
    text = ("Lawmakers from Michigan and Wisconsin said on Thursday that the climate talks in Geneva had "
            "stalled. A delegation from Lansing will travel to Geneva next week.")
    places = places_of(text)
    for p in _find(places, "Geneva"):
        assert p.country == "CHE"
    (lansing,) = _find(places, "Lansing")
    assert _km(lansing.lat, lansing.lon, 42.73, -84.56) < 30


def test_a_local_story_keeps_its_small_namesake(places_of) -> None:
    # One state and a neighbouring town: Athens here is the town in Ohio, not the Greek capital.
    text = ("Athens city council voted on Monday to repave Court Street, and commuters from Nelsonville "
            "welcomed the plan. Ohio will pay half of the cost.")
    (athens,) = _find(places_of(text), "Athens")
    assert athens.country == "USA"


def test_disputed_reefs_and_big_islands_get_coordinates(places_of) -> None:
    text = ("Militia boats gathered near Mischief Reef and Subi Reef this week, while rescue teams on Lombok "
            "and in Sumatra were still searching for survivors of the floods.")
    places = places_of(text)
    for name, lat, lon in (("Mischief Reef", 9.9, 115.5), ("Subi Reef", 10.9, 114.1), ("Lombok", -8.6, 116.3),
                           ("Sumatra", 0.0, 102.0)):
        (p,) = _find(places, name)
        assert p.lat is not None and _km(p.lat, p.lon, lat, lon) < 161


def test_a_name_joined_by_a_romance_particle_is_read_whole(places_of) -> None:
    # "del", "des", "dos"... join a place name as "de" and "la" do; the NER called this town an organisation.
    places = places_of("The dockworkers of Mogi das Cruzes went on strike on Friday, the union said.")
    (town,) = _find(places, "Mogi das Cruzes")
    assert town.country == "BRA" and _km(town.lat, town.lon, -23.52, -46.19) < 30
