"""One data model: metadata fields defined once, the layer registry, PLOVER-typed events, plugin layers stored."""

from __future__ import annotations

import dataclasses
import json
import typing

import pytest
from pydantic import BaseModel, ValidationError

from sidelines.lexicon.plover import EVENT_TYPES
from sidelines.model import layers
from sidelines.model.document import Document
from sidelines.model.layers import BUILTIN_LAYERS, record_model, register_layer
from sidelines.model.record import GIVEN_METADATA, METADATA_FIELDS, Event, PloverType, Record, Span
from sidelines.model.serialize import from_record, to_record
from sidelines.store import open_store, schema

TEXT = "Foreign ministers of Chile and Peru met in Lima on Tuesday and said the talks went well."


class Stance(BaseModel):
    """A plugin layer's item: a stance with its span."""

    start: int
    end: int
    text: str
    label: str


@pytest.fixture
def fresh_registry(monkeypatch):
    """A registry of the built-in layers only, restored after the test."""
    monkeypatch.setattr(layers, "_registered", dict(BUILTIN_LAYERS))
    layers._record_model.cache_clear()
    yield
    layers._record_model.cache_clear()


def test_model_document_has_every_metadata_field_and_nothing_else():
    own = {"id", "text", "source", "layers", "problems"}
    assert {f.name for f in dataclasses.fields(Document)} - own == set(METADATA_FIELDS)
    assert set(GIVEN_METADATA) < set(METADATA_FIELDS) and "furniture" not in GIVEN_METADATA


def test_model_metadata_round_trips_through_the_record():
    doc = Document(id="d1", text=TEXT, title="Chile and Peru meet", authors=["Ana Ruiz"], published="2025-03-04",
                   language="en", attributed_to=["Reuters"], dateline=Span.of(TEXT, 0, 17))
    record = to_record(doc)
    assert [getattr(record, f) for f in METADATA_FIELDS] == [getattr(doc, f) for f in METADATA_FIELDS]
    record.authors.append("someone else")          # the record does not share lists with the document
    assert doc.authors == ["Ana Ruiz"]
    back = from_record(record)
    assert back.title == "Chile and Peru meet" and back.dateline == doc.dateline


def test_model_event_type_is_one_of_the_plover_types():
    assert typing.get_args(PloverType) == EVENT_TYPES
    Event(id="ev1", type="CONSULT")
    with pytest.raises(ValidationError):
        Event(id="ev1", type="MEET")


def test_model_plugin_layer_reaches_record_and_schema(fresh_registry):
    doc = Document(id="d1", text=TEXT, layers={"stances": [Stance(start=61, end=66, text="said", label="positive")]})
    with pytest.raises(ValueError, match="stances"):
        to_record(doc)                             # no model registered: refused, never silently dropped
    register_layer("stances", Stance)
    record = to_record(doc)
    assert json.loads(record.model_dump_json())["stances"] == [{"start": 61, "end": 66, "text": "said",
                                                                "label": "positive"}]
    assert "stances" in record_model().model_json_schema()["properties"]
    assert "stances" not in Record.model_json_schema()["properties"]
    assert from_record(record).layers["stances"][0].label == "positive"


@pytest.mark.parametrize("name", ["text", "title", "not-an-identifier", "_private"])
def test_model_register_layer_refuses_bad_names(fresh_registry, name):
    with pytest.raises(ValueError):
        register_layer(name, Stance)


def test_model_register_layer_refuses_a_second_model(fresh_registry):
    register_layer("stances", Stance)
    register_layer("stances", Stance)              # the same again is fine
    with pytest.raises(ValueError, match="already"):
        register_layer("stances", Span)


def test_store_keeps_plugin_layer_items(fresh_registry, store_url):
    register_layer("stances", Stance)
    doc = Document(id="d1", text=TEXT, layers={"stances": [Stance(start=61, end=66, text="said", label="positive"),
                                                           Stance(start=0, end=7, text="Foreign", label="neutral")]})
    record = to_record(doc)
    with open_store(store_url) as store:
        assert "0005_layer_items" in [m for m in store_migrations(store)]
        store.write([record])
        with store.engine.connect() as conn:
            rows = conn.execute(schema.layer_items.select().order_by(schema.layer_items.c.ord)).mappings().all()
        assert [(r["layer"], r["ord"], r["start"], r["end"]) for r in rows] == [("stances", 0, 61, 66),
                                                                               ("stances", 1, 0, 7)]
        assert json.loads(rows[1]["data"])["label"] == "neutral"
        assert store.get_record("d1") == record


def test_store_reads_a_plugin_layer_it_has_no_model_for(fresh_registry, tmp_path):
    register_layer("stances", Stance)
    record = to_record(Document(id="d1", text=TEXT, layers={"stances": [Stance(start=0, end=7, text="Foreign",
                                                                               label="neutral")]}))
    with open_store(tmp_path / "s.db") as store:
        store.write([record])
        layers._registered.pop("stances")          # a later process without the plugin installed
        back = store.get_record("d1")
    assert back.stances == [{"start": 0, "end": 7, "text": "Foreign", "label": "neutral"}]  # type: ignore[attr-defined]


def store_migrations(store):
    from sidelines.store.migrations import applied

    return applied(store.engine)
