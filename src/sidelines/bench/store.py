"""The store benchmark: fill a store with synthetic records, then time the main queries (p50, p95)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sidelines.bench.synthetic import FILLER, SYNTHETIC_COUNTRIES, SYNTHETIC_EVENTS, synthetic_records

# Each query runs ``runs`` times, but a slow one stops after MIN_RUNS once QUERY_BUDGET_S is spent.
MIN_RUNS = 3
QUERY_BUDGET_S = 20.0


@dataclass
class StoreBench:
    """What the store benchmark measured."""

    documents: int
    ingest_seconds: float
    size_mb: float
    latency_ms: dict[str, dict[str, float]]  # query -> {"p50": ms, "p95": ms, "runs": n}
    backend: str = "sqlite"
    ingested: int = 0                        # documents written by this run (0: the store was reused)

    @property
    def ingest_docs_per_s(self) -> float:
        """Documents written per second."""
        return self.ingested / self.ingest_seconds if self.ingest_seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {"documents": self.documents, "backend": self.backend, "ingested": self.ingested,
                "ingest_seconds": round(self.ingest_seconds, 2), "ingest_docs_per_s": round(self.ingest_docs_per_s, 1),
                "size_mb": round(self.size_mb, 1), "latency_ms": self.latency_ms}


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) by the nearest-rank method."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 1))))
    return ordered[rank - 1]


def store_queries(store: Any, rng: Any, names: Sequence[str], days: Sequence[str]) -> dict[str, Callable[[], Any]]:
    """The main queries of sidelines.query, each with randomised arguments (names and days of the store)."""
    from sidelines import query

    def date_range() -> tuple[str, str]:
        # A year's window starting on one of the store's days.
        since = rng.choice(days)
        return since, f"{int(since[:4]) + 1}{since[4:]}"

    def events_filtered() -> Any:
        since, until = date_range()
        return query.search_events(store, actor=rng.choice(names), type=rng.choice(SYNTHETIC_EVENTS), since=since,
                                   until=until, limit=20)

    def events_in_range() -> Any:
        since, until = date_range()
        return query.search_events(store, type=rng.choice(SYNTHETIC_EVENTS), since=since, until=until, limit=20)

    def actor_page() -> Any:
        # Everything the web UI's actor page shows: the actor, its events, their days, its quotes,
        # the actors it met most and its places (the page calls exactly this).
        return query.actor_page(store, rng.choice(names))

    return {
        "list_actors": lambda: query.list_actors(store, limit=20),
        "list_actors(type, country)": lambda: query.list_actors(
            store, type="PERSON", country=rng.choice(SYNTHETIC_COUNTRIES), limit=20),
        "get_actor": lambda: query.get_actor(store, rng.choice(names)),
        "actor page": actor_page,
        "actor_network": lambda: query.actor_network(store, limit=20),
        "actor_network(type)": lambda: query.actor_network(store, type=rng.choice(SYNTHETIC_EVENTS), limit=20),
        "actor_network(actor)": lambda: query.actor_network(store, actor=rng.choice(names), limit=10),
        "search_events(actor)": lambda: query.search_events(store, actor=rng.choice(names), limit=20),
        "search_events(type)": lambda: query.search_events(store, type=rng.choice(SYNTHETIC_EVENTS), limit=20),
        "search_events(type, dates)": events_in_range,
        "search_events(actor, type, dates)": events_filtered,
        "search_quotes(speaker)": lambda: query.search_quotes(store, speaker=rng.choice(names), limit=20),
        "search_quotes(contains)": lambda: query.search_quotes(store, contains=rng.choice(FILLER), limit=20),
        "search_quotes(contains 2 words)": lambda: query.search_quotes(
            store, contains=f"{rng.choice(FILLER)} {rng.choice(FILLER)}", limit=20),
        "documents FTS": lambda: query.search_documents(store, f"{rng.choice(FILLER)} {rng.choice(FILLER)}", limit=20),
    }


def store_size_mb(store: Any) -> float:
    """The store's size on disk: the SQLite file (with its WAL), or the PostgreSQL tables of its schema."""
    from sqlalchemy import text

    if store.backend.name == "sqlite":
        path = Path(store.engine.url.database or "")
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 1e6
    with store.engine.connect() as conn:
        size = conn.execute(text("SELECT coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))),"
                                 " 0) FROM pg_tables WHERE schemaname = current_schema()")).scalar_one()
    return float(size) / 1e6


def stored_documents(store: Any) -> int:
    """Latest documents in the store."""
    from sqlalchemy import func, select

    from sidelines.store import schema

    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.documents)
                                .where(schema.documents.c.is_latest)).scalar_one())


def ingest_synthetic(store: Any, documents: int, batch: int, say: Callable[[str], None]) -> int:
    """Write synthetic documents until the store holds ``documents`` (a store built before is reused)."""
    have = stored_documents(store)
    if have >= documents:
        say(f"reusing the store: {have:,} documents")
        return 0
    chunk: list[Any] = []
    done = have
    for rec in synthetic_records(documents, skip=have):
        chunk.append(rec)
        if len(chunk) >= batch:
            store.write(chunk, batch_size=batch)
            done += len(chunk)
            chunk = []
            say(f"ingested {done:,} of {documents:,}")
    if chunk:
        store.write(chunk, batch_size=batch)
    return documents - have


def bench_store(
    documents: int = 100_000, *, url: str | None = None, runs: int = 20, batch: int = 2000,
    progress: Callable[[str], None] | None = None,
) -> StoreBench:
    """Fill a store with synthetic records (a fresh SQLite file, or the store ``url`` names), then time queries.

    A store at ``url`` that holds enough documents already is reused as it is, so that
    the queries of a 100,000-document store can be timed again without building it again.
    """
    import random

    from sidelines.store import open_store

    say = progress or (lambda _msg: None)
    with tempfile.TemporaryDirectory(prefix="sidelines-bench-") as tmp:
        store = open_store(url or str(Path(tmp) / "bench.db"))
        try:
            started = time.perf_counter()
            ingested = ingest_synthetic(store, documents, batch, say)
            ingest = time.perf_counter() - started if ingested else 0.0
            if ingested:
                store.close()   # refreshes the planner's statistics, as after any ingest
                store = open_store(store.url)
            from sidelines import query

            size = store_size_mb(store)
            total = stored_documents(store)
            rng = random.Random(11)
            # Query by names and days that are in the store, as a user would.
            names = [r.name for r in query.list_actors(store, type="PERSON", limit=200)] or ["nobody"]
            days = [f"{2010 + rng.randrange(14)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
                    for _ in range(100)]
            latency: dict[str, dict[str, float]] = {}
            for label, run in store_queries(store, rng, names, days).items():
                say(f"timing {label}")
                run()  # warm the page cache once
                times: list[float] = []
                budget_end = time.perf_counter() + QUERY_BUDGET_S
                while len(times) < runs and (len(times) < MIN_RUNS or time.perf_counter() < budget_end):
                    t0 = time.perf_counter()
                    run()
                    times.append((time.perf_counter() - t0) * 1000)
                latency[label] = {"p50": round(percentile(times, 0.5), 2), "p95": round(percentile(times, 0.95), 2),
                                  "runs": len(times)}
        finally:
            store.close()
    return StoreBench(total, ingest, size, latency, backend=store.backend.name, ingested=ingested)
