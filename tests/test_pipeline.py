"""The pipeline end to end on text we wrote: order, failures, spans."""

from __future__ import annotations

import pytest

from conftest import assert_spans_consistent
from sidelines.errors import ConfigError
from sidelines.extractors.base import BaseExtractor
from sidelines.model.document import Document
from sidelines.model.record import ErrorRecord, failure
from sidelines.pipeline import check_order

ARTICLE = (
    "Ghana, Kenya leaders meet in Accra\n"
    "Ghanaian President John Mahama met Kenyan President William Ruto in Accra on Monday.\n"
    "Mahama said the two countries would deepen trade ties.\n"
)


def test_pipeline_keeps_order_and_failures(pipeline):
    items = [
        Document(id="a", text=ARTICLE),
        failure("bad", "E101", "binary"),
        Document(id="b", text="Kenya and Uganda signed a rail deal in Nairobi."),
    ]
    out = list(pipeline.process(items))
    assert [o.id for o in out] == ["a", "bad", "b"]
    assert isinstance(out[1], ErrorRecord)


def test_pipeline_refuses_overlong_document(pipeline):
    long = Document(id="huge", text="word " * (pipeline.settings.max_chars // 5 + 1))
    (out,) = list(pipeline.process([long]))
    assert isinstance(out, ErrorRecord) and out.code == "E103"


def test_extract_entities_have_consistent_spans(extract):
    record = extract(ARTICLE)
    assert_spans_consistent(record)
    names = {e.name for e in record.entities if e.type == "PERSON"}
    assert "John Mahama" in names and "William Ruto" in names


class _Reader(BaseExtractor):
    name = "reader"
    requires = ("quotes",)
    produces = ("events",)


def test_check_order_rejects_missing_layer():
    with pytest.raises(ConfigError):
        check_order([_Reader()])


def test_pipeline_freezes_the_loaded_heap_once(pipeline):
    import gc

    # Frozen as a pipeline's second chunk starts (the first chunk's documents are given out by then).
    list(pipeline.process([Document(id="f", text="Tomas Verhoel opened a bakery in Lindqvar on Friday.")]))
    list(pipeline.process([Document(id="g", text="Verhoel said the bakery would stay open.")]))
    frozen = gc.get_freeze_count()
    assert frozen > 0
    list(pipeline.process([Document(id="h", text="The bakery in Lindqvar sold out by noon.")]))
    assert gc.get_freeze_count() <= frozen  # not again: later documents are not frozen


def test_pipeline_collects_young_objects_less_often_once_frozen(pipeline):
    import gc

    from sidelines.pipeline import YOUNG_COLLECTION_THRESHOLD

    list(pipeline.process([Document(id="f", text="Tomas Verhoel opened a bakery in Lindqvar on Friday.")]))
    list(pipeline.process([Document(id="g", text="Verhoel said the bakery would stay open.")]))
    # A document's short-lived objects (tokens, spans, facts) no longer set off a collection every 700.
    assert gc.get_threshold()[0] >= YOUNG_COLLECTION_THRESHOLD >= 10_000
