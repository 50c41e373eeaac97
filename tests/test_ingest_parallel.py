"""Ingest with worker processes and on Dask: the same records, in the same order, as one process."""

from __future__ import annotations

import json

import pytest

from sidelines.app.ingest import ingest_sources
from sidelines.batch import Runner, chunked
from sidelines.settings import settings_from_kwargs
from sidelines.store import open_store

#: Made-up wire copy: ministers, talks, a summit and quotes, about invented and real places.
ARTICLES = [
    {"id": "par-1", "published": "2025-04-01", "title": "Ministers agree on river treaty",
     "text": "Foreign Minister Lena Varga of Hungary met Slovak Foreign Minister Peter Hlinka in Bratislava on "
             "Tuesday. \u201cThe treaty will protect the river for our children,\u201d Varga said after the talks."},
    {"id": "par-2", "published": "2025-04-02", "title": "Talks on grain exports stall",
     "text": "Talks between Egypt and Sudan on grain exports stalled on Wednesday. Egyptian trade minister "
             "Omar Saleh said the two delegations would meet again in May."},
    {"id": "par-3", "published": "2025-04-02", "title": "Envoy arrives in Lima",
     "text": "A United Nations envoy, Maria Costa, arrived in Lima on Wednesday for talks on the fishing dispute. "
             "She told reporters that both sides wanted a deal."},
    {"id": "par-4", "published": "2025-04-03", "title": "President hosts summit",
     "text": "President Anton Kovac of Slovenia hosted leaders from Croatia and Austria at a summit in Ljubljana. "
             "Kovac warned that the border dispute could harm trade."},
    {"id": "par-5", "published": "2025-04-03", "title": "Opposition rejects budget",
     "text": "Opposition leader Greta Lind rejected the government's budget on Thursday, calling it "
             "\u201ca gift to the banks\u201d. The finance ministry declined to comment."},
    {"id": "par-6", "published": "2025-04-04", "title": "Sanctions announced",
     "text": "The European Union announced new sanctions against three shipping companies on Friday, "
             "its foreign policy chief Karl Moser said in Brussels."},
    {"id": "par-7", "published": "2025-04-04", "title": "Prime minister visits Ankara",
     "text": "Greek Prime Minister Nikos Doukas visited Ankara on Friday and met Turkish President Emre Aydin. "
             "Aydin said the two countries would reopen a ferry route."},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps(a) for a in ARTICLES]
    lines.insert(3, "{not json")        # a failure keeps its place among the documents
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(db: str) -> tuple[list[tuple[str, int, str]], list[tuple[str, str | None]]]:
    """(document id, row id, record JSON) of every stored document, and the failures."""
    from sqlalchemy import select

    from sidelines.store import schema

    with open_store(db) as store, store.reader() as conn:
        d, f = schema.documents, schema.failures
        docs = [(r.doc_id, r.id, r.record) for r in conn.execute(select(d.c.doc_id, d.c.id, d.c.record)
                                                                  .order_by(d.c.id))]
        fails = [(r.doc_id, r.code) for r in conn.execute(select(f.c.doc_id, f.c.code).order_by(f.c.id))]
    return docs, fails


def test_batch_chunked_keeps_order_and_the_short_tail():
    assert list(chunked(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


def test_ingest_workers_store_what_one_process_stores(pipeline, corpus, tmp_path):
    settings = settings_from_kwargs()
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    with open_store(one) as store:
        single = ingest_sources(store, [str(corpus)], settings, batch_size=3)
    with open_store(two) as store:
        multi = ingest_sources(store, [str(corpus)], settings, batch_size=3, workers=2, chunk_size=2)
    assert (single.stats.new, single.stats.failed) == (7, 1)
    assert multi.stats == single.stats
    assert stored(two) == stored(one)
    assert [doc_id for doc_id, *_ in stored(one)[0]] == [a["id"] for a in ARTICLES]
    # Two workers did the work, each reporting its peak memory (a loaded pipeline is well over 100 MiB).
    assert len(multi.worker_peak_mb) == 2
    assert all(mb > 100 for mb in multi.worker_peak_mb.values())


def test_ingest_on_dask_stores_what_one_process_stores(pipeline, corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    settings = settings_from_kwargs()
    one, on_dask = str(tmp_path / "one.db"), str(tmp_path / "dask.db")
    with open_store(one) as store:
        ingest_sources(store, [str(corpus)], settings, batch_size=3)
    # Threads in this process: the workers find the session's pipeline loaded already.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, open_store(on_dask) as store:
        result = ingest_sources(store, [str(corpus)], settings, batch_size=3, dask=cluster.scheduler_address,
                                chunk_size=2)
    assert (result.stats.new, result.stats.failed) == (7, 1)
    assert stored(on_dask) == stored(one)


def test_runner_turns_a_failed_chunk_into_failures_and_goes_on(pipeline):
    from concurrent.futures import Future

    from sidelines.ingest.sources import document_from_text

    calls = []

    def submit(fn, *args):
        future: Future = Future()
        calls.append(fn.__name__)
        if len(calls) == 1:
            future.set_exception(MemoryError("worker ran out of memory"))
        else:
            future.set_result(fn(*args))
        return future

    docs = [document_from_text(a["text"], a["id"], "wire.jsonl") for a in ARTICLES[:3]]
    out = list(Runner(settings_from_kwargs(), submit, workers=1, chunk_size=2).run(docs))
    assert [o.id for o in out] == ["par-1", "par-2", "par-3"]
    assert [getattr(o, "code", None) for o in out] == ["E203", "E203", None]
    assert out[2].entities                                   # the next chunk ran normally


def test_runner_versions_starts_every_worker_before_waiting_for_one():
    # A process pool starts a process only for work no idle process can take: asking the workers
    # one after another would leave the second to load its pipeline once the first chunks arrive.
    submitted_when_waited: list[int] = []
    calls: list[str] = []

    class Answer:
        def result(self) -> dict[str, str]:
            submitted_when_waited.append(len(calls))
            return {"events": "7"}

    def submit(fn, *args):
        calls.append(fn.__name__)
        return Answer()

    versions = Runner(settings_from_kwargs(), submit, workers=3).versions()
    assert versions == {"events": "7"}
    assert calls == ["extractor_versions"] * 3
    assert submitted_when_waited == [3, 3, 3]
