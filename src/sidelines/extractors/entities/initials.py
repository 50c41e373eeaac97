"""People named by their initials and surname ("A. Fraser", "J. R. Okafor"), which the tagger often
misses or reads as an organisation in lists and score lines.

One to three capital initials, each with a full stop, then a capitalised surname make a person's
name, unless the initials spell a country ("U. S. Senate") or the last word is a word of an
organisation's name or a title ("U. N. Council", "J. P. Morgan Bank" keeps its own label).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.lexicon import countries
from sidelines.lexicon.titles import ORG_WORDS, PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Doc

INITIALLED_NAME = re.compile(
    r"(?<![\w.])(?P<initials>(?:[A-Z]\. ?){1,3})(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)\b"
)
NOT_SURNAMES = ORG_WORDS | TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIOS
# Labels an initialled name may carry wrongly (a person's name is never a place or a company here).
RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _is_person_name(initials: str, surname: str) -> bool:
    if surname.lower() in NOT_SURNAMES or countries.country_of(surname) is not None:
        return False
    return countries.country_of(initials.replace(" ", "")) is None and countries.country_of(initials.strip()) is None


def add_initialled_people(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Label initialled names PERSON, adding those the tagger missed (source ``initials``)."""
    out = list(mentions)
    for match in INITIALLED_NAME.finditer(text):
        if not _is_person_name(match.group("initials"), match.group("surname")):
            continue
        span = parsed.char_span(match.start(), match.end())
        if span is None:
            continue
        inside = [m for m in out if m.start < span.end_char and span.start_char < m.end]
        if any(m.start < span.start_char or m.end > span.end_char or m.label not in RELABELLED | {"PERSON"}
               or m.country is not None for m in inside):
            continue  # a longer name holds it, or the lexicon knows it
        if any(m.label == "PERSON" and (m.start, m.end) == (span.start_char, span.end_char) for m in inside):
            continue
        # "K." read as a people, "T. Morrow" as a company: the initialled name replaces them
        out = [m for m in out if m not in inside]
        out.append(NameMention(span.start_char, span.end_char, "PERSON", span.start, span.end, source="initials"))
    return out
