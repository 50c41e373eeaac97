"""Every fact of the record says which extractor and rule made it, and how its parts were settled."""

from __future__ import annotations

import pytest

ARTICLE = (
    "Finnish Foreign Minister Marta Kessler met her Estonian counterpart Jonas Pell in Vienna on "
    "Tuesday, March 4, 2025.\n\n"
    '"We agreed to reopen the border crossings," Kessler told reporters after the talks. '
    "Pell said the two governments would meet again in June.\n\n"
    "He added that Estonia hoped to sign a trade accord by the end of the year."
)


@pytest.fixture(scope="module")
def record(extract):
    return extract(ARTICLE, published="2025-03-05")


def test_every_fact_carries_an_explanation(record):
    facts = [*record.entities, *record.quotes, *record.events, *record.times, *record.places]
    assert facts
    for fact in facts:
        assert fact.explanation is not None, fact
        assert fact.explanation.extractor and fact.explanation.rule, fact


def test_an_entity_names_its_sources_and_how_its_country_was_read(record):
    kessler = next(e for e in record.entities if e.name == "Marta Kessler")
    why = kessler.explanation
    assert why.extractor == "entities"
    assert "spacy" in why.rule.split("+")  # where the names came from: spaCy's NER, at least
    assert why.features["names"] >= 2  # "Marta Kessler" and "Kessler"
    # her country comes from her title's country word, not from anywhere else
    assert kessler.country == "FIN"
    assert why.decisions["country"].startswith(("entities:", "actors:"))


def test_a_quote_gives_its_frame_and_how_its_speaker_was_found(record):
    direct = next(q for q in record.quotes if q.content.text.startswith("We agreed"))
    assert direct.explanation.extractor == "quotes"
    assert direct.explanation.rule in ("after", "clause")
    assert direct.explanation.decisions["speaker"].startswith("quotes: ")
    he = next(q for q in record.quotes if q.speaker_mention is not None and q.speaker_mention.text == "He")
    assert "pronoun" in he.explanation.decisions["speaker"]


def test_a_time_names_its_pattern_and_a_place_how_it_was_found_and_resolved(record):
    date = next(t for t in record.times if t.value == "2025-03-04")
    assert date.explanation.extractor == "times" and date.explanation.rule
    vienna = next(p for p in record.places if p.text == "Vienna")
    assert vienna.explanation.rule in ("ner", "gazetteer")
    assert vienna.explanation.features["candidates"] >= 1
    assert "capital" in vienna.explanation.decisions["referent"]


def test_decide_keeps_the_latest_decision_per_part():
    from sidelines.extractors.explain import decide, explain
    from sidelines.model.record import Entity

    ent = Entity(id="e1", name="Estonia", type="GPE", explanation=explain("entities", "spacy"))
    decide(ent, "country", "entities", "read from the name")
    decide(ent, "country", "places", "where the article's mentions resolve")
    assert ent.explanation.decisions == {"country": "places: where the article's mentions resolve"}
    bare = Entity(id="e2", name="officials", type="NORP")
    decide(bare, "country", "actors", "the one country the document names")
    assert bare.explanation.rule == "amended"
