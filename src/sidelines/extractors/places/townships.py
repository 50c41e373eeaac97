"""Townships: "Vienna township", "Canton Township", "Lisbon Twp." name a local civil township.

A township is a small unit of a US state (or a Canadian province): the name with its affix is the
mention, and only its namesake towns and counties in the state named right after it are readings.
Without one it takes the point of a nearby name of the article (:mod:`.fallback`), never a distant
namesake's ("Vienna township" in a Michigan story is not Austria's capital).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN2_KIND, CAPITAL, CITY

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span

    from sidelines.gazetteer import GazetteerEntry

TOWNSHIP_WORDS = frozenset({"township", "twp", "twp."})
# "City of Salem", "Town of Hempstead": the town itself, named as a municipality.
MUNICIPALITY = re.compile(r"^(?:[Cc]ity|[Tt]own|[Vv]illage) of (.+)$")


def with_township(span: "Span") -> "Span":
    """The span with the township word right after it ("Vienna" -> "Vienna township"), else as it is."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in TOWNSHIP_WORDS and span[-1].lower_ not in TOWNSHIP_WORDS:
        return doc[span.start:span.end + 1]
    return span


def is_township(text: str) -> bool:
    """Whether a mention's text ends in a township word."""
    return text.split()[-1].lower() in TOWNSHIP_WORDS if len(text.split()) > 1 else False


def township_readings(cands: tuple["GazetteerEntry", ...], country: str | None,
                      state: str | None) -> tuple["GazetteerEntry", ...]:
    """A township's readings: its namesake towns and counties in the state named right after it
    ("Canton Township, Michigan"); none without such a state (it then lies near the article's names)."""
    if not state:
        return ()
    return tuple(c for c in cands if not c.alias and c.feature in (CITY, ADMIN2_KIND)
                 and c.country == country and c.admin1 == state)


def municipality_readings(text: str, cands: tuple["GazetteerEntry", ...],
                          lookup: "Callable[[str], tuple[GazetteerEntry, ...]]") -> tuple["GazetteerEntry", ...]:
    """The readings of "City of X": the towns named X, when the gazetteer knows the whole name only as
    a city-county (Virginia's "City of Salem" is no reading of Oregon's): rule municipality_readings.

    The town X and "City of X" then share one name in the article's context, so that the city-county
    neither pulls the town's own mentions to its state nor counts as a county the town lies in.
    """
    match = MUNICIPALITY.match(text)
    if match is None or any(c.feature != ADMIN2_KIND for c in cands):
        return cands
    towns = tuple(c for c in lookup(match.group(1)) if c.feature in (CITY, CAPITAL))
    return towns or cands
