"""Events: how a quote speaks of a party, as the judgement model reads it (issue #11). Texts are made up."""

from __future__ import annotations

import pytest


def _options(pipeline, text: str):
    from sidelines.extractors.events.index import EntityIndex
    from sidelines.extractors.events.judgement_features import judgement_options
    from sidelines.ingest.sources import document_from_text

    doc = pipeline.process_one(document_from_text(text, "t", None))
    parsed = next(iter(pipeline.engine.parse([doc.text])))
    index = EntityIndex(doc, parsed)
    return [(index.names[o.speaker], index.names[o.target], o.features)
            for o in judgement_options(doc, parsed, index)]


@pytest.mark.issue(11)
def test_judgement_options_give_each_party_its_place_in_the_clause(pipeline) -> None:
    text = ("Harbour levy divides Velmora\n\n"
            '"Paul Hendricks was paid off by the developers, and I blame Mara Quint for it," '
            "Senator Lena Brandt said on Tuesday.\n\nThe council meets again next month.")
    options = {(s, t): f for s, t, f in _options(pipeline, text)}
    passive = options[("Lena Brandt", "Paul Hendricks")]
    assert passive["role=passive"] == 1.0 and passive["direct"] == 1.0
    blamed = options[("Lena Brandt", "Mara Quint")]
    assert blamed["role=object"] == 1.0 and blamed["first_person_subject"] == 1.0
    assert blamed["lexicon_accuse"] > 0  # "blame" is a CAMEO criticism verb
    assert ("Lena Brandt", "Lena Brandt") not in options


@pytest.mark.issue(11)
def test_judgement_options_mark_a_party_named_only_to_qualify_a_noun(pipeline) -> None:
    text = ("Harbour levy divides Velmora\n\n"
            '"The chairman of the Velmora Harbour Board is a disgrace," Senator Lena Brandt said on Tuesday.'
            "\n\nThe council meets again next month.")
    board = [f for s, t, f in _options(pipeline, text) if t == "Velmora Harbour Board"]
    assert board and board[0]["modifier"] == 1.0


def test_vader_polarity_reads_negation() -> None:
    from sidelines.extractors.events.judgement_features import compound, polarity

    scores = polarity("He is dishonest and corrupt")
    assert scores["neg"] > scores["pos"] and scores["compound"] < -0.45
    assert compound("He is not dishonest") > compound("He is dishonest")
