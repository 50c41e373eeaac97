"""The fast paths of the query layer give the answers of the plain ones.

A common word walks the latest documents newest first testing each quote (instead of
gathering every match); an event page fetches its evidence after sorting. Both must
return what the plain path returns, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest

from sidelines import query
from sidelines.bench import FILLER, synthetic_records
from sidelines.query import quotes


@pytest.fixture
def synthetic(store):
    store.write(list(synthetic_records(80, people=12, places=5)))
    return store


@pytest.mark.parametrize("words", ["talks", "security trade", "capital", "zzzunknown"])
def test_quote_search_walk_equals_search_by_ids(synthetic, monkeypatch, words):
    by_ids = [dict(r) for r in query.search_quotes(synthetic, contains=words, limit=15)]
    monkeypatch.setattr(quotes, "few_ids", lambda *_a, **_k: None)
    walked = [dict(r) for r in query.search_quotes(synthetic, contains=words, limit=15)]
    assert walked == by_ids
    if words in FILLER:
        # Filler words are common in synthetic quotes: the page is full, each quote holds the word.
        assert len(walked) == 15 and all(words in r["content"].split() for r in walked)
    if words == "zzzunknown":
        assert walked == []


def test_event_page_has_each_events_first_evidence(synthetic):
    rows = query.search_events(synthetic, type="consult", limit=5) or query.search_events(synthetic, limit=5)
    assert rows
    for row in rows:
        # Synthetic events have one evidence span: the text up to the meeting's day.
        record = query.get_record(synthetic, row["document"])
        (event,) = [e for e in record.events if e.id == row["event"]]
        assert row["evidence"] == event.evidence[0].text


@pytest.mark.parametrize("words", ["talks", "meets", "security trade", "zzzunknown"])
def test_document_search_walk_equals_search_by_ids(synthetic, monkeypatch, words):
    from sidelines.query import documents

    by_ids = [dict(r) for r in query.search_documents(synthetic, words, limit=15)]
    monkeypatch.setattr(documents, "few_ids", lambda *_a, **_k: None)
    walked = [dict(r) for r in query.search_documents(synthetic, words, limit=15)]
    assert walked == by_ids
    if words != "zzzunknown":
        assert walked


def test_planner_statistics_are_kept_after_a_writing_session(tmp_path):
    import sqlite3

    from sidelines.store import open_store

    path = tmp_path / "stats.db"
    written = open_store(str(path))
    written.write(list(synthetic_records(20, people=6, places=3)))
    written.close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"documents", "events", "quotes"} <= tables
