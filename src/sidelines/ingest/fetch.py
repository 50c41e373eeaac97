"""HTTP download with httpx: timeouts, a size cap, a redirect limit and a content-type check.

Error codes (all :class:`~sidelines.errors.IngestError`):
E102 response larger than ``max_bytes``; E120 not an http(s) URL; E121 timeout;
E122 too many redirects; E123 HTTP error status; E124 content type that is not text, HTML or a feed;
E125 connection failed (DNS, refused, TLS); E126 a loopback, private or link-local address
(unless ``allow_private``), checked after DNS and after each redirect; E127 a download that
ran past ``http_deadline`` (a server that drips bytes never trips the read timeout).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlparse

import httpx

from sidelines.errors import IngestError
from sidelines.settings import Settings

log = logging.getLogger(__name__)

# Content types we can read: pages, plain text, feeds and JSON lines.
ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml", "application/rss+xml",
    "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/x-ndjson",
    "application/jsonl", "application/json",
)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
ACCEPT_HEADER = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.1"


@dataclass(frozen=True)
class FetchResult:
    """A downloaded resource: the final URL after redirects, its bytes, media type and charset."""

    url: str
    content: bytes
    media_type: str
    charset: str | None

    @property
    def is_feed_type(self) -> bool:
        """Whether the server says this is an RSS/Atom feed."""
        return self.media_type in FEED_TYPES


def is_url(source: str) -> bool:
    """Whether a source string is an http(s) URL."""
    return source.startswith(("http://", "https://"))


def make_client(settings: Settings) -> httpx.Client:
    """An httpx client with the timeouts, redirect limit and user agent of the settings."""
    return httpx.Client(
        timeout=httpx.Timeout(settings.http_timeout),
        follow_redirects=False,  # followed one by one in fetch_url, each target checked
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT_HEADER},
    )


def is_loopback_host(host: str) -> bool:
    """Whether a host is ``localhost`` or a loopback address (no DNS asked): it reaches only this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def public_address_error(url: str) -> str | None:
    """Why a URL must not be fetched (its host resolves to a non-public address), or None."""
    host = urlparse(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError):
        return None  # httpx reports the DNS failure itself (E125)
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            return f"{host} resolves to {address}, a loopback, private, link-local or reserved address"
    return None


def _check_target(url: str, settings: Settings) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise IngestError(f"{url}: not an http(s) URL", code="E120")
    if not settings.allow_private:
        why = public_address_error(url)
        if why is not None:
            raise IngestError(f"{url}: not fetched: {why} (set allow_private / --allow-private to allow it)",
                              code="E126")


def fetch_url(url: str, settings: Settings, client: httpx.Client | None = None) -> FetchResult:
    """Download one URL, streaming and stopping at ``settings.max_bytes`` and ``settings.http_deadline``.

    Redirects are followed here, up to ``max_redirects``, each target checked like the first URL.

    Raises:
        IngestError: with one of the codes of this module's docstring.
    """
    own = client is None
    client = client or make_client(settings)
    deadline = time.monotonic() + settings.http_deadline
    try:
        for _ in range(settings.max_redirects + 1):
            _check_target(url, settings)
            with client.stream("GET", url) as response:
                if response.is_redirect and "location" in response.headers:
                    url = urljoin(str(response.url), response.headers["location"])
                    continue
                return _read_response(url, response, settings, deadline)
        raise IngestError(f"{url}: more than max_redirects={settings.max_redirects} redirects", code="E122")
    except httpx.TimeoutException as exc:
        raise IngestError(f"{url}: timed out after {settings.http_timeout:g} s ({type(exc).__name__})",
                          code="E121") from exc
    except (httpx.TransportError, httpx.InvalidURL) as exc:
        raise IngestError(f"{url}: cannot connect: {exc}", code="E125") from exc
    finally:
        if own:
            client.close()


def _read_response(url: str, response: httpx.Response, settings: Settings, deadline: float) -> FetchResult:
    if response.status_code >= 400:
        raise IngestError(f"{url}: the server answered HTTP {response.status_code} {response.reason_phrase}",
                          code="E123")
    media_type, _, params = response.headers.get("content-type", "").partition(";")
    media_type = media_type.strip().lower()
    if media_type and media_type not in ACCEPTED_TYPES:
        raise IngestError(f"{url}: content type {media_type!r} is not text, HTML or a feed", code="E124")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise IngestError(
            f"{url}: response has {int(declared):,} bytes, more than max_bytes={settings.max_bytes:,}", code="E102")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # as it arrives: a fixed size would wait for a drip to fill it
        size += len(chunk)
        if size > settings.max_bytes:
            raise IngestError(f"{url}: response is larger than max_bytes={settings.max_bytes:,}; stopped reading",
                              code="E102")
        if time.monotonic() > deadline:
            raise IngestError(f"{url}: download took longer than http_deadline={settings.http_deadline:g} s; "
                              "stopped reading", code="E127")
        chunks.append(chunk)
    return FetchResult(url=str(response.url), content=b"".join(chunks), media_type=media_type,
                       charset=response.charset_encoding)
