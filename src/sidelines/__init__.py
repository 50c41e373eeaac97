"""sidelines: political and diplomatic news -> a structured, source-attributed record."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sidelines.errors import SidelinesError
from sidelines.model.record import ErrorRecord, Record

__all__ = ["extract", "process", "open_store", "query", "Record", "ErrorRecord", "SidelinesError", "__version__"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def process(sources: list[str], **settings: Any) -> list[Record | ErrorRecord]:
    """Read files, directories or JSONL corpora and return one record per document, in order."""
    from sidelines.api import process_sources

    return list(process_sources(sources, **settings))


def extract(text_or_path: str | Path, **meta: Any) -> Record:
    """Extract the record of one article, given as text or as a path to a file.

    Keyword arguments are document metadata (``id``, ``title``, ``published``,
    ``publisher``, ``url``) or settings (``model``, ``extractors``...).
    """
    from sidelines.api import extract_one

    return extract_one(text_or_path, **meta)


def open_store(url: str | Path = "sidelines.db") -> Any:
    """Open (and migrate) a store: a SQLite file path, or a SQLAlchemy URL such as postgresql://..."""
    from sidelines.store import open_store as _open

    return _open(str(url))


def __getattr__(name: str) -> Any:
    """Import ``sidelines.query`` on first use (it needs SQLAlchemy, which plain extraction does not)."""
    if name == "query":
        import importlib

        return importlib.import_module("sidelines.query")
    raise AttributeError(f"module 'sidelines' has no attribute {name!r}")
