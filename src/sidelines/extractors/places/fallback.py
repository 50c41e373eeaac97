"""Points for names the gazetteer cannot place: the town or state the article puts them in.

A street, square, stadium, park or neighbourhood ("Rynek Square", "Harbour Stadium") is seldom in
the gazetteer, but it lies where the article is: it borrows the point of the nearest name in the
text that was resolved to a town or county (else a state or province). A town named with a state
the gazetteer has no such town in ("Millersburg, Michigan") takes that state's point, and a small town
read far from the county or state a local story names, with no namesake in it and no other name near
it, takes that area's point (:func:`_county_strays`: the gazetteer lacks the area's own town of that name).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from sidelines.extractors.places.context import name_key
from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, COUNTRY
from sidelines.lexicon.countries import country_by_code

if TYPE_CHECKING:
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import Gazetteer, GazetteerEntry

# Readings whose point can stand for an unknown name mentioned near them, most local first.
LOCAL_LEVELS = ((CITY, CAPITAL, ADMIN2_KIND), (ADMIN1_KIND,))
# Largest town that a qualifier naming another state or country overrules.
MINOR_POPULATION = 100_000
# Largest town that can be a stray far from a local story's other names; how close those names lie.
STRAY_POPULATION = 50_000
CLUSTER_KM = 100.0
# Largest town the county or state a local story names can pull in (a bigger one is seldom missing from the
# gazetteer); how far from that area its reading must lie (a town nearer may be a neighbour the story visits).
COUNTY_STRAY_POPULATION = 25_000
COUNTY_STRAY_KM = 150.0
# Words before a name that make it a place of someone's life, which may lie anywhere ("born in").
LIFE_CUE = re.compile(r"\b(?:born|raised|grew up|native|natives|hometown|moved|lived|lives|resident|residents|"
                      r"studied|graduated|retired|died)\b[^.;]{0,12}\b(?:in|of|from|to|at)\s+$", re.IGNORECASE)
# "from" right before a name: where someone or something comes from ("a man from X"), which may lie anywhere;
# not a name that modifies a capitalised noun after it ("from X MP Y": the name is no object of "from").
ORIGIN_CUE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
MODIFIED_NOUN = re.compile(r"\s[A-Z]")
# Characters after a name within which its state or country, named, vouches for it.
AREA_WINDOW = 30
# A preposition that names a place as where something is ("in", "at"), right before a town; how far
# (in characters) a name without a town of its own sentence looks for such a town.
LOCATIVE_CUE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:central|downtown|northern|southern|"
                          r"eastern|western)\s+)?$", re.IGNORECASE)
LOCATIVE_WINDOW = 1000
# What may stand between a name and the town right after it that it lies in ("in", "in central", ", ").
ATTACHED_GAP = re.compile(r"\s*(?:,|\bin|\bat|\bnear|\bof|\boutside)?\s*(?:the\s+)?(?:(?:central|downtown|"
                          r"northern|southern|eastern|western|north|south|east|west)\s+)?", re.IGNORECASE)
# Or a chain of places with no verb ("X outside the old depot in Dayton", "X, near a bar off the square of Y"):
# prepositional phrases of up to three lowercase words each.
PLACE_CHAIN = re.compile(r"(?:\s*,?\s*(?:in|at|near|of|outside|off|by|behind|opposite|beside|inside)\s+"
                         r"(?:the\s+|a\s+)?(?:[a-z][\w'-]*\s+){0,3}?)+")


def _has_point(c: GazetteerEntry | None) -> bool:
    return c is not None and c.lat is not None and c.lon is not None


def borrow_points(mentions: list[Toponym], qualifiers: list[tuple[str | None, str | None]],
                  gaz: "Gazetteer", stray_km: float = 0.0, text: str = "",
                  home: tuple[int, int] | None = None, county_strays: bool = True) -> None:
    """Give each literal mention without a point the point of its qualifier's area or of a nearby name.

    Sets ``Toponym.near`` (the entry whose point it borrows). A name whose qualifier names a state or
    country none of its candidates lies in loses its reading elsewhere, in all its mentions. A name
    with no town in its own sentence lies in the dateline's town (``home``, its span), if any.
    """
    missed: dict[str, GazetteerEntry] = {}
    for m, (country, state) in zip(mentions, qualifiers, strict=True):
        if (country and m.kind == "literal" and all(_minor(c) for c in m.candidates)
                and not any(_in_area(c, country, state) for c in m.candidates)):
            area = _area_entry(gaz, country, state)
            if area is not None:
                missed.setdefault(name_key(m), area)
    for m in mentions:
        if m.kind == "demonym" or m.language:
            continue
        area = missed.get(name_key(m))
        if area is not None and (m.chosen is None or area.country != m.chosen.country
                                 or area.admin1 and area.admin1 != m.chosen.admin1):
            m.chosen, m.near = None, area
        elif not _has_point(m.chosen):
            m.near = _nearest_local(m, mentions, text, home)
    for town, county in (_county_strays(mentions, qualifiers, text) if county_strays else {}).items():
        for m in mentions:
            if m.chosen == town and m.kind == "literal":
                m.chosen, m.near = None, county
    if stray_km:
        strays = _strays(mentions, qualifiers, stray_km, text)
        for m in mentions:
            if name_key(m) in strays and m.kind == "literal":
                m.near = _nearest_local(m, [o for o in mentions if name_key(o) not in strays])
                if m.near is not None:
                    m.chosen = None


def km_between(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Great-circle distance of two readings in km (infinite when one has no point)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    r = math.radians
    h = (math.sin(r(b.lat - a.lat) / 2) ** 2
         + math.cos(r(a.lat)) * math.cos(r(b.lat)) * math.sin(r(b.lon - a.lon) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _area_follows(m: Toponym, mentions: list[Toponym]) -> bool:
    """Whether the state or country of a name's reading is named right after it ("Oroville, Calif.",
    "Castelnuovo in southern Italy")."""
    c = m.chosen
    if c is None:
        return False
    for o in mentions:
        a = o.chosen
        if (a is not None and m.end < o.start <= m.end + AREA_WINDOW and a.country == c.country
                and (a.feature == COUNTRY or a.feature == ADMIN1_KIND and a.admin1 == c.admin1)):
            return True
    return False


def _strays(mentions: list[Toponym], qualifiers: list[tuple[str | None, str | None]], limit: float,
            text: str = "") -> set[str]:
    """Names read as a small town far from every other local name of a local story (one whose local names cluster).

    Such a town is mostly a place the gazetteer lacks ("Logan-Rogersville" schools): it lies in the
    story's area, not in a namesake a thousand miles away.
    """
    local: dict[str, GazetteerEntry] = {}
    qualified = _qualified(mentions, qualifiers, text)
    for m in mentions:
        c = m.chosen
        if m.kind == "literal" and c is not None and _has_point(c) and c.feature in (CITY, CAPITAL, ADMIN2_KIND):
            local.setdefault(name_key(m), c)
    strays = set()
    for key, c in local.items():
        if c.feature != CITY or c.population >= STRAY_POPULATION or key in qualified:
            continue
        others = [o for k, o in local.items() if k != key]
        close = [o for o in others if km_between(o, c) <= limit]
        cluster = [o for o in others if sum(km_between(o, x) <= CLUSTER_KM for x in others) >= 2]
        if not close and len(cluster) >= 2:
            strays.add(key)
    return strays


def _qualified(mentions: list[Toponym], qualifiers: list[tuple[str | None, str | None]], text: str) -> set[str]:
    """Names whose own state or country is named with them, or that name a place of someone's life."""
    qualified = {name_key(m) for m, (country, _) in zip(mentions, qualifiers, strict=True) if country}
    qualified |= {name_key(m) for m in mentions if _area_follows(m, mentions)}
    return qualified | {name_key(m) for m in mentions if LIFE_CUE.search(text[max(0, m.start - 30):m.start])}


def _county_strays(mentions: list[Toponym], qualifiers: list[tuple[str | None, str | None]],
                   text: str) -> dict[GazetteerEntry, GazetteerEntry]:
    """Small towns read far from the county or state of their country that a local story names: town -> point.

    A story naming a county ("the Hampshire town") or a state or province, and a town with no
    namesake in it nor near any other place the story names, read as a namesake elsewhere, is about
    the area's own town the gazetteer lacks: it takes the point of the county named nearest in the
    text, or of the nearest name read as a town of the state (else the state's). Only where the
    story names one such area of that country (or close counties), for a town of under
    COUNTY_STRAY_POPULATION read more than COUNTY_STRAY_KM from the area, and never for a town
    qualified by its state or country, named as a place of someone's life or after "from" (an origin).
    """
    named = [(o.start, o.chosen) for o in mentions if o.kind == "literal" and not o.affiliation
             and o.chosen is not None and o.chosen.feature in (ADMIN1_KIND, ADMIN2_KIND) and _has_point(o.chosen)]
    areas = [(s, k) for s, k in named if k.feature == ADMIN2_KIND or not any(
        a.feature == ADMIN2_KIND and _inside(a, k) for _, a in named)]  # the county, not its state
    if not areas:
        return {}
    qualified = _qualified(mentions, qualifiers, text)
    qualified |= {name_key(o) for o in mentions if _origin(o, text)}
    local = {name_key(o): o.chosen for o in mentions if o.kind == "literal" and o.chosen is not None
             and _has_point(o.chosen) and o.chosen.feature in (CITY, CAPITAL, ADMIN2_KIND)}
    strays: dict[GazetteerEntry, GazetteerEntry] = {}
    checked: set[GazetteerEntry] = set()  # each reading is weighed at its first mention
    for m in mentions:
        c = m.chosen
        if (m.kind != "literal" or c is None or c.feature != CITY or not _has_point(c) or c in checked
                or c.population >= COUNTY_STRAY_POPULATION or name_key(m) in qualified):
            continue
        checked.add(c)
        own = [(start, k) for start, k in areas if k.country == c.country]
        far = all(km_between(c, k) > COUNTY_STRAY_KM for _, k in own)
        if own and far and _lacks_area_town(m, [k for _, k in own], local) and not _shares_unit(m, own[0][1], local):
            area = min(own, key=lambda sk: abs(sk[0] - m.start))[1]
            point = area if area.feature == ADMIN2_KIND else _town_of(m, area, mentions)
            if point is not None:
                strays[c] = point
    return strays


def _origin(m: Toponym, text: str) -> bool:
    """Whether a name is where someone or something comes from ("a man from X")."""
    return bool(ORIGIN_CUE.search(text[max(0, m.start - 8):m.start]) and not MODIFIED_NOUN.match(text, m.end))


def _inside(c: GazetteerEntry, area: GazetteerEntry) -> bool:
    """Whether a reading lies in a county (its admin-2 area) or a state (its admin-1 unit)."""
    return _same_unit(c, area, area.feature)


def _same_unit(a: GazetteerEntry, b: GazetteerEntry, unit: str) -> bool:
    """Whether two readings share their county (``unit`` ADMIN2_KIND) or else their state."""
    if unit == ADMIN2_KIND:
        return a.admin2 == b.admin2
    return a.country == b.country and a.admin1 == b.admin1


def _lacks_area_town(m: Toponym, areas: list[GazetteerEntry], local: dict[str, GazetteerEntry]) -> bool:
    """Whether none of a town's namesakes lies in the story's areas or near its other places, and
    those areas are one state or close counties (a local story)."""
    key = name_key(m)
    states = {(k.country, k.admin1) for k in areas if k.feature == ADMIN1_KIND}
    counties = list(dict.fromkeys(k for k in areas if k.feature == ADMIN2_KIND))  # each county once
    return (not any(_inside(x, k) for x in m.candidates for k in areas)
            and (len(states), bool(counties)) in ((1, False), (0, True))
            and all(km_between(a, b) <= 2 * CLUSTER_KM for a in counties for b in counties)
            and not any(k != key and km_between(o, x) <= CLUSTER_KM for k, o in local.items()
                        for x in m.candidates if _has_point(x)))


def _shares_unit(m: Toponym, area: GazetteerEntry, local: dict[str, GazetteerEntry]) -> bool:
    """Whether another place of the story lies in the town's own county (or, beside a named state, its
    own state): the story vouches for that reading ("Brooklyn" for a New York town)."""
    c, key = m.chosen, name_key(m)
    if c is None:
        return False
    unit = ADMIN2_KIND if area.feature == ADMIN2_KIND else ADMIN1_KIND
    return any(k != key and _same_unit(o, c, unit) for k, o in local.items())


def _town_of(m: Toponym, state: GazetteerEntry, mentions: list[Toponym]) -> GazetteerEntry | None:
    """The reading of the name nearest in the text read as a town or county of ``state``."""
    inside = [(abs(o.start - m.start), o.chosen) for o in mentions
              if o is not m and o.kind == "literal" and o.chosen is not None and _has_point(o.chosen)
              and o.chosen.feature in (CITY, CAPITAL, ADMIN2_KIND) and _inside(o.chosen, state)]
    return min(inside, key=lambda dc: dc[0])[1] if inside else None


def _minor(c: GazetteerEntry) -> bool:
    """A town too small to stand against the area a qualifier names ("Berlin, France" is a list)."""
    return c.feature in (CITY, ADMIN2_KIND) and c.population < MINOR_POPULATION


def _in_area(c: GazetteerEntry, country: str, state: str | None) -> bool:
    return c.country == country and (state is None or c.admin1 == state)


def _area_entry(gaz: "Gazetteer", country: str, state: str | None) -> GazetteerEntry | None:
    """The gazetteer's entry for a US state (by postal code) or a country (by ISO3 code)."""
    if state:
        found = [c for c in gaz.exact_entries()  # postal codes and "Pa.", "Calif."
                 if c.feature == ADMIN1_KIND and c.country == country and c.admin1 == state]
    else:
        home = country_by_code(country)
        found = [c for c in gaz.lookup(home.name) if c.feature == COUNTRY and c.country == country] if home else []
    return found[0] if found and _has_point(found[0]) else None


def _nearest_local(m: Toponym, mentions: list[Toponym], text: str = "",
                   home: tuple[int, int] | None = None) -> GazetteerEntry | None:
    """The reading of the name nearest in the text resolved to a town or county, else a state.

    A town of the name's own sentence comes first, then the dateline's town, then the nearest town
    named as where something is ("in St. Paul", "in central Paris", not "St. Paul fans") within
    LOCATIVE_WINDOW characters, then the nearest. Towns the story has named by then, or one right after
    the name ("Elm Street in Dayton", "the Old Mill, Dayton"), come first at each step: a town later in
    the sentence ("the raid near Harbour Square is the third after one in Nice") is another place.
    """
    every = _local_readings(m, mentions, LOCAL_LEVELS[0])
    towns = [(d, c, o) for d, c, o in every if o.end <= m.start or _attached(text, m, o)] or every
    same = [(d, c) for d, c, o in towns if text and _same_sentence(text, m, o)]
    if same:
        return min(same, key=lambda dc: dc[0])[1]
    dateline = [c for _, c, o in towns if home is not None and home[0] <= o.start < home[1]]
    if dateline:
        return dateline[0]
    for pool in (towns, every):
        located = [(d, c) for d, c, o in pool
                   if d <= LOCATIVE_WINDOW and LOCATIVE_CUE.search(text[max(0, o.start - 24):o.start])]
        if located:
            return min(located, key=lambda dc: dc[0])[1]
    if towns:
        return min(towns, key=lambda dco: dco[0])[1]
    found = _local_readings(m, mentions, LOCAL_LEVELS[1])
    return min(found, key=lambda dco: dco[0])[1] if found else None


def _attached(text: str, m: Toponym, o: Toponym) -> bool:
    """Whether a town follows the name right after it, as where it is ("X in Dayton", "X, Dayton"),
    or after a chain of places with no verb ("X outside the old depot in Dayton")."""
    gap = text[m.end:o.start]
    return o.start >= m.end and (ATTACHED_GAP.fullmatch(gap) is not None or PLACE_CHAIN.fullmatch(gap) is not None)


def _local_readings(m: Toponym, mentions: list[Toponym],
                    features: tuple[str, ...]) -> list[tuple[int, GazetteerEntry, Toponym]]:
    """(distance in characters, reading, mention) of the other literal names read at one of ``features``."""
    return [(abs(o.start - m.start), o.chosen, o) for o in mentions
            if o is not m and o.kind == "literal" and o.chosen is not None and _has_point(o.chosen)
            and o.chosen.feature in features and not o.affiliation]


def _same_sentence(text: str, a: Toponym, b: Toponym) -> bool:
    """Whether no sentence ends between two mentions (a full stop and a space, or a line break)."""
    between = text[min(a.end, b.end):max(a.start, b.start)]
    return "\n" not in between and not re.search(r"[.!?]\s", between)
