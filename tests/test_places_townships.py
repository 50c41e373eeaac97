"""Issue 13: a name followed by "township" is a local township, never a distant namesake capital."""

from __future__ import annotations

from tests.conftest import km_to as _km
from tests.conftest import places_named as _all


def test_a_township_lies_in_the_articles_area_not_at_a_foreign_capital(places_of) -> None:
    # "Lisbon township" in a Michigan story is no capital of Portugal; the gazetteer has no Michigan
    # Lisbon, so it lies at the story's nearby town.
    text = ("Deputies in Kent County, Michigan, chased a stolen pickup on Sunday. The driver crossed into "
            "Lisbon township before the truck ran out of fuel near Sparta, the sheriff said.")
    (township,) = _all(places_of(text), "Lisbon township")
    assert township.country == "USA" and _km(township, 43.16, -85.71) < 80, township


def test_a_township_with_a_namesake_town_in_the_named_state_is_there(places_of) -> None:
    text = "Firefighters from Canton Township, Michigan, helped put out the blaze at a barn on Friday."
    (township,) = _all(places_of(text), "Canton Township")
    assert _km(township, 42.31, -83.48) < 80, township


def test_the_entity_of_a_township_takes_the_townships_country() -> None:
    # The NER's "Lisbon" lies inside the place "Lisbon township": both layers say the United States.
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractors=["entities", "places", "actors"]))
    text = ("Deputies in Kent County, Michigan, chased a stolen pickup on Sunday. The driver crossed into "
            "Lisbon township before the truck ran out of fuel near Sparta, the sheriff said.")
    item = pipe.process_one(document_from_text(text, "t"))
    (township,) = [p for p in item.layers["places"] if p.text == "Lisbon township"]
    assert township.country == "USA"
    for e in item.layers["entities"]:
        if any(m.text == "Lisbon" for m in e.mentions) and e.country:
            assert e.country == "USA"
