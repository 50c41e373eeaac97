"""Where alerts go: standard output and a file as JSON lines, and a webhook (loopback unless allowed)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Protocol, TextIO
from urllib.parse import urlparse

import httpx

from sidelines.errors import ConfigError
from sidelines.ingest.fetch import is_loopback_host
from sidelines.store.alerts import Alert

log = logging.getLogger(__name__)


class Sink(Protocol):
    """Takes one new alert."""

    def __call__(self, alert: Alert) -> None:
        """Deliver the alert."""
        ...


def _line(alert: Alert) -> str:
    return json.dumps(alert.as_json(), ensure_ascii=False)


class StreamSink:
    """JSON lines on a text stream (standard output), flushed per alert so a pipe sees it at once."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def __call__(self, alert: Alert) -> None:
        """Write one line."""
        self.stream.write(_line(alert) + "\n")
        self.stream.flush()


class FileSink:
    """JSON lines appended to a file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self, alert: Alert) -> None:
        """Append one line."""
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(_line(alert) + "\n")


def is_loopback_url(url: str) -> bool:
    """Whether a URL names this machine by ``localhost`` or a loopback address (no DNS asked)."""
    return is_loopback_host(urlparse(url).hostname or "")


class WebhookSink:
    """POSTs each alert as JSON; a failed delivery is logged, never fatal (the store keeps the alert).

    Raises:
        ConfigError: E520 for a URL off this machine unless ``allow_remote``.
    """

    def __init__(self, url: str, *, allow_remote: bool = False, timeout: float = 10.0) -> None:
        if urlparse(url).scheme not in ("http", "https"):
            raise ConfigError(f"webhook {url!r} is not an http(s) URL", code="E520")
        if not allow_remote and not is_loopback_url(url):
            raise ConfigError(f"webhook {url!r} is not on this machine; set allow_remote_webhook to send alerts "
                              "elsewhere", code="E520")
        self.url = url
        self.client = httpx.Client(timeout=timeout, follow_redirects=False)

    def __call__(self, alert: Alert) -> None:
        """POST one alert."""
        try:
            self.client.post(self.url, json=alert.as_json()).raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("webhook %s: alert %s not delivered: %s", self.url, alert.id, exc)

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.close()
