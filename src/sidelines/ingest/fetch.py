"""HTTP download with httpx: timeouts, a size cap, a redirect limit and a content-type check.

Error codes (all :class:`~sidelines.errors.IngestError`):
E102 response larger than ``max_bytes``; E120 not an http(s) URL; E121 timeout;
E122 too many redirects; E123 HTTP error status; E124 content type that is not text, HTML or a feed;
E125 connection failed (DNS, refused, TLS).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlparse

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
CHUNK_SIZE = 65536


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
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT_HEADER},
    )


def fetch_url(url: str, settings: Settings, client: httpx.Client | None = None) -> FetchResult:
    """Download one URL, streaming and stopping at ``settings.max_bytes``.

    Raises:
        IngestError: with one of the codes of this module's docstring.
    """
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise IngestError(f"{url}: not an http(s) URL", code="E120")
    own = client is None
    client = client or make_client(settings)
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise IngestError(
                    f"{url}: the server answered HTTP {response.status_code} {response.reason_phrase}", code="E123"
                )
            media_type, _, params = response.headers.get("content-type", "").partition(";")
            media_type = media_type.strip().lower()
            if media_type and media_type not in ACCEPTED_TYPES:
                raise IngestError(
                    f"{url}: content type {media_type!r} is not text, HTML or a feed", code="E124"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > settings.max_bytes:
                raise IngestError(
                    f"{url}: response has {int(declared):,} bytes, more than max_bytes={settings.max_bytes:,}",
                    code="E102",
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes(CHUNK_SIZE):
                size += len(chunk)
                if size > settings.max_bytes:
                    raise IngestError(
                        f"{url}: response is larger than max_bytes={settings.max_bytes:,}; stopped reading",
                        code="E102",
                    )
                chunks.append(chunk)
            return FetchResult(
                url=str(response.url), content=b"".join(chunks), media_type=media_type,
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException as exc:
        raise IngestError(f"{url}: timed out after {settings.http_timeout:g} s ({type(exc).__name__})",
                          code="E121") from exc
    except httpx.TooManyRedirects as exc:
        raise IngestError(f"{url}: more than max_redirects={settings.max_redirects} redirects", code="E122") from exc
    except (httpx.TransportError, httpx.InvalidURL) as exc:
        raise IngestError(f"{url}: cannot connect: {exc}", code="E125") from exc
    finally:
        if own:
            client.close()
