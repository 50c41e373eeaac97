"""The learned acceptance of quotes: features, the model's two thresholds, the "unsure" kind (made-up text)."""

from __future__ import annotations

import json

import pytest

from sidelines.extractors.quotes.acceptance import (
    UNSURE,
    AcceptanceModel,
    accept,
    load_acceptance,
    quote_features,
)
from sidelines.model.record import SAID_KINDS, STATED_KINDS


def _model(weights: dict[str, float], threshold: float = 0.0, statement: float = 0.0) -> AcceptanceModel:
    return AcceptanceModel({"bias": 0.0, "weights": weights, "threshold": threshold,
                            "statement_threshold": statement})


def _features(nlp, extract, text: str) -> list[dict[str, float]]:
    record = extract(text)
    parsed = nlp(text)
    types = {e.id: e.type for e in record.entities}
    return [quote_features(text, parsed, q, types) for q in record.quotes]


def test_features_tell_the_cue_its_tense_and_the_speaker(nlp, extract):
    feats = _features(nlp, extract, "Governor Lena Ostrova said on Monday that the northern ferry would run again.")
    assert len(feats) == 1
    f = feats[0]
    assert f["cue=say"] == 1.0 and f["cue_tense=past"] == 1.0 and f["cue_at=before"] == 1.0
    assert f["speaker=name"] == 1.0 and f["speaker_type=PERSON"] == 1.0
    assert f["kind=statement"] == 1.0 and f["direct"] == 0.0


def test_features_tell_a_direct_quote_after_it_and_a_pronoun(nlp, extract):
    text = ('Mayor Ivan Petrov visited the harbour. "The pier will be rebuilt by the spring," he said.')
    f = [x for x in _features(nlp, extract, text) if x.get("direct")][0]
    assert f["marked"] == 1.0 and f["cue_at=after"] == 1.0 and f["speaker=pronoun"] == 1.0


def test_features_tell_a_future_negated_cue(nlp, extract):
    feats = _features(nlp, extract, "The harbour board will not say whether the ferry fares rise in May.")
    assert any(f.get("cue_tense=future") and f.get("cue_negated") for f in feats)


def test_a_statement_under_the_statement_threshold_becomes_unsure(nlp, extract):
    text = "The ferry company announced that the night crossing would end in March."
    record = extract(text)
    types = {e.id: e.type for e in record.entities}
    quotes = [q.model_copy(deep=True, update={"kind": "statement"}) for q in record.quotes]
    assert len(quotes) == 1
    kept = accept(text, nlp(text), quotes, types, _model({"cue=announce": -3.0}, 0.01, 0.5))
    assert [q.kind for q in kept] == [UNSURE]
    assert kept[0].explanation.features["acceptance"] < 0.5
    assert "acceptance" in kept[0].explanation.decisions["kind"]


def test_a_quote_under_the_threshold_is_dropped_and_ids_follow(nlp, extract):
    text = ('The ferry company announced that the night crossing would end in March. Captain Anna Berg said the '
            'crews had not been told.')
    record = extract(text)
    types = {e.id: e.type for e in record.entities}
    quotes = [q.model_copy(deep=True) for q in record.quotes]
    assert len(quotes) == 2
    kept = accept(text, nlp(text), quotes, types, _model({"cue=announce": -9.0}, 0.2, 0.0))
    assert [q.content.text for q in kept] == ["the crews had not been told"]
    assert [q.id for q in kept] == ["q1"]


def test_a_sure_statement_stays_and_no_model_changes_nothing(nlp, extract):
    text = "Captain Anna Berg said the crews had not been told about the new timetable."
    record = extract(text)
    types = {e.id: e.type for e in record.entities}
    quotes = [q.model_copy(deep=True) for q in record.quotes]
    assert [q.kind for q in accept(text, nlp(text), quotes, types, _model({"cue=say": 3.0}, 0.2, 0.6))] \
        == ["statement"]
    assert accept(text, nlp(text), quotes, types, None) == quotes


def test_an_unsure_statement_is_still_said_for_the_events():
    assert UNSURE in STATED_KINDS and UNSURE in SAID_KINDS and "paraphrase" not in STATED_KINDS


def test_the_packaged_model_loads_with_thresholds_chosen_out_of_fold():
    model = load_acceptance("")
    assert model is not None and 0.0 <= model.threshold <= model.statement_threshold < 1.0
    assert model.meta["out_of_fold"] and load_acceptance("none") is None


def test_a_model_file_is_read_from_a_path(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"bias": 1.0, "weights": {"direct": 2.0}, "threshold": 0.1,
                                "statement_threshold": 0.4}), "utf-8")
    model = load_acceptance(str(path))
    assert model is not None and model.probability({"direct": 1.0}) > model.probability({}) > 0.5


@pytest.mark.parametrize("text, content", [
    ('"We will open the northern pier on Friday," Harbour Master Ivan Petrov told reporters in Bergen.',
     "We will open the northern pier on Friday,"),
    ("Senator Anna Berg said the harbour plan would cost the region dearly.",
     "the harbour plan would cost the region dearly"),
    ("Mayor Lena Ostrova told the council that the tunnel would be finished before the election.",
     "the tunnel would be finished before the election"),
])
def test_plain_statements_stay_statements_with_the_packaged_model(kinds_of, text, content):
    assert ("statement", content) in kinds_of(text)
