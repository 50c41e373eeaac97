"""The times extractor: the layer it writes, its anchor, and the reference article."""

from __future__ import annotations

from sidelines.extractors.times import TimeExtractor
from sidelines.model.document import Document
from sidelines.model.record import TimeExpr


def run_times(nlp, text: str, published: str | None = None) -> list[TimeExpr]:
    """The ``times`` layer the extractor writes for ``text``."""
    doc = Document(id="t", text=text, published=published)
    TimeExtractor()(doc, nlp(text))
    return doc.layers["times"]


def test_times_extractor_metadata():
    ex = TimeExtractor()
    assert (ex.name, ex.requires, ex.produces) == ("times", (), ("times",))


def test_times_layer_is_anchored_on_published(nlp):
    text = (
        "The foreign ministers met in Ankara on Monday and agreed to meet again next week. "
        "Their last meeting, in March, lasted two days."
    )
    layer = run_times(nlp, text, published="2025-06-11T09:00:00+00:00")
    assert all(isinstance(t, TimeExpr) for t in layer)
    assert [(t.text, t.type, t.value) for t in layer] == [
        ("Monday", "DATE", "2025-06-09"),
        ("next week", "DATE", "2025-W25"),
        ("March", "DATE", "2025-03"),
        ("two days", "DURATION", "P2D"),
    ]
    assert [t.start for t in layer] == sorted(t.start for t in layer)
    for t in layer:
        assert text[t.start:t.end] == t.text


def test_times_layer_without_date_uses_dateline(nlp):
    text = "ANKARA, June 11, 2025 - The foreign ministers met on Monday."
    values = [t.value for t in run_times(nlp, text)]
    assert values == ["2025-06-11", "2025-06-09"]


def test_reference_article_dates(nlp, shared_dir):
    text = (shared_dir / "corpus" / "seed_article.txt").read_text("utf-8")
    layer = run_times(nlp, text)
    values = {t.value for t in layer}
    assert {"2025-05", "2025-08-31", "2025-09-01"} <= values
    # The live-blog stamp is an update, not a time expression.
    assert not any(t.type == "TIME" for t in layer)
    for t in layer:
        assert text[t.start:t.end] == t.text


def test_iso_datetime_published_anchors_on_its_date(nlp):
    text = "The ministers met yesterday and will meet again on Friday."
    layer = run_times(nlp, text, published="2025-09-01T10:30:00Z")
    # 2025-09-01 is a Monday: yesterday is Sunday, the coming Friday is 2025-09-05.
    assert [(t.text, t.value) for t in layer] == [("yesterday", "2025-08-31"), ("Friday", "2025-09-05")]


def test_no_anchor_gives_placeholders(nlp):
    text = "The ministers met yesterday and will meet again next week."
    layer = run_times(nlp, text)
    assert [(t.text, t.value) for t in layer] == [("yesterday", "XXXX-XX-XX"), ("next week", "XXXX-WXX")]
