"""RSS/Atom feeds -> one document per entry (the entry's page when reachable, else its summary)."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from urllib.parse import urlparse

import httpx

from sidelines.content.encoding import decode_bytes
from sidelines.content.html import html_fragment_to_text, html_to_document
from sidelines.content.text import annotate_plain_text
from sidelines.errors import IngestError
from sidelines.ingest.fetch import fetch_url, is_url, make_client
from sidelines.model.document import Document, Item
from sidelines.model.record import failure
from sidelines.settings import Settings

log = logging.getLogger(__name__)

FEED_ROOT = re.compile(
    rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes start with an RSS, Atom or RDF root element."""
    return bool(FEED_ROOT.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


def struct_to_iso(value: time.struct_time | None) -> str | None:
    """An ISO 8601 UTC timestamp from feedparser's parsed time."""
    if not value:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)


def entry_text(entry: dict) -> str:
    """The longest text the feed carries for an entry: its full content, else its summary."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    texts = [html_fragment_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def entry_authors(entry: dict) -> list[str]:
    """The entry's author names."""
    names = [a.get("name", "").strip() for a in entry.get("authors", []) or [] if a.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"].strip()]
    return list(dict.fromkeys(n for n in names if n))


class PageFetcher:
    """Downloads entry pages, giving up on a host after its first connection failure."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.dead_hosts: set[str] = set()
        self.client: httpx.Client | None = None

    def fetch_document(self, url: str, doc_id: str) -> Document | None:
        """The entry's page as a document, or None when it cannot be fetched or read."""
        host = urlparse(url).netloc
        if not self.settings.fetch_feed_pages or not is_url(url) or host in self.dead_hosts:
            return None
        self.client = self.client or make_client(self.settings)
        try:
            result = fetch_url(url, self.settings, self.client)
            html = decode_bytes(result.content, url, result.charset)
            return html_to_document(html, doc_id, source=url, url=result.url)
        except IngestError as exc:
            if exc.code in ("E121", "E125"):
                self.dead_hosts.add(host)
            log.info("feed entry page not used (%s); using the feed's own text", exc)
            return None

    def close(self) -> None:
        """Close the HTTP client."""
        if self.client is not None:
            self.client.close()


def read_feed(data: bytes, source: str, settings: Settings) -> Iterator[Item]:
    """Documents from an RSS/Atom feed's entries; an unreadable feed or entry becomes a failure."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries", [])
    if not entries:
        reason = parsed.get("bozo_exception") or "no entries"
        yield failure(source, "E111", f"{source}: not a readable RSS/Atom feed ({reason})", source)
        return
    feed_title = (parsed.get("feed", {}).get("title") or "").strip() or None
    fetcher = PageFetcher(settings)
    try:
        for n, entry in enumerate(entries, start=1):
            yield read_entry(entry, n, source, feed_title, fetcher)
    finally:
        fetcher.close()


def read_entry(entry: dict, n: int, source: str, feed_title: str | None, fetcher: PageFetcher) -> Item:
    """One feed entry as a document: the fetched page if possible, else the text in the feed."""
    link = entry.get("link")
    doc_id = link or entry.get("id") or f"{source}#{n}"
    title = html_fragment_to_text(entry.get("title", "")) or None
    published = struct_to_iso(entry.get("published_parsed"))
    # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed, with a warning
    updated = struct_to_iso(dict.get(entry, "updated_parsed"))
    text = entry_text(entry)
    doc = fetcher.fetch_document(link, doc_id) if link else None
    if doc is not None and len(doc.text) < len(text):
        log.info("%s: the page has less text than the feed entry; using the feed's text", link)
        doc = None
    if doc is None:
        if not text.strip():
            return failure(doc_id, "E112", f"{source}: entry {n} has no text and its page could not be fetched",
                           source)
        doc = annotate_plain_text(Document(
            id=doc_id, text=text, title=title, url=link, source=source, publisher=feed_title,
            authors=entry_authors(entry),
        ))
    doc.title = title or doc.title
    doc.published = published or doc.published
    if updated and updated != doc.published:
        doc.updated = updated
    doc.authors = entry_authors(entry) or doc.authors
    doc.publisher = doc.publisher or feed_title
    doc.url = link or doc.url
    return doc


def feed_source(source: str) -> bool:
    """Whether a path's name says it is a feed file (``.rss``, ``.atom``; ``.xml`` is sniffed)."""
    return any(source.lower().endswith(s) for s in FEED_SUFFIXES)
