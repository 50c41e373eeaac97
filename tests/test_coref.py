"""In-document coreference: name variants, nominals from titles, pronouns."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text

TEXT = """Swedish Prime Minister Erik Lindqvist has held talks with his Nigerian counterpart Chidi Okafor in Geneva.
Lindqvist said the two countries had a lot of room to grow. The Swedish leader also said he hoped Nigeria would join the grain initiative.
"We welcome this visit," the Nigerian leader said. Okafor added that his government would study the proposal.
Maria Costa, Brazil's foreign minister, said she would attend the next round. The foreign minister did not say when.
"""


@pytest.fixture(scope="module")
def entities(nlp):
    doc = document_from_text(TEXT, "t")
    EntityExtractor()(doc, nlp(TEXT))
    return doc.layers["entities"]


def mentions_of(entities, name):
    entity = next(e for e in entities if e.name == name)
    return [(m.text, m.kind) for m in entity.mentions]


def test_coref_surname_joins_full_name(entities):
    assert ("Lindqvist", "name") in mentions_of(entities, "Erik Lindqvist")
    assert ("Okafor", "name") in mentions_of(entities, "Chidi Okafor")


@pytest.mark.parametrize("name,nominal", [
    ("Erik Lindqvist", "The Swedish leader"),
    ("Chidi Okafor", "the Nigerian leader"),
    ("Maria Costa", "The foreign minister"),
])
def test_coref_nominal_joins_the_person_whose_role_fits(entities, name, nominal):
    assert (nominal, "nominal") in mentions_of(entities, name)


def test_coref_pronouns_follow_the_subject(entities):
    lindqvist = mentions_of(entities, "Erik Lindqvist")
    okafor = mentions_of(entities, "Chidi Okafor")
    costa = mentions_of(entities, "Maria Costa")
    assert lindqvist.count(("his", "pronoun")) == 1
    assert ("he", "pronoun") in lindqvist
    assert ("his", "pronoun") in okafor
    assert ("she", "pronoun") in costa


def test_coref_pronoun_spans_are_exact(entities):
    for e in entities:
        for m in e.mentions:
            assert TEXT[m.start:m.end] == m.text


def test_coref_given_name_joins_the_one_person_it_starts(nlp):
    text = "Daniel Berg studied in Basel. Later Daniel moved to Uppsala, where Berg taught for years."
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    people = [e for e in doc.layers["entities"] if e.type == "PERSON"]
    assert len(people) == 1
    assert [m.text for m in people[0].mentions if m.kind == "name"] == ["Daniel Berg", "Daniel", "Berg"]


def _people_mentions(nlp, text: str) -> dict[str, list[str]]:
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    return {e.name: [m.text for m in e.mentions if m.kind == "nominal"]
            for e in doc.layers["entities"] if e.type == "PERSON"}


def test_coref_the_two_leaders_names_both_office_holders(nlp):
    text = ("Swedish Prime Minister Erik Lindqvist met Nigerian President Chidi Okafor in Oslo on Monday. "
            "The two leaders signed a trade deal, and both leaders praised the talks.")
    found = _people_mentions(nlp, text)
    assert found["Erik Lindqvist"] == found["Chidi Okafor"] == ["The two leaders", "both leaders"]


def test_coref_the_two_leaders_needs_exactly_two_titled_people(nlp):
    untitled = _people_mentions(nlp, "Erik Lindqvist met Chidi Okafor in Oslo. The two leaders signed a deal.")
    assert untitled == {"Erik Lindqvist": [], "Chidi Okafor": []}
    three = _people_mentions(nlp, "Swedish Prime Minister Erik Lindqvist met Nigerian President Chidi Okafor "
                                  "and Kenyan President Ruth Wanjiru. The two leaders signed a deal.")
    assert all(v == [] for v in three.values())


def _mentions_by_name(nlp, text: str) -> dict[str, list[str]]:
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    return {e.name: [m.text for m in e.mentions] for e in doc.layers["entities"]}


def test_coref_apposition_and_copula_describe_the_person(nlp):
    text = ("Tomas Reyes, a retired judge from Valparaiso, joined the commission in May. "
            "Reyes was a close ally of the governor. Her lawyer, Ana Pineda, declined to comment.")
    found = _mentions_by_name(nlp, text)
    assert "a retired judge" in found["Tomas Reyes"]
    assert "a close ally" in found["Tomas Reyes"]
    assert "Her lawyer" in found["Ana Pineda"]


def test_coref_copula_skips_negation_plurals_and_years(nlp):
    text = "Tomas Reyes is not a judge. Ana Pineda and Luis Soto were partners. Soto (1964) wrote a novel."
    found = _mentions_by_name(nlp, text)
    assert found["Tomas Reyes"] == ["Tomas Reyes"]
    assert all("partners" not in m and "1964" not in m for ms in found.values() for m in ms)


def test_coref_first_person_joins_who_introduced_themselves(nlp):
    text = ("Hello and welcome back. I'm Ana Pineda, and today I walk you through my garden. "
            "Last year my neighbour told me: \"I hate tomatoes.\" And I still grow them.")
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    ana = next(e for e in doc.layers["entities"] if e.name == "Ana Pineda")
    pronouns = [(m.text, m.start) for m in ana.mentions if m.kind == "pronoun"]
    quoted_i = text.index("I hate")
    assert [p for p, _ in pronouns] == ["I", "I", "my", "my", "me", "I"]
    assert quoted_i not in [s for _, s in pronouns]


def test_coref_first_person_without_introduction_stays_alone(nlp):
    text = "I met Ana Pineda in Lima. She said my plan was good."
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    assert all(m.text.lower() not in {"i", "my"} for e in doc.layers["entities"] for m in e.mentions)


def test_coref_definite_noun_joins_the_name_it_ends(nlp):
    text = ("Engineers closed the Harbor Bridge on Monday after a crack was found. "
            "The mayor said the bridge would reopen in June. Lakeside University said the university would help.")
    found = _mentions_by_name(nlp, text)
    bridge = next(v for k, v in found.items() if "Harbor Bridge" in k)
    assert "the bridge" in bridge
    assert "the university" in found["Lakeside University"]
    assert "the university" not in bridge


def test_coref_definite_noun_takes_the_word_before_of(nlp):
    text = "The Court of Lorvania ruled on Tuesday. Lawyers said the court had gone too far."
    found = _mentions_by_name(nlp, text)
    court = next(v for k, v in found.items() if "Court of Lorvania" in k)
    assert "the court" in court


def test_coref_its_can_name_a_city(nlp):
    text = "Voters in Chicago elected a new council on Tuesday. Officials said its budget would grow."
    found = _mentions_by_name(nlp, text)
    assert "its" in found["Chicago"]


def _names_by_entity(nlp, text: str) -> dict[str, list[str]]:
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    return {e.name: [m.text for m in e.mentions if m.kind == "name"] for e in doc.layers["entities"]}


def test_coref_dotted_acronym_joins_the_organisation(nlp):
    text = ("The United Nations warned on Monday that food stocks were running low in the north. "
            "A U.N. spokesman said convoys had been stopped at the border for a week.")
    found = _names_by_entity(nlp, text)
    assert found["United Nations"] == ["United Nations", "U.N."]


def test_coref_acronym_before_its_full_name_joins_it(nlp):
    text = ("Aid groups said the WFP had cut rations again. The World Food Programme blamed a shortfall "
            "in donations, and the WFP said it would appeal to donors in March.")
    found = _names_by_entity(nlp, text)
    assert found["World Food Programme"] == ["WFP", "World Food Programme", "WFP"]


@pytest.mark.parametrize("full", ["Robert Hale Jr.", "Robert Hale FRS"])
def test_coref_name_with_a_suffix_is_the_same_person(nlp, full):
    text = (f"Robert Hale taught physics in Leeds for thirty years. {full} later moved to Dublin, "
            "where Robert wrote his best-known book.")
    people = {k: v for k, v in _names_by_entity(nlp, text).items() if k.startswith("Robert")}
    assert len(people) == 1
    assert sorted(next(iter(people.values()))) == sorted(["Robert Hale", full, "Robert"])


def test_coref_province_and_region_nominals_join_the_place(nlp):
    text = ("Fighting spread across Helmand on Monday. Farmers said the province had lost its harvest. "
            "Heavy rain also hit Central Asia in May. Officials said the region needed seed for the spring.")
    found = _mentions_by_name(nlp, text)
    assert "the province" in found["Helmand"]
    assert "the region" in found["Central Asia"]


def test_coref_the_country_reaches_back_to_the_only_country_named(nlp):
    text = ("Voters in Ecuador went to the polls on Sunday. " + "Turnout was high in the morning. " * 5
            + "Observers said the country had held a calm vote. ")
    found = _mentions_by_name(nlp, text)
    assert "the country" in next(v for k, v in found.items() if "Ecuador" in k)
    two = ("Voters in Kenya and Uganda went to the polls on Sunday. " + "Turnout was high in the morning. " * 5
           + "Observers said the country had held a calm vote. ")
    assert all("the country" not in v for v in _mentions_by_name(nlp, two).values())


def _first_person_of(nlp, text: str) -> dict[str, list[str]]:
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    return {e.name: [m.text for m in e.mentions if m.text.lower() in {"i", "me", "my"}]
            for e in doc.layers["entities"] if e.type == "PERSON"}


@pytest.mark.parametrize("headline", [
    "Wikinews interviews marine biologist Ana Pineda",
    "Ana Pineda: an interview with the coral scientist",
    "Remarks by President Ana Pineda at the ocean summit",
])
def test_coref_first_person_of_an_interview_or_speech_is_its_speaker(nlp, headline):
    text = (f"{headline}\nAna Pineda studies corals off the coast of Belize and spoke to reporters last week.\n"
            "What drew you to corals?\nI grew up by the sea, and my father was a fisherman. "
            "\"I want to protect them,\" I told him once.")
    found = _first_person_of(nlp, text)
    assert found["Ana Pineda"] == ["I", "my", "I"]


def test_coref_joint_remarks_give_no_single_speaker(nlp):
    text = ("Remarks by President Ana Pineda and Vice President Luis Soto at the ocean summit\n"
            "Thank you all for coming. I grew up by the sea, and my father was a fisherman.")
    found = _first_person_of(nlp, text)
    assert all(v == [] for v in found.values())


def test_coref_i_am_not_x_is_no_introduction(nlp):
    text = ("Wikinews interviews poet Luis Soto\nLuis Soto has published four books of poems since 2001.\n"
            "Do people recognise you?\nEven though I'm not Bob Dylan, people come up to me after readings.")
    found = _first_person_of(nlp, text)
    assert found["Luis Soto"] == ["I", "me"]
    assert found.get("Bob Dylan", []) == []


def test_coref_you_in_an_interview_question_is_the_person_interviewed(nlp):
    body = ("Ana Pineda studies corals off the coast of Belize and spoke to reporters last week.\n"
            "What drew you to corals?\nI grew up by the sea. You can see the reef from my window.")
    for headline, expected in [("Wikinews interviews marine biologist Ana Pineda", ["you"]),
                               ("Remarks by President Ana Pineda at the ocean summit", [])]:
        doc = document_from_text(f"{headline}\n{body}", "t")
        EntityExtractor()(doc, nlp(doc.text))
        ana = next(e for e in doc.layers["entities"] if e.name == "Ana Pineda")
        assert [m.text for m in ana.mentions if m.text.lower() == "you"] == expected


def test_coref_there_joins_the_place_just_named(nlp):
    text = ("The minister flew to Nairobi on Monday. Officials there said talks would last two days. "
            "There is no agreement yet.")
    found = _mentions_by_name(nlp, text)
    assert found["Nairobi"] == ["Nairobi", "there"]


def test_coref_named_and_served_as_describe_the_person(nlp):
    text = ("Erik Lindqvist was named chief executive of the airline in May. Luis Soto served as an adviser "
            "to the board for years. Maria Lopez sees the merger as a threat to jobs.")
    found = _mentions_by_name(nlp, text)
    assert "chief executive" in found["Erik Lindqvist"]
    assert "an adviser" in found["Luis Soto"]
    assert all("threat" not in m for m in found["Maria Lopez"])


def test_coref_transcript_speaker_labels_give_the_first_person(nlp):
    text = ("Briefing on the harbour project, Monday\nErik Lindqvist:\nGood morning. I want to thank the workers "
            "for my first visit here.\nChidi Okafor: Thank you. I expect the work to finish in May.")
    found = _first_person_of(nlp, text)
    assert found["Erik Lindqvist"] == ["I", "my"]
    assert found["Chidi Okafor"] == ["I"]


def test_coref_a_signed_letter_is_in_the_signer_voice(nlp):
    text = ("Dear Katherine,\nI hope my letter finds you well after the long winter. The harbour is quiet.\n"
            "Best wishes,\nLuis Soto")
    found = _first_person_of(nlp, text)
    assert found["Luis Soto"] == ["I", "my"]


def test_coref_title_and_honorific_labels_give_the_first_person(nlp):
    text = ("Briefing on the harbour project in Oslo\nSwedish President Erik Lindqvist and Vice President "
            "Chidi Okafor spoke to reporters on Monday.\n11:02 A.M. CET THE VICE PRESIDENT:\nThank you. I am honoured to be here.\n"
            "THE PRESIDENT: Thank you all. My thanks go to the workers.\nDr. Okafor.\nI will be brief.")
    found = _first_person_of(nlp, text)
    assert found["Chidi Okafor"] == ["I", "I"]
    assert found["Erik Lindqvist"] == ["My"]


def test_coref_capitalised_title_nominal_joins_the_office_holder(nlp):
    text = ("Swedish President Erik Lindqvist arrived in Oslo on Monday for two days of talks. "
            "The President said the talks would be hard but fair.")
    found = _mentions_by_name(nlp, text)
    assert "The President" in found["Erik Lindqvist"]


def test_coref_the_city_reaches_back_to_the_city_the_story_is_about(nlp):
    text = ("Chicago opened a new tram line on Monday. Chicago had waited ten years for it, and Chicago paid half. "
            "Riders from Boston also came to see it. " + "The trams run every five minutes. " * 5
            + "Officials said the city would add a second line.")
    found = _mentions_by_name(nlp, text)
    assert "the city" in found["Chicago"]
    assert "the city" not in found.get("Boston", [])
