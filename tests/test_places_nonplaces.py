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


def _extracted(text: str):
    """The entities and places layers of a text run as a whole article (its byline read too)."""
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractors=["entities", "places"]))
    return pipe.process_one(document_from_text(text, "t"))


def test_a_persons_surname_the_ner_misses_is_no_town():
    # "Yaizu" is a Japanese town too; here it is only the minister, named in full before.
    text = ("SANTIAGO (Reuters) - Japan and Chile agreed on Tuesday to expand trade in copper and salmon. "
            "The Japanese delegation included Foreign Minister Kenta Yaizu and Trade Minister Emi Hoshino. "
            "Chile was represented by Foreign Minister Pablo Moreira. "
            "After the meeting, Yaizu and Moreira signed a memorandum of understanding on copper supply chains.")
    places = _extracted(text).layers["places"]
    assert not [p for p in places if p.text == "Yaizu"]
    assert any(p.text == "Japan" for p in places)


def test_a_bylined_reporter_is_no_town():
    text = ("Japan and Chile sign fisheries pact\nBy Aiko Iwata and Pablo Reyes\nMarch 3, 2025\n\n"
            "TOKYO (Reuters) - Japan and Chile signed a fisheries agreement on Monday. Japanese Foreign "
            "Minister Kenta Sato met his Chilean counterpart Ana Lagos in Tokyo.\n"
            "(Reporting by Aiko Iwata in Tokyo; Editing by Tom Harlow)")
    item = _extracted(text)
    assert item.authors == ["Aiko Iwata", "Pablo Reyes"]
    places = item.layers["places"]
    assert not [p for p in places if p.text == "Iwata"]
    assert [p.text for p in places if p.text in ("Tokyo", "TOKYO")] == ["TOKYO", "Tokyo", "Tokyo"]


def test_a_town_that_is_no_ones_surname_is_still_a_town():
    text = ("SANTIAGO (Reuters) - Japan and Chile agreed on Tuesday to expand trade in copper and salmon. "
            "Foreign Minister Kenta Sato later visited a fish market in Yaizu with Pablo Moreira.")
    places = _extracted(text).layers["places"]
    assert [p.country for p in places if p.text == "Yaizu"] == ["JPN"]


def test_a_town_before_a_title_in_a_persons_mention_stays_a_town():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sidelines.extractors.places.persons import FULL_NAME, person_tokens
    from sidelines.model.document import Document
    from sidelines.model.record import Entity, Mention

    words = ["The", "acting", "Yaizu", "Mayor", "Kenta", "Sato", "spoke", "."]
    parsed = Doc(Vocab(), words=words)
    text = parsed.text
    start = text.index("Yaizu")
    person = Entity(id="e1", type="PERSON", name="Kenta Sato",
                    mentions=[Mention(start=start, end=text.index(" spoke"), text=text[start:text.index(" spoke")])])
    doc = Document(id="t", text=text)
    doc.layers["entities"] = [person]
    assert person_tokens(doc, parsed) == {4: FULL_NAME, 5: FULL_NAME}


def test_a_ship_named_after_its_kind_is_no_place(places_of):
    places = places_of("The supply boat Lady Marion was turned back by two patrol ships on Sunday, and the "
                       "vessel Oakland Star later docked in Cebu. The frigate Halifax Bay escorted it.")
    texts = [p.text for p in places]
    assert not any(t.startswith(("Oakland", "Halifax", "Marion")) for t in texts)
    assert "Cebu" in texts


def test_a_place_that_acts_in_a_clause_after_a_ship_noun_is_still_a_place(places_of):
    places = places_of("A tanker Iran seized last year was released on Friday, the company said.")
    assert [p.country for p in places if p.text == "Iran"] == ["IRN"]


def test_a_town_in_a_hotels_name_is_no_place(places_of):
    places = places_of("The ministers dined at the Hotel Bristol before flying home to Warsaw. Later they "
                       "met at the Grand Hotel Lisbon.")
    assert not any(p.country == "GBR" for p in places)
    assert any(p.text == "Lisbon" and p.country == "PRT" for p in places)


def test_a_feature_noun_the_ner_splits_off_is_no_county(places_of):
    # The NER tags "Island" alone after a hyphenated name; alone it would be a US county.
    places = places_of("MANILA (Reuters) - Philippine troops on Pag-asa Island reported that Chinese "
                       "militia boats had gathered near Whitsun Reef, the military said.")
    assert not any(p.country == "USA" for p in places)
    assert [p.text for p in places if p.text == "Island"] == []


def test_a_language_coordinated_with_a_language_is_a_language_too(places_of):
    places = places_of("The ministry issued the statement in Spanish and Portuguese on Sunday.")
    for p in places:
        if p.text in ("Spanish", "Portuguese"):
            assert p.country is None and p.lat is None and p.explanation.rule == "language"


def test_a_company_whose_shares_are_traded_is_no_town(places_of):
    places = places_of("Shares of Aberdeen rose 4% after the asset manager reported higher fees, and "
                       "the pension fund took a stake in Lancaster, traders in London said.")
    texts = [p.text for p in places]
    assert "Aberdeen" not in texts and "Lancaster" not in texts
    assert "London" in texts


def test_a_name_ending_in_an_event_noun_is_no_place(places_of):
    places = places_of("Wine will be served at the Summer Nights on the Bay Concert Series at the Harborside "
                       "Amphitheatre, the mayor of Tulsa said.")
    texts = [p.text for p in places]
    assert not any(t.endswith("Series") for t in texts)
    assert "Tulsa" in texts


def test_a_saints_name_with_a_possessive_is_a_church_or_school(places_of):
    places = places_of("The school buses stop at St. Margaret's High School and the library before heading back "
                       "to Albany, New York.")
    texts = [p.text for p in places]
    assert not any(t.startswith("St.") for t in texts)
    (albany,) = [p for p in places if p.text == "Albany"]
    assert abs(albany.lat - 42.65) < 0.5 and abs(albany.lon + 73.76) < 0.5
    city = places_of("St. Louis's mayor said the budget would pass on Friday.")
    assert any(p.text.startswith("St. Louis") and p.country == "USA" for p in city)


def test_an_era_after_a_year_is_no_province(places_of):
    places = places_of("The fort was first built around 400 B.C. and the chapel beside it in 900 BC, "
                       "archaeologists in Ohio said.")
    assert not any(p.country == "CAN" for p in places)
    assert any(p.text == "Ohio" for p in places)
    coast = places_of("Heavy snow hit northern B.C. and the Alberta foothills on Tuesday.")
    assert any(p.text == "B.C." and p.country == "CAN" for p in coast)


def test_a_name_after_a_personal_honorific_is_a_person_not_a_place(places_of) -> None:
    text = ("Mr. Chad told the hearing that Dr. Houston had signed the permit. Mrs. Victoria Pell, "
            "a neighbour, said she had written to Ms. Georgia Tull twice.")
    texts = [p.text for p in places_of(text)]
    text += " Dr. Jordan Vance, the vet, agreed."
    for name in ("Chad", "Houston", "Victoria", "Georgia", "Jordan"):
        assert name not in texts, texts


def test_capitalised_dr_or_ms_and_a_street_dr_are_no_honorifics(places_of) -> None:
    # "DR"/"MS" in capitals are abbreviations ("DR Congo", a ship's "MS"); "Dr." after a capitalised word is a street.
    cases = [
        ("Grain prices in DR Congo doubled after the river port flooded.", "Congo"),
        ("Crowds gathered on Harriet Tubman Dr. Oslo sent a trade envoy the same week.", "Oslo"),
        ("A charity, the Dr. Congo Water Trust, drilled new wells last year.", "Congo"),
    ]
    for text, name in cases:
        texts = [p.text for p in places_of(text)]
        assert any(name in t for t in texts), (text, texts)


def test_honorifics_match_in_their_own_casing() -> None:
    from spacy.lang.en import English

    from sidelines.extractors.places.nonplaces import after_honorific

    nlp = English()
    for text, expected in [("Ms. Lisbeth Varga spoke", True), ("MS Lisbeth sailed", False),
                           ("the DR Lisbeth office", False), ("Mrs Varga spoke", True)]:
        doc = nlp(text)
        k = next(t.i for t in doc if t.text == "Lisbeth" or t.text == "Varga")
        assert after_honorific(doc[k:k + 1]) is expected, text
