"""Shared fixtures: the real pipeline once per session, and the ../shared data (skip without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once."""
    from sidelines.nlp.engine import load_model

    return load_model("")


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline, built once."""
    from sidelines.api import get_pipeline
    from sidelines.settings import settings_from_kwargs

    return get_pipeline(settings_from_kwargs())


@pytest.fixture(scope="session")
def extract(pipeline):
    """Extract the record of a text with the default pipeline: extract(text, **meta) -> Record."""
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record

    def run(text: str, doc_id: str = "t", **meta):
        doc = document_from_text(text, doc_id, None, **meta)
        return to_record(pipeline.process_one(doc))

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout; tests that need it skip cleanly without it."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


def assert_spans_consistent(record) -> None:
    """Every span of a record matches the text at its offsets."""
    text = record.text

    def check(span) -> None:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start:span.end] == span.text, span

    for e in record.entities:
        for m in e.mentions:
            check(m)
    for q in record.quotes:
        check(q.content)
        if q.speaker_mention:
            check(q.speaker_mention)
        if q.cue:
            check(q.cue)
    for ev in record.events:
        for s in ev.evidence:
            check(s)
    for t in record.times:
        check(t)
    for p in record.places:
        check(p)
    for f in record.furniture:
        check(f)
