"""Venues the NER tags as organisations: hospitals, universities, hotels, stadiums, embassies.

"Iowa State University", "Fresno Community Hospital" and "the Grand Harbour Hotel" are where things happen,
but spaCy calls them ORG, so the gazetteer scan finds at most a word of them ("Iowa"). A place
name found inside a venue's name is widened to the whole name (the venue lies there); with
``PlacesConfig.venue_buildings`` a building with no place name in it is kept as a place of its own
and borrows the point of the town the article names with it (:mod:`.fallback`). An institution
that is no building ("the Electoral College", "the Hadley Center") is left alone: its last word is
no venue noun, or it holds no place. A one-word facility after "in", "at", "near", "outside", "to"
or "of" ("a rally near Funland") is a place too (:func:`lone_facility`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.places.fallback import km_between
from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, COUNTRY
from sidelines.lexicon.landmarks import landmark

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span

    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry
    from sidelines.model.document import Document

# Nouns heading a venue's name that lies where a place name inside it says.
INSTITUTION_HEADS = frozenset({"university", "college", "academy", "institute", "seminary", "school"})
# Nouns heading a building's name: a place even with no place name inside it.
BUILDING_HEADS = frozenset({
    "hospital", "infirmary", "clinic", "hotel", "resort", "motel", "casino", "stadium", "arena", "ballpark",
    "coliseum", "colosseum", "airport", "embassy", "consulate", "prison", "penitentiary", "jail", "cathedral",
    "mosque", "synagogue", "museum", "zoo",
})
# Two-word heads ("Medical Center") of a building's name.
BUILDING_PAIRS = frozenset({("medical", "center"), ("medical", "centre"), ("convention", "center"),
                            ("convention", "centre"), ("air", "base"), ("naval", "station")})

# Gazetteer kinds of a town a venue may stand in.
_TOWN_KINDS = (CITY, CAPITAL, ADMIN2_KIND)


def _rest_of_name(heads: "Collection[str]") -> re.Pattern[str]:
    """The rest of a venue's name after a place name: up to two capitalised words, then one of ``heads``."""
    return re.compile(r"(?: [A-Z][a-z]+){0,2}? (?:" + "|".join(sorted(w.title() for w in heads)) + r")\b")


# The rest of a building's name after a town's name ("Paris Hotel", "Berlin Grand Hotel", "Dublin Arena"); and
# what may stand between it and the town it is in.
_BUILDING_REST = _rest_of_name(BUILDING_HEADS | {"inn", "lodge", "suites", "hall", "tower", "theater", "theatre"})
_IN_OTHER_TOWN = re.compile(r",? (?:in|at) (?:downtown )?")
# The rest of an institution's name after a place name ("Toledo College", "Dover State University").
_INSTITUTION_REST = _rest_of_name(INSTITUTION_HEADS)
# A copy of a landmark written before its name ("a replica of the Eiffel Tower", "a scale model of Big Ben").
_COPY_OF = re.compile(r"\b(?:replicas?|miniatures?|scale models?|mock-ups?) of (?:the )?$", re.I)
_IN_TOWN = re.compile(r",? (?:in|at|near|outside) (?:downtown )?|, ")

# Prepositions before a one-word facility that make it where something happens ("a rally near Funland").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "of", "outside", "to"})


def lone_facility(span: "Span", facilities: "Collection[tuple[int, int]]", surnames: "Collection[str]") -> bool:
    """A one-word name the gazetteer lacks that the NER tags as a facility (``facilities``: token
    spans) right after a locative preposition ("a rally near Funland"): a park or a building, kept as
    a place of its own; not the surname of one of the article's people."""
    k = span.start
    return (len(span) == 1 and (k, span.end) in facilities and span[0].text[:1].isupper()
            and span[0].lower_ not in surnames and k > 0 and span.doc[k - 1].lower_ in LOCATIVE_PREPOSITIONS)


def _head_kind(span: "Span") -> str | None:
    """"building", "institution" or None, by the venue noun that heads the name (or opens "University of X")."""
    words = [t.lower_ for t in span]
    if len(words) < 2:
        return None
    if words[-1] in BUILDING_HEADS or tuple(words[-2:]) in BUILDING_PAIRS:
        return "building"
    if words[-1] in INSTITUTION_HEADS or words[0] in INSTITUTION_HEADS and words[1] == "of":
        return "institution"
    return None


def venue_spans(doc: "Document", parsed: "Doc") -> list[tuple["Span", str]]:
    """ORG spans (spaCy's and the entities layer's names) that name a venue, with their head kind."""
    from sidelines.extractors.places.recognize import labelled_spans

    spans = {(span.start, span.end): span for span in labelled_spans(doc, parsed, ("ORG",))}
    out = []
    for span in spans.values():
        while len(span) and (span[0].lower_ == "the" or span[0].is_punct):
            span = span[1:]
        kind = _head_kind(span) if len(span) else None
        if kind is not None and span[0].text[:1].isupper():
            out.append((span, kind))
    return out


def _state_readings(m: "Toponym") -> tuple["GazetteerEntry", ...]:
    """A name's readings as a US state under its own name: an institution named for a name that a state
    shares with a country or a capital ("Georgia State University") is the state's. Not abroad: a
    university named for a name an Australian state shares with a Canadian city is the city's."""
    return tuple(c for c in m.candidates
                 if c.feature == ADMIN1_KIND and c.country == "USA" and not c.alias and c.name == m.text)


def widen_to_venues(mentions: list[Toponym], doc: "Document", parsed: "Doc",
                    buildings: bool) -> list[Toponym]:
    """The mentions with each venue's inner place name widened to the venue, and bare buildings added.

    A venue holding several names keeps the first ("Fresno" in "Fresno Community Hospital");
    a mention that is a demonym or a language is never widened. Without ``buildings`` no bare building
    is added.
    """
    from sidelines.extractors.places.recognize import Toponym

    text = doc.text
    for span, kind in venue_spans(doc, parsed):
        start, end = span.start_char, span.end_char
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if any(m.start < end and start < m.end for m in mentions if m not in inside):
            continue  # overlaps a name outside it: the NER's venue is doubtful
        if inside and (inside[0].kind != "literal" or inside[0].language or (inside[0].start, inside[0].end) == (
                start, end)):
            continue
        if inside:
            first = inside[0]
            if kind == "institution":
                first.candidates = _state_readings(first) or first.candidates
            first.start, first.end, first.text, first.venue = start, end, text[start:end], True
            mentions = [m for m in mentions if m is first or m not in inside]
        elif kind == "building" and buildings:
            mentions.append(Toponym(start, end, text[start:end], (), venue=True))
    mentions.sort(key=lambda m: m.start)
    return mentions


def venues_placed_elsewhere(mentions: list[Toponym], text: str) -> list[Toponym]:
    """Widen a town's name that opens a building's name over the building when the text puts the building
    in another town right after it ("the Paris Hotel in Las Vegas"): the building keeps no reading of its own
    and borrows that town's point (:mod:`.fallback`). So for an institution named for a place ("Washington
    University in St. Louis", "Toledo College in Denver")."""
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.kind == "metonymic" or m.language or not n.candidates:
            continue
        end, gaps, note = _named_venue_end(m, text)
        gap = gaps.match(text, end) if end is not None else None
        if end is None or gap is None or gap.end() != n.start or n.text.casefold() == m.text.casefold():
            continue
        if _names_area(n) or not any(c.feature in _TOWN_KINDS for c in n.candidates):
            continue  # "in Texas", "in England": a state or country, even where a small town shares its name
        if note != _BUILDING_NOTE and _same_town(m, n):
            continue  # "Fresno College in Fresno": the venue's own town
        n.candidates = _towns_in_states(n.candidates, m.candidates) or n.candidates
        m.end, m.text, m.candidates, m.venue = end, text[m.start:end], (), True
        m.kind, m.demonym_of, m.note = "literal", None, note
    return mentions


def _names_area(n: Toponym) -> bool:
    """Whether a name is, as written, a state or country the gazetteer knows ("Texas", "England")."""
    return any(c.feature in (COUNTRY, ADMIN1_KIND) and not c.alias and c.name == n.text for c in n.candidates)


def _same_town(m: Toponym, n: Toponym, km: float = 50.0) -> bool:
    """Whether the town after a venue is (near) a town the venue is named for ("Fresno Hospital in Fresno")."""
    return any(c.feature in _TOWN_KINDS and k.feature in _TOWN_KINDS and km_between(c, k) <= km
               for c in n.candidates for k in m.candidates)


def _towns_in_states(towns: tuple[GazetteerEntry, ...],
                     named: tuple[GazetteerEntry, ...]) -> tuple[GazetteerEntry, ...]:
    """The readings of a venue's town in a state the venue is named for ("Indiana University in Bloomington")."""
    states = {(c.country, c.admin1) for c in named if c.feature == ADMIN1_KIND}
    return tuple(c for c in towns if (c.country, c.admin1) in states and c.feature in _TOWN_KINDS)


_BUILDING_NOTE = "places: a building named for a town, placed by the text in another town"
_INSTITUTION_NOTE = ("places: an institution named for a place, placed by the text in another town (rule "
                     "institution_elsewhere)")


def _named_venue_end(m: Toponym, text: str) -> tuple[int | None, re.Pattern[str], str]:
    """Where the building or institution named for ``m``'s place ends, what may join it to the town it stands
    in, and the note: a building after its town's name ("the Paris Hotel, in"), an institution after its
    place's name ("Toledo College in") or an institution's name widened over its place ("Washington University
    in", "the Paris Hotel in"; only "in" or "at" joins a widened name, since a comma after it may open a list)."""
    if m.venue:
        words = m.text.split()
        own = words[-1].lower() in INSTITUTION_HEADS or words[0].lower() in INSTITUTION_HEADS
        return (m.end if len(words) > 1 else None), _IN_OTHER_TOWN, _INSTITUTION_NOTE if own else _BUILDING_NOTE
    rest = _BUILDING_REST.match(text, m.end)
    if rest is not None:
        return rest.end(), _IN_TOWN, _BUILDING_NOTE
    rest = _INSTITUTION_REST.match(text, m.end)
    return (rest.end() if rest is not None else None), _IN_OTHER_TOWN, _INSTITUTION_NOTE


def landmarks_placed_elsewhere(mentions: list[Toponym], text: str) -> list[Toponym]:
    """A listed landmark the text puts in another town right after it ("the Parthenon in Nashville", "the Colosseum
    in Las Vegas") is a namesake there, and a copy of one ("a replica of the Eiffel Tower") is where the copy
    stands: either keeps no reading of its own and borrows the point of a town the article names."""
    for m in mentions:
        if m.candidates and m.kind != "metonymic" and _COPY_OF.search(text, max(0, m.start - 30), m.start):
            if landmark(m.text) is not None:
                m.candidates, m.venue, m.country = (), True, None
                m.note = "places: a copy of a listed landmark (\"a replica of\"), not the landmark itself"
    for m, n in zip(mentions, mentions[1:], strict=False):
        gap = _IN_OTHER_TOWN.match(text, m.end)
        if m.kind == "metonymic" or gap is None or gap.end() != n.start or not m.candidates:
            continue
        if landmark(m.text) is None or any(_own_area(c, m.candidates[0]) for c in n.candidates):
            continue  # "Fort Hood in Texas", "Madison Square Garden in Manhattan": the landmark's own area
        if any(c.feature in _TOWN_KINDS for c in n.candidates):
            m.candidates, m.venue, m.country = (), True, None
            m.note = "places: a listed landmark's name placed by the text in another town (a namesake there)"
    return mentions


def _own_area(c: GazetteerEntry, town: GazetteerEntry, km: float = 50.0) -> bool:
    """Whether ``c`` is a state or country of the landmark's own country, or its town or a place within about
    50 km of it (a district of it: "Madison Square Garden in Manhattan")."""
    if c.feature in (ADMIN1_KIND, COUNTRY):
        return c.country == town.country
    return c.geonameid == town.geonameid or km_between(c, town) <= km
