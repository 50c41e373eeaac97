"""The shared analysis of one document: built once, read by every extractor.

Several extractors need the same lookups over a parse: the line and sentence of a token or a
character, the token at a character, the stretches inside quotation marks (kept here through
:meth:`DocAnalysis.memo`, see :mod:`sidelines.extractors.lookup`), and which entities a token
belongs to. Each used to build its own; :class:`DocAnalysis` builds each once, on first
use, and keeps it for the rest of the document.

The pipeline attaches one to the parse before the extractors run (:func:`attach_analysis`) and
drops it after (:func:`release_analysis`); an extractor reaches it with :func:`analysis_of`, which
builds one on the spot when called outside the pipeline. It lives in the spaCy ``Doc.user_data``
only while the document is processed, so it never reaches the record or the parse cache, and the
extractor contract (``__call__(doc, parsed)``) is unchanged: plugins need not know it exists.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SPACY, TAG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.model.document import Document

#: The key of the analysis in ``Doc.user_data`` (a string key: spaCy's own keys are tuples).
ANALYSIS_KEY = "sidelines_analysis"
T = TypeVar("T")
NEWLINE_RE = re.compile("\n")
#: The token attributes read as lists, by name: spaCy attribute ids for ``Doc.to_array``.
COLUMNS = {"text": ORTH, "lower": LOWER, "ent_type": ENT_TYPE, "pos": POS, "tag": TAG, "dep": DEP,
           "lemma": LEMMA, "idx": IDX, "space": SPACY}
#: The place of each attribute's list in :attr:`DocAnalysis._columns`.
COLUMN_AT = {name: k for k, name in enumerate(COLUMNS)}
#: The string of each hash (or symbol) met: a hash names one string in every vocabulary. Emptied when it
#: holds more than ``MAX_STRINGS`` (a long-running service meets new words without end).
_STRINGS: dict[int, str] = {}
MAX_STRINGS = 1_000_000


class DocAnalysis:
    """Lookups over one parse (and, once entities ran, its document's entities), each built on first use.

    Everything here reads the parse and the document's unchanged text; only
    :meth:`entity_ids_by_token` reads a layer, and rebuilds when that layer changed.
    """

    def __init__(self, parsed: "Doc", doc: "Document | None" = None) -> None:
        self.parsed = parsed
        self.doc = doc
        self._spans: dict[tuple[int, int], Span | None] = {}
        self._sents: dict[int, Span] = {}
        self._entity_key: tuple[int, int, int] | None = None
        self._entity_ids: dict[int, list[str]] = {}
        self._memo: dict[str, Any] = {}

    # -- text, lines and sentences ------------------------------------------------------------------
    @cached_property
    def text(self) -> str:
        """The parsed text (``Doc.text`` joins every token on each call; here the token lists are joined)."""
        spaces = self._columns[COLUMN_AT["space"]]
        return "".join([word + " " if space else word for word, space in zip(self.texts, spaces, strict=True)])

    @cached_property
    def line_breaks(self) -> list[int]:
        """Offsets of the line breaks, in order."""
        return [m.start() for m in NEWLINE_RE.finditer(self.text)]

    @cached_property
    def sent_starts(self) -> list[int]:
        """Token index of the first token of each sentence."""
        return [sent.start for sent in self.parsed.sents]

    @cached_property
    def sent_start_chars(self) -> list[int]:
        """Character offset of each sentence's start."""
        parsed = self.parsed
        return [parsed[i].idx for i in self.sent_starts]

    def line_at(self, char: int) -> int:
        """The number of the line a character offset is on (0 for the first)."""
        return bisect.bisect_left(self.line_breaks, char)

    def line_of(self, tok: "Token") -> int:
        """The line a token is on; a line break is a hard boundary the parser sometimes ignores."""
        return self.line_at(tok.idx)

    def paragraph(self, char: int) -> tuple[int, int]:
        """The line (paragraph) around a character offset: its start and end offsets."""
        breaks = self.line_breaks
        k = bisect.bisect_left(breaks, char)
        start = breaks[k - 1] + 1 if k > 0 else 0
        end = breaks[k] if k < len(breaks) else len(self.text)
        return start, end

    def sent_index(self, tok: "Token") -> int:
        """The number of a token's sentence (0 for the first)."""
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def sent_of(self, tok: "Token") -> "Span":
        """The sentence of a token, found by bisection (``Token.sent`` walks every sentence each call);
        one span per sentence, made on first use."""
        start, end = self.sent_bounds(tok.i)
        span = self._sents.get(start)
        if span is None:
            span = self._sents[start] = self.parsed[start:end]
        return span

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """The first token and the end of the sentence of token ``i`` (``Token.sent`` walks the
        sentence token by token on each call)."""
        bounds = self.sent_starts
        k = bisect.bisect_right(bounds, i) - 1
        return bounds[k], bounds[k + 1] if k + 1 < len(bounds) else len(self.parsed)

    def sent_at(self, char: int) -> int:
        """The number of the sentence a character offset is in (-1 before the first)."""
        return bisect.bisect_right(self.sent_start_chars, char) - 1

    @cached_property
    def ents(self) -> "tuple[Span, ...]":
        """spaCy's entities (``Doc.ents`` makes every entity's span anew on each call)."""
        return tuple(self.parsed.ents)

    # -- token attributes as lists (a spaCy Token object costs more than the string it gives) ------
    @cached_property
    def _columns(self) -> list[list[int]]:
        """The token attributes of ``COLUMNS`` as lists of ints, one list per attribute, read in one call."""
        if not len(self.parsed):
            return [[] for _ in COLUMNS]
        columns: list[list[int]] = self.parsed.to_array(list(COLUMNS.values())).T.tolist()
        return columns

    def _strings(self, name: str) -> list[str]:
        """The string of each token's attribute ``name`` (from the hashes of :attr:`_columns`)."""
        hashes = self._columns[COLUMN_AT[name]]
        try:
            return list(map(_STRINGS.__getitem__, hashes))
        except KeyError:
            store = self.parsed.vocab.strings
            if len(_STRINGS) > MAX_STRINGS:
                _STRINGS.clear()
            out = []
            for h in hashes:
                string = _STRINGS.get(h)
                if string is None:
                    string = _STRINGS[h] = store[h]
                out.append(string)
            return out

    @cached_property
    def texts(self) -> list[str]:
        """Each token's text."""
        return self._strings("text")

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lower-case text."""
        return self._strings("lower")

    @cached_property
    def spaces(self) -> list[str]:
        """The whitespace after each token (``Token.whitespace_``: a space or nothing)."""
        return [" " if space else "" for space in self._columns[COLUMN_AT["space"]]]

    @cached_property
    def ent_types(self) -> list[str]:
        """Each token's entity label ("" outside spaCy's entities)."""
        return self._strings("ent_type")

    @cached_property
    def pos(self) -> list[str]:
        """Each token's coarse part of speech."""
        return self._strings("pos")

    @cached_property
    def tags(self) -> list[str]:
        """Each token's fine-grained tag."""
        return self._strings("tag")

    @cached_property
    def deps(self) -> list[str]:
        """Each token's dependency label."""
        return self._strings("dep")

    @cached_property
    def heads(self) -> list[int]:
        """The index of each token's syntactic head (its own index at a root)."""
        if not len(self.parsed):
            return []
        offsets: list[int] = self.parsed.to_array(HEAD).view("int64").tolist()  # relative, may be negative
        return [i + offset for i, offset in enumerate(offsets)]

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's lower-case lemma, as :func:`sidelines.nlp.syntax.lemma_of` gives it."""
        return [lemma.lower() if lemma else lower for lemma, lower in zip(self._strings("lemma"), self.lowers,
                                                                          strict=True)]

    @cached_property
    def capitalised(self) -> list[bool]:
        """Whether each token's text starts with a capital letter."""
        return [t[:1].isupper() for t in self.texts]

    def span_text(self, start: int, end: int) -> str:
        """The text of the tokens ``[start, end)`` (``Doc[start:end].text`` without making the span)."""
        starts, last = self.token_starts, end - 1
        return self.text[starts[start]:starts[last] + len(self.texts[last])] if end > start else ""

    # -- characters to tokens -----------------------------------------------------------------------
    @cached_property
    def token_starts(self) -> list[int]:
        """Character offset of each token's start."""
        return self._columns[COLUMN_AT["idx"]]

    def token_at(self, char: int) -> int:
        """Index of the token that contains ``char`` (or the last one that starts before it)."""
        starts = self.token_starts
        return min(bisect.bisect_right(starts, char) - 1 if char >= 0 else 0, len(starts) - 1)

    def span(self, start: int, end: int) -> "Span | None":
        """The tokens over ``[start, end)``, widened to whole tokens (``Doc.char_span`` expand), cached."""
        key = (start, end)
        if key not in self._spans:
            self._spans[key] = self.parsed.char_span(start, end, alignment_mode="expand")
        return self._spans[key]

    # -- anything else, once ------------------------------------------------------------------------
    def memo(self, key: str, build: Callable[[], T]) -> T:
        """The value stored under ``key``, built by ``build()`` on first use.

        For tables of a higher layer that several extractors read (the quotation regions, see
        :func:`sidelines.extractors.lookup.quote_regions`): this module may not import them.
        """
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    # -- entities -----------------------------------------------------------------------------------
    def entity_ids_by_token(self) -> dict[int, list[str]]:
        """Token index -> ids of the entities with a mention over it, from the current entities layer.

        Built from the document's ``entities`` layer as it is now (names, nominals and the
        pronouns coreference linked), and rebuilt when an extractor changed that layer.
        """
        entities = self.doc.layer("entities") if self.doc is not None else []
        key = (id(entities), len(entities), sum(len(getattr(e, "mentions", ())) for e in entities))
        if key != self._entity_key:
            by_token: dict[int, list[str]] = {}
            for ent in entities:
                for m in getattr(ent, "mentions", ()):
                    span = self.span(m.start, m.end)
                    for i in range(span.start, span.end) if span is not None else ():
                        ids = by_token.setdefault(i, [])
                        if ent.id not in ids:
                            ids.append(ent.id)
            self._entity_key, self._entity_ids = key, by_token
        return self._entity_ids


def analysis_of(parsed: "Doc", doc: "Document | None" = None) -> DocAnalysis:
    """The analysis of a parse, built now when the pipeline did not attach one.

    With ``doc``, the analysis is that document's: one attached for another document over the
    same parse (tests reuse parses) is replaced.
    """
    found = parsed.user_data.get(ANALYSIS_KEY)
    if isinstance(found, DocAnalysis) and (doc is None or found.doc is doc):
        return found
    if isinstance(found, DocAnalysis) and found.doc is None:
        found.doc = doc
        return found
    return attach_analysis(parsed, doc)


def attach_analysis(parsed: "Doc", doc: "Document | None" = None) -> DocAnalysis:
    """Attach a new analysis to a parse (the pipeline does so once per document)."""
    analysis = DocAnalysis(parsed, doc)
    parsed.user_data[ANALYSIS_KEY] = analysis
    return analysis


def release_analysis(parsed: "Doc") -> None:
    """Drop the analysis of a parse once its document is done (it must not reach ``Doc.to_bytes``)."""
    parsed.user_data.pop(ANALYSIS_KEY, None)


__all__ = ["ANALYSIS_KEY", "DocAnalysis", "analysis_of", "attach_analysis", "release_analysis"]
