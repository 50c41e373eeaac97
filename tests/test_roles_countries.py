"""Countries of people: only from evidence that attaches to the person, precision first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text

GOLD = Path(__file__).parent / "data" / "person_countries.json"
# Measured on the hand-checked list: precision 1.000, coverage 0.765 (39 of 51); the floors leave a little room.
MIN_PRECISION = 0.95
MIN_COVERAGE = 0.72


@pytest.fixture(scope="module")
def countries_of(nlp):
    """countries_of(text) -> {person name: country} for the persons of a text."""

    def run(text: str) -> dict[str, str | None]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        return {e.name: e.country for e in doc.layers["entities"] if e.type == "PERSON"}

    return run


def test_countries_a_government_worried_about_someone_gives_him_no_country(countries_of):
    text = ("The Chilean government is worried that Walter Brandt's remarks will hurt exports.\n"
            "Brandt, a businessman, spoke in Hamburg on Monday.")
    assert countries_of(text)["Walter Brandt"] is None


def test_countries_delegation_members_still_get_the_country(countries_of):
    text = "The Chilean delegation included Foreign Minister Rosa Vidal and trade envoy Pablo Ortega."
    found = countries_of(text)
    assert (found["Rosa Vidal"], found["Pablo Ortega"]) == ("CHL", "CHL")


def test_countries_of_phrase_after_the_name(countries_of):
    text = "The talks with President Erik Lindqvist of Sweden ended late on Monday."
    assert countries_of(text)["Erik Lindqvist"] == "SWE"


def test_countries_where_a_person_is_from(countries_of):
    text = ("Carla Mendes, 19, from Valparaiso, Chile, said she would vote.\n"
            "Dora Whitfield of Columbia, South Carolina, said she would not.")
    found = countries_of(text)
    assert (found["Carla Mendes"], found["Dora Whitfield"]) == ("CHL", "USA")


def test_countries_a_possessive_country_must_modify_the_name(countries_of):
    text = "Chile's Walter Brandt problem keeps growing, officials in Santiago said."
    assert countries_of(text).get("Walter Brandt") is None


def test_countries_office_holder_in_a_story_about_one_country(countries_of):
    text = ("Senator Laura Jennings said on Tuesday that Ohio and Texas would lead the recovery.\n"
            "Jennings spoke in Chicago after a visit to Denver, Boston and Seattle, where Gov. Mark Ellis "
            "backed her plan for the United States.")
    assert countries_of(text)["Laura Jennings"] == "USA"


def test_countries_a_state_affiliation_gives_the_country(countries_of):
    text = "Former Ohio Governor Mark Ellis endorsed the plan on Friday."
    assert countries_of(text)["Mark Ellis"] == "USA"


def test_countries_no_office_holder_country_from_a_story_about_a_foreign_country(countries_of):
    text = ("Senator Laura Jennings said Iran must stop enriching uranium.\n"
            "Iran rejected the demand, and Iranian officials in Tehran said Iran would not bow to pressure. "
            "Iran's economy has suffered, Jennings said in Chicago.")
    assert countries_of(text)["Laura Jennings"] is None


def test_countries_a_book_title_gives_its_author_no_country(countries_of):
    text = 'The deal was criticised by Paula Grant, author of "Canada\'s Broken Promise," on Friday.'
    assert countries_of(text)["Paula Grant"] is None


def score(gold: list[dict], predicted: dict[tuple[str, str], str | None]) -> tuple[float, float]:
    """Precision of the non-null countries predicted, and coverage of the non-null countries expected."""
    made = [(g["country"], predicted.get((g["doc"], g["name"]))) for g in gold]
    said = [(want, got) for want, got in made if got is not None]
    precision = sum(want == got for want, got in said) / len(said) if said else 1.0
    wanted = [(want, got) for want, got in made if want is not None]
    coverage = sum(want == got for want, got in wanted) / len(wanted) if wanted else 1.0
    return precision, coverage


def person_country(entities, name: str) -> str | None:
    """The country of the person entity called ``name`` (by its name, an alias or a name mention)."""
    for e in entities:
        if e.type == "PERSON" and (e.name == name or name in e.aliases):
            return e.country
    for e in entities:
        if e.type == "PERSON" and any(m.kind == "name" and m.text == name for m in e.mentions):
            return e.country
    return None


def predict_gold(gold: list[dict], corpus: Path, parse_cache: str | None) -> dict[tuple[str, str], str | None]:
    """Run the entities extractor over the documents of the list and read each person's country."""
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import read_sources
    from sidelines.model.document import Document
    from sidelines.settings import settings_from_kwargs

    wanted = {g["doc"] for g in gold}
    settings = settings_from_kwargs(extractors=["entities"], parse_cache=parse_cache)
    docs = [d for d in read_sources([str(corpus)], settings) if isinstance(d, Document) and d.id in wanted]
    out: dict[tuple[str, str], str | None] = {}
    for doc in get_pipeline(settings).process(docs):
        entities = doc.layers.get("entities", [])
        for g in gold:
            if g["doc"] == doc.id:
                out[(g["doc"], g["name"])] = person_country(entities, g["name"])
    return out


def test_countries_hand_checked_list_from_news_dev(shared_dir, tmp_path_factory):
    gold = json.loads(GOLD.read_text("utf-8"))
    corpus = shared_dir / "corpus" / "news_dev.jsonl"
    if not corpus.is_file():
        pytest.skip("news_dev.jsonl is not in ../shared/corpus")
    cache = Path("/tmp/sidelines-parse-cache")
    parse_cache = str(cache if cache.is_dir() else tmp_path_factory.mktemp("parse-cache"))
    predicted = predict_gold(gold, corpus, parse_cache)
    precision, coverage = score(gold, predicted)
    wrong = [(g["doc"], g["name"], g["country"], predicted.get((g["doc"], g["name"]))) for g in gold
             if predicted.get((g["doc"], g["name"])) not in (None, g["country"])]
    assert precision >= MIN_PRECISION, wrong
    assert coverage >= MIN_COVERAGE, (precision, coverage)
