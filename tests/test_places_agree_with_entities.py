"""Over the whole-article gold set: no place is put in a country its entity says it is not in."""

from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden" / "articles"


@pytest.mark.shared
def test_places_agree_with_their_entities_country(shared_dir) -> None:
    from sidelines.api import get_pipeline
    from sidelines.evaluate.articles import read_articles
    from sidelines.evaluate.gold import gold_document
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractors=["entities", "places", "actors"]))
    corpus = shared_dir / "corpus" / "news_dev.jsonl"
    golds = read_articles(GOLDEN / "tune", corpus) + read_articles(GOLDEN / "check", corpus)
    disagreements = []
    for gold in golds:
        item = pipe.process_one(gold_document(gold))
        said = {m.text: e.country for e in item.layers["entities"]
                if e.type in ("GPE", "LOC", "FAC") and e.country for m in e.mentions if m.kind == "name"}
        for place in item.layers["places"]:
            country = said.get(place.text)
            if country and place.country and place.country != country:
                disagreements.append((gold["id"], place.text, place.country, country))
    assert len(golds) == 105
    assert not disagreements
