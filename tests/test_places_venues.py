"""Venues the NER calls organisations (hospitals, universities, hotels) are places where things happen."""

from __future__ import annotations


def test_a_university_named_after_a_state_is_a_place_there(places_of):
    places = places_of("Minister Ana Kovac studied economics at Iowa State University before she moved to "
                       "Ruritania, where she taught for a decade.")
    (venue,) = [p for p in places if "University" in p.text]
    assert venue.text == "Iowa State University"
    assert venue.country == "USA" and abs(venue.lat - 42.0) < 1.5
    assert venue.explanation.rule == "venue"


def test_a_university_named_after_a_state_that_a_country_shares_lies_in_the_state(places_of):
    # "Georgia" alone is the country, but a university named for it is the US state's.
    places = places_of("Omar Reyes, a chemist at Georgia State University, said the samples were clean.")
    (venue,) = [p for p in places if "University" in p.text]
    assert venue.text == "Georgia State University"
    assert venue.country == "USA" and abs(venue.lat - 32.7) < 1.5 and abs(venue.lon + 83.5) < 2.0, venue


def test_a_hospital_named_after_its_town_takes_the_towns_point(places_of):
    places = places_of("The wounded officer was taken to Fresno Community Hospital, south of Sacramento, "
                       "where he was in stable condition on Sunday, California police said.")
    (venue,) = [p for p in places if p.text.endswith("Hospital")]
    assert venue.text == "Fresno Community Hospital"
    assert venue.country == "USA" and abs(venue.lat - 36.7) < 0.5 and abs(venue.lon + 119.8) < 0.5


def test_a_hotel_with_no_place_in_its_name_lies_in_the_town_named_with_it(places_of):
    places = places_of("The delegates from Ruritania stayed at the Grand Harbour Hotel in Savannah, Georgia, during "
                       "the three days of talks, and flew home on Friday.")
    hotels = [p for p in places if "Hotel" in p.text]
    assert hotels and all(abs(p.lat - 32.08) < 0.5 and abs(p.lon + 81.09) < 0.5 for p in hotels)


def test_an_institution_that_is_no_building_is_no_place(places_of):
    places = places_of("The Electoral College meets in December, and the Hadley Center for Public Policy said "
                       "the count in Ohio would be certified on time.")
    texts = [p.text for p in places]
    assert not any("College" in t or "Center" in t for t in texts)
    assert "Ohio" in texts


def _places_with_facility(words: list[str], facility: str, town: str):
    """The places layer of a text whose entities layer names one facility (FAC) and one town (GPE)."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from sidelines.extractors.places import PlaceExtractor
    from sidelines.model.document import Document
    from sidelines.model.record import Entity, Mention

    parsed = Doc(English().vocab, words=words)
    text = parsed.text

    def entity(i: int, name: str, kind: str) -> Entity:
        start = text.index(name)
        return Entity(id=f"e{i}", type=kind, name=name,
                      mentions=[Mention(start=start, end=start + len(name), text=name)])

    doc = Document(id="t", text=text)
    doc.layers["entities"] = [entity(1, facility, "FAC"), entity(2, town, "GPE")]
    PlaceExtractor()(doc, parsed)
    return doc.layers["places"]


def test_a_one_word_facility_after_a_locative_preposition_is_a_place_in_the_article_s_town() -> None:
    words = ["Crowds", "gathered", "near", "Funtopia", "on", "Monday", ",", "officials", "in", "Fresno", "said", "."]
    places = _places_with_facility(words, "Funtopia", "Fresno")
    (park,) = [p for p in places if p.text == "Funtopia"]
    assert park.lat is not None and abs(park.lat - 36.75) < 0.5 and park.explanation is not None


def test_a_one_word_facility_that_acts_is_no_place() -> None:
    words = ["Funtopia", "said", "on", "Monday", "that", "officials", "in", "Fresno", "agreed", "."]
    places = _places_with_facility(words, "Funtopia", "Fresno")
    assert [p.text for p in places] == ["Fresno"]


def test_a_name_after_fort_or_camp_in_an_unknown_base_is_no_place_of_its_own(places_of) -> None:
    # An army post is named after a person: "Campbell" of an unknown "Fort Campbell" is not Campbell County.
    text = "Medics from Fort Campbell, Ky., and Camp Whitlow flew to the flooded valley on Sunday."
    texts = [p.text for p in places_of(text)]
    assert "Campbell" not in texts and "Whitlow" not in texts, texts


def test_a_big_city_or_capital_after_fort_or_camp_stays_a_place(places_of) -> None:
    # An unknown "Fort X" or "Camp X" is named after a person, unless X is a capital or a big city itself.
    text = "Engineers rebuilt the Camp Nairobi depot and the Fort Osaka storehouse after the storm."
    places = places_of(text)
    nairobi = [p for p in places if p.text == "Nairobi"]
    osaka = [p for p in places if p.text == "Osaka"]
    assert nairobi and all(p.country == "KEN" for p in nairobi), places
    assert osaka and all(p.country == "JPN" for p in osaka), places


def test_a_university_named_like_a_capital_does_not_act_for_a_government(places_of):
    # A university that "said" something is the university speaking, not the capital it shares a name with.
    places = places_of("Professor Mira Kessel of Georgetown University said the vote was close.")
    (venue,) = [p for p in places if "University" in p.text]
    assert venue.kind == "literal"
