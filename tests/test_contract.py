"""Every record keeps to CONTRACT.md: required keys, types, and spans that match the text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import assert_spans_consistent
from sidelines.model.record import Record

ARTICLE = """Kenya, Ghana agree to deepen trade ties Video / Updated
NAIROBI, March 10 (Reuters) - Kenyan President William Ruto met his Ghanaian counterpart John Mahama on the sidelines of the African Union summit in Addis Ababa on Monday.
"We have agreed to remove the barriers that slow our traders," Ruto said after the talks.
Mahama said the two countries would sign a visa-free travel deal before the end of the year.
By Amina Odhiambo
"""

TOP_LEVEL = {
    "id", "title", "publisher", "authors", "published", "updated", "language", "attributed_to",
    "updates", "text", "entities", "quotes", "events", "times", "places",
}
ENTITY_KEYS = {"id", "name", "type", "mentions", "roles", "country", "kb_id"}
QUOTE_KEYS = {"speaker", "speaker_mention", "cue", "content", "direct"}
EVENT_KEYS = {"id", "type", "mode", "actors", "date", "location", "context", "topics", "evidence", "polarity",
              "modality", "confidence"}
TIME_KEYS = {"start", "end", "text", "type", "value"}
PLACE_KEYS = {"id", "start", "end", "text", "name", "kind", "lat", "lon", "country", "geonameid"}


def check_contract(data: dict) -> None:
    """Assert the CONTRACT.md keys on a JSON-decoded record."""
    assert TOP_LEVEL <= data.keys()
    for e in data["entities"]:
        assert ENTITY_KEYS <= e.keys()
        assert all(m["kind"] in {"name", "nominal", "pronoun"} for m in e["mentions"])
    for q in data["quotes"]:
        assert QUOTE_KEYS <= q.keys()
    for ev in data["events"]:
        assert EVENT_KEYS <= ev.keys()
        assert ev["polarity"] in {"positive", "negative"}
        assert 0.0 <= ev["confidence"] <= 1.0
    for t in data["times"]:
        assert TIME_KEYS <= t.keys()
    for p in data["places"]:
        assert PLACE_KEYS <= p.keys()
    ids = {e["id"] for e in data["entities"]}
    for q in data["quotes"]:
        assert q["speaker"] is None or q["speaker"] in ids
    for ev in data["events"]:
        assert all(a["entity"] in ids for a in ev["actors"])


def test_contract_keys_and_spans_on_an_article(extract):
    record = extract(ARTICLE, doc_id="kenya-ghana")
    data = json.loads(record.model_dump_json())
    check_contract(data)
    assert_spans_consistent(record)
    assert Record.model_validate(data) == record


def test_contract_schema_names_every_layer():
    schema = Record.model_json_schema()
    assert TOP_LEVEL <= set(schema["properties"])


WORDS = st.sampled_from([
    "The", "minister", "said", "“", "”", '"', "Moscow", "met", "President", "Ruto", "on", "Monday", ",", ".",
    "\n", "12:12", "By", "Ghana", "talks", "in", "Paris", "«", "»", "'", "he", "2025", "(", ")", "—", "é", "🙂",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, min_size=0, max_size=60).map(" ".join))
def test_contract_holds_for_any_text(extract, text):
    record = extract(text, doc_id="fuzz")
    assert_spans_consistent(record)
    check_contract(json.loads(record.model_dump_json()))
