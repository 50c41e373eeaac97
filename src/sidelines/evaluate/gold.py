"""Readers of the gold JSONL formats of ../shared/eval and of files of extracted records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sidelines.errors import EvalError
from sidelines.ingest.sources import document_from_text
from sidelines.model.document import Document
from sidelines.model.record import Record

# Gold fields holding the document creation time, in order of preference
# (tempeval3 writes it as "dct", news_dev.jsonl as "date").
DATE_FIELDS = ("published", "dct", "date")


def read_jsonl_objects(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, in order, at most ``limit`` of them."""
    out: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise EvalError(f"{path}:{n}: not valid JSON: {exc}", code="E601") from exc
                if not isinstance(obj, dict):
                    raise EvalError(f"{path}:{n}: each line must be a JSON object", code="E601")
                out.append(obj)
                if limit is not None and len(out) >= limit:
                    break
    except UnicodeDecodeError as exc:
        raise EvalError(f"cannot read {path}: not UTF-8 text (byte {exc.start} of a line); "
                        "convert it to UTF-8", code="E602") from None
    except OSError as exc:
        raise EvalError(f"cannot read {path}: {exc}", code="E602") from exc
    return out


def read_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold documents: every line needs an ``id`` and a string ``text``."""
    golds = read_jsonl_objects(path, limit)
    for n, gold in enumerate(golds, start=1):
        if not isinstance(gold.get("text"), str) or "id" not in gold:
            raise EvalError(f"{path}: gold document {n} has no 'id' or no string 'text'", code="E603")
        gold["id"] = str(gold["id"])
    return golds


def gold_date(gold: dict[str, Any]) -> str | None:
    """The document creation date of a gold document, when its format has one."""
    for key in DATE_FIELDS:
        value = gold.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def gold_document(gold: dict[str, Any]) -> Document:
    """The Document the engine sees for a gold document: the gold text exactly, and its date."""
    return document_from_text(
        gold["text"], gold["id"], None,
        published=gold_date(gold), title=gold.get("title"), publisher=gold.get("publisher"),
    )


def read_records(path: str | Path, limit: int | None = None) -> list[Record]:
    """Extracted records (``sidelines extract --format jsonl`` output); error lines are skipped."""
    records = []
    for n, obj in enumerate(read_jsonl_objects(path, limit), start=1):
        if "error" in obj and "text" not in obj:
            continue
        # Fields may be added to the record (docs/record.md); ones this version does not know are ignored.
        obj = {k: v for k, v in obj.items() if k in Record.model_fields}
        try:
            records.append(Record.model_validate(obj))
        except ValueError as exc:
            raise EvalError(f"{path}: record {n} does not follow the contract: {exc}", code="E604") from exc
    return records


def align_records(golds: list[dict[str, Any]], records: list[Record]) -> list[Record]:
    """One record per gold document, in gold order; a missing record counts as an empty one."""
    by_id = {r.id: r for r in records}
    out = []
    for gold in golds:
        rec = by_id.get(gold["id"])
        if rec is None:
            rec = Record(id=gold["id"], text=gold["text"])
        elif rec.text != gold["text"]:
            raise EvalError(
                f"record {gold['id']} has a different text than the gold document; offsets cannot be compared",
                code="E605",
            )
        out.append(rec)
    return out
