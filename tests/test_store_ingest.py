"""`sidelines ingest` end to end with the real pipeline: idempotent, versioned, failures kept."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sidelines.cli import app
from sidelines.store import open_store

runner = CliRunner()

ARTICLES = [
    {"id": "wire-1", "published": "2025-02-03", "title": "Ministers meet in Vienna",
     "text": "Austrian Foreign Minister Clara Weiss met her Czech counterpart Tomas Novak in Vienna on Monday. "
             "\u201cWe will open the rail link next year,\u201d Weiss said after the meeting."},
    {"id": "wire-2", "published": "2025-02-04", "title": "Trade talks stall",
     "text": "Trade talks between Chile and Peru stalled on Tuesday, officials said. "
             "Chilean negotiator Ana Rojas said the two sides would meet again in March."},
    {"id": "wire-3", "published": "2025-02-05", "title": "Envoy visits Nairobi",
     "text": "A United Nations envoy arrived in Nairobi on Wednesday for talks on the drought."},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def ingest(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", *args])
    return result.exit_code, result.stderr if hasattr(result, "stderr") else result.output


def test_store_ingest_twice_then_a_changed_article(pipeline, corpus, tmp_path):
    db = str(tmp_path / "wire.db")
    code, _ = ingest(str(corpus), "--db", db)
    assert code == 0
    with open_store(db) as store:
        first = store.table_counts()
        assert first["documents"] == 3
        assert store.get_record("wire-1").title == "Ministers meet in Vienna"
    code, out = ingest(str(corpus), "--db", db)
    assert code == 0
    assert "0 new, 0 updated, 3 unchanged" in out
    with open_store(db) as store:
        assert store.table_counts() == first
    changed = [dict(a) for a in ARTICLES]
    changed[1]["text"] += " Peru's trade minister declined to comment."
    corpus.write_text("\n".join(json.dumps(a) for a in changed) + "\n", encoding="utf-8")
    code, out = ingest(str(corpus), "--db", db)
    assert "0 new, 1 updated, 2 unchanged" in out
    with open_store(db) as store:
        assert [v["version"] for v in store.versions("wire-2")] == [1, 2]
        assert store.get_record("wire-2", 1).text == ARTICLES[1]["text"]
        assert store.table_counts()["documents"] == 4


def test_store_ingest_keeps_failures_and_goes_on(pipeline, corpus, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = str(tmp_path / "mixed.db")
    code, out = ingest(str(empty), str(corpus), "--db", db)
    assert code == 1
    assert "3 new" in out and "1 failed" in out
    with open_store(db) as store:
        assert store.table_counts()["failures"] == 1
