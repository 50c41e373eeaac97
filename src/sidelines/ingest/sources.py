"""Sources -> documents: text, HTML and feed files, JSONL corpora, directories, URLs and stdin.

Every input that cannot be read becomes a :class:`~sidelines.model.record.ErrorRecord` with a stable
code and a clear message, in its place in the output; the other inputs still go through.

Codes: E101 binary data; E102 larger than ``max_bytes``; E104 invalid JSONL line; E105 empty;
E106 unreadable file; E107 no such file; E110 no article text in HTML; E111 unreadable feed;
E112 feed entry without text; E113 XML that is no feed;
E128 not a regular file; E129 a link out of the directory read; E12x HTTP (see :mod:`sidelines.ingest.fetch`).
"""

from __future__ import annotations

import json
import logging
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sidelines.content.encoding import decode_bytes
from sidelines.content.text import annotate_plain_text
from sidelines.errors import IngestError
from sidelines.ingest.feeds import FEED_SUFFIXES, looks_like_feed, read_feed
from sidelines.ingest.fetch import fetch_url, is_url
from sidelines.model.document import Document, Item
from sidelines.model.record import GIVEN_METADATA, failure
from sidelines.settings import Settings

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# What a directory walk picks up; files named on the command line are read whatever their suffix.
DIRECTORY_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)", re.IGNORECASE | re.DOTALL)
HTML_TYPES = ("text/html", "application/xhtml+xml")
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/json")
SKIP_DIRS = {"__pycache__", "node_modules"}
#: Metadata read from a JSON line as a string as it is (``published`` and ``authors`` have their own rules).
OPTIONAL_FIELDS = tuple(name for name in GIVEN_METADATA if name not in ("published", "authors"))

__all__ = ["decode_bytes", "document_from_text", "read_jsonl", "read_path", "read_sources", "read_url"]


def looks_like_html(data: bytes) -> bool:
    """Whether bytes start like an HTML page."""
    return bool(HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


def document_from_text(text: str, doc_id: str, source: str | None = None, **meta: object) -> Document:
    """A document from plain text, kept exactly, with the metadata given."""
    known = {k: v for k, v in meta.items() if v is not None}
    return annotate_plain_text(Document(id=doc_id, text=text, source=source, **known))  # type: ignore[arg-type]


def _jsonl_document(obj: dict[str, Any], doc_id: str, source: str) -> Document:
    published = obj.get("published") or obj.get("dct") or obj.get("date")
    authors = obj.get("authors")
    meta = {k: str(obj[k]) for k in OPTIONAL_FIELDS if obj.get(k)}
    return annotate_plain_text(Document(
        id=doc_id,
        text=obj["text"],
        published=str(published) if published else None,
        authors=[str(a) for a in authors] if isinstance(authors, list) else [],
        source=source,
        **meta,  # type: ignore[arg-type]
    ))


def read_jsonl(lines: Iterable[str], source: str) -> Iterator[Item]:
    """Documents from JSON lines with ``id`` and ``text`` (and optional metadata); bad lines become failures."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError("each line must be a JSON object with a string 'text'")
        except (ValueError, RecursionError) as exc:  # RecursionError: arrays nested too deep to decode
            bad_id = f"{source}:{n}"
            try:
                maybe = json.loads(line)
                if isinstance(maybe, dict) and maybe.get("id"):
                    bad_id = str(maybe["id"])
            except (ValueError, RecursionError):
                pass
            yield failure(bad_id, "E104", f"{source}: line {n} is not a valid document: {exc}", source)
            continue
        doc_id = str(obj.get("id") or f"{Path(source).stem}:{n}")
        bad = next((key for key, value in obj.items() if not _all_valid_unicode(value)), None)
        if bad is not None:
            if not is_valid_unicode(doc_id):
                doc_id = f"{Path(source).stem}:{n}"
            yield failure(doc_id, "E108", f"{source}: line {n}: field {bad!r} holds unpaired surrogate code points "
                          "(\\ud800-\\udfff escapes), which are not valid Unicode; fix the producer", source)
            continue
        yield _jsonl_document(obj, doc_id, source)


def jsonl_lines(text: str) -> list[str]:
    """The lines of a JSON-lines text, split on newline alone.

    ``str.splitlines`` also splits on U+0085, U+2028 and U+2029, which JSON allows raw inside
    strings, so it would cut a valid document in two.
    """
    return text.split("\n")


def _all_valid_unicode(value: object) -> bool:
    """Whether every string inside a JSON value can be encoded as UTF-8."""
    if isinstance(value, str):
        return is_valid_unicode(value)
    if isinstance(value, list):
        return all(_all_valid_unicode(v) for v in value)
    if isinstance(value, dict):
        return all(_all_valid_unicode(k) and _all_valid_unicode(v) for k, v in value.items())
    return True


def is_valid_unicode(text: str) -> bool:
    """Whether a string can be encoded as UTF-8 (JSON may smuggle in lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_html(data: bytes, doc_id: str, source: str, url: str | None = None, charset: str | None = None) -> Item:
    """One HTML page as a document, or a failure."""
    from sidelines.content.html import html_to_document

    try:
        return html_to_document(decode_bytes(data, source, charset), doc_id, source=source, url=url)
    except IngestError as exc:
        return failure(doc_id, exc.code, exc.message, source)


def read_bytes(data: bytes, doc_id: str, source: str, suffix: str, settings: Settings) -> Iterator[Item]:
    """Documents from the bytes of one file (or stdin), by suffix and by content."""
    if not data.strip():
        what = "input" if source == "<stdin>" else "file"
        yield failure(doc_id, "E105", f"{source}: {what} is empty (nothing but white space)", source)
        return
    if suffix in JSONL_SUFFIXES:
        try:
            text = decode_bytes(data, source, magic_only=True)
        except IngestError as exc:
            yield failure(doc_id, exc.code, exc.message, source)
            return
        yield from read_jsonl(jsonl_lines(text), source)
        return
    if suffix in FEED_SUFFIXES or looks_like_feed(data):
        if looks_like_feed(data) or suffix in {".rss", ".atom"}:
            yield from read_feed(data, source, settings)
        else:
            yield failure(doc_id, "E113", f"{source}: XML file that is not an RSS/Atom feed", source)
        return
    if suffix in HTML_SUFFIXES or looks_like_html(data):
        yield read_html(data, doc_id, source)
        return
    try:
        text = decode_bytes(data, source)
    except IngestError as exc:
        yield failure(doc_id, exc.code, exc.message, source)
        return
    if suffix == "" and text.lstrip().startswith("{") and source == "<stdin>":
        yield from read_jsonl(jsonl_lines(text), source)
        return
    yield document_from_text(text, doc_id, source)


def read_capped(path: Path, settings: Settings) -> bytes:
    """The bytes of a file or pipe, refusing devices and sockets and reading no more than ``max_bytes``.

    Raises:
        IngestError: E102 over ``max_bytes``; E128 not a regular file or a pipe.
        OSError: the file cannot be opened or read.
    """
    source = str(path)
    mode = path.stat().st_mode
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise IngestError(f"{source}: not a regular file (a device, socket or directory); not read", code="E128")
    if stat.S_ISREG(mode) and path.stat().st_size > settings.max_bytes:
        raise IngestError(
            f"{source}: file has {path.stat().st_size:,} bytes, more than max_bytes={settings.max_bytes:,}; "
            "split it or raise the setting",
            code="E102",
        )
    with path.open("rb") as handle:
        data = handle.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise IngestError(f"{source}: more than max_bytes={settings.max_bytes:,} bytes; stopped reading; "
                          "split it or raise the setting", code="E102")
    return data


def read_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Item]:
    """Documents from one file (or pipe), refusing files over ``max_bytes`` before reading them."""
    source = str(path)
    try:
        data = read_capped(path, settings)
    except IngestError as exc:
        yield failure(doc_id, exc.code, exc.message, source)
        return
    except OSError as exc:
        yield failure(doc_id, "E106", f"{source}: cannot read: {exc.strerror or exc}", source)
        return
    yield from read_bytes(data, doc_id, source, path.suffix.lower(), settings)


def _inside(child: Path, root: Path) -> bool:
    """Whether ``child``, links resolved, lies inside ``root``."""
    try:
        child.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def read_path(path: Path, settings: Settings, ids: dict[str, str] | None = None) -> Iterator[Item]:
    """Documents from one file or a directory (recursively, in name order).

    A directory's files are named by their path inside it; when two files of one run would get the
    same id (``d1/a.txt`` and ``d2/a.txt``, or ``a.txt`` and ``a.html``) the later one is named by its
    full path instead, so it never silently becomes a new version of the other. Links that lead out of
    the directory are not followed (E129); devices, sockets and FIFOs inside it are not read (E128).
    """
    ids = {} if ids is None else ids
    if not path.is_dir():
        yield from read_file(path, _unique_id(path.stem or str(path), path, ids), settings)
        return
    root = path.resolve()
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(p.startswith(".") or p in SKIP_DIRS for p in rel.parts) or child.is_dir():
            continue
        if child.suffix.lower() not in DIRECTORY_SUFFIXES:
            log.info("skipping %s: not a text, HTML, JSONL or feed file", child)
            continue
        doc_id = _unique_id(rel.with_suffix("").as_posix() if len(rel.parts) > 1 else child.stem, child, ids)
        if not _inside(child, root):
            yield failure(doc_id, "E129", f"{child}: a link that leads out of {path}; not followed", str(child))
        elif not child.is_file():
            yield failure(doc_id, "E128", f"{child}: not a regular file; not read", str(child))
        else:
            yield from read_file(child, doc_id, settings)


def _unique_id(doc_id: str, path: Path, ids: dict[str, str]) -> str:
    """``doc_id`` unless another file of this run has it already; then the file's own path."""
    where = str(path)
    if ids.get(doc_id, where) != where:
        log.warning("%s: id %r is taken by %s in this run; using the path as id", where, doc_id, ids[doc_id])
        doc_id = path.as_posix()
    ids.setdefault(doc_id, where)
    return doc_id


def read_url(url: str, settings: Settings) -> Iterator[Item]:
    """Documents from an http(s) URL: a page, a plain text, a JSONL corpus or a feed."""
    try:
        result = fetch_url(url, settings)
    except IngestError as exc:
        yield failure(url, exc.code, exc.message, url)
        return
    data = result.content
    if not data.strip():
        yield failure(url, "E105", f"{url}: the response is empty", url)
    elif result.is_feed_type or looks_like_feed(data):
        yield from read_feed(data, url, settings)
    elif result.media_type in HTML_TYPES or looks_like_html(data):
        yield read_html(data, url, url, url=result.url, charset=result.charset)
    else:
        try:
            text = decode_bytes(data, url, result.charset)
        except IngestError as exc:
            yield failure(url, exc.code, exc.message, url)
            return
        if result.media_type in JSONL_TYPES:
            yield from read_jsonl(jsonl_lines(text), url)
        else:
            yield document_from_text(text, url, url, url=result.url)


def read_stdin(settings: Settings) -> Iterator[Item]:
    """Documents from standard input (text, HTML, a feed or JSON lines), read up to ``max_bytes``."""
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield failure("stdin", "E102", f"<stdin>: more than max_bytes={settings.max_bytes:,} bytes", "<stdin>")
        return
    yield from read_bytes(data, "stdin", "<stdin>", "", settings)


def read_sources(sources: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Documents from paths, directories, URLs and ``-`` (stdin), in the order given."""
    ids: dict[str, str] = {}
    for src in sources:
        if src == "-":
            yield from read_stdin(settings)
        elif is_url(src):
            yield from read_url(src, settings)
        else:
            path = Path(src)
            if not path.exists():
                yield failure(src, "E107", f"{src}: no such file or directory", src)
            else:
                yield from read_path(path, settings, ids)
