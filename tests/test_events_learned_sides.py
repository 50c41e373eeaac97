"""Events: sides from the learned side model, and the typer's fallback mention in a one-paragraph text."""

from __future__ import annotations

import json

import pytest
from tests.conftest import event_sides as _sides


def _record(text: str, **events_config):
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    pipeline = get_pipeline(settings_from_kwargs(extractor_config={"events": events_config}))
    return to_record(pipeline.process_one(document_from_text(text, "t", None)))


def _constant_model(tmp_path, side: str) -> str:
    """A side model file that reads every entity as ``side`` (bias only), for testing the policy."""
    bias = {"none": [5.0, 0.0, 0.0], "source": [0.0, 5.0, 0.0], "target": [0.0, 0.0, 5.0]}[side]
    path = tmp_path / f"sides_{side}.json"
    path.write_text(json.dumps({"labels": ["none", "source", "target"], "bias": bias, "weights": {},
                                "threshold": 0.5}), "utf-8")
    return str(path)


@pytest.mark.issue(11)
def test_sides_parse_path_climbs_to_the_common_head_and_names_prepositions() -> None:
    import spacy
    from spacy.tokens import Doc

    from sidelines.extractors.events.sides import parse_path

    words = ["Kenya", "sent", "troops", "to", "help", "Somalia", "with", "Uganda"]
    heads = [1, 1, 1, 4, 1, 4, 1, 6]
    deps = ["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj", "prep", "pobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert parse_path(doc[1], doc[5]) == ([], ["advcl", "dobj"])
    assert parse_path(doc[4], doc[0]) == (["advcl"], ["nsubj"])
    assert parse_path(doc[1], doc[7]) == ([], ["prep:with", "pobj"])


@pytest.mark.issue(11)
def test_sides_fill_an_empty_target_slot_with_one_entity(tmp_path) -> None:
    text = "Kenya deployed troops on Monday, officials in Tanzania said."
    model = _constant_model(tmp_path, "target")
    record = _record(text, side_model=model)
    [mobilize] = _sides(record, "MOBILIZE")
    # Kenya keeps its source slot; the empty target slot takes one entity of the sentence, no more.
    assert mobilize.pop("Kenya") == "source"
    assert list(mobilize.values()) == ["target"]
    event = next(ev for ev in record.events if ev.type == "MOBILIZE")
    assert event.explanation is not None and event.explanation.decisions["sides"].startswith("learned-sides")
    # Off, or with a model that reads no one as a side, the rules' sides stay as they were.
    assert _sides(_record(text, side_model="none"), "MOBILIZE") == [{"Kenya": "source"}]
    assert _sides(_record(text, side_model=_constant_model(tmp_path, "none")), "MOBILIZE") == [{"Kenya": "source"}]


@pytest.mark.issue(11)
def test_sides_leave_slots_the_rules_filled_alone(tmp_path) -> None:
    text = ("Japan handed over 20 tons of medical supplies to the Philippine Red Cross on Tuesday, "
            "officials in Tokyo said.")
    aid = _sides(_record(text, side_model=_constant_model(tmp_path, "target")), "AID")
    assert aid == [{"Japan": "source", "Philippine Red Cross": "target"}]


@pytest.mark.issue(11)
def test_sides_a_host_fills_the_target_slot(tmp_path) -> None:
    text = "Chilean Foreign Minister Ana Rojas hosted her Peruvian counterpart, Luis Vega, in Santiago on Friday."
    [visit] = _sides(_record(text, side_model=_constant_model(tmp_path, "target")), "CONSULT")
    assert visit == {"Ana Rojas": "host", "Luis Vega": "source"}


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "side", "role"),
    [
        # Plain people the rules keep out of the doers ("armed men") can still be the doers the parse shows.
        ("Armed men abducted a Chinese engineer in northern Nigeria on Monday, police said.", "ASSAULT",
         "Armed men", "source"),
        ("Masked men set fire to the offices of the opposition party in Harare overnight.", "ASSAULT",
         "Masked men", "source"),
    ],
)
def test_sides_packaged_model_completes_a_missing_side(text, etype, side, role) -> None:
    assert not any(s.get(side) == role for s in _sides(_record(text, side_model="none"), etype))
    assert any(s.get(side) == role for s in _sides(_record(text), etype))


@pytest.mark.issue(11)
def test_events_one_paragraph_text_takes_the_typers_surest_trigger() -> None:
    # "relief" is no trigger the rules know; the typer reads it as aid, short of its usual bar.
    text = "Spain loaned Morocco 30 million euros for flood relief."
    record = _record(text)
    assert [ev.type for ev in record.events] == ["AID"]
    assert _sides(record, "AID") == [{"Spain": "source", "Morocco": "target"}]
    assert record.events[0].explanation is not None and record.events[0].explanation.rule.startswith("typer:")
    assert _record(text, fallback_min_probability=1.0).events == []


@pytest.mark.issue(11)
def test_events_article_takes_no_fallback_mention() -> None:
    text = "Loan for Rabat\n\nSpain loaned Morocco 30 million euros for flood relief."
    assert all(not (ev.explanation and ev.explanation.rule.startswith("typer:")) for ev in _record(text).events)


@pytest.mark.issue(11)
def test_sides_entity_far_along_the_parse_is_never_added(tmp_path) -> None:
    # Even a model that reads everyone as the doer adds no one more than MAX_PATH parse steps away:
    # the city at the end of a chain of "of" phrases is no party of the arrests.
    model = _constant_model(tmp_path, "source")
    far = ("Two journalists were arrested on Friday, weeks after the publication of a report on the "
           "finances of the city of Karachi.")
    assert _sides(_record(far, side_model=model), "COERCE") == [{"journalists": "target"}]
    near = "Two journalists were arrested on Friday in the port city of Karachi."
    assert _sides(_record(near, side_model=model), "COERCE") == [{"journalists": "target", "Karachi": "source"}]


@pytest.mark.issue(11)
def test_sides_act_under_a_stance_gets_nothing_from_the_model(tmp_path) -> None:
    # "threatened to impose": the embedded act's sides are the stance's business; even a model that
    # reads everyone as a doer adds no side to it.
    text = ("Tehran warns of sanctions as Washington tightens pressure\n"
            "Iran threatened on Monday to impose sanctions on British companies over the seizure of an oil tanker.")
    # The confidence filter is off: the embedded act's sides are the point, not whether it is kept (an
    # act only threatened scores under the default threshold).
    ruled = _sides(_record(text, side_model="none", min_confidence=0.0), "SANCTION")
    assert ruled and all("Iran" not in s for s in ruled)
    modelled = _record(text, side_model=_constant_model(tmp_path, "source"), min_confidence=0.0)
    assert _sides(modelled, "SANCTION") == ruled
