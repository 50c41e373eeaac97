"""HTML -> article text and metadata (title, authors, publisher, dates, url), with trafilatura."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from sidelines.content.source_chain import site_name
from sidelines.content.text import annotate_plain_text
from sidelines.errors import IngestError
from sidelines.model.document import Document
from sidelines.model.record import Problem

log = logging.getLogger(__name__)

BLOCK_TAGS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "blockquote", "pre", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
))
SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "head", "iframe"))
# Full timestamps in meta tags, which trafilatura reduces to dates.
# One <meta> tag at a time, then its attributes: linear in the page, whatever the page holds
# (a single pattern spanning name and content backtracked cubically on unclosed tags).
META_TAG = re.compile(r"<meta\s([^<>]{0,4000})>?", re.IGNORECASE)
META_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
META_NAME_ATTRS = ("property", "name", "itemprop")
PUBLISHED_KEYS = ("article:published_time", "datePublished", "og:published_time", "pubdate", "dc.date")
MODIFIED_KEYS = ("article:modified_time", "dateModified", "og:updated_time", "last-modified")
ISO_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*")
TITLE_OPEN = re.compile(r"<title\b[^<>]{0,2000}>", re.IGNORECASE)
TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
MIN_WORDS = 5  # fewer words than this is no article
CLOSING_TAG = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


class _TextCollector(HTMLParser):
    """Collects the visible text of an HTML fragment, one line per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_fragment_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment (a feed summary): one paragraph per line, entities decoded."""
    if "<" not in fragment and "&" not in fragment:
        return "\n".join(line.strip() for line in fragment.strip().splitlines() if line.strip())
    collector = _TextCollector()
    try:
        collector.feed(fragment)
        collector.close()
    except Exception as exc:  # noqa: BLE001 - html.parser rarely fails; fall back to stripping tags
        log.debug("html.parser failed (%s); stripping tags", exc)
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def meta_tags(html: str) -> dict[str, str]:
    """``name -> content`` of the page's <meta> tags (the first tag of each name wins), names lower-cased."""
    found: dict[str, str] = {}
    for tag in META_TAG.finditer(html):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                 for m in META_ATTR.finditer(tag.group(1))}
        content = attrs.get("content")
        name = next((attrs[a] for a in META_NAME_ATTRS if attrs.get(a)), None)
        if name and content:
            found.setdefault(name.lower(), content)
    return found


def meta_value(html: str, keys: tuple[str, ...]) -> str | None:
    """The first ISO timestamp found in the given meta tags."""
    tags = meta_tags(html)
    for key in keys:
        value = tags.get(key.lower(), "").strip()
        if value and ISO_TIMESTAMP.match(value):
            return value
    return None


def split_authors(raw: str | None) -> list[str]:
    """Authors from trafilatura's "A; B" string (or "A, B and C")."""
    if not raw:
        return []
    names = [n.strip() for n in AUTHOR_SPLIT.split(raw) if n.strip()]
    return list(dict.fromkeys(n for n in names if len(n) > 1))


def html_title(html: str) -> str | None:
    """The text of the <title> element, if any."""
    opened = TITLE_OPEN.search(html)
    if opened is None:
        return None
    closed = TITLE_CLOSE.search(html, opened.end())
    if closed is None:
        return None
    return html_fragment_to_text(html[opened.end():closed.start()]) or None


def html_to_document(html: str, doc_id: str, source: str | None = None, url: str | None = None) -> Document:
    """Extract the article body and metadata of an HTML page as a Document.

    Raises:
        IngestError: E105 for an empty page, E110 when no article text can be found.
    """
    import trafilatura  # heavy import, only when HTML is read

    where = source or url or doc_id
    if not html.strip():
        raise IngestError(f"{where}: the HTML page is empty", code="E105")
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml can raise many things on broken markup
        log.warning("%s: trafilatura failed (%s); falling back to plain tag stripping", where, exc)
        result = None
    meta = result.as_dict() if result is not None and hasattr(result, "as_dict") else (result or {})
    text = (meta.get("text") or "").strip()
    if len(text.split()) < MIN_WORDS:
        visible = html_fragment_to_text(html)
        if len(visible.split()) < MIN_WORDS:
            raise IngestError(
                f"{where}: no article text found in the HTML (fewer than {MIN_WORDS} words; broken or empty markup?)",
                code="E110",
            )
        log.info("%s: no article body found; using all visible text", where)
        text = visible
    page_url = meta.get("url") or url
    publisher = meta.get("sitename") or meta.get("hostname")
    if not publisher and page_url:
        publisher = site_name(page_url)
    published = meta_value(html, PUBLISHED_KEYS) or meta.get("date")
    updated = meta_value(html, MODIFIED_KEYS)
    if updated is None:
        updated = _latest_date(html, published)
    doc = Document(
        id=doc_id,
        text=text,
        title=meta.get("title") or html_title(html),
        publisher=publisher,
        authors=split_authors(meta.get("author")),
        published=published,
        updated=updated if updated and updated != published else None,
        language=meta.get("language"),
        url=page_url,
        source=source or url,
    )
    if not CLOSING_TAG.search(html[-4096:] if len(html) > 4096 else html):
        doc.problems.append(Problem(
            stage="ingest", code="E114",
            message="the HTML looks truncated (no closing </body> or </html>); text extracted on a best-effort basis",
        ))
    return annotate_plain_text(doc)


def _latest_date(html: str, published: str | None) -> str | None:
    """The page's last-modified date as htmldate finds it, when later than the published one."""
    try:
        from htmldate import find_date

        latest = find_date(html, original_date=False)
    except Exception:  # noqa: BLE001 - htmldate is a best-effort helper
        return None
    if latest and published and latest <= published[:10]:
        return None
    return latest
