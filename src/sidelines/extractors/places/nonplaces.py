"""Names that look like places but are not: vessels, venues' brand names, languages, brands.

* A ship is named with its prefix ("BRP Sierra Madre", "USS Ronald Reagan", "HMS Defender"): the
  name after the prefix is the ship's, however much it sounds like a mountain range or a town.
* A hotel or resort's name ("Shangri-La Hotel") is a brand; only a country, a state or a capital
  inside it ("Hilton Budapest") still tells where the venue is.
* A language ("a statement in English") is no demonym: it points to no country.
* A name written with a capital inside a word ("BlackRock") that the gazetteer spells otherwise
  ("Blackrock") is a brand, not the town.
* A US politician's party-and-state label ("Sen. Ted Cruz, R-Texas", "(D-N.Y.)") is a place, but it
  says where the politician comes from, not where the story happens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sidelines.gazetteer import GazetteerEntry

# Ship prefixes of navies, coast guards and merchant fleets ("USS", "HMS", "BRP", "MV").
SHIP_PREFIXES = frozenset({
    "USS", "USNS", "USCGC", "HMS", "HMCS", "HMAS", "HMNZS", "BRP", "INS", "RFS", "ROKS", "KRI", "JS",
    "TCG", "FGS", "HNLMS", "HDMS", "HSwMS", "ITS", "SPS", "NRP", "KD", "RSS", "BNS", "PNS", "CNS",
    "MV", "M/V", "MT", "M/T", "SS", "RV", "R/V", "FV", "MY",
})
# The party letter and hyphen of a politician's state label right before the state ("R-Texas", "D-Calif.").
PARTY_LABEL = re.compile(r"(?:^|[\s(\[,])(?:R|D|I|Rep|Dem|Ind)\s?[-–]\s?$")
# Venue nouns whose proper name is a brand, not a place ("the Shangri-La Hotel").
VENUE_HEADS = frozenset({"hotel", "resort", "inn", "lodge", "casino", "motel", "suites", "spa"})
# Prepositions after which a language name is the language ("in English", "into Arabic").
LANGUAGE_PREPOSITIONS = frozenset({"in", "into", "from"})
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def follows_ship_prefix(span: "Span") -> bool:
    """A name that opens with, or comes right after, a ship prefix."""
    first = span[0]
    if first.text in SHIP_PREFIXES and len(span) > 1:
        return True
    return first.i > 0 and span.doc[first.i - 1].text in SHIP_PREFIXES


def is_venue(span: "Span") -> bool:
    """A name that ends with a venue noun, or is followed by one ("Shangri-La Hotel")."""
    last = span[-1]
    if last.lower_ in VENUE_HEADS:
        return True
    return last.i + 1 < len(span.doc) and span.doc[last.i + 1].lower_ in VENUE_HEADS


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """One-word names of the major languages (those with an ISO 639-1 code, from pycountry)."""
    import pycountry

    return frozenset(lang.name for lang in pycountry.languages
                     if hasattr(lang, "alpha_2") and " " not in lang.name)


def is_language_use(token: "Token") -> bool:
    """A language name used as the language: tagged LANGUAGE, or the object of "in"/"into" with no noun after."""
    if token.ent_type_ == "LANGUAGE":
        return True
    if token.text not in language_names() or token.dep_ != "pobj":
        return False
    return token.head.lower_ in LANGUAGE_PREPOSITIONS


def brand_casing(text: str, cands: "tuple[GazetteerEntry, ...]") -> bool:
    """A name with a capital inside a word that no candidate spells that way ("BlackRock", not "Blackrock")."""
    if not _INNER_CAPITAL.search(text):
        return False
    return bool(cands) and all(c.name != text and text not in c.name for c in cands)


def is_party_label(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is the state of a politician's party label ("R-Texas")."""
    return bool(PARTY_LABEL.search(text[max(0, start - 8):start]))
