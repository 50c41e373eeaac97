"""Run extraction in worker processes or on a Dask cluster: chunks out, records back in input order.

The parent reads the sources and writes the store (one writer); workers only run the
pipeline. Each worker loads spaCy once (``get_pipeline`` is cached per process), at
most ``workers * IN_FLIGHT_PER_WORKER`` chunks' worth of documents are out at a time
(memory stays bounded however long the input), and results come back in the order the
chunks went out, so ids and order are those of a one-process run. Records travel as JSON
(a record model with plugin layers is built at run time and does not pickle), or, for a
store, already prepared as its rows (``store.records.Prepared``), so that the writer
neither decodes nor walks them.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any, Protocol

from sidelines.errors import NlpError
from sidelines.model.document import Document, Item
from sidelines.model.record import ErrorRecord, Record, failure
from sidelines.settings import Settings

if TYPE_CHECKING:
    from sidelines.store.records import Prepared

log = logging.getLogger(__name__)

#: Documents per chunk sent to a worker: small enough to balance the load, large enough for nlp.pipe
#: (on news_dev's 300 articles, 2 workers: 8 per chunk took 74 s, 24 took 59-63 s, 40 took 70 s).
CHUNK_SIZE = 24
#: Chunks' worth of documents out per worker at once (one running, one waiting): bounds the memory in flight.
IN_FLIGHT_PER_WORKER = 2
#: The smallest chunk the end of an input is split into (nlp.pipe still batches a few documents).
MIN_CHUNK = 4

#: One pipeline per process; Dask threads sharing a process take turns on it.
_PIPELINE_LOCK = threading.Lock()


@dataclass
class ChunkResult:
    """What a worker sends back for one chunk: (is_error, JSON or prepared record) each, its pid, peak memory, CPU."""

    outputs: list[tuple[bool, "str | Prepared"]]
    pid: int
    peak_rss_mb: float
    cpu_s: float = 0.0


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def extractor_versions(settings_json: str) -> dict[str, str]:
    """The name and version of each extractor of the pipeline (loading it in the calling process)."""
    from sidelines.api import get_pipeline

    pipeline = get_pipeline(Settings.model_validate_json(settings_json))
    return {ex.name: ex.version for ex in pipeline.extractors}


def extract_chunk(settings_json: str, items: list[Item], prepared: bool = False) -> ChunkResult:
    """Run the pipeline over one chunk of documents (and failures), in a worker.

    ``prepared``: records go back prepared for the store, not as JSON.
    """
    from sidelines.api import run_items
    from sidelines.store.records import prepare_record

    settings = Settings.model_validate_json(settings_json)
    outputs: list[tuple[bool, str | Prepared]] = []
    with _PIPELINE_LOCK:
        for out in run_items(items, settings):
            if isinstance(out, ErrorRecord) or not prepared:
                outputs.append((isinstance(out, ErrorRecord), out.model_dump_json()))
            else:
                outputs.append((False, prepare_record(out)))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return ChunkResult(outputs, os.getpid(), peak_rss_mb(), usage.ru_utime + usage.ru_stime)


def decode_output(is_error: bool, data: str | Prepared) -> Record | Prepared | ErrorRecord:
    """A record (or failure) from the JSON a worker sent; a prepared record as it is."""
    from sidelines.store.records import record_from_row

    if not isinstance(data, str):
        return data
    if is_error:
        return ErrorRecord.model_validate_json(data)
    return record_from_row(data, "")


def _exit_with_parent(parent: int) -> None:
    # A worker whose parent was killed (SIGKILL: no chance to stop its pool) would wait
    # for work forever; it leaves once it sees it has a new parent.
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def init_worker(settings_json: str, parent: int) -> None:
    """Process pool initializer: load the pipeline once and leave when the parent dies."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="parent-watch").start()
    extractor_versions(settings_json)


class Future(Protocol):
    """What both ``concurrent.futures`` and Dask futures offer."""

    def result(self) -> Any:
        """Wait for the value (re-raising the task's exception)."""
        ...


Submit = Callable[..., Future]


@dataclass
class Runner:
    """Runs extraction over documents, in this process or by submitting chunks to workers."""

    settings: Settings
    submit: Submit | None = None      # None: in this process
    workers: int = 1
    chunk_size: int = CHUNK_SIZE
    #: Workers send records prepared for the store (``store.records.Prepared``), not the records.
    prepared: bool = False
    #: Peak resident memory (MiB) seen for each worker process, by pid.
    worker_peak_mb: dict[int, float] = field(default_factory=dict)
    #: CPU seconds each worker process had used by its last chunk (pipeline loading included), by pid.
    worker_cpu_s: dict[int, float] = field(default_factory=dict)

    @property
    def settings_json(self) -> str:
        """The settings as the workers receive them."""
        return self.settings.model_dump_json()

    def versions(self) -> dict[str, str]:
        """The extractors' names and versions (asked of the workers when there are workers).

        Asked once per worker at the same time: a process pool starts a process for each call
        it cannot hand to an idle one, so every worker loads its pipeline now, side by side,
        instead of the second starting only when the first chunks arrive.
        """
        if self.submit is None:
            return extractor_versions(self.settings_json)
        asked = [self.submit(extractor_versions, self.settings_json) for _ in range(self.workers)]
        answers = [dict(future.result()) for future in asked]
        return answers[0]

    def run(self, items: Iterable[Item]) -> Iterator[Record | Prepared | ErrorRecord]:
        """Records for the documents, in input order (from workers prepared for the store, if so asked)."""
        if self.submit is None:
            from sidelines.api import run_items

            yield from run_items(items, self.settings)
            return
        yield from self._run_chunks(items)

    def _run_chunks(self, items: Iterable[Item]) -> Iterator[Record | Prepared | ErrorRecord]:
        """Submit chunks while fewer than ``workers * IN_FLIGHT_PER_WORKER`` chunks' worth of documents are out.

        Documents, not chunks, are counted: the small chunks at the end of the input
        (``balanced_chunks``) keep a worker that finishes early busy.
        """
        assert self.submit is not None
        settings_json = self.settings_json
        pending: deque[tuple[Future, list[Item]]] = deque()
        limit = max(1, self.workers * IN_FLIGHT_PER_WORKER) * self.chunk_size
        out = 0
        for chunk in balanced_chunks(items, self.chunk_size, self.workers):
            while pending and out + len(chunk) > limit:
                done = pending.popleft()
                out -= len(done[1])
                yield from self._collect(*done)
            pending.append((self.submit(extract_chunk, settings_json, chunk, self.prepared), chunk))
            out += len(chunk)
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(self, future: Future, chunk: list[Item]) -> Iterator[Record | Prepared | ErrorRecord]:
        try:
            result: ChunkResult = future.result()
        except Exception as exc:  # noqa: BLE001 - the chunk's documents become failures; the run goes on
            if is_broken(exc):
                raise NlpError(f"the extraction workers stopped ({type(exc).__name__}: {exc}); what was "
                               "stored is kept: run the ingest again to go on", code="E203") from exc
            log.warning("a worker failed on a chunk of %d documents: %s", len(chunk), exc, exc_info=True)
            for item in chunk:
                if isinstance(item, Document):
                    yield failure(item.id, "E203", f"the extraction worker failed: {type(exc).__name__}: {exc}",
                                  item.source)
                else:
                    yield item
            return
        self.worker_peak_mb[result.pid] = max(result.peak_rss_mb, self.worker_peak_mb.get(result.pid, 0.0))
        self.worker_cpu_s[result.pid] = max(result.cpu_s, self.worker_cpu_s.get(result.pid, 0.0))
        for is_error, data in result.outputs:
            yield decode_output(is_error, data)


def is_broken(exc: BaseException) -> bool:
    """Whether an error means the workers are gone (a broken pool), not that one chunk failed."""
    from concurrent.futures import BrokenExecutor

    return isinstance(exc, BrokenExecutor)


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def balanced_chunks(items: Iterable[Item], size: int, workers: int) -> Iterator[list[Item]]:
    """Consecutive chunks of ``size`` items, and shrinking ones at the end so that the workers finish together.

    Reads ``size * workers`` items ahead (bounded memory). Once the input runs out, each
    chunk takes a ``2 * workers``-th of what is left (at least ``MIN_CHUNK``): a worker
    that finished early takes the small chunks while the others end their large ones,
    instead of waiting idle for the last large chunk (guided self-scheduling).
    """
    ahead = max(1, size * workers)
    buffer: deque[Item] = deque()
    source = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(buffer) < size + ahead:
            try:
                buffer.append(next(source))
            except StopIteration:
                exhausted = True
        if not buffer:
            return
        n = size
        if exhausted:
            n = min(size, max(MIN_CHUNK, -(-len(buffer) // (2 * max(1, workers)))))
            if len(buffer) - n < MIN_CHUNK // 2:    # no tiny last chunk
                n = min(size, len(buffer))
        yield [buffer.popleft() for _ in range(min(n, len(buffer)))]


def process_pool(settings: Settings, workers: int) -> Executor:
    """A pool of ``workers`` fresh processes, each loading the pipeline once.

    Workers are spawned, not forked: a fork would copy the parent's threads' locks
    (progress bars, database pools) in whatever state they were in.
    """
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=init_worker,
                               initargs=(settings.model_dump_json(), os.getpid()))


@contextmanager
def dask_client(address: str, workers: int) -> Iterator[Any]:
    """A Dask distributed client: on the scheduler at ``address``, or on a local cluster for ``local``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise NlpError("--dask needs Dask distributed: pip install 'sidelines[dask]'", code="E204") from exc
    with ExitStack() as stack:
        if address == "local":
            cluster = stack.enter_context(LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                                       processes=True, dashboard_address=None))
            address = cluster.scheduler_address
        try:
            client = stack.enter_context(Client(address, timeout="10s"))
        except (OSError, TimeoutError) as exc:
            raise NlpError(f"cannot reach the Dask scheduler at {address}: {exc}", code="E205") from exc
        yield client


def open_runner(settings: Settings, *, workers: int = 1, dask: str | None = None,
                chunk_size: int = CHUNK_SIZE, prepared: bool = False) -> AbstractContextManager[Runner]:
    """A runner: in this process (one worker, no Dask), a process pool, or a Dask cluster.

    ``prepared``: workers send records prepared for the store (the records of a run in this
    process are the records themselves).
    """

    @contextmanager
    def opened() -> Iterator[Runner]:
        if dask:
            with dask_client(dask, workers) as client:
                n = max(1, len(client.scheduler_info().get("workers", {})) or workers)

                def submit(fn: Callable[..., Any], *args: Any) -> Future:
                    # pure=False: two chunks are never the same task, even with equal content.
                    return client.submit(fn, *args, pure=False)

                yield Runner(settings, submit, n, chunk_size, prepared=prepared)
        elif workers > 1:
            pool = process_pool(settings, workers)
            try:
                yield Runner(settings, pool.submit, workers, chunk_size, prepared=prepared)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
        else:
            yield Runner(settings)

    return opened()
