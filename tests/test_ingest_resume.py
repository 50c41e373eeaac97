"""Crash-safe, resumable ingest: SIGKILL mid-run, rerun, every document once and the store consistent.

The killed run is a real ``sidelines ingest`` process; the rerun and the reference run
use this session's pipeline (the same code, without loading spaCy again).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sidelines import query
from sidelines.app.ingest import ingest_sources
from sidelines.settings import settings_from_kwargs
from sidelines.store import open_store, schema
from sidelines.store.records import record_from_row

ROOT = Path(__file__).resolve().parent.parent

MINISTERS = [("Lena Varga", "Hungary", "Budapest"), ("Peter Hlinka", "Slovakia", "Bratislava"),
             ("Omar Saleh", "Egypt", "Cairo"), ("Maria Costa", "Portugal", "Lisbon"),
             ("Anton Kovac", "Slovenia", "Ljubljana"), ("Greta Lind", "Sweden", "Stockholm")]
TOPICS = ["a water-sharing treaty", "grain exports", "a fishing dispute", "energy prices", "a rail link"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def articles(n: int = 30) -> list[dict[str, str]]:
    """Short made-up wire stories: two ministers meet, one of them is quoted."""
    out = []
    for i in range(n):
        (host, country, city), (guest, guest_country, _) = MINISTERS[i % 6], MINISTERS[(i + 1 + i // 6) % 6]
        if guest == host:
            guest, guest_country = MINISTERS[(i + 2) % 6][:2]
        topic, day = TOPICS[i % 5], DAYS[i % 5]
        text = (f"Foreign Minister {host} of {country} met {guest}, the foreign minister of {guest_country}, "
                f"in {city} on {day} for talks on {topic}. \u201cWe made real progress,\u201d {host.split()[1]} "
                f"told reporters after the meeting.")
        out.append({"id": f"res-{i:02d}", "published": f"2025-05-{1 + i % 28:02d}", "title": f"Talks on {topic}",
                    "text": text})
    return out


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "resume.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles()) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(pipeline, tmp_path_factory):
    """What an uninterrupted ingest of the corpus stores: record JSON by id, and the actors."""
    folder = tmp_path_factory.mktemp("reference")
    path = folder / "resume.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles()) + "\n", encoding="utf-8")
    with open_store(folder / "ref.db") as store:
        ingest_sources(store, [str(path)], settings_from_kwargs(), batch_size=2)
        return snapshot(store)


def snapshot(store) -> tuple[dict[str, str], list[tuple]]:
    """Each document's record JSON by id, and the actors (ids left out: they follow write order)."""
    d = schema.documents
    with store.reader() as conn:
        records = {r.doc_id: r.record for r in conn.execute(select(d.c.doc_id, d.c.record))}
    actors = sorted((a.name, a.type, a.country, a.documents, a.title or "")
                    for a in query.list_actors(store, limit=10_000))
    return records, actors


def count_documents(store) -> int:
    with store.reader() as conn:
        return conn.execute(select(func.count()).select_from(schema.documents)).scalar_one()


def kill_mid_run(url: str, corpus: Path, *extra: str, parent_only: bool = False) -> int:
    """Start ``sidelines ingest``, SIGKILL it once a batch is committed; returns the documents stored then."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "sidelines", "ingest", str(corpus), "--db", url, "--batch-size", "2",
           "--no-stories", *extra]
    with open_store(url) as store:
        proc = subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 240
            while count_documents(store) == 0:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "ingest stopped"
                assert time.monotonic() < deadline, "no batch committed in time"
                time.sleep(0.05)
            if parent_only:
                os.kill(proc.pid, signal.SIGKILL)
            else:
                os.killpg(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
            if parent_only:
                # Its workers notice they lost their parent and leave of themselves.
                deadline = time.monotonic() + 20
                while group_alive(proc.pid):
                    assert time.monotonic() < deadline, "workers outlived their killed parent"
                    time.sleep(0.2)
        finally:
            if group_alive(proc.pid):
                os.killpg(proc.pid, signal.SIGKILL)
            if proc.stderr:
                proc.stderr.close()
        return count_documents(store)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def check_resumed(url: str, corpus: Path, at_kill: int, reference) -> None:
    """Rerun, then: every document once, each complete, the same records and actors as an uninterrupted run."""
    assert 0 < at_kill < 30, f"the kill came too late to test anything ({at_kill} documents stored)"
    with open_store(url) as store:
        result = ingest_sources(store, [str(corpus)], settings_from_kwargs(), batch_size=2)
        assert (result.skipped, result.stats.new) == (at_kill, 30 - at_kill)
        d = schema.documents
        with store.reader() as conn:
            ids = Counter(r.doc_id for r in conn.execute(select(d.c.doc_id)))
            rows = conn.execute(select(d.c.id, d.c.record, d.c.text)).all()
            # No half-written document: each document's rows are those of its record.
            for row in rows:
                record = record_from_row(row.record, row.text)
                for table, expected in ((schema.entities, len(record.entities)), (schema.quotes, len(record.quotes)),
                                        (schema.events, len(record.events)), (schema.times, len(record.times)),
                                        (schema.mentions, sum(len(e.mentions) for e in record.entities))):
                    n = conn.execute(select(func.count()).select_from(table).where(table.c.doc == row.id))
                    assert n.scalar_one() == expected, (record.id, table.name)
        assert ids == {a["id"]: 1 for a in articles()}
        assert snapshot(store) == reference


@pytest.mark.slow
def test_ingest_killed_with_workers_resumes_on_sqlite(pipeline, corpus, reference, tmp_path):
    db = str(tmp_path / "killed.db")
    at_kill = kill_mid_run(db, corpus, "--workers", "2", parent_only=True)
    check_resumed(db, corpus, at_kill, reference)
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.slow
def test_ingest_killed_resumes_on_postgres(pipeline, corpus, reference, postgres_database):
    at_kill = kill_mid_run(postgres_database, corpus)
    check_resumed(postgres_database, corpus, at_kill, reference)


def test_ingest_retry_failed_reads_failed_sources_again(pipeline, tmp_path):
    settings = settings_from_kwargs()
    empty, still_empty = tmp_path / "late.txt", tmp_path / "blank.txt"
    empty.write_text("  \n", encoding="utf-8")
    still_empty.write_text("", encoding="utf-8")
    wire = tmp_path / "wire.jsonl"
    good = articles(3)
    wire.write_text(f"{json.dumps(good[0])}\n{{broken\n{json.dumps(good[2])}\n", encoding="utf-8")
    with open_store(tmp_path / "retry.db") as store:
        first = ingest_sources(store, [str(empty), str(still_empty), str(wire)], settings)
        assert (first.stats.new, first.stats.failed) == (2, 3)
        # The writer fixes two of the three; --retry-failed picks them up without naming the sources.
        empty.write_text("Foreign Minister Lena Varga of Hungary arrived in Lisbon on Monday.", encoding="utf-8")
        wire.write_text("\n".join(json.dumps(a) for a in good) + "\n", encoding="utf-8")
        again = ingest_sources(store, [], settings, retry_failed=True)
        assert (again.stats.new, again.stats.failed, again.skipped) == (2, 1, 2)
        f = schema.failures
        with store.reader() as conn:
            left = conn.execute(select(f.c.doc_id, f.c.code, f.c.count)).all()
        assert [tuple(row) for row in left] == [("blank", "E105", 2)]
        assert store.get_record("res-01").text == good[1]["text"]
        assert store.get_record("late").text.startswith("Foreign Minister Lena Varga")
