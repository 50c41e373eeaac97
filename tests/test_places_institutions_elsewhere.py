"""An institution named for one place that the text puts in another town ("X University in Y") lies in that town."""

from __future__ import annotations

import pytest
from tests.conftest import km_to as _km


@pytest.mark.parametrize(("text", "start", "point"), [
    # Named for a state, standing in a city of another state.
    ("Economist Lars Fenn of Washington University in St. Louis said wages rose in the spring.", "Washington",
     (38.63, -90.2)),
    # Named for a county or tribe, standing in a small town the text names with its state.
    ("Pollsters at Miami University in Oxford, Ohio, said the race was tied.", "Miami", (39.51, -84.75)),
    # Named for a far-away city.
    ("Coach Dell Avery left Memphis University in 1998. Dr. Ina Pohl of Toledo College in Denver, Colorado, "
     "said enrolment fell.", "Toledo", (39.74, -104.99)),
])
def test_an_institution_the_text_puts_in_another_town_lies_there(places_of, text, start, point) -> None:
    found = [p for p in places_of(text) if p.text.startswith(start)]
    assert found
    for p in found:
        assert _km(p, *point) < 50, p


@pytest.mark.parametrize(("text", "start", "point"), [
    # Must not change: the institution's own town named after it, a state after "in", a year after "in".
    ("Students at the University of Dayton in Ohio marched on Monday.", "University of Dayton", (39.76, -84.19)),
    ("Professor Ola Brandt of Syracuse University in 2014 wrote the report.", "Syracuse", (43.05, -76.15)),
])
def test_an_institution_without_another_town_after_it_stays(places_of, text, start, point) -> None:
    found = [p for p in places_of(text) if p.text.startswith(start)]
    assert found
    for p in found:
        assert _km(p, *point) < 50, p


def test_an_institution_in_its_own_state_or_country_keeps_its_town(places_of):
    # A state or country after "in" is no other town, even where a small town shares its name.
    for text, start, lat, lon in (
            ("Professor Lena Moss of Syracuse University in New York said the data were sound.", "Syracuse",
             43.05, -76.15),
            ("Dr. Hugo Brant of Cambridge University in England led the survey of the coast.", "Cambridge",
             52.2, 0.12),
            ("Officials at Dallas College in Texas said enrolment rose by a fifth.", "Dallas", 32.78, -96.8)):
        places = places_of(text)
        (venue,) = [p for p in places if p.text.startswith(start)]
        assert abs(venue.lat - lat) < 0.5 and abs(venue.lon - lon) < 0.5, (text, venue)


def test_a_building_named_for_a_nearby_town_stays_a_venue(places_of):
    places = places_of("Cooks at the Fresno Community Hospital in Clovis walked out on Tuesday.")
    (venue,) = [p for p in places if p.text.endswith("Hospital")]
    assert venue.text == "Fresno Community Hospital"
