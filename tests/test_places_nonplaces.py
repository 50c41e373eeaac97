"""Names that look like places but are not: ships, hotel brands, languages and camel-cased brands."""

from __future__ import annotations

from sidelines.extractors.places.nonplaces import brand_casing
from sidelines.gazetteer import GazetteerEntry


def test_a_ships_name_is_no_place(places_of):
    places = places_of("Two coast guard cutters shadowed the BRP Sierra Madre on Monday, and the USS Santa Fe "
                       "later sailed into Manila Bay, the navy said.")
    texts = [p.text for p in places]
    assert "Sierra Madre" not in texts and "Santa Fe" not in texts
    assert "Manila Bay" in texts or "Manila" in texts


def test_a_hotel_brand_is_not_the_town_of_that_name(places_of):
    places = places_of("The ministers met at the Shangri-La Hotel in Singapore on Saturday.")
    assert not any(p.country == "CHN" for p in places)
    assert any(p.text == "Singapore" and p.country == "SGP" for p in places)


def test_a_language_is_an_associative_mention_on_no_map(places_of):
    places = places_of("The ministry published the statement in English and in Arabic on Sunday.")
    english = [p for p in places if p.text == "English"]
    for p in english:
        assert p.kind == "demonym" and p.country is None and p.lat is None
        assert p.explanation.rule == "language"


def test_a_demonym_before_a_noun_still_points_to_its_country(places_of):
    places = places_of("French troops left the base in Mali on Friday.")
    (french,) = [p for p in places if p.text == "French"]
    assert french.kind == "demonym" and french.country == "FRA"


def test_brand_casing_needs_a_capital_inside_the_word_that_no_candidate_has():
    town = GazetteerEntry("Blackrock", 53.3, -6.18, "IRL", "1", 20000, "PPL")
    assert brand_casing("BlackRock", (town,))
    assert not brand_casing("Blackrock", (town,))
    dekalb = GazetteerEntry("DeKalb", 41.9, -88.75, "USA", "2", 43000, "PPL")
    assert not brand_casing("DeKalb", (dekalb,))
    assert not brand_casing("BlackRock", ())
