"""The Python API behind ``sidelines.extract`` and ``sidelines.process``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from sidelines.errors import ExtractionError
from sidelines.ingest.sources import document_from_text, read_sources
from sidelines.model.document import Document, Item
from sidelines.model.record import GIVEN_METADATA, ErrorRecord, Record
from sidelines.model.serialize import to_record
from sidelines.pipeline import Pipeline
from sidelines.settings import Settings, settings_from_kwargs

#: The keyword arguments of ``extract`` that are document metadata rather than settings.
DOCUMENT_FIELDS = {"id", *GIVEN_METADATA}


def split_kwargs(kwargs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Separate document metadata from settings in keyword arguments."""
    meta = {k: v for k, v in kwargs.items() if k in DOCUMENT_FIELDS}
    rest = {k: v for k, v in kwargs.items() if k not in DOCUMENT_FIELDS}
    return meta, rest


@lru_cache(maxsize=4)
def _pipeline(settings_json: str) -> Pipeline:
    return Pipeline(Settings.model_validate_json(settings_json))


def get_pipeline(settings: Settings) -> Pipeline:
    """A pipeline for these settings, built once per process."""
    return _pipeline(settings.model_dump_json())


def to_output(item: Item) -> Record | ErrorRecord:
    """The record of a processed document, or the error line of a failure."""
    if isinstance(item, ErrorRecord):
        return item
    return to_record(item)


def run_items(items: Iterable[Item], settings: Settings) -> Iterator[Record | ErrorRecord]:
    """Run the pipeline over documents and failures, yielding output records in order."""
    for item in get_pipeline(settings).process(items):
        yield to_output(item)


def process_sources(sources: Iterable[str], **kwargs: Any) -> Iterator[Record | ErrorRecord]:
    """Records for every document in the given sources."""
    settings = settings_from_kwargs(**kwargs)
    yield from run_items(read_sources(sources, settings), settings)


def is_location(value: str) -> bool:
    """Whether a string names a file or an http(s) URL rather than being article text."""
    if "\n" in value or len(value) > 4096:
        return False
    if value.startswith(("http://", "https://")) and not any(c.isspace() for c in value):
        return True
    try:
        return Path(value).is_file()
    except (OSError, ValueError):  # a name too long for the file system, or a NUL byte: text
        return False


def extract_one(text_or_path: str | Path, **kwargs: Any) -> Record:
    """The record of one article (text, or a path to an existing file)."""
    meta, rest = split_kwargs(kwargs)
    settings = settings_from_kwargs(**rest)
    if isinstance(text_or_path, Path) or is_location(text_or_path):
        items: list[Item] = list(read_sources([str(text_or_path)], settings))
        if not items:
            raise ExtractionError(f"{text_or_path}: no document found", code="E302")
        for item in items:
            if isinstance(item, Document):
                item.__dict__.update({k: v for k, v in meta.items() if v is not None})
    else:
        items = [document_from_text(str(text_or_path), str(meta.pop("id", "doc")), None, **meta)]
    out = next(run_items(items[:1], settings))
    if isinstance(out, ErrorRecord):
        raise ExtractionError(out.error, code=out.code or "E300")
    return out
