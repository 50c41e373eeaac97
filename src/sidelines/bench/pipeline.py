"""The pipeline benchmark: documents and tokens per second against bare spaCy, per stage, in one or more processes."""

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
from typing import Any

from sidelines.model.document import Document
from sidelines.settings import Settings

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
