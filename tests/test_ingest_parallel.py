"""Ingest with worker processes and on Dask: the same records, in the same order, as one process."""

from __future__ import annotations

import json

import pytest

from sidelines.app.ingest import ingest_sources
from sidelines.batch import IN_FLIGHT_PER_WORKER, MIN_CHUNK, Runner, balanced_chunks, chunked
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


def derived(db: str) -> dict[str, list[tuple]]:
    """Every row of the per-document and actor tables, in a fixed order."""
    from sqlalchemy import select

    from sidelines.store import schema

    tables = [*schema.DOCUMENT_TABLES, schema.actors, schema.entity_actors, schema.actor_stats, schema.actor_pairs]
    with open_store(db) as store, store.reader() as conn:
        return {t.name: sorted((tuple(r) for r in conn.execute(select(t))), key=repr) for t in tables}


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


def test_balanced_chunks_keep_order_and_shrink_at_the_end():
    chunks = list(balanced_chunks(range(100), 24, 2))
    assert [x for chunk in chunks for x in chunk] == list(range(100))
    sizes = [len(c) for c in chunks]
    assert sizes[:2] == [24, 24]                      # full chunks while the input goes on
    tail = sizes[2:]
    assert len(tail) >= 2 * 2                         # the end is shared out in small pieces
    assert all(a >= b for a, b in zip(tail, tail[1:], strict=False))
    assert max(tail) < 24 and min(tail[:-1]) >= MIN_CHUNK
    # Small inputs still reach every worker; a chunk never exceeds the size asked for.
    assert [len(c) for c in balanced_chunks(range(7), 24, 2)] == [4, 3]
    assert [len(c) for c in balanced_chunks(range(7), 2, 2)] == [2, 2, 2, 1]
    assert list(balanced_chunks([], 24, 2)) == []


def test_balanced_chunks_read_a_bounded_way_ahead():
    read: list[int] = []

    def endless():
        n = 0
        while True:
            read.append(n)
            yield n
            n += 1

    first = next(balanced_chunks(endless(), 10, 3))
    assert first == list(range(10))
    assert len(read) <= 10 + 10 * 3


def test_runner_bounds_the_documents_out_not_the_chunks():
    # The shrinking chunks at the end may be more than workers * IN_FLIGHT_PER_WORKER at once,
    # as long as the documents out stay within as many full chunks.
    from sidelines.batch import ChunkResult

    out: list[int] = []
    peaks: list[tuple[int, int]] = []      # (documents out, chunks out) at each submit

    class Tracked:
        def __init__(self, n: int) -> None:
            self.n = n

        def result(self) -> ChunkResult:
            out.remove(self.n)
            return ChunkResult([], 1, 1.0)

    def submit(fn, settings_json, chunk, *rest):
        out.append(len(chunk))
        peaks.append((sum(out), len(out)))
        return Tracked(len(chunk))

    runner = Runner(settings_from_kwargs(), submit, workers=2, chunk_size=8)
    assert list(runner.run(iter(range(100)))) == []
    limit = 2 * IN_FLIGHT_PER_WORKER * 8
    assert max(docs for docs, _ in peaks) <= limit
    assert max(chunks for _, chunks in peaks) > 2 * IN_FLIGHT_PER_WORKER
    assert not out


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
    # The workers prepared the rows and actor observations the writer stored: the same as this process's.
    assert derived(two) == derived(one)
    assert derived(one)["mentions"] and derived(one)["entity_actors"]
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


def test_a_prepared_record_gives_the_rows_and_observations_of_the_record():
    import pickle

    from sidelines.resolve.actors import observations_from_record
    from sidelines.store.records import document_rows, prepare_record, record_hash
    from test_store_samples import sample_records

    for record in sample_records():
        prepared = pickle.loads(pickle.dumps(prepare_record(record)))     # as a worker sends it
        assert prepared.for_row(7) == (document_rows(record, 7), observations_from_record(record, 7))
        assert prepared.digest == record_hash(record)
        assert prepared.record() == record
        assert not prepared.has_nul
        # Written again under another row (a refused batch is written one record at a time).
        assert prepared.for_row(8) == (document_rows(record, 8), observations_from_record(record, 8))


def test_ingest_with_workers_writes_while_they_extract(pipeline, corpus, tmp_path, monkeypatch):
    # With workers, a transaction holds at most one chunk per worker (not --batch-size):
    # the writer keeps up with the workers, and little is left to write after the last chunk.
    from concurrent.futures import Future
    from contextlib import contextmanager

    import sidelines.app.ingest as ingest

    def submit(fn, *args):
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    @contextmanager
    def in_thread_runner(settings, *, workers, dask, chunk_size, prepared):
        yield Runner(settings, submit, workers=2, chunk_size=2, prepared=prepared)

    monkeypatch.setattr(ingest, "open_runner", in_thread_runner)
    batches: list[list[str]] = []
    with open_store(str(tmp_path / "w.db")) as store:
        write_batch = store.write_batch

        def spy(batch, **kwargs):
            batches.append([type(out).__name__ for out in batch])
            return write_batch(batch, **kwargs)

        monkeypatch.setattr(store, "write_batch", spy)
        result = ingest_sources(store, [str(corpus)], settings_from_kwargs(), batch_size=500)
    assert (result.stats.new, result.stats.failed) == (7, 1)
    assert [len(b) for b in batches] == [4, 4]
    # The workers sent the records prepared for the store: the writer decodes none.
    assert {name for b in batches for name in b} == {"Prepared", "ErrorRecord"}
