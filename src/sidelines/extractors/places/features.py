"""A generic feature noun the NER tags alone ("Island", "Reef") belongs to the name before it.

The NER often splits a hyphenated or foreign name from its feature noun ("Pag-asa Island" as an
organisation "Pag-asa" and a place "Island"). Read alone, the noun finds a county or a town named
"Island"; with the name before it, it is the island, unknown to the gazetteer perhaps, but no
county in another country. Without a name before it the noun is left as it is ("the Bay" may be
the one the article is about). Left over from a longer name the gazetteer does not know ("Bay" of
"Bay Area", "Islands" of "Outer Islands"), the noun is not looked up alone: that name stays unresolved.
A location span the NER tags over a town and its state ("Florence, South Carolina") is read as the two names
it holds (:func:`named_parts`), not as the state alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from sidelines.gazetteer import Gazetteer

# Nouns of natural features and waters that name nothing alone ("the Gulf" does: the Persian Gulf).
FEATURE_NOUNS = frozenset({
    "island", "islands", "isle", "isles", "islet", "atoll", "reef", "reefs", "shoal", "shoals", "cay", "cays",
    "river", "lake", "sea", "bay", "strait", "straits", "canal", "channel", "peninsula", "cape",
    "mountain", "mountains", "mount", "hills", "valley", "desert", "plateau", "glacier", "volcano",
})

# Feature nouns no person's name ends with (unlike "Lake", "Hill" or "Bay"): a name ending in one that
# the NER tags as a person ("Subi Reef") is still a place.
NO_SURNAME_FEATURES = frozenset({
    "island", "islands", "islet", "atoll", "reef", "reefs", "shoal", "shoals", "strait", "straits", "peninsula",
    "canal", "archipelago", "cay", "cays",
})


def is_lone_feature(words: list[str]) -> bool:
    """A name that is one generic feature noun ("Bay", "Islands"): what is left of "Bay Area" or
    "Outer Islands" without a word of it, and no place of its own."""
    return len(words) == 1 and words[0].lower() in FEATURE_NOUNS


def ends_in_feature(span: "Span") -> bool:
    """Whether a name of two words or more ends with a feature noun no surname has ("Subi Reef")."""
    return len(span) > 1 and span[-1].lower_ in NO_SURNAME_FEATURES


def with_feature_name(span: "Span") -> "Span":
    """The span widened to the name before a lone feature noun ("Pag-asa Island"), else as it is."""
    if len(span) != 1 or span[0].lower_ not in FEATURE_NOUNS:
        return span
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start and _in_name(span, start - 1):
        start -= 1
    while start < span.start and not doc[start].text[:1].isupper():
        start += 1
    return doc[start:span.end] if start < span.start else span


def _in_name(span: "Span", k: int) -> bool:
    """Whether token ``k`` is part of the name before the noun: a capitalised word, a hyphen inside a
    word, or the part of a hyphenated word after its hyphen ("asa" in "Pag-asa")."""
    doc = span.doc
    token = doc[k]
    if token.text[:1].isupper():
        return True
    if token.text == "-":
        return k > 0 and not doc[k - 1].whitespace_ and not token.whitespace_
    return k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_


def named_parts(span: "Span | None", gaz: "Gazetteer") -> list["Span"]:
    """A location span as the names to look up: "Town, State" that the gazetteer lacks whole but knows in
    both parts is the town and the state (rule town_comma_state); any other span, its feature noun joined
    (:func:`with_feature_name`). None gives no name."""
    if span is None:
        return []
    commas = [t.i for t in span if t.text == ","]
    if len(commas) == 1 and span.start < commas[0] < span.end - 1 and not gaz.lookup(span.text):
        head, tail = span.doc[span.start:commas[0]], span.doc[commas[0] + 1:span.end]
        if gaz.lookup(head.text) and gaz.lookup(tail.text):
            return [head, tail]
    return [with_feature_name(span)]
