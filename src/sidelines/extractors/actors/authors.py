"""The document's own authors: a byline names the writer, who is no actor of the story."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sidelines.model.document import Document

BYLINE = re.compile(r"^\s*(?:by|written by)\s+", re.IGNORECASE)


def author_ids(doc: "Document") -> set[str]:
    """Ids of the person entities that are the document's authors (its metadata or a byline line)."""
    authors = {a.lower() for a in doc.authors}
    bylines = [(s.start, s.end) for s in doc.furniture if BYLINE.match(s.text)]
    return {ent.id for ent in doc.layer("entities") if _is_author(ent, authors, bylines)}


def _is_author(ent: Any, authors: set[str], bylines: list[tuple[int, int]]) -> bool:
    if ent.type != "PERSON":
        return False
    if ent.name.lower() in authors:
        return True
    return bool(ent.mentions) and all(
        any(s <= m.start and m.end <= e for s, e in bylines) for m in ent.mentions
    )
