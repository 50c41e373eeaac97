"""Entities end to end on articles written for these tests: names, corrections, countries, ids."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text
from sidelines.model.document import Document

ARTICLE = """Lindqvist, Okafor discuss grain exports Photo / Updated
Swedish Prime Minister Erik Lindqvist has held talks with his Nigerian counterpart Chidi Okafor on trade, energy and regional security.
Speaking on the sidelines of the African Union summit in Addis Ababa, Lindqvist said Swedish-Nigerian trade had "a lot of room to grow".
The Swedish leader also said he hoped Nigeria would join the new grain initiative.
The talks were attended by senior members of the Swedish delegation, including Foreign Minister Anna Berg, presidential aide Olof Sand and Volvo chief executive Johan Ek.
Also present are Trade Minister Karin Nyberg, Energy Minister Mats Falk, head of the Swedish Export Credit Agency Per Dahl, and Vattenfall director-general Nils Strom.
The discussions come as Stockholm and Abuja look for closer ties after years of limited contact.
"We welcome this visit," the Nigerian leader said. Okafor added that his government would study the proposal.
The meeting was held at the offices of the European Free Trade Association (EFTA) in Geneva. EFTA officials said a second round was planned.
Maria Costa, Brazil's foreign minister, said she would attend the next round.
By Jonas Wirth
"""


@pytest.fixture(scope="module")
def run_entities(nlp):
    """Run only the entities extractor: run_entities(text) -> Document."""

    def run(text: str) -> Document:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        return doc

    return run


@pytest.fixture(scope="module")
def article(run_entities):
    return run_entities(ARTICLE).layers["entities"]


def by_name(entities, name):
    found = [e for e in entities if e.name == name]
    assert found, f"no entity named {name!r}: {[e.name for e in entities]}"
    return found[0]


def test_entities_spans_match_text(article):
    for e in article:
        for m in e.mentions:
            assert ARTICLE[m.start:m.end] == m.text


def test_entities_ids_follow_first_mention(article):
    assert [e.id for e in article] == [f"e{i}" for i in range(1, len(article) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in article]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize("name", ["Energy", "Trade", "Photo / Updated", "Lindqvist, Okafor", "Per Dahl"])
def test_entities_no_false_organisations(article, name):
    assert name not in {e.name for e in article if e.type == "ORG"}


def test_entities_furniture_never_named(article):
    assert not any("Photo" in m.text or "Jonas Wirth" in m.text for e in article for m in e.mentions)


def test_entities_headline_list_splits_into_people(article):
    lindqvist = by_name(article, "Erik Lindqvist")
    okafor = by_name(article, "Chidi Okafor")
    assert (0, 9) in {(m.start, m.end) for m in lindqvist.mentions}
    assert (11, 17) in {(m.start, m.end) for m in okafor.mentions}


def test_entities_parenthesised_acronym_is_an_alias(article):
    efta = by_name(article, "European Free Trade Association")
    assert efta.type == "ORG"
    assert "EFTA" in efta.aliases
    assert [m.text for m in efta.mentions if m.kind == "name"] == [
        "European Free Trade Association", "EFTA", "EFTA"]


def test_entities_hyphenated_demonyms_split(article):
    swedish = by_name(article, "Swedish")
    nigerian = by_name(article, "Nigerian")
    start = ARTICLE.index("Swedish-Nigerian")
    assert (start, start + 7) in {(m.start, m.end) for m in swedish.mentions}
    assert (start + 8, start + 16) in {(m.start, m.end) for m in nigerian.mentions}
    assert (swedish.type, swedish.country, nigerian.country) == ("NORP", "SWE", "NGA")


@pytest.mark.parametrize("name,country", [("Stockholm", "SWE"), ("Abuja", "NGA"), ("Geneva", "CHE"),
                                          ("Addis Ababa", "ETH"), ("Nigeria", "NGA")])
def test_entities_places_and_seats_have_countries(article, name, country):
    e = by_name(article, name)
    assert (e.type, e.country) == ("GPE", country)


def test_entities_seat_of_government_is_the_government(run_entities):
    doc = run_entities("The Kremlin rejected the plan, and Downing Street said talks would go on.")
    kremlin = by_name(doc.layers["entities"], "Kremlin")
    downing = by_name(doc.layers["entities"], "Downing Street")
    assert (kremlin.type, kremlin.country) == ("ORG", "RUS")
    assert downing.country == "GBR"


def test_entities_country_names_join_one_entity(run_entities):
    text = ("The United States said on Monday it would send aid. A U.S. official said the decision "
            "was taken last week, and the United States would act soon.")
    entities = run_entities(text).layers["entities"]
    usa = [e for e in entities if e.country == "USA" and e.type == "GPE"]
    assert len(usa) == 1
    assert {m.text for m in usa[0].mentions} == {"United States", "U.S."}


def test_entities_capitals_headline_uses_lexicon(run_entities):
    text = ("SOCCER - SWEDEN BEAT NIGERIA IN FRIENDLY.\nSTOCKHOLM 1996-08-30\n"
            "Sweden beat Nigeria 2-1 in a friendly in Stockholm on Friday.\n")
    entities = run_entities(text).layers["entities"]
    sweden = by_name(entities, "Sweden")
    assert "SWEDEN" in {m.text for m in sweden.mentions}
    assert sweden.country == "SWE"
    stockholm = by_name(entities, "Stockholm")
    assert "STOCKHOLM" in {m.text for m in stockholm.mentions}


def test_entities_results_table_names_are_teams(run_entities):
    text = "Results of Swedish league matches on Sunday:\nMalmo 2 Hammarby 1\nDjurgarden 0 Elfsborg 0\n"
    entities = run_entities(text).layers["entities"]
    names = {e.name: e.type for e in entities}
    for team in ("Malmo", "Hammarby", "Djurgarden", "Elfsborg"):
        assert names.get(team) == "ORG", names


def test_entities_organisation_that_swallowed_a_first_name_is_split(run_entities):
    text = "He met the head of the Federal Agency for Nuclear Safety Mikhail Orlov on Tuesday."
    entities = run_entities(text).layers["entities"]
    orlov = [e for e in entities if e.type == "PERSON"]
    assert [e.name for e in orlov] == ["Mikhail Orlov"]
    assert not any(e.name.endswith("Mikhail") for e in entities)


WORDS = ["Swedish", "Prime", "Minister", "Erik", "Lindqvist", "said", "he", "she", "the", "Nigerian", "leader",
         "(EFTA)", "Geneva", "Stockholm", "-", "'s", "of", "head", "Agency", "Volvo", "met", ",", ".", "\n", "RESULTS"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_entities_mentions_always_match_text(nlp, words):
    text = " ".join(words)
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    for e in doc.layers["entities"]:
        assert e.mentions
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start:m.end] == m.text


def test_entities_dateline_place_is_a_location(run_entities):
    text = "OSLO, March 3 (Reuters) - Norway's central bank held rates on Thursday.\n"
    entities = run_entities(text).layers["entities"]
    oslo = by_name(entities, "OSLO")
    assert (oslo.type, oslo.country) == ("GPE", "NOR")
    assert [(m.start, m.end) for m in oslo.mentions] == [(0, 4)]
