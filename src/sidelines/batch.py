"""Run extraction in worker processes or on a Dask cluster: chunks out, records back in input order.

The parent reads the sources and writes the store (one writer); workers only run the
pipeline. Each worker loads spaCy once (``get_pipeline`` is cached per process), at
most ``in_flight`` chunks are out at a time (memory stays bounded however long the
input), and results come back in the order the chunks went out, so ids and order are
those of a one-process run. Records travel as JSON: a record model with plugin layers
is built at run time and does not pickle.
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
from typing import Any, Protocol

from sidelines.api import get_pipeline, run_items
from sidelines.errors import NlpError
from sidelines.model.document import Document, Item
from sidelines.model.record import ErrorRecord, Record, failure
from sidelines.settings import Settings

log = logging.getLogger(__name__)

#: Documents per chunk sent to a worker: small enough to balance the load, large enough for nlp.pipe
#: (on news_dev's 300 articles, 2 workers: 8 per chunk took 74 s, 24 took 59-63 s, 40 took 70 s).
CHUNK_SIZE = 24
#: Chunks out per worker at once (one running, one waiting), which bounds the memory in flight.
IN_FLIGHT_PER_WORKER = 2

#: One pipeline per process; Dask threads sharing a process take turns on it.
_PIPELINE_LOCK = threading.Lock()


@dataclass
class ChunkResult:
    """What a worker sends back for one chunk: records as (is_error, JSON), its pid, peak memory and CPU time."""

    outputs: list[tuple[bool, str]]
    pid: int
    peak_rss_mb: float
    cpu_s: float = 0.0


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def extractor_versions(settings_json: str) -> dict[str, str]:
    """The name and version of each extractor of the pipeline (loading it in the calling process)."""
    pipeline = get_pipeline(Settings.model_validate_json(settings_json))
    return {ex.name: ex.version for ex in pipeline.extractors}


def extract_chunk(settings_json: str, items: list[Item]) -> ChunkResult:
    """Run the pipeline over one chunk of documents (and failures), in a worker."""
    settings = Settings.model_validate_json(settings_json)
    with _PIPELINE_LOCK:
        outputs = [(isinstance(out, ErrorRecord), out.model_dump_json()) for out in run_items(items, settings)]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return ChunkResult(outputs, os.getpid(), peak_rss_mb(), usage.ru_utime + usage.ru_stime)


def decode_output(is_error: bool, data: str) -> Record | ErrorRecord:
    """A record (or failure) from the JSON a worker sent."""
    from sidelines.store.records import record_from_row

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

    def run(self, items: Iterable[Item]) -> Iterator[Record | ErrorRecord]:
        """Records for the documents, in input order."""
        if self.submit is None:
            yield from run_items(items, self.settings)
            return
        yield from self._run_chunks(items)

    def _run_chunks(self, items: Iterable[Item]) -> Iterator[Record | ErrorRecord]:
        assert self.submit is not None
        settings_json = self.settings_json
        pending: deque[tuple[Future, list[Item]]] = deque()
        limit = max(1, self.workers * IN_FLIGHT_PER_WORKER)
        for chunk in chunked(items, self.chunk_size):
            pending.append((self.submit(extract_chunk, settings_json, chunk), chunk))
            if len(pending) >= limit:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(self, future: Future, chunk: list[Item]) -> Iterator[Record | ErrorRecord]:
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
                chunk_size: int = CHUNK_SIZE) -> AbstractContextManager[Runner]:
    """A runner: in this process (one worker, no Dask), a process pool, or a Dask cluster."""

    @contextmanager
    def opened() -> Iterator[Runner]:
        if dask:
            with dask_client(dask, workers) as client:
                n = max(1, len(client.scheduler_info().get("workers", {})) or workers)

                def submit(fn: Callable[..., Any], *args: Any) -> Future:
                    # pure=False: two chunks are never the same task, even with equal content.
                    return client.submit(fn, *args, pure=False)

                yield Runner(settings, submit, n, chunk_size)
        elif workers > 1:
            pool = process_pool(settings, workers)
            try:
                yield Runner(settings, pool.submit, workers, chunk_size)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
        else:
            yield Runner(settings)

    return opened()
