"""Fetching a feed for the watcher: conditional GET (ETag, Last-Modified), a size cap, and no
private addresses unless allowed (the same address check as :mod:`sidelines.ingest.fetch`).

Every request of the watcher goes through :func:`get_feed`; tests and other transports plug in
through the :class:`Fetcher` protocol.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlparse

import httpx

from sidelines.errors import IngestError
from sidelines.ingest.fetch import ACCEPT_HEADER, public_address_error
from sidelines.settings import Settings


@dataclass(frozen=True)
class FeedResponse:
    """What a feed request returned: the status (200, 304, ...), the body and the validators to send next time."""

    status: int
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Fetcher(Protocol):
    """Fetches a feed URL, sending the validators of the last answer."""

    def __call__(self, url: str, etag: str | None, last_modified: str | None) -> FeedResponse:
        """One conditional GET."""
        ...


def check_host(url: str, allow_private: bool) -> None:
    """Refuse a URL on a private address unless allowed (a feed list must not reach the local network).

    Raises:
        IngestError: E120 for a URL that is not http(s), E126 for a refused address.
    """
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise IngestError(f"{url}: not an http(s) URL", code="E120")
    why = None if allow_private else public_address_error(url)
    if why is not None:
        raise IngestError(f"{url}: not fetched: {why} (allow_private to allow it)", code="E126")


def get_feed(url: str, client: httpx.Client, settings: Settings, *, etag: str | None = None,
             last_modified: str | None = None, allow_private: bool = False) -> FeedResponse:
    """One conditional GET of a feed, every redirect checked like the URL itself.

    Raises:
        IngestError: E120/E126 (refused URL), E102 (too large), E121 (timeout), E122 (redirects),
            E123 (HTTP error status), E125 (connection failed).
    """
    check_host(url, allow_private)
    headers = {"Accept": ACCEPT_HEADER}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.stream("GET", url, headers=headers,
                           extensions={"sidelines_allow_private": allow_private}) as response:
            if response.status_code == 304:
                return FeedResponse(304, etag=etag, last_modified=last_modified)
            if response.status_code >= 400:
                raise IngestError(f"{url}: the server answered HTTP {response.status_code}", code="E123")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > settings.max_bytes:
                    raise IngestError(f"{url}: feed larger than max_bytes={settings.max_bytes:,}", code="E102")
                chunks.append(chunk)
            return FeedResponse(response.status_code, b"".join(chunks), response.headers.get("etag"),
                                response.headers.get("last-modified"), dict(response.headers))
    except httpx.TimeoutException as exc:
        raise IngestError(f"{url}: timed out after {settings.http_timeout:g} s", code="E121") from exc
    except httpx.TooManyRedirects as exc:
        raise IngestError(f"{url}: more than max_redirects={settings.max_redirects} redirects", code="E122") from exc
    except (httpx.TransportError, httpx.InvalidURL) as exc:
        raise IngestError(f"{url}: cannot connect: {exc}", code="E125") from exc


def _check_redirect(request: httpx.Request) -> None:
    """An httpx request hook: every request (redirects included) meets the address check."""
    allow = bool(request.extensions.get("sidelines_allow_private"))
    check_host(str(request.url), allow)


class HttpFetcher:
    """The default fetcher: one httpx client for the whole watch, closed with :meth:`close`."""

    def __init__(self, settings: Settings, *, allow_private: bool = False) -> None:
        self.settings = settings
        self.allow_private = allow_private
        self.client = httpx.Client(
            timeout=httpx.Timeout(settings.http_timeout), follow_redirects=True, max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent}, event_hooks={"request": [_check_redirect]})

    def __call__(self, url: str, etag: str | None, last_modified: str | None) -> FeedResponse:
        """One conditional GET through :func:`get_feed`."""
        return get_feed(url, self.client, self.settings, etag=etag, last_modified=last_modified,
                        allow_private=self.allow_private)

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.close()
