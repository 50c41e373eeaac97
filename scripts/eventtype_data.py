"""Build-time data for the event typer: the corpora it learns from and is measured on, parsed once.

Used by ``train_event_classifier.py`` and ``eval_event_typer.py`` (not by the runtime package).
Parses are cached as spaCy DocBins under ``$SIDELINES_CACHE/typer-parses`` (``~/.cache/sidelines`` by default,
outside the repository), keyed by the corpus texts and the pipeline, so each corpus is parsed once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger("eventtype_data")

CACHE = Path(os.environ.get("SIDELINES_CACHE", str(Path.home() / ".cache" / "sidelines"))) / "typer-parses"
# How much of a synthetic story is parsed: its label speaks of its main event, told first.
SYNTH_CHARS = 900


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def synth_lead(text: str) -> str:
    """The first paragraphs of a story, cut at a sentence end after about SYNTH_CHARS characters."""
    text = text.strip()
    if len(text) <= SYNTH_CHARS:
        return text
    cut = max(text.rfind(". ", 0, SYNTH_CHARS), text.rfind("\n", 0, SYNTH_CHARS))
    return text[: cut + 1] if cut > 200 else text[:SYNTH_CHARS]


def parse_cached(name: str, texts: list[str]) -> list[Any]:
    """spaCy Docs of ``texts``, from the DocBin cache or parsed now (then cached)."""
    from spacy.tokens import DocBin

    from sidelines.nlp.engine import load_model, model_id

    nlp = load_model("")
    digest = hashlib.sha1(model_id(nlp).encode())
    for t in texts:
        digest.update(t.encode("utf-8", "surrogatepass") + b"\x00")
    path = CACHE / f"{name}-{digest.hexdigest()[:16]}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    log.info("parsing %d texts of %s (cached at %s)", len(texts), name, path)
    docs = list(nlp.pipe(texts, batch_size=64))
    CACHE.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(store_user_data=False)
    for d in docs:
        bin_.add(d)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    bin_.to_disk(tmp)
    os.replace(tmp, path)
    return docs


def plover(shared: Path) -> tuple[list[dict[str, Any]], list[Any]]:
    """PLOVER dev gold records and their parses (one sentence each)."""
    golds = read_jsonl(shared / "eval" / "plover" / "dev.jsonl")
    return golds, parse_cached("plover-dev", [g["text"] for g in golds])


def multicoped(shared: Path) -> tuple[list[dict[str, Any]], list[Any]]:
    """Multi-CoPED dev sentences that carry a class, and their parses."""
    golds = [g for g in read_jsonl(shared / "eval" / "multicoped" / "dev.jsonl") if g.get("pentaclass") is not None]
    return golds, parse_cached("multicoped-dev", [g["text"] for g in golds])


def synthetic(shared: Path) -> tuple[list[dict[str, Any]], list[Any], list[Any]]:
    """Synthetic stories, the parses of their headlines and of their leads."""
    stories = read_jsonl(shared / "train" / "plover_synthetic.jsonl")
    heads = parse_cached("synth-head", [s.get("headline") or "" for s in stories])
    leads = parse_cached("synth-lead", [synth_lead(s["text"]) for s in stories])
    return stories, heads, leads


def iter_all(shared: Path) -> Iterator[str]:
    yield from (g["text"] for g in plover(shared)[0])


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    for fn in (plover, multicoped, synthetic):
        out = fn(shared)
        log.info("%s: %d", fn.__name__, len(out[0]))
