"""Names that look like places but are not: vessels, venues' brand names, languages, brands.

* A ship is named with its prefix ("BRP Sierra Madre", "USS Ronald Reagan", "HMS Defender") or
  after the noun for its kind ("the supply boat Lady Marion", "the vessel Oakland Star"): the name
  is the ship's, however much it sounds like a mountain range or a town. A name that is the subject
  of a relative clause after the noun ("a tanker Iran seized") is still a place.
* A hotel or resort's name ("Shangri-La Hotel", "the Hotel Bristol") is a brand; only a country, a
  state or a capital inside it ("Hilton Budapest", "Grand Hotel Lisbon") still tells where the
  venue is.
* A name that ends in a noun for an occasion ("the Bay Concert Series", "the Valley Folk Festival")
  names an event held somewhere, not the place.
* A saint's name with a possessive ("St. Margaret's High School", "a fundraiser at St. Jude's") names a
  church or a school dedicated to the saint, not the small town of that name; a big city keeps its
  possessive ("St. Louis's mayor").
* An era after a year ("400 B.C.", "900 BC", "1100 A.D.") is no province.
* A name after "shares of", "stock in" or "stake in" is a company traded or owned ("shares of
  Aberdeen rose"), not the town it is named after.
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

from sidelines.lexicon.titles import EVENT_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from sidelines.gazetteer import GazetteerEntry

# Common words and given names that are also the names of towns; never read as a place untagged.
UNTAGGED_STOPWORDS = frozenset({
    "Of", "Man", "Best", "Deal", "Hope", "Mobile", "Reading", "Bath", "Nice", "March", "May", "Is", "As",
    "Most", "Along", "Union", "Unity", "Independence", "Liberty", "Justice", "Victoria",
    "Chad", "Jordan", "Lincoln", "Jackson", "Mercedes", "Santa", "Police", "Sun", "Date", "Orange",
    "Mission", "Commerce", "Enterprise", "Paradise", "Pride", "Bar", "Same", "Male", "Split", "Sale",
    "Mary", "Republic", "Kingdom", "Federal", "National", "Central", "Street", "Avenue", "Metro",
    "Center", "Centre", "Church", "University", "College", "Trail", "Refuge", "Force", "Delta", "Star",
    "Bishop", "Vista", "City", "Commonwealth", "Surprise", "Homeland", "Grand", "Gold", "Hall",
    "Beach", "Park", "Lake", "River", "Valley", "Mountain", "Island", "Post", "Temple", "Progress",
    "Friendship", "Harmony", "Mount", "Gulf", "Western",
    # Generic nouns for a kind of settlement, district, landform or structure, capitalised inside a longer name
    # ("the Town Board", "Maple Hills") far more often than they name the one small place called so.
    "Town", "Village", "Downtown", "Uptown", "Midtown", "Hills", "Hill", "Coast", "Bay", "Harbor", "Harbour",
    "Port", "Bridge", "Tower", "Court", "Gardens", "Forest", "Canyon", "Creek", "Point", "Ridge", "Springs",
    "Spring", "Rock", "Airport", "Plains", "Meadows", "Glen", "Grove", "Federation", "Confederation",
})
# Plural nouns that name a country only right after "the" ("back in the States"), not after a number or
# another word ("ratified by 40 States", "the bloc's Member States").
ONLY_AFTER_THE = frozenset({"States"})
# Ship prefixes of navies, coast guards and merchant fleets ("USS", "HMS", "BRP", "MV").
SHIP_PREFIXES = frozenset({
    "USS", "USNS", "USCGC", "HMS", "HMCS", "HMAS", "HMNZS", "BRP", "INS", "RFS", "ROKS", "KRI", "JS",
    "TCG", "FGS", "HNLMS", "HDMS", "HSwMS", "ITS", "SPS", "NRP", "KD", "RSS", "BNS", "PNS", "CNS",
    "MV", "M/V", "MT", "M/T", "SS", "RV", "R/V", "FV", "MY",
})
# Lower-case nouns for a kind of ship, after which a capitalised name is the ship's ("the vessel X").
VESSEL_NOUNS = frozenset({
    "vessel", "ship", "boat", "tanker", "freighter", "frigate", "destroyer", "cutter", "ferry", "trawler",
    "yacht", "cruiser", "submarine", "barge", "warship", "corvette", "schooner", "liner", "tugboat", "tug",
    "dredger", "icebreaker", "steamer", "gunboat", "dhow", "carrier", "sloop", "catamaran", "containership",
})
# The party letter and hyphen of a politician's state label right before the state ("R-Texas", "D-Calif.").
PARTY_LABEL = re.compile(r"(?:^|[\s(\[,])(?:R|D|I|Rep|Dem|Ind)\s?[-–]\s?$")
# Venue nouns whose proper name is a brand, not a place ("the Shangri-La Hotel").
VENUE_HEADS = frozenset({"hotel", "resort", "inn", "lodge", "casino", "motel", "suites", "spa"})
# Nouns that end the name of an occasion (besides ``titles.EVENT_WORDS``: summits, games, festivals).
OCCASION_HEADS = EVENT_WORDS | frozenset({
    "series", "concert", "concerts", "competition", "contest", "barbecue", "picnic", "fair", "parade", "show",
    "awards", "ceremony", "celebration", "gala", "fundraiser", "race", "classic", "invitational", "jamboree",
})
# Prepositions after which a language name is the language ("in English", "into Arabic").
LANGUAGE_PREPOSITIONS = frozenset({"in", "into", "from"})
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


# Personal honorifics in their own casing: the name after one is a person's ("Mr. Chad", "Dr. Houston"), never a
# place. Not royal or official titles, which open place names too ("King County", "General Santos"), nor capitals
# ("DR Congo", a ship's "MS"); "Dr" without its dot is left out, as it also writes "DR" ("Dr Congo").
PERSONAL_HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Prof.", "Rev."})


def after_honorific(span: "Span", republic: "Callable[[str], bool] | None" = None) -> bool:
    """A name right after a personal honorific ("Mr. Chad said"), or opening with one.

    "Dr." after a capitalised word ends a street ("Ocean View Dr."), and before the short name of a republic
    (``republic``) it is "DR", Democratic Republic ("Dr. Congo"); "Dr. Jordan" is still a person.
    """
    k, doc = span.start, span.doc
    j = k if span[0].text in PERSONAL_HONORIFICS else k - 1
    if j < 0 or doc[j].text not in PERSONAL_HONORIFICS:
        return False
    if doc[j].text == "Dr.":
        if j > 0 and doc[j - 1].is_alpha and doc[j - 1].is_title:
            return False
        ends = range(j + 2, max(span.end, j + 2) + 1)
        if republic is not None and any(republic(doc[j + 1:e].text) for e in ends):
            return False
    return True


def follows_ship_prefix(span: "Span") -> bool:
    """A name that opens with a ship prefix, or is part of a ship's name after one or after a vessel noun.

    The capitalised words before the span are walked back over: "Star" in "the vessel Oakland Star"
    is a ship's word too.
    """
    first = span[0]
    if first.text in SHIP_PREFIXES and len(span) > 1:
        return True
    doc = span.doc
    k = first.i - 1
    while k >= 0 and doc[k].text[:1].isupper() and doc[k].text not in SHIP_PREFIXES and not doc[k].is_sent_start:
        k -= 1
    if k < 0:
        return False
    if doc[k].text in SHIP_PREFIXES:
        return True
    return doc[k].text in VESSEL_NOUNS and not _relative_subject(span)


def _relative_subject(span: "Span") -> bool:
    """The subject of a relative clause ("a tanker Iran seized"): the name is not the ship's."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl"


def after_venue_noun(span: "Span") -> bool:
    """A name right after a capitalised venue noun, as in a hotel's name ("the Hotel Bristol")."""
    first = span[0]
    if first.i == 0:
        return False
    before = span.doc[first.i - 1]
    return before.text[:1].isupper() and before.lower_ in VENUE_HEADS


# Nouns of holdings after which "of"/"in" and a name give a company ("shares of X", "a stake in X").
HOLDING_NOUNS = frozenset({"shares", "share", "stock", "stocks", "stake", "stakes", "bonds"})


def names_a_holding(span: "Span") -> bool:
    """A name right after "shares of", "stock in", "a stake in": the company, not a place."""
    i = span[0].i
    if i < 2:
        return False
    doc = span.doc
    return doc[i - 1].lower_ in ("of", "in") and doc[i - 2].lower_ in HOLDING_NOUNS


def names_an_occasion(span: "Span") -> bool:
    """A name of two words or more that ends in a noun for an occasion ("the Bay Concert Series")."""
    return len(span) > 1 and span[-1].lower_ in OCCASION_HEADS


# The possessive after a name, and the words that open a saint's name ("St. Margaret", "Saint Jude", "Ste. Anne").
POSSESSIVES = frozenset({"'s", "’s"})
SAINT_PREFIXES = frozenset({"st.", "st", "saint", "ste.", "ste", "sainte", "san", "santa", "sao", "são"})


def saints_possessive(span: "Span", lookup: "Callable[[str], tuple[GazetteerEntry, ...]]", big_city: int) -> bool:
    """A name holding a saint's name with a possessive ("St. Margaret's", "St. Margaret's High School"): a
    church or a school, unless the saint's name is also a town of ``big_city`` people or more ("St. Louis's")."""
    doc = span.doc
    for tok in span:
        if tok.lower_ not in SAINT_PREFIXES:
            continue
        j = tok.i + 1
        while j < len(doc) and j < span.end + 1 and doc[j].text[:1].isupper() and doc[j].lower_ not in POSSESSIVES:
            j += 1
        if j == tok.i + 1 or j > span.end or j >= len(doc) or doc[j].lower_ not in POSSESSIVES:
            continue
        return not any(c.population >= big_city for c in lookup(doc[tok.i:j].text))
    return False


# Eras written after a year, without their dots and in capitals.
ERAS = frozenset({"BC", "BCE", "AD", "CE"})


def era_after_year(span: "Span") -> bool:
    """An era right after a number ("400 B.C.", "900 BC"), not British Columbia."""
    first = span[0]
    return (first.i > 0 and span.doc[first.i - 1].like_num
            and span.text.replace(".", "").replace(" ", "").upper() in ERAS)


def is_venue(span: "Span") -> bool:
    """A name that ends or opens with a venue noun, or is followed by one ("Shangri-La Hotel", "Hotel Bristol")."""
    last = span[-1]
    if last.lower_ in VENUE_HEADS or len(span) > 1 and span[0].lower_ in VENUE_HEADS:
        return True
    return last.i + 1 < len(span.doc) and span.doc[last.i + 1].lower_ in VENUE_HEADS


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """One-word names of the major languages (those with an ISO 639-1 code, from pycountry)."""
    import pycountry

    return frozenset(lang.name for lang in pycountry.languages
                     if hasattr(lang, "alpha_2") and " " not in lang.name)


def is_language_use(token: "Token") -> bool:
    """A language name used as the language: tagged LANGUAGE, or the object of "in"/"into" with no noun
    after, or coordinated with such a use ("in Spanish and Portuguese")."""
    if token.ent_type_ == "LANGUAGE":
        return True
    if token.dep_ == "conj" and token.text in language_names():
        return is_language_use(token.head)
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


def polity_noun_alone(span: "Span") -> bool:
    """A plural polity noun ("States") not right after "the": "40 States", "the bloc's Member States"."""
    return span.text in ONLY_AFTER_THE and (span.start == 0 or span.doc[span.start - 1].lower_ != "the")


def inside_longer_name(parsed: Doc, span: Span) -> bool:
    """Whether a capitalised word runs on before or after ``span`` ("the Turkish Air Force Academy", "the Louvre
    Abu Dhabi", "the Taj Mahal Palace"): a landmark's name inside another name is not that landmark."""
    before = parsed[span.start - 1] if span.start > 0 else None
    after = parsed[span.end] if span.end < len(parsed) else None
    return (before is not None and not before.is_sent_start and before.text[:1].isupper()
            and before.pos_ in ("PROPN", "ADJ")) or (after is not None and after.text[:1].isupper()
                                                     and after.pos_ in ("PROPN", "NOUN"))
