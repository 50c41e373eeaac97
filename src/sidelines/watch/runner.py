"""The watch loop: poll each feed when due (per-feed interval, per-host politeness, conditional GET),
ingest new and changed entries through the ingest path, evaluate the rules, and send each new alert.

The clock and the fetcher are injected, so a test runs the loop against a local server without waiting.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlparse

from sidelines.app.ingest import ingest_items
from sidelines.errors import IngestError
from sidelines.ingest.feeds import read_feed
from sidelines.model.record import ErrorRecord, Record
from sidelines.settings import Settings
from sidelines.store.alerts import Alert, record_alert
from sidelines.store.base import Store
from sidelines.store.records import Prepared
from sidelines.watch.config import Feed, WatchFile
from sidelines.watch.fetch import Fetcher
from sidelines.watch.rules import evaluate
from sidelines.watch.sinks import Sink

log = logging.getLogger(__name__)


class Clock(Protocol):
    """Seconds on a monotonic scale, and a way to wait."""

    def now(self) -> float:
        """The current time in seconds."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait this many seconds."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """``time.sleep``."""
        time.sleep(seconds)


@dataclass
class FeedState:
    """A feed's schedule and the validators its last answer gave."""

    feed: Feed
    interval: float
    next_due: float = 0.0
    etag: str | None = None
    last_modified: str | None = None

    @property
    def host(self) -> str:
        """The host politeness is counted for."""
        return urlparse(self.feed.url).netloc.lower()


@dataclass
class PollResult:
    """One poll of one feed: the HTTP status, documents stored new or changed, what was evaluated, new alerts."""

    url: str
    status: int | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    evaluated: list[str] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    error: str | None = None


class Watcher:
    """Polls the feeds of a watch file into a store and sends the alerts its rules raise."""

    def __init__(self, store: Store, config: WatchFile, settings: Settings, *, fetcher: Fetcher,
                 clock: Clock | None = None, sinks: list[Sink] | None = None, stories: bool = True) -> None:
        self.store = store
        self.config = config
        self.settings = settings
        self.fetcher = fetcher
        self.clock = clock or SystemClock()
        self.sinks = sinks or []
        self.stories = stories
        start = self.clock.now()
        self.states = [FeedState(f, f.interval or config.watch.interval, start) for f in config.feeds]
        self.host_last: dict[str, float] = {}

    def poll(self, state: FeedState) -> PollResult:
        """Fetch one feed now, ingest what is new or changed, evaluate the rules on it."""
        result = PollResult(state.feed.url)
        self.host_last[state.host] = self.clock.now()
        try:
            response = self.fetcher(state.feed.url, state.etag, state.last_modified)
        except IngestError as exc:
            result.error = f"[{exc.code}] {exc}"
            log.warning("%s", result.error)
            return result
        result.status = response.status
        if response.status == 304:
            return result
        state.etag, state.last_modified = response.etag, response.last_modified
        records: list[Record] = []

        def collect(out: Record | Prepared | ErrorRecord | None) -> None:
            if isinstance(out, Record):
                records.append(out)
            elif isinstance(out, Prepared):
                records.append(out.record())

        done = ingest_items(self.store, read_feed(response.content, state.feed.url, self.settings), self.settings,
                            on_record=collect)
        result.new, result.updated = done.stats.new, done.stats.updated
        result.unchanged, result.failed = done.stats.unchanged, done.stats.failed
        if self.stories and (done.stats.new or done.stats.updated):
            from sidelines.app.stories import update_stories

            update_stories(self.store)
        for record in records:
            version = self.store.versions(record.id)[-1]["version"]
            result.evaluated.append(record.id)
            for alert in evaluate(self.config.rules, record, version, self.store):
                if record_alert(self.store, alert):
                    result.alerts.append(alert)
                    self._send(alert)
        return result

    def _send(self, alert: Alert) -> None:
        for sink in self.sinks:
            sink(alert)

    def run(self, *, max_polls: int | None = None,
            on_poll: Callable[[PollResult], None] | None = None) -> list[PollResult]:
        """Poll feeds as they fall due until ``max_polls`` polls are done (forever when None)."""
        results: list[PollResult] = []
        politeness = self.config.watch.politeness
        while max_polls is None or len(results) < max_polls:
            def ready_at(s: FeedState) -> float:
                return max(s.next_due, self.host_last.get(s.host, float("-inf")) + politeness)

            state = min(self.states, key=lambda s: (ready_at(s), s.next_due))
            wait = ready_at(state) - self.clock.now()
            if wait > 0:
                self.clock.sleep(wait)
            result = self.poll(state)
            state.next_due = self.clock.now() + state.interval
            results.append(result)
            if on_poll is not None:
                on_poll(result)
        return results
