"""`sidelines bench`: helpers, synthetic records, and small end-to-end runs."""

from __future__ import annotations

import json

import pytest

from sidelines.bench import bench_pipeline, percentile, split_evenly, synthetic_records
from sidelines.model.document import Document


def test_percentile_nearest_rank():
    values = [5.0, 1.0, 3.0, 2.0, 4.0]
    # Sorted 1..5: p50 -> rank ceil(2.5) = 3 -> 3.0; p95 -> rank ceil(4.75) = 5 -> 5.0.
    assert percentile(values, 0.5) == 3.0
    assert percentile(values, 0.95) == 5.0
    assert percentile([], 0.5) == 0.0


def test_split_evenly_keeps_order_and_balances_length():
    docs = [Document(id=str(i), text="x" * n) for i, n in enumerate([10, 10, 10, 10, 40])]
    parts = split_evenly(docs, 2)
    assert [d.id for part in parts for d in part] == ["0", "1", "2", "3", "4"]
    # 80 characters: the first 40 (docs 0-3) go to part one, doc 4 (starting at 40) to part two.
    assert [[d.id for d in p] for p in parts] == [["0", "1", "2", "3"], ["4"]]


def test_synthetic_records_spans_match_text():
    records = list(synthetic_records(20))
    assert len({r.id for r in records}) == 20
    for r in records:
        for e in r.entities:
            for m in e.mentions:
                assert r.text[m.start:m.end] == m.text
        for q in r.quotes:
            assert r.text[q.content.start:q.content.end] == q.content.text
        for p in r.places:
            assert r.text[p.start:p.end] == p.text


def test_bench_pipeline_small_corpus(tmp_path, pipeline):
    texts = [
        "The foreign minister of Norland met her Ostrian counterpart in Kessel on Monday to discuss trade.",
        "\u201cWe will reopen the border,\u201d the prime minister said after talks with the opposition leader.",
        "Protesters gathered outside parliament on Friday, demanding new elections, police said.",
    ]
    data = tmp_path / "corpus.jsonl"
    data.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
    result = bench_pipeline(data, pipeline.settings, store=False)
    assert result.documents == 3 and result.failed == 0
    assert result.tokens > 40
    assert result.seconds > 0 and result.bare_seconds > 0 and result.ratio > 0
    assert result.ratio_cpu is not None and result.ratio_cpu > 0
    assert "spacy" in result.stages and "loading" in result.stages
    assert result.peak_rss_mb > 50
    assert set(result.as_dict()) >= {"docs_per_s", "tokens_per_s", "bare_tokens_per_s", "ratio", "stages"}


def test_bench_store_small():
    pytest.importorskip("sidelines.query")
    from sidelines.bench import bench_store

    result = bench_store(30, runs=2, batch=10)
    assert result.documents == 30 and result.ingest_seconds > 0
    assert set(result.latency_ms) >= {"search_quotes(speaker)", "search_events(actor)", "list_actors",
                                       "actor_network", "documents FTS"}
    assert all(v["p95"] >= v["p50"] >= 0 for v in result.latency_ms.values())


def test_bench_cli_store_mode_prints_latencies(tmp_path):
    pytest.importorskip("sidelines.query")
    from typer.testing import CliRunner

    from sidelines.cli import app

    out = tmp_path / "store.json"
    result = CliRunner().invoke(app, ["bench", "--store", "--documents", "20", "--report", str(out)])
    assert result.exit_code == 0, result.output
    assert "p95 ms" in result.output and "list_actors" in result.output
    assert json.loads(out.read_text("utf-8"))["documents"] == 20
