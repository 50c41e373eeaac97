"""Lookups over a spaCy parse that several extractors share: a token's line, sentence and lemma,
and the stretches inside quotation marks.

Each is kept in the document's shared analysis (:mod:`sidelines.nlp.analysis`), so it is built
once per document however many extractors ask; lemmas and dependency sets live in
:mod:`sidelines.nlp.syntax`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sidelines.extractors.quotes.marks import Region


def doc_text(doc: "Doc") -> str:
    """The text of a parsed document, built once (``Doc.text`` joins every token on each call)."""
    return analysis_of(doc).text


def line_of(tok: "Token") -> int:
    """The line a token is on; a line break is a hard boundary the parser sometimes ignores."""
    return analysis_of(tok.doc).line_of(tok)


def sent_of(tok: "Token") -> "SpacySpan":
    """The sentence of a token, found by bisection (``Token.sent`` walks every sentence each call)."""
    return analysis_of(tok.doc).sent_of(tok)


def sentence_start(tok: "Token") -> int:
    """The index of the first token of a token's sentence (``tok.sent.start``, by bisection)."""
    return analysis_of(tok.doc).sent_bounds(tok.i)[0]


def sentence_end(tok: "Token") -> int:
    """The end (exclusive token index) of a token's sentence (``tok.sent.end``, by bisection)."""
    return analysis_of(tok.doc).sent_bounds(tok.i)[1]


def same_line(a: "Token", b: "Token") -> bool:
    """Whether two tokens sit on one line of the text."""
    analysis = analysis_of(a.doc)
    return analysis.line_of(a) == analysis.line_of(b)


def quote_regions(parsed: "Doc") -> list["Region"]:
    """The stretches inside quotation marks (``find_regions`` over the document's text), found once.

    Shared by every reader: read them, never change them; :func:`fresh_quote_regions` gives a
    reader that marks regions ``used`` its own copy.
    """
    from sidelines.extractors.quotes.marks import find_regions  # here: the quotes package imports this module

    analysis = analysis_of(parsed)
    return analysis.memo("quote_regions", lambda: find_regions(
        analysis.doc.text if analysis.doc is not None else analysis.text))


def fresh_quote_regions(parsed: "Doc") -> list["Region"]:
    """A private copy of :func:`quote_regions`, for a reader that marks them."""
    return [replace(r) for r in quote_regions(parsed)]


def quoted_chars(parsed: "Doc") -> frozenset[int]:
    """Character offsets inside quotation marks (the marks themselves excluded), found once."""
    regions = quote_regions(parsed)
    return analysis_of(parsed).memo("quoted_chars", lambda: frozenset(k for r in regions
                                                                      for k in range(r.start, r.end)))


__all__ = [
    "doc_text",
    "fresh_quote_regions",
    "lemma_of",
    "line_of",
    "quote_regions",
    "quoted_chars",
    "same_line",
    "sent_of",
    "sentence_end",
    "sentence_start",
]
