"""Lookups over a spaCy parse that several extractors share: its text, a token's line, sentence and lemma.

The text, line breaks and sentence starts are cached in ``Doc.user_data``, so each is built once
per document however many extractors ask.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def doc_text(doc: "Doc") -> str:
    """The text of a parsed document, built once (``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get("sidelines_text")
    if text is None:
        text = doc.text
        doc.user_data["sidelines_text"] = text
    return text


def line_of(tok: "Token") -> int:
    """The line a token is on; a line break is a hard boundary the parser sometimes ignores."""
    doc = tok.doc
    breaks = doc.user_data.get("sidelines_line_breaks")
    if breaks is None:
        breaks = [m.start() for m in re.finditer("\n", doc_text(doc))]
        doc.user_data["sidelines_line_breaks"] = breaks
    return bisect.bisect_left(breaks, tok.idx)


def sent_of(tok: "Token") -> "SpacySpan":
    """The sentence of a token, found by bisection (``Token.sent`` walks every sentence each call)."""
    doc = tok.doc
    bounds = doc.user_data.get("sidelines_sent_starts")
    if bounds is None:
        bounds = [sent.start for sent in doc.sents]
        doc.user_data["sidelines_sent_starts"] = bounds
    k = bisect.bisect_right(bounds, tok.i) - 1
    end = bounds[k + 1] if k + 1 < len(bounds) else len(doc)
    return doc[bounds[k]:end]


def same_line(a: "Token", b: "Token") -> bool:
    """Whether two tokens sit on one line of the text."""
    return line_of(a) == line_of(b)


def lemma_of(tok: "Token") -> str:
    """The lower-case lemma of a token."""
    return tok.lemma_.lower()
