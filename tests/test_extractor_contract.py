"""The extractor contract: each extractor changes only the layers it declares, and reads its own Config.

Every built-in extractor runs in the default order over the bundled samples; the serialized
content of every layer (and of the document itself) is compared before and after each one. A
change to a layer outside the extractor's ``produces`` and ``amends`` fails the test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sidelines.errors import ConfigError
from sidelines.extractors.registry import BUILTINS, check_extractor_config, create_extractor
from sidelines.ingest.sources import read_sources
from sidelines.model.document import Document
from sidelines.settings import settings_from_file, settings_from_kwargs

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "samples"
# Not a layer: the document's text and metadata, which no extractor may change.
DOCUMENT = "(document)"


def _sample_documents() -> list[Document]:
    settings = settings_from_kwargs(fetch_feed_pages=False)
    docs = [d for d in read_sources([str(SAMPLES)], settings) if isinstance(d, Document)]
    assert len(docs) >= 8
    return docs


def _dump(item: Any) -> Any:
    return item.model_dump(mode="json") if hasattr(item, "model_dump") else repr(item)


def snapshot(doc: Document) -> dict[str, str]:
    """The serialized content of every layer of ``doc``, and of the document itself."""
    shot = {name: json.dumps([_dump(a) for a in layer], sort_keys=True) for name, layer in doc.layers.items()}
    meta = {k: v for k, v in vars(doc).items() if k not in ("layers", "problems")}
    shot[DOCUMENT] = json.dumps({k: _dump(v) if not isinstance(v, list) else [_dump(x) for x in v]
                                 for k, v in meta.items()}, sort_keys=True, default=repr)
    return shot


def changed_layers(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """Names whose serialized content differs (a layer added or removed counts as changed)."""
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


@pytest.fixture(scope="module")
def samples() -> list[Document]:
    return _sample_documents()


def test_extractor_contract_default_order_runs_every_builtin(pipeline):
    assert sorted(ex.name for ex in pipeline.extractors) == sorted(BUILTINS)


def test_extractor_contract_each_changes_only_declared_layers(pipeline, samples):
    for doc in samples:
        parsed = pipeline.engine.parse_one(doc.text)
        for ex in pipeline.extractors:
            before = snapshot(doc)
            problems = len(doc.problems)
            ex(doc, parsed)
            assert len(doc.problems) == problems, (doc.id, ex.name, doc.problems)
            allowed = set(ex.produces) | set(getattr(ex, "amends", ()))
            undeclared = changed_layers(before, snapshot(doc)) - allowed
            assert not undeclared, f"{ex.name} changed {sorted(undeclared)} on {doc.id} without declaring it"
            assert all(layer in doc.layers for layer in ex.produces), (doc.id, ex.name)


def test_extractor_contract_snapshot_sees_an_undeclared_write(pipeline, samples):
    """The check above would catch an extractor that fills a field of another's layer."""
    doc = next(d for d in samples if d.id == "bilateral_meeting")
    doc = Document(id=doc.id, text=doc.text, published=doc.published)
    parsed = pipeline.engine.parse_one(doc.text)
    for ex in pipeline.extractors:
        ex(doc, parsed)
    before = snapshot(doc)
    doc.layers["entities"][0] = doc.layers["entities"][0].model_copy(update={"country": "XXX"})
    assert changed_layers(before, snapshot(doc)) == {"entities"}


def test_extractor_contract_entities_same_with_events_on_and_off(samples):
    from sidelines.api import get_pipeline
    from sidelines.model.serialize import to_record

    on = settings_from_kwargs()
    off = settings_from_kwargs(extractors=[name for name in on.extractors if name != "events"])
    assert "events" in on.extractors and "events" not in off.extractors
    for doc in samples:
        with_events, without = (
            to_record(get_pipeline(s).process_one(Document(**{**vars(doc), "layers": {}, "problems": []})))
            for s in (on, off)
        )
        assert with_events.events or doc.id != "bilateral_meeting"
        assert not without.events
        assert json.dumps([_dump(e) for e in with_events.entities]) == json.dumps([_dump(e) for e in without.entities]), doc.id


# -- Config ------------------------------------------------------------------------------------------

def test_extractor_config_defaults_without_a_table():
    ex = create_extractor("events", settings_from_kwargs())
    assert ex.config.min_confidence == "model" and ex.config.kind_confidence.noun == 0.55


def test_extractor_config_from_a_settings_file(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[extractors.events]\nmin_confidence = 0.3\nkind_confidence = { noun = 0.5 }\n"
                    "[extractors.places]\ncontext_rounds = 1\n", "utf-8")
    settings = settings_from_file(path)
    assert settings.extractors == settings_from_kwargs().extractors  # no ``run``: the default order
    events = create_extractor("events", settings).config
    assert events.min_confidence == 0.3 and events.depth_penalty == 0.12
    assert (events.kind_confidence.noun, events.kind_confidence.verb) == (0.5, 0.8)
    assert create_extractor("places", settings).config.context_rounds == 1


def test_extractor_config_order_from_a_settings_file(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[extractors]\nrun = ["entities", "places"]\n', "utf-8")
    assert settings_from_file(path).extractors == ["entities", "places"]


def test_extractor_config_reaches_the_extractor(extract):
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record

    text = "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday."
    rule_only = {"confidence_model": "none"}
    plain = settings_from_kwargs(extractor_config={"events": rule_only})
    weaker = settings_from_kwargs(extractor_config={"events": {**rule_only, "kind_confidence": {"verb": 0.5}}})
    (met,) = to_record(get_pipeline(plain).process_one(document_from_text(text, "t", None))).events
    (again,) = to_record(get_pipeline(weaker).process_one(document_from_text(text, "t", None))).events
    assert again.type == met.type == "CONSULT"
    assert again.confidence == pytest.approx(met.confidence - 0.3)
    # The rule score is kept in the explanation whichever model gives the confidence.
    (learned,) = extract(text).events
    assert learned.explanation.features["rule_score"] == met.confidence


@pytest.mark.parametrize("config, code", [
    ({"events": {"no_such_weight": 1.0}}, "E505"),
    ({"events": {"kind_confidence": {"adverb": 0.2}}}, "E505"),
    ({"places": {"context_rounds": "many"}}, "E505"),
    ({"evnts": {"min_confidence": 0.2}}, "E506"),
])
def test_extractor_config_errors_have_codes(config, code):
    settings = settings_from_kwargs(extractor_config=config)
    with pytest.raises(ConfigError) as err:
        check_extractor_config(settings)
    assert err.value.code == code
