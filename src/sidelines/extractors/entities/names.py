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
    """Indices of the tokens whose lower-case form is one of ``words`` (over the shared lower-case list)."""
    if len(parsed) == 0:
        return []
    return [k for k, lower in enumerate(analysis_of(parsed).lowers) if lower in words]


def capitalised_positions(parsed: "Doc") -> list[int]:
    """Indices of the tokens in title case or in capitals."""
    if len(parsed) == 0:
        return []
    flags = parsed.to_array([IS_TITLE, IS_UPPER])
    positions: list[int] = np.flatnonzero(flags.any(axis=1)).tolist()
    return positions


def mention_root(parsed: "Doc", m: NameMention) -> "Token":
    """The token of the mention whose head lies outside it (the last one when the parse says nothing else)."""
    return next((t for t in parsed[m.i : m.j] if not m.i <= t.head.i < m.j or t.head.i == t.i), parsed[m.j - 1])


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
