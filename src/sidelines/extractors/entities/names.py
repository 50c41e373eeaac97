"""NameMention, the unit the entities extractor works on, and token helpers its rules share."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import ne
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IS_TITLE, IS_UPPER

from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Labels a name keeps when it is found again elsewhere in the document.
PROPAGATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# A line is a headline in capitals when nearly all of its letters are upper case.
CAPS_RATIO = 0.9
CAPS_MIN_LETTERS = 8
# Endings of demonym nouns for a person ("Irishman", "Frenchwomen"), longest first.
DEMONYM_NOUN_SUFFIXES = ("woman", "women", "man", "men")


@dataclass
class NameMention:
    """A named mention before grouping: char span, token span, label and what the lexicon says of it."""

    start: int
    end: int
    label: str
    i: int
    j: int
    country: str | None = None
    metonymic: bool = False
    alias_of: "NameMention | None" = None
    source: str = "spacy"
    in_caps: bool = False
    words: list[str] = field(default_factory=list)
    thing: bool = False  # an award, a hashtag, a work or a product (entities/things.py)


def caps_line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines written in capitals (wire headlines, datelines)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        # cheap test first: a capitals line changes little when upper-cased
        if line and sum(map(ne, line, line.upper())) <= len(line) * (1 - CAPS_RATIO):
            letters = [c for c in line if c.isalpha()]
            if len(letters) >= CAPS_MIN_LETTERS and sum(c.isupper() for c in letters) >= CAPS_RATIO * len(letters):
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def token_positions(parsed: "Doc", words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``words``, in order (from a table of each form's
    tokens built once per document: five readers ask, each of other words)."""
    if len(parsed) == 0:
        return []
    analysis = analysis_of(parsed)
    by_lower: dict[str, list[int]] = analysis.memo("positions_by_lower", lambda: _positions_by_lower(analysis.lowers))
    return sorted(k for word in by_lower.keys() & words for k in by_lower[word])


def _positions_by_lower(lowers: list[str]) -> dict[str, list[int]]:
    """Each lower-case form of a document -> the indices of its tokens (one pass, shared by every reader)."""
    by_lower: dict[str, list[int]] = {}
    for k, lower in enumerate(lowers):
        by_lower.setdefault(lower, []).append(k)
    return by_lower


def capitalised_positions(parsed: "Doc") -> list[int]:
    """Indices of the tokens in title case or in capitals."""
    if len(parsed) == 0:
        return []
    flags = parsed.to_array([IS_TITLE, IS_UPPER])
    positions: list[int] = np.flatnonzero(flags.any(axis=1)).tolist()
    return positions


def mention_root(parsed: "Doc", m: NameMention) -> "Token":
    """The token of the mention whose head lies outside it (the last one when the parse says nothing else);
    found once per token range of a document (several readers of the entities ask for each mention's)."""
    analysis = analysis_of(parsed)
    roots: dict[tuple[int, int], Token] = analysis.memo("mention_roots", dict)
    root = roots.get((m.i, m.j))
    if root is None:
        heads = analysis.heads
        k = next((k for k in range(m.i, m.j) if not m.i <= heads[k] < m.j or heads[k] == k), m.j - 1)
        root = roots[(m.i, m.j)] = parsed[k]
    return root


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def covered_tokens(mentions: list[NameMention]) -> set[int]:
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.i, m.j))
    return covered


def demonym_noun_country(word: str) -> str | None:
    """ "Irishman", "Frenchwoman": a demonym with "man" or "woman" gives its country."""
    from sidelines.lexicon.countries import country_by_people_demonym

    for suffix in DEMONYM_NOUN_SUFFIXES:
        if word.lower().endswith(suffix) and len(word) > len(suffix) + 2 and word[:1].isupper():
            country = country_by_people_demonym(word) or country_by_people_demonym(word[: -len(suffix)])
            return country.iso3 if country else None
    return None
