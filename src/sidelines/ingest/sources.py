"""Sources -> documents: plain text files, JSONL corpora, directories and stdin."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from sidelines.content.text import annotate_plain_text
from sidelines.errors import IngestError
from sidelines.model.document import Document
from sidelines.pipeline import Failure, Item
from sidelines.settings import Settings

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a file's bytes as text, refusing binary data with a clear error."""
    if b"\x00" in data[:8192]:
        raise IngestError(f"{source}: looks like a binary file (NUL bytes), not text", code="E101")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def document_from_text(text: str, doc_id: str, source: str | None = None, **meta: object) -> Document:
    """A document from plain text, kept exactly, with the metadata given."""
    known = {k: v for k, v in meta.items() if v is not None}
    return annotate_plain_text(Document(id=doc_id, text=text, source=source, **known))  # type: ignore[arg-type]


def read_jsonl(lines: Iterable[str], source: str) -> Iterator[Item]:
    """Documents from JSON lines with ``id`` and ``text`` (and optional metadata); bad lines become failures."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError("each line must be an object with a string 'text'")
        except ValueError as exc:
            yield Failure(f"{source}:{n}", "E104", f"line {n} is not a valid document: {exc}", source)
            continue
        doc_id = str(obj.get("id") or f"{Path(source).stem}:{n}")
        published = obj.get("published") or obj.get("dct")
        yield annotate_plain_text(Document(
            id=doc_id,
            text=obj["text"],
            title=obj.get("title"),
            published=str(published) if published else None,
            publisher=obj.get("publisher"),
            url=obj.get("url"),
            source=source,
        ))


def read_path(path: Path, settings: Settings) -> Iterator[Item]:
    """Documents from one file or a directory (recursively, in name order)."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            yield from read_path(child, settings)
        return
    source = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise IngestError(
                f"{source}: file has {size:,} bytes, more than max_bytes={settings.max_bytes:,}", code="E102"
            )
        data = path.read_bytes()
        if not data.strip():
            raise IngestError(f"{source}: file is empty", code="E105")
        text = decode_bytes(data, source)
    except IngestError as exc:
        yield Failure(path.stem or source, exc.code, exc.message, source)
        return
    except OSError as exc:
        yield Failure(path.stem or source, "E106", f"{source}: cannot read: {exc}", source)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(text.splitlines(), source)
    else:
        yield document_from_text(text, path.stem, source)


def read_sources(sources: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Documents from paths, directories and ``-`` (stdin), in the order given."""
    for src in sources:
        if src == "-":
            data = sys.stdin.buffer.read()
            text = decode_bytes(data, "<stdin>")
            if text.lstrip().startswith("{"):
                yield from read_jsonl(text.splitlines(), "<stdin>")
            else:
                yield document_from_text(text, "stdin", "<stdin>")
            continue
        path = Path(src)
        if not path.exists():
            yield Failure(src, "E107", f"{src}: no such file or directory", src)
            continue
        yield from read_path(path, settings)
