"""Fuzzing the readers and the pipeline with hypothesis: whatever the input, no exception escapes the
per-document boundary, offsets index the record's text, output follows the schema, and JSON lines
are split on newline alone."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sidelines.ingest.sources import jsonl_lines, read_bytes, read_jsonl
from sidelines.model.document import Document
from sidelines.model.record import ErrorRecord, Record
from sidelines.settings import settings_from_kwargs

OFFLINE = settings_from_kwargs(fetch_feed_pages=False)
HOSTILE = ["\u0085", "\u2028", "\u2029", "\u200b", "\u200d", "\u202e", "\u2066", "\x00", "\x1b[2J", "\x07",
           "\ufeff", '"', "\u201c", "(", "[", "{", ")", "<", "&amp;", "\r", "\n", "\t"]
text_parts = st.one_of(
    st.text(min_size=0, max_size=40),
    st.sampled_from(HOSTILE),
    st.builds(lambda ch, n: ch * n, st.sampled_from(['"', "(", "[", "\u201c", "x", "-", "\U0001F600"]),
              st.integers(1, 3000)),
    st.sampled_from(["Ann Lee met Bo Kim in Oslo on Monday. ", '"We agree," said Ann Lee. ', "By Jo Park\n"]),
)
hostile_text = st.lists(text_parts, min_size=1, max_size=20).map("".join)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(hostile_text, st.sampled_from(["", ".txt", ".html", ".jsonl", ".xml"]))
def test_readers_never_raise(text, suffix):
    for data in (text.encode("utf-8", "surrogatepass"), text.encode("utf-16"), text.encode("latin-1", "replace")):
        for item in read_bytes(data, "d", "fuzz" + suffix, suffix, OFFLINE):
            assert isinstance(item, (Document, ErrorRecord))
            if isinstance(item, Document):
                for span in item.furniture:
                    assert 0 <= span.start <= span.end <= len(item.text)


@FUZZ
@given(st.lists(st.one_of(hostile_text, st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
                                                min_size=1, max_size=3)), min_size=1, max_size=6))
def test_jsonl_is_split_on_newline_alone(texts):
    lines = [json.dumps({"id": f"d{n}", "text": t}) for n, t in enumerate(texts)]
    raw = "\n".join(lines)
    assert len(jsonl_lines(raw)) == len(lines)
    items = list(read_jsonl(jsonl_lines(raw), "fuzz.jsonl"))
    assert [i.id for i in items if isinstance(i, Document)] == [
        f"d{n}" for n, t in enumerate(texts) if t.strip() and all(not 0xD800 <= ord(c) <= 0xDFFF for c in t)
    ] or len(items) == len(lines)
    assert len(items) == sum(1 for line in lines if line.strip())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(hostile_text)
def test_pipeline_keeps_the_boundary_and_the_offsets(pipeline, text):
    from sidelines.api import to_output
    from sidelines.content.text import annotate_plain_text

    doc = annotate_plain_text(Document(id="fuzz", text=text))
    (out,) = [to_output(i) for i in pipeline.process([doc])]
    if isinstance(out, ErrorRecord):
        return
    Record.model_validate_json(out.model_dump_json())  # valid per the schema, and it round-trips
    assert out.text == text
    for layer in (out.entities, out.quotes, out.times, out.places):
        for item in layer:
            for span in _spans(item):
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start:span.end] == span.text


def _spans(item):
    if hasattr(item, "start") and hasattr(item, "text"):
        yield item
    for value in vars(item).values():
        values = value if isinstance(value, list) else [value]
        for v in values:
            if hasattr(v, "start") and hasattr(v, "end") and hasattr(v, "text"):
                yield v


@settings(max_examples=10, deadline=None)
@given(st.integers(100, 5000), st.sampled_from(["div", "b", "table", "span"]))
def test_deep_html_is_read_or_refused(depth, tag):
    html = f"<html><body>{f'<{tag}>' * depth}Ann Lee met Bo Kim in Oslo on Monday.{f'</{tag}>' * depth}</body></html>"
    (item,) = read_bytes(html.encode(), "deep", "deep.html", ".html", OFFLINE)
    assert isinstance(item, (Document, ErrorRecord))
