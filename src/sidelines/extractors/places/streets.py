"""Street names the NER missed: capitalised words before a street word ("Dawson Street", "N. Elm St."),
or after the street word of a language that puts it first ("Rue Lamartine", "Place de la Gare").

A street lies in the article's town: it has no gazetteer entry and borrows the point of the town
the article puts it in (:mod:`.fallback`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that end a street's name ("Street", "St."), lower case without a final full stop.
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane"})
# Street words written before the name in French, Spanish, Italian, Portuguese ("Rue", "Calle").
PREFIX_STREET_WORDS = frozenset({"rue", "place", "plaza", "calle", "via", "piazza", "avenida", "rua", "praça"})
# Particles between such a word and the name ("Place de la Gare").
PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "del", "della", "di", "do", "da", "dos", "das", "d'"})
# Entity labels that keep their words out of a street name (a date, an amount).
NON_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# Most name words before the street word, besides a direction before them.
MAX_NAME_WORDS = 2
# Street words whose name is often the town the road leads to ("Dover Road"): such a name stays the town.
TOWARD_WORDS = frozenset({"road", "rd"})
DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"})


def _name_word(token: "Token") -> bool:
    """A capitalised word, an initial ("N."), or an ordinal ("42nd"), outside dates and amounts."""
    if token.ent_type_ in NON_NAME_LABELS and not token.text[:1].isdigit():
        return False
    text = token.text
    if token.lower_ in ("the", "a", "an"):
        return False
    return bool(text) and (text[0].isupper() or text[:1].isdigit() and text[-2:] in ("st", "nd", "rd", "th"))


def _street_word(token: "Token") -> bool:
    """The street word: "Street", "St." ... capitalised; "St." not before a capitalised name ("St. Louis")."""
    if not token.text[:1].isupper() or token.text.lower().rstrip(".") not in STREET_WORDS:
        return False
    doc = token.doc
    if token.lower_.startswith("st") and token.lower_ != "street":
        return not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())
    return True


def street_spans(doc: "Doc") -> list[tuple[int, int]]:
    """(start, end) token offsets of the street names of a parsed text, in order.

    Up to MAX_NAME_WORDS name words before the street word; a name cuts no entity that ended before
    the street word ("Harbor City Transit Elm Road" is "Elm Road" when the NER tags the transit
    authority), and takes the NER's own name of the street when it is that short.
    """
    spans: list[tuple[int, int]] = []
    lowers = analysis_of(doc).lowers
    for k, lower in enumerate(lowers):
        if lower.rstrip(".") not in STREET_WORDS:
            continue  # the cheap half of _street_word, without making the token
        token = doc[k]
        if not _street_word(token):
            continue
        start = token.i
        floor = spans[-1][1] if spans else 0
        while start > floor and token.i - start < MAX_NAME_WORDS and _name_word(doc[start - 1]) \
                and not _street_word(doc[start - 1]):
            start -= 1
        if start > floor and doc[start - 1].text.rstrip(".").lower() in DIRECTIONS:
            start -= 1  # "N. Elm Grove Road", "South Main Street"
        if token.ent_iob_ == "I":
            start = max(start, _entity_start(token))
        else:
            while start < token.i and doc[start].ent_iob_ == "I":
                start += 1
        if start < token.i:
            spans.append((start, token.i + 1))
    return spans


def _entity_start(token: "Token") -> int:
    """The first token of the entity a token is inside."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def prefix_street_spans(doc: "Doc") -> list[tuple[int, int]]:
    """(start, end) token offsets of streets named after their street word ("Rue Lamartine", "Place de la Gare").

    The street word is capitalised and not the first word of a sentence ("Place the bag ..."); one or
    two capitalised name words follow it, after particles.
    """
    spans: list[tuple[int, int]] = []
    lowers = analysis_of(doc).lowers
    for k, lower in enumerate(lowers):
        if lower not in PREFIX_STREET_WORDS:
            continue
        token = doc[k]
        if not token.text[:1].isupper() or token.is_sent_start:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].lower_ in PARTICLES:
            end += 1
        words = 0
        while end < len(doc) and words < MAX_NAME_WORDS and doc[end].text[:1].isupper() \
                and doc[end].ent_type_ not in NON_NAME_LABELS:
            end += 1
            words += 1
        if words and (not spans or token.i >= spans[-1][1]):
            spans.append((token.i, end))
    return spans


def street_name_part(doc: "Doc", start: int, end: int, streets: list[tuple[int, int]],
                     prefixed: list[tuple[int, int]], area: bool, city: bool = False) -> bool:
    """Whether the tokens ``start:end`` are the name part of a street ("Lincoln" in "Lincoln Street",
    "Bellecour" in "Place Bellecour") or the whole street: then the street is the place, not a town of
    that name inside it.

    Not a road's name, often the town it leads to ("Dover Road"), nor a state's or country's
    before "St." ("Ohio St.": a team's "Ohio State"), per ``area``: the name reads as one. After a street
    word in front, a city of note (``city``) or an area stays the place: a title-case headline's
    "Takes Place In Paris", "Via Dubai" name the city, not a square or a road.
    """
    for s, e in streets:
        if s <= start and end in (e - 1, e):
            word = doc[e - 1].lower_.rstrip(".")
            return not (word in TOWARD_WORDS or area and word == "st")
    return not (area or city) and any(s <= start and end <= e for s, e in prefixed)
