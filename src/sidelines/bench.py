"""Throughput benchmarks: the pipeline against bare spaCy, and the store's ingest rate and query latency."""

from __future__ import annotations

import json
import logging
import multiprocessing
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sidelines.model.document import Document
from sidelines.settings import Settings

if TYPE_CHECKING:
    from sidelines.model.record import Mention, Span

log = logging.getLogger(__name__)

# Documents parsed (and thrown away) before timing, so that lazy initialisation is not measured.
WARMUP_DOCS = 4


@dataclass
class PipelineBench:
    """What one pipeline benchmark measured."""

    documents: int
    characters: int
    tokens: int
    processes: int
    seconds: float              # our wall-clock time over all documents (parse + extract + records)
    bare_seconds: float         # bare ``nlp.pipe`` over the same texts, same parallelism
    stages: dict[str, float]    # seconds per stage (summed over processes)
    peak_rss_mb: float          # the largest process (parent or one worker)
    failed: int = 0
    store_seconds: float | None = None
    notes: list[str] = field(default_factory=list)
    # Bare spaCy's CPU seconds over ours (summed over workers): steadier than wall-clock
    # time when other programs share the machine.
    ratio_cpu: float | None = None

    @property
    def docs_per_s(self) -> float:
        """Documents per second of the full extraction."""
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_s(self) -> float:
        """spaCy tokens per second of the full extraction."""
        return self.tokens / self.seconds if self.seconds else 0.0

    @property
    def bare_tokens_per_s(self) -> float:
        """spaCy tokens per second of bare ``nlp.pipe``."""
        return self.tokens / self.bare_seconds if self.bare_seconds else 0.0

    @property
    def ratio(self) -> float:
        """Our tokens/s over bare spaCy's tokens/s (1.0 = no overhead)."""
        return self.tokens_per_s / self.bare_tokens_per_s if self.bare_tokens_per_s else 0.0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view, derived figures included."""
        return {
            "documents": self.documents, "characters": self.characters, "tokens": self.tokens,
            "processes": self.processes, "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.docs_per_s, 2), "tokens_per_s": round(self.tokens_per_s, 1),
            "bare_seconds": round(self.bare_seconds, 3), "bare_tokens_per_s": round(self.bare_tokens_per_s, 1),
            "ratio": round(self.ratio, 3),
            "ratio_cpu": None if self.ratio_cpu is None else round(self.ratio_cpu, 3),
            "stages": {k: round(v, 3) for k, v in self.stages.items()},
            "peak_rss_mb": round(self.peak_rss_mb, 1), "failed": self.failed,
            "store_seconds": None if self.store_seconds is None else round(self.store_seconds, 3),
            "notes": self.notes,
        }


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children, in MiB (the larger)."""
    per_mb = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / per_mb


def load_documents(path: str | Path, limit: int | None, settings: Settings) -> list[Document]:
    """The documents of a JSONL (or any source ``sidelines extract`` reads), failures left out."""
    from sidelines.ingest.sources import read_sources

    docs = []
    for item in read_sources([str(path)], settings):
        if isinstance(item, Document):
            docs.append(item)
            if limit is not None and len(docs) >= limit:
                break
    return docs


def bench_settings(settings: Settings) -> Settings:
    """The settings with the parse cache switched off: a benchmark must parse every text."""
    return settings.model_copy(update={"parse_cache": ""})


def _run_chunk(
    settings: Settings, docs: Sequence[Document], bare: bool = False
) -> tuple[dict[str, float], list[str], int]:
    """Process documents with the process's pipeline; returns stage timings, JSON records and failures.

    With ``bare``, bare ``nlp.pipe`` runs over the same texts too, one slice at a time
    alternating with the pipeline, so that both see the same machine load (the timings then
    hold ``_bare`` seconds and ``_tokens``).
    """
    from sidelines.api import get_pipeline, to_output
    from sidelines.model.record import ErrorRecord

    stages: dict[str, float] = defaultdict(float)
    started = time.perf_counter()
    pipeline = get_pipeline(settings)  # built once per process
    for _ in pipeline.process([Document(id="warmup", text=d.text) for d in docs[:WARMUP_DOCS]]):
        pass
    pipeline.timings.clear()
    stages["model load"] += time.perf_counter() - started
    nlp, size = pipeline.nlp, settings.batch_size
    if bare:
        for _ in nlp.pipe([d.text for d in docs[:WARMUP_DOCS]], batch_size=size):
            pass
    # Records are kept as JSON lines, as `sidelines extract --format jsonl` writes them: holding
    # thousands of live objects would slow every later step through the garbage collector.
    lines: list[str] = []
    failed = 0
    slice_len = size if bare else max(1, len(docs))
    for n, at in enumerate(range(0, len(docs), slice_len)):
        part = docs[at:at + slice_len]
        # Alternate which of the two runs first, so that neither gains from warm caches.
        steps = ["ours", "bare"] if bare else ["ours"]
        if n % 2:
            steps.reverse()
        for step in steps:
            started, cpu = time.perf_counter(), time.process_time()
            if step == "bare":
                stages["_tokens"] += sum(len(doc) for doc in nlp.pipe((d.text for d in part), batch_size=size))
                stages["_bare"] += time.perf_counter() - started
                stages["_bare_cpu"] += time.process_time() - cpu
                continue
            # Fresh copies: the pipeline writes layers into its documents, and the loaded
            # corpus must not keep them alive.
            for item in pipeline.process([replace(d, layers={}, problems=[]) for d in part]):
                t0 = time.perf_counter()
                out = to_output(item)
                failed += isinstance(out, ErrorRecord)
                lines.append(out.model_dump_json())
                stages["records"] += time.perf_counter() - t0
            stages["_wall"] += time.perf_counter() - started
            stages["_cpu"] += time.process_time() - cpu
    for name, seconds in pipeline.timings.items():
        stages[name] += seconds
    return dict(stages), lines, failed


def _worker(args: tuple[str, list[Document]]) -> tuple[dict[str, float], list[str], int, int]:
    settings_json, docs = args
    stages, lines, failed = _run_chunk(Settings.model_validate_json(settings_json), docs, bare=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return stages, lines, failed, rss


def split_evenly(docs: Sequence[Document], parts: int) -> list[list[Document]]:
    """Split documents into ``parts`` contiguous chunks of about equal total length."""
    total = sum(len(d.text) for d in docs) or 1
    chunks: list[list[Document]] = [[] for _ in range(parts)]
    acc = 0
    for d in docs:
        idx = min(parts - 1, int(acc * parts / total))
        chunks[idx].append(d)
        acc += len(d.text)
    return [c for c in chunks if c]


def write_store(lines: Sequence[str]) -> float | None:
    """Seconds to write JSON records into a fresh temporary SQLite store (None without a store)."""
    try:
        from sidelines.store import open_store
    except ImportError:
        return None
    from sidelines.model.record import ErrorRecord, Record

    records = []
    for line in lines:
        obj = json.loads(line)
        records.append(ErrorRecord.model_validate(obj) if "error" in obj else Record.model_validate(obj))
    with tempfile.TemporaryDirectory(prefix="sidelines-bench-") as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        try:
            started = time.perf_counter()
            store.write(records)
            return time.perf_counter() - started
        finally:
            store.close()


def bench_pipeline(
    data: str | Path, settings: Settings, *, processes: int = 1, limit: int | None = None, store: bool = True,
    progress: Callable[[str], None] | None = None,
) -> PipelineBench:
    """Time the full pipeline over a corpus and bare spaCy over the same texts."""
    say = progress or (lambda _msg: None)
    settings = bench_settings(settings)
    stages: dict[str, float] = defaultdict(float)
    started = time.perf_counter()
    docs = load_documents(data, limit, settings)
    stages["loading"] = time.perf_counter() - started
    texts = [d.text for d in docs]
    notes = []
    cpu_ratio: float | None = None
    worker_rss_mb = 0.0
    if processes <= 1:
        say(f"pipeline over {len(docs)} documents")
        run_stages, lines, failed = _run_chunk(settings, docs, bare=True)
        wall = run_stages.pop("_wall")
        bare_seconds, tokens = run_stages.pop("_bare"), int(run_stages.pop("_tokens"))
        cpu_ratio = run_stages.pop("_bare_cpu") / run_stages.pop("_cpu") if run_stages.get("_cpu") else None
        for k, v in run_stages.items():
            stages[k] += v
    else:
        say(f"pipeline over {len(docs)} documents in {processes} processes")
        ctx = multiprocessing.get_context("spawn")
        chunks = split_evenly(docs, processes)
        started = time.perf_counter()
        with ctx.Pool(len(chunks)) as pool:
            results = pool.map(_worker, [(settings.model_dump_json(), c) for c in chunks])
        outer = time.perf_counter() - started
        lines, failed, walls, loads, bares, tokens = [], 0, [], [], [], 0
        ours_cpu = bare_cpu = 0.0
        for run_stages, worker_lines, n_failed, rss in results:
            worker_rss_mb = max(worker_rss_mb, rss / (1024 * 1024 if sys.platform == "darwin" else 1024))
            walls.append(run_stages.pop("_wall"))
            bares.append(run_stages.pop("_bare", 0.0))
            tokens += int(run_stages.pop("_tokens", 0))
            ours_cpu += run_stages.pop("_cpu", 0.0)
            bare_cpu += run_stages.pop("_bare_cpu", 0.0)
            loads.append(run_stages.get("model load", 0.0))
            for k, v in run_stages.items():
                stages[k] += v
            failed += n_failed
            lines.extend(worker_lines)
        # The slowest worker's processing time: start-up and model loading are not throughput.
        # Each worker also ran bare nlp.pipe over its own share, so both sides have the same
        # parallelism and neither counts start-up.
        wall, bare_seconds = max(walls), max(bares)
        cpu_ratio = bare_cpu / ours_cpu if ours_cpu else None
        notes.append(f"pool wall time {outer:.2f}s including start-up and model loading ({max(loads):.2f}s)")
    store_seconds = None
    if store:
        say("store write")
        store_seconds = write_store(lines)
        if store_seconds is not None:
            stages["store"] = store_seconds
    return PipelineBench(
        documents=len(docs), characters=sum(len(t) for t in texts), tokens=tokens, processes=processes,
        seconds=wall, bare_seconds=bare_seconds, stages=dict(stages),
        peak_rss_mb=max(peak_rss_mb(), worker_rss_mb), failed=failed,
        store_seconds=store_seconds, notes=notes, ratio_cpu=cpu_ratio,
    )


# --- store benchmark ------------------------------------------------------------------------

# Made-up vocabulary for synthetic records: no real names, nothing from any corpus.
SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vor", "di", "nel", "sa", "bru", "te", "gan", "po", "lis", "mar", "quo")
FILLER = ("the", "talks", "officials", "agreed", "on", "a", "plan", "for", "trade", "and", "security", "after",
          "meeting", "in", "capital", "with", "delegation", "visit", "ministers", "said", "week", "border",
          "cooperation", "energy", "summit", "statement", "government", "sanctions", "envoy", "region")
SYNTHETIC_COUNTRIES = ("USA", "FRA", "DEU", "CHN", "IND", "BRA", "ZAF", "JPN", "TUR", "EGY", "MEX", "KEN")
# Each query runs ``runs`` times, but a slow one stops after MIN_RUNS once QUERY_BUDGET_S is spent.
MIN_RUNS = 3
QUERY_BUDGET_S = 20.0
SYNTHETIC_EVENTS = ("CONSULT", "AGREE", "REQUEST", "ACCUSE", "SUPPORT", "COOPERATE", "THREATEN", "PROTEST")


def synthetic_name(rng: Any, parts: int = 2) -> str:
    """A pronounceable made-up name of ``parts`` capitalised words."""
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(parts))


class _TextBuilder:
    """A synthetic text built piece by piece, remembering the offsets of the keyed pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: dict[str, tuple[int, int]] = {}
        self.pos = 0

    def put(self, piece: str, key: str | None = None) -> None:
        if key:
            self.spans[key] = (self.pos, self.pos + len(piece))
        self.parts.append(piece)
        self.pos += len(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def span(self, key: str) -> Span:
        """The keyed piece as a record Span."""
        from sidelines.model.record import Span

        s, e = self.spans[key]
        return Span(start=s, end=e, text=self.text[s:e])

    def mention(self, key: str) -> Mention:
        """The keyed piece as a name Mention."""
        from sidelines.model.record import Mention

        s, e = self.spans[key]
        return Mention(start=s, end=e, text=self.text[s:e], kind="name")


def synthetic_records(n: int, seed: int = 7, people: int = 5000, places: int = 800, skip: int = 0) -> Any:
    """Yield ``n`` contract records with entities, quotes, events, times and places (no spaCy).

    The first ``skip`` are drawn but not built (to go on filling a store built before).
    """
    import random

    from sidelines.model.record import (
        DateRange,
        Entity,
        Event,
        EventActor,
        EventLocation,
        Place,
        Quote,
        Record,
        Span,
        TimeExpr,
    )

    rng = random.Random(seed)
    persons = [(synthetic_name(rng), rng.choice(SYNTHETIC_COUNTRIES)) for _ in range(people)]
    towns = [(synthetic_name(rng, 1), rng.choice(SYNTHETIC_COUNTRIES), rng.uniform(-60, 60), rng.uniform(-170, 170))
             for _ in range(places)]
    for i in range(n):
        day = f"20{10 + i * 15 // max(n, 1):02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        built = _TextBuilder()
        put, spans = built.put, built.spans
        a, b = rng.sample(persons, 2)
        town = rng.choice(towns)
        put(a[0], "a")
        put(" met ")
        put(b[0], "b")
        put(" in ")
        put(town[0], "town")
        put(" on ")
        put("Tuesday", "time")
        put(". ")
        put(" ".join(rng.choice(FILLER) for _ in range(rng.randint(40, 120))), None)
        put(". ")
        put(a[0], "a2")
        put(" said: \u201c")
        put(" ".join(rng.choice(FILLER) for _ in range(12)), "quote")
        put(".\u201d")
        if i < skip:
            continue
        text = built.text
        sp, men = built.span, built.mention
        entities = [
            Entity(id="e1", name=a[0], type="PERSON", mentions=[men("a"), men("a2")], country=a[1]),
            Entity(id="e2", name=b[0], type="PERSON", mentions=[men("b")], country=b[1]),
            Entity(id="e3", name=town[0], type="GPE", mentions=[men("town")], country=town[1]),
        ]
        ts, te = spans["time"]
        tw_s, tw_e = spans["town"]
        yield Record(
            id=f"synthetic-{i}", title=f"{a[0]} meets {b[0]}", publisher=f"wire{i % 20}", published=day, text=text,
            entities=entities,
            quotes=[Quote(speaker="e1", speaker_mention=sp("a2"), cue=None, content=sp("quote"), direct=True, id="q1")],
            events=[Event(id="ev1", type=rng.choice(SYNTHETIC_EVENTS),
                          actors=[EventActor(entity="e1", role="participant"),
                                  EventActor(entity="e2", role="participant")],
                          date=DateRange(start=day, end=day), location=EventLocation(name=town[0], place="p1"),
                          evidence=[Span(start=0, end=spans["time"][1], text=text[:spans["time"][1]])],
                          confidence=0.8)],
            times=[TimeExpr(start=ts, end=te, text=text[ts:te], type="DATE", value=day)],
            places=[Place(id="p1", start=tw_s, end=tw_e, text=text[tw_s:tw_e], name=town[0], lat=town[2],
                          lon=town[3], country=town[1])],
        )


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
        # What an actor's page shows: the actor, its events, its quotes, the actors it met most.
        name = rng.choice(names)
        return (query.get_actor(store, name), query.search_events(store, actor=name, limit=20),
                query.search_quotes(store, speaker=name, limit=20), query.actor_network(store, actor=name, limit=10))

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
