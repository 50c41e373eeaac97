"""Places: every toponym mention, resolved to a point, a country and a GeoNames id where possible.

Mentions come from three sources: location entities (the entities layer and spaCy's GPE/LOC/FAC
labels), demonyms ("Iranian" -> Iran), and gazetteer names the NER missed (capitalised, and either
a country/state/region or a large city). Each mention is then resolved against the offline gazetteer,
preferring referents that fit the article's other places (a named country or US state boosts its
cities; "Paris" near "Texas" is Paris, Texas; towns and counties whose namesakes share one state or
lie close together pull each other there), then prominence (country > capital > state > big city)
and population. Capitals, countries and seats of government that act ("Moscow said", "Moscow and
Ankara continue to navigate", "the Kremlin") are marked ``metonymic``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sidelines.extractors.base import BaseExtractor
from sidelines.gazetteer import GazetteerEntry, get_gazetteer
from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, CONTINENT, COUNTRY, REGION
from sidelines.gazetteer.regions import REGION_DEMONYMS, US_STATE_CENTERS
from sidelines.lexicon.countries import Country, country_by_capital, country_by_demonym, country_by_seat
from sidelines.model.record import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.gazetteer import Gazetteer
    from sidelines.model.document import Document

# Entity labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels whose words are never read as a place by the gazetteer scan.
BLOCKING_LABELS = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                             "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
# Longest name, in tokens, the gazetteer scan tries.
MAX_NAME_TOKENS = 4
# Smallest population for a city the NER did not tag to be read as a place.
MIN_UNTAGGED_CITY_POPULATION = 100_000
# Lower-case words allowed inside a multi-word name.
NAME_CONNECTORS = frozenset({"of", "and", "the", "de", "du", "la", "el", "upon", "on", "-", "al"})
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
})
# Direction words that are not a toponym on their own ("the North's peace process").
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
    "southern", "eastern", "western", "midwest", "central", "upstate", "downtown",
})
# Keep one-word location entities the gazetteer does not know (mostly mislabelled surnames).
KEEP_UNKNOWN_SINGLE_WORDS = False
# Words around a town's name that keep its place ("Readington Township", "City of Richmond").
ADMIN_AFFIXES = frozenset({"township", "twp", "village", "borough", "town", "city", "county", "parish",
                           "metro", "area", "region", "province", "state"})
# Nouns after a town name that make it a place, even when the NER calls it a person ("Alexandria police").
CIVIC_NOUNS = frozenset({
    "police", "officials", "official", "mayor", "council", "residents", "resident", "city", "county",
    "schools", "school", "area", "officers", "firefighters", "fire", "man", "woman", "native", "businesses",
    "voters", "commissioners", "authorities", "airport", "hospital", "community", "downtown", "restaurant",
})
# Tokens after an all-capital dateline place name.
DATELINE_FOLLOWERS = frozenset({",", "(", "-", "—", "–", ":"})
# Smallest population of a town read inside a longer unknown location name.
MIN_INNER_POPULATION = 1_000
# Prior score of each feature kind.
FEATURE_PRIOR: dict[str, float] = {
    CONTINENT: 11.0, REGION: 10.0, COUNTRY: 10.5, ADMIN1_KIND: 8.5, ADMIN2_KIND: 5.0, CAPITAL: 2.0, CITY: 0.0,
}
# Weight of log10(population) in a town's score.
POPULATION_WEIGHT = 1.0
# Penalty for a candidate found only under one of its alternate names.
ALIAS_PENALTY = 1.5
# Bonus for a national capital the country lexicon knows (Washington, Moscow) over namesakes.
NATIONAL_CAPITAL_BONUS = 1.0
# Bonus per other place name (weighted by how unambiguous it is) with a candidate within about
# one degree; at most PROXIMITY_CAP of them count. Only towns, counties and states take part.
PROXIMITY_BONUS = 2.0
PROXIMITY_CAP = 2.0
# A name with n local candidates weighs 1 / n ** this exponent in the proximity test.
PROXIMITY_AMBIGUITY_EXPONENT = 1.0
# After the first round, measure proximity to the other mentions' current choices only.
PROXIMITY_FROM_CHOICES = True
# From the second round on, move a name's point in the grid as soon as its choice changes, so that
# the names of one article settle together instead of swapping places between rounds.
SEQUENTIAL_UPDATES = True
# Proximity weight that lets an untagged small town in without a named state or country.
PENDING_PROXIMITY = 0.5
# Grid cell size in degrees for the proximity test.
GRID_DEGREES = 1.0
# Rounds of re-resolution with the context of the other mentions' choices.
CONTEXT_ROUNDS = 3
# Bonus for a candidate in a country the article names; in a US state it names; for "City, ST".
COUNTRY_CONTEXT_BONUS = 2.5
STATE_CONTEXT_BONUS = 3.0
ADJACENT_STATE_BONUS = 6.0
DOMINANT_COUNTRY_BONUS = 1.5
# Article home-area vote: each distinct local name (town or county) spreads one vote over the admin-1
# units (US states, provinces) where it has a namesake, and a named state or a "Town, ST" qualifier
# casts AREA_MENTION_VOTE for its own. A candidate gains AREA_VOTE_BONUS per vote its unit gets from
# the other names, up to AREA_VOTE_CAP votes, so that the names of one local article pull together.
AREA_VOTE_BONUS = 1.0
AREA_VOTE_CAP = 3.0
AREA_MENTION_VOTE = 1.0
# A name that is also one of these (a country, "China"; a continent) never takes the vote's bonus.
VOTE_BLOCKING_FEATURES = frozenset({COUNTRY, CONTINENT, REGION})
# Verbs whose subject, when a country, capital or seat, stands for its government.
GOVERNMENT_VERBS = frozenset({
    "say", "tell", "announce", "state", "declare", "claim", "deny", "insist", "warn", "urge", "call",
    "demand", "accuse", "blame", "condemn", "criticize", "criticise", "welcome", "reject", "refuse",
    "agree", "sign", "ratify", "approve", "decide", "plan", "want", "seek", "hope", "believe", "think",
    "expect", "consider", "propose", "offer", "threaten", "respond", "react", "protest", "recognize",
    "recognise", "support", "back", "oppose", "veto", "negotiate", "navigate", "continue", "pledge",
    "promise", "vow", "impose", "lift", "sanction", "expel", "summon", "invite", "host", "send", "deploy",
    "launch", "order", "ban", "allow", "push", "press", "pressure", "insist", "acknowledge", "confirm",
    "suggest", "argue", "note", "stress", "emphasize", "emphasise", "maintain", "try", "attempt", "aim",
    "fear", "view", "see", "remain", "intend", "need", "ask", "invade", "attack", "strike", "retaliate",
    "withdraw", "join", "leave", "cooperate", "work", "help", "pay", "fund", "supply", "sell", "buy",
})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
# Penn tags of finite verbs (and the base form after a modal).
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "VB"})
# Kinds of gazetteer entry that are a toponym wherever their name is written with a capital.
STRONG_FEATURES = frozenset({COUNTRY, ADMIN1_KIND, ADMIN2_KIND, CONTINENT, REGION})


@dataclass
class _Mention:
    """A toponym mention being resolved."""

    start: int
    end: int
    text: str
    candidates: tuple[GazetteerEntry, ...]
    kind: str = "literal"
    tagged: bool = True
    demonym_of: str | None = None
    chosen: GazetteerEntry | None = None
    country: str | None = None


class PlaceExtractor(BaseExtractor):
    """Toponym mentions from the NER, demonyms and the gazetteer, geocoded in the article's context."""

    name = "places"
    version = "v1"
    requires = ("entities",)
    produces = ("places",)

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        gaz = get_gazetteer()
        mentions = find_mentions(doc, parsed, gaz)
        resolve(mentions, parsed, doc.text)
        places = []
        for i, m in enumerate(mentions, start=1):
            c = m.chosen
            places.append(Place(
                id=f"p{i}", start=m.start, end=m.end, text=doc.text[m.start:m.end],
                name=c.name if c else m.text, kind=m.kind,  # type: ignore[arg-type]
                lat=c.lat if c else None, lon=c.lon if c else None,
                country=m.country or (c.country if c else None),
                geonameid=c.geonameid if c else None,
            ))
        doc.layers["places"] = places


# --------------------------------------------------------------------------- recognition

def _trim(parsed: "Doc", span: "Span") -> "Span | None":
    """Drop a leading "the" and a trailing possessive or punctuation from a name span.

    A span cut after a connector ("St. Kitts and") takes the capitalised word that completes it.
    """
    start, end = span.start, span.end
    while start < end and (parsed[start].lower_ == "the" or parsed[start].is_punct):
        start += 1
    while end > start and (parsed[end - 1].tag_ == "POS" or parsed[end - 1].is_punct and parsed[end - 1].text != "."):
        end -= 1
    if start < end and parsed[end - 1].lower_ in ("and", "of"):
        if end < len(parsed) and _is_capitalised(parsed[end]):
            end += 1
        else:
            end -= 1
    if start >= end:
        return None
    return parsed[start:end]


def _location_spans(doc: "Document", parsed: "Doc") -> list["Span"]:
    """GPE/LOC/FAC spans from the entities layer and from spaCy's own entities."""
    spans: list[Span] = []
    for ent in parsed.ents:
        if ent.label_ in PLACE_LABELS:
            spans.append(ent)
    for entity in doc.layers.get("entities") or ():
        if getattr(entity, "type", None) not in PLACE_LABELS:
            continue
        for mention in entity.mentions:
            if getattr(mention, "kind", "name") != "name":
                continue
            span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _demonym_target(text: str) -> tuple[str | None, Country | None]:
    """The region name or country a demonym points to."""
    country = country_by_demonym(text)
    if country is not None:
        return None, country
    region = REGION_DEMONYMS.get(text) or REGION_DEMONYMS.get(text.title())
    return region, None


def _is_capitalised(token: "Token") -> bool:
    return bool(token.text) and token.text[0].isupper()


def find_mentions(doc: "Document", parsed: "Doc", gaz: "Gazetteer") -> list[_Mention]:
    """Every toponym mention of the text, in order, without overlaps."""
    text = doc.text
    taken = bytearray(len(parsed) + 1)
    mentions: list[_Mention] = []

    def claim(span: "Span", cands: tuple[GazetteerEntry, ...], **kw: object) -> None:
        if any(taken[i] for i in range(span.start, span.end)):
            return
        for i in range(span.start, span.end):
            taken[i] = 1
        mentions.append(_Mention(span.start_char, span.end_char, text[span.start_char:span.end_char], cands, **kw))

    # 1. Location entities, longest first; a span the gazetteer does not know is kept unresolved.
    spans = [s for s in (_trim(parsed, s) for s in _location_spans(doc, parsed)) if s is not None]
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if span.text.lower() in DIRECTION_WORDS:
            continue
        cands = gaz.lookup(span.text)
        seat = country_by_seat(span.text)
        if seat is not None:
            claim(span, _seat_candidates(gaz, seat), kind="metonymic", country=seat.iso3)
            continue
        region, country = _demonym_target(span.text)
        if country is not None or region is not None:
            claim(span, gaz.lookup(region or country.name), kind="demonym", demonym_of=region or country.name)
            continue
        if not cands:
            cands = _affixed_candidates(span, gaz)
        if not cands:
            sub = _best_inner_name(parsed, span, gaz)
            if sub is not None:
                claim(sub, gaz.lookup(sub.text))
                for k in range(span.start, span.end):
                    taken[k] = 1
                continue
            if not _plausible_unknown(span):
                continue
        claim(span, cands)

    # 2. Demonyms and untagged gazetteer names, scanning tokens left to right.
    surnames = _person_surnames(doc, parsed)
    pending: list[tuple[Span, tuple[GazetteerEntry, ...]]] = []
    n = len(parsed)
    i = 0
    while i < n:
        if taken[i] or not _is_capitalised(parsed[i]) or parsed[i].lower_ == "the":
            i += 1
            continue
        matched = 0
        for width in range(min(MAX_NAME_TOKENS, n - i), 0, -1):
            span = parsed[i:i + width]
            last = parsed[i + width - 1]
            if any(taken[j] for j in range(i, i + width)) or not (_is_capitalised(last) or last.text.endswith(".")):
                continue
            if width > 1 and any(not _is_capitalised(t) and t.lower_ not in NAME_CONNECTORS for t in span):
                continue
            block = _blocking(parsed, span, surnames)
            if block == "blocked":
                continue
            region, country = _demonym_target(span.text)
            if country is not None or region is not None:
                claim(span, gaz.lookup(region or country.name), kind="demonym", demonym_of=region or country.name,
                      tagged=False)
                matched = width
                break
            seat = country_by_seat(span.text)
            if seat is not None and block == "free" and (width > 1 or span[0].pos_ == "PROPN"):
                claim(span, _seat_candidates(gaz, seat), kind="metonymic", country=seat.iso3, tagged=False)
                matched = width
                break
            cands = gaz.lookup(span.text)
            if not cands:
                continue
            verdict = _accept_untagged(span, cands, block == "person")
            if verdict == "yes":
                claim(span, cands, tagged=False)
                matched = width
                break
            if verdict == "maybe":
                pending.append((span, cands))
                matched = width
                break
        i += matched or 1

    # 3. Small towns the NER missed, kept when they lie in a US state or country the article names.
    if pending:
        states, countries = _named_areas(mentions, text, gaz)
        grid = _proximity_grid(mentions)
        for span, cands in pending:
            towns = [c for c in cands if not c.alias and c.feature in (CITY, CAPITAL)]
            if any(_area(c) in states or c.country != "USA" and c.country in countries for c in towns) or any(
                    _proximity(c, grid, "") >= PENDING_PROXIMITY for c in towns):
                claim(span, cands, tagged=False)

    mentions.sort(key=lambda m: m.start)
    return mentions


def _person_surnames(doc: "Document", parsed: "Doc") -> set[str]:
    """Lower-cased last words of the article's multi-word person names."""
    names = [ent.text for ent in parsed.ents if ent.label_ == "PERSON"]
    for entity in doc.layers.get("entities") or ():
        if getattr(entity, "type", None) == "PERSON":
            names.extend(m.text for m in entity.mentions)
    return {name.split()[-1].lower() for name in names if " " in name}


def _blocking(parsed: "Doc", span: "Span", surnames: set[str]) -> str:
    """"blocked" inside dates, numbers, titles...; "person" for a whole one-name person entity; else "free"."""
    if any(t.ent_type_ in BLOCKING_LABELS and t.ent_type_ != "PERSON" for t in span):
        return "blocked"
    if not any(t.ent_type_ == "PERSON" for t in span):
        return "free"
    if _civic_use(parsed, span.start):
        return "free"
    whole = span[0].ent_iob_ == "B" and (span.end == len(parsed) or parsed[span.end].ent_iob_ != "I")
    if whole and all(t.ent_type_ == "PERSON" for t in span) and span.text.lower() not in surnames:
        return "person"
    return "blocked"


def _named_areas(mentions: list[_Mention], text: str, gaz: "Gazetteer") -> tuple[set[str], set[str]]:
    """US states and countries the article names outright (or as ", ST" after a town)."""
    states: set[str] = set()
    countries: set[str] = set()
    for m in mentions:
        for c in m.candidates:
            if c.feature == ADMIN1_KIND and c.admin1:
                states.add(f"{c.country}.{c.admin1}")
            if c.feature == COUNTRY and c.country:
                countries.add(c.country)
        if len(m.candidates) == 1 and m.candidates[0].country:
            countries.add(m.candidates[0].country)
            if m.candidates[0].admin1:
                states.add(f"{m.candidates[0].country}.{m.candidates[0].admin1}")
        adj_country, adj_state = _adjacent_qualifier(text, m.end, gaz)
        if adj_state:
            states.add(f"{adj_country}.{adj_state}")
        if adj_country:
            countries.add(adj_country)
    return states, countries


def _civic_use(parsed: "Doc", i: int) -> bool:
    """A one-word name the NER took for a person, followed by a civic noun ("Alexandria police")."""
    tok = parsed[i]
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
        return False
    if i + 1 < len(parsed) and parsed[i + 1].ent_type_ == "PERSON":
        return False
    return i + 1 < len(parsed) and parsed[i + 1].lower_ in CIVIC_NOUNS


def _seat_candidates(gaz: "Gazetteer", seat: Country) -> tuple[GazetteerEntry, ...]:
    """The capital city a seat of government stands in."""
    if not seat.capital:
        return ()
    return tuple(c for c in gaz.lookup(seat.capital) if c.country == seat.iso3)[:1]


def _plausible_unknown(span: "Span") -> bool:
    """Whether a location span the gazetteer does not know still looks like a place name."""
    if not _is_capitalised(span[0]) and not span[0].is_digit:
        return False
    if len(span) == 1:
        return KEEP_UNKNOWN_SINGLE_WORDS
    return True


def _affixed_candidates(span: "Span", gaz: "Gazetteer") -> tuple[GazetteerEntry, ...]:
    """Candidates of a name under a direction word or an administrative affix ("East Texas", "X Township")."""
    words = [t.text for t in span]
    changed = True
    while changed and words:
        changed = False
        if len(words) > 1 and words[0].lower() in DIRECTION_WORDS:
            words, changed = words[1:], True
        elif len(words) > 2 and words[1].lower() == "of" and words[0].lower() in ADMIN_AFFIXES:
            words, changed = words[2:], True
        elif len(words) > 1 and words[-1].lower().rstrip(".") in ADMIN_AFFIXES:
            words, changed = words[:-1], True
    if not words or len(words) == len(span):
        return ()
    start = span.start + [t.text for t in span].index(words[0])
    name = span.doc[start:start + len(words)].text
    return tuple(c for c in gaz.lookup(name) if not c.alias and c.feature != ADMIN2_KIND)


def _best_inner_name(parsed: "Doc", span: "Span", gaz: "Gazetteer") -> "Span | None":
    """The longest known place name inside an unknown location span ("Lima Hilton Convention Center")."""
    for width in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - width + 1):
            sub = parsed[start:start + width]
            if not _is_capitalised(sub[0]) or sub.text in UNTAGGED_STOPWORDS or sub.text.lower() in DIRECTION_WORDS:
                continue
            if any(not c.alias and (c.feature in STRONG_FEATURES or c.population >= MIN_INNER_POPULATION)
                   for c in gaz.lookup(sub.text)):
                return sub
    return None


def _is_dateline(span: "Span") -> bool:
    """An all-capital place name opening a sentence and followed by "," "(" or a dash ("BOSTON (Reuters)")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in DATELINE_FOLLOWERS:
        return False
    return span.start == 0 or span[0].is_sent_start or "\n" in doc[span.start - 1].text_with_ws


def _accept_untagged(span: "Span", cands: tuple[GazetteerEntry, ...], person: bool = False) -> str:
    """Whether a gazetteer name the NER did not tag is a toponym: "yes", "no", or "maybe" (if in context)."""
    text = span.text
    own = [c for c in cands if not c.alias]
    if not own or text in UNTAGGED_STOPWORDS or text.lower() in DIRECTION_WORDS:
        return "no"
    if person:
        return "yes" if any(c.feature in (COUNTRY, ADMIN1_KIND, CONTINENT) for c in own) else "no"
    if text.isupper() and len(text) > 4:
        if any(c.feature == COUNTRY for c in own) or _is_dateline(span):
            return "yes"
        return "no"
    if len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN":
        return "no"
    if any(c.feature in STRONG_FEATURES for c in own):
        return "yes"
    if all(t.pos_ != "PROPN" for t in span):
        return "no"
    if any(c.population >= MIN_UNTAGGED_CITY_POPULATION for c in own):
        return "yes"
    return "maybe"


# --------------------------------------------------------------------------- resolution

def _key(m: _Mention) -> str:
    """What makes two mentions the same name for context: their candidate set, else their text."""
    if m.candidates:
        return max(m.candidates, key=lambda c: c.population).name.lower()
    return m.text.lower()


def _area(c: GazetteerEntry) -> str | None:
    """The admin-1 unit of a candidate as "ISO3.code" ("USA.TX", "CAN.08"), when known."""
    return f"{c.country}.{c.admin1}" if c.country and c.admin1 else None


def _contribution(m: _Mention) -> tuple[str | None, str | None]:
    """The country and US state a resolved mention adds to the article's context."""
    c = m.chosen
    if c is None:
        return m.country, None
    state = _area(c) if c.feature in (ADMIN1_KIND, ADMIN2_KIND, CITY, CAPITAL) else None
    return m.country or c.country, state


def _context(mentions: list[_Mention]) -> dict[str, tuple[str | None, str | None]]:
    """Each distinct mention text with the country and US state its current reading points to."""
    context: dict[str, tuple[str | None, str | None]] = {}
    for m in mentions:
        key = _key(m)
        if key not in context or context[key] == (None, None):
            context[key] = _contribution(m)
    return context


def _counts(context: dict[str, tuple[str | None, str | None]], skip: str) -> tuple[dict[str, int], dict[str, int]]:
    countries: dict[str, int] = {}
    states: dict[str, int] = {}
    for key, (country, state) in context.items():
        if key == skip:
            continue
        if country:
            countries[country] = countries.get(country, 0) + 1
        if state:
            states[state] = states.get(state, 0) + 1
    return countries, states


def _adjacent_qualifier(text: str, end: int, gaz: "Gazetteer") -> tuple[str | None, str | None]:
    """The state or country named right after ", " following a mention ("Paris, Texas")."""
    if not text.startswith(", ", end):
        return None, None
    rest = text[end + 2:end + 30]
    words = rest.split()
    for width in (3, 2, 1):
        if len(words) < width:
            continue
        name = " ".join(words[:width]).rstrip(",;:)")
        if name.endswith(".") and name.count(".") == 1 and len(name) > 5:
            name = name[:-1]
        for c in gaz.lookup(name):
            if c.feature == ADMIN1_KIND and c.country == "USA":
                return "USA", c.admin1
            if c.feature == COUNTRY:
                return c.country, None
    return None, None


_LOCAL_FEATURES = frozenset({CITY, CAPITAL, ADMIN2_KIND})


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / GRID_DEGREES)), int(math.floor(lon / GRID_DEGREES))


def _proximity_grid(mentions: list[_Mention], chosen: bool = False) -> dict[tuple[int, int], dict[str, float]]:
    """Grid cell -> {mention key: weight} for the local candidates of every distinct mention.

    With ``chosen``, only each mention's current choice counts, with full weight.
    """
    grid: dict[tuple[int, int], dict[str, float]] = {}
    seen: set[str] = set()
    for m in mentions:
        key = _key(m)
        if key in seen or m.kind != "literal":
            continue
        seen.add(key)
        pool = ((m.chosen,) if m.chosen is not None else ()) if chosen else m.candidates
        local = [c for c in pool if c.feature in _LOCAL_FEATURES and c.lat is not None]
        if not local:
            continue
        weight = 1.0 / len(local) ** PROXIMITY_AMBIGUITY_EXPONENT
        for c in local:
            cell = grid.setdefault(_cell(c.lat, c.lon), {})  # type: ignore[arg-type]
            cell[key] = max(cell.get(key, 0.0), weight)
    return grid


def _proximity(c: GazetteerEntry, grid: dict[tuple[int, int], dict[str, float]], skip: str) -> float:
    """How strongly other place names of the article cluster around candidate ``c``."""
    if c.feature not in _LOCAL_FEATURES or c.lat is None or c.lon is None:
        return 0.0
    row, col = _cell(c.lat, c.lon)
    near: dict[str, float] = {}
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            for key, weight in grid.get((row + dr, col + dc), {}).items():
                if key != skip and weight > near.get(key, 0.0):
                    near[key] = weight
    return min(PROXIMITY_CAP, sum(near.values()))


def _area_votes(mentions: list[_Mention], adjacent: list[tuple[str | None, str | None]]) -> dict[str, dict[str, float]]:
    """Admin-1 unit -> {mention key: vote} from every distinct name of the article (see AREA_VOTE_BONUS)."""
    votes: dict[str, dict[str, float]] = {}

    def cast(area: str, key: str, weight: float) -> None:
        cell = votes.setdefault(area, {})
        cell[key] = max(cell.get(key, 0.0), weight)

    for m, (adj_country, adj_state) in zip(mentions, adjacent):
        if not m.candidates or m.kind != "literal":
            continue
        key = _key(m)
        if adj_state:
            cast(f"{adj_country}.{adj_state}", key + "@qualifier", AREA_MENTION_VOTE)
        own = [c for c in m.candidates if not c.alias]
        states = {_area(c) for c in own if c.feature == ADMIN1_KIND}
        if states and all(c.feature != COUNTRY for c in own):
            for area in states:
                if area:
                    cast(area, key, AREA_MENTION_VOTE / len(states))
            continue
        areas = {_area(c) for c in own if c.feature in _LOCAL_FEATURES} - {None}
        for area in areas:
            cast(area, key, 1.0 / len(areas))  # type: ignore[arg-type]
    return votes


def _area_support(c: GazetteerEntry, votes: dict[str, dict[str, float]], skip: str) -> float:
    """Votes the other names of the article give to candidate ``c``'s admin-1 unit."""
    area = _area(c)
    if area is None or c.feature not in _LOCAL_FEATURES:
        return 0.0
    return min(AREA_VOTE_CAP, sum(v for k, v in votes.get(area, {}).items() if k != skip))


def _score(c: GazetteerEntry, countries: dict[str, float], states: dict[str, float], dominant: str | None,
           adj_country: str | None, adj_state: str | None, near: float = 0.0, support: float = 0.0) -> float:
    score = FEATURE_PRIOR[c.feature] + PROXIMITY_BONUS * near + AREA_VOTE_BONUS * support
    if c.feature in (CITY, CAPITAL):
        score += POPULATION_WEIGHT * math.log10(c.population + 10)
    if c.country and c.country in countries:
        score += COUNTRY_CONTEXT_BONUS
    if c.admin1 and _area(c) in states:
        score += STATE_CONTEXT_BONUS
    if c.alias:
        score -= ALIAS_PENALTY
    if dominant and c.country == dominant:
        score += DOMINANT_COUNTRY_BONUS
    if adj_state and c.admin1 == adj_state and c.country == adj_country:
        score += ADJACENT_STATE_BONUS
    elif adj_country and c.country == adj_country:
        score += ADJACENT_STATE_BONUS
    if c.feature == CAPITAL and country_by_capital(c.name) is not None:
        score += NATIONAL_CAPITAL_BONUS
    return score


def _leaders(mentions: list[_Mention]) -> dict[str, _Mention]:
    """The first literal mention of each distinct name: the one whose choice stands for it in the grid."""
    leaders: dict[str, _Mention] = {}
    for m in mentions:
        if m.kind == "literal":
            leaders.setdefault(_key(m), m)
    return leaders


def _move_choice(grid: dict[tuple[int, int], dict[str, float]], key: str, old: GazetteerEntry | None,
                 new: GazetteerEntry | None) -> None:
    """Move a name's point in the choices grid from its old choice to its new one."""
    if old is new:
        return
    for c, add in ((old, False), (new, True)):
        if c is None or c.feature not in _LOCAL_FEATURES or c.lat is None or c.lon is None:
            continue
        cell = grid.setdefault(_cell(c.lat, c.lon), {})
        if add:
            cell[key] = 1.0
        else:
            cell.pop(key, None)


def resolve(mentions: list[_Mention], parsed: "Doc", text: str) -> None:
    """Choose a candidate for each mention and decide literal or metonymic use."""
    gaz = get_gazetteer()
    adjacent = [_adjacent_qualifier(text, m.end, gaz) if m.candidates else (None, None) for m in mentions]
    grid = _proximity_grid(mentions)
    votes = _area_votes(mentions, adjacent)
    context: dict[str, tuple[str | None, str | None]] = {}
    leaders = _leaders(mentions)
    sequential = False
    for _ in range(CONTEXT_ROUNDS):
        for m, (adj_country, adj_state) in zip(mentions, adjacent):
            if not m.candidates:
                continue
            key = _key(m)
            voting = votes if not any(c.feature in VOTE_BLOCKING_FEATURES for c in m.candidates) else {}
            countries, states = _counts(context, key)
            dominant = max(countries, key=countries.__getitem__) if countries else None
            old = m.chosen
            m.chosen = max(m.candidates, key=lambda c: _score(
                c, countries, states, dominant, adj_country, adj_state, _proximity(c, grid, key),
                _area_support(c, voting, key)))
            if sequential and leaders.get(key) is m:
                _move_choice(grid, key, old, m.chosen)
        new_context = _context(mentions)
        if new_context == context:
            break
        context = new_context
        if PROXIMITY_FROM_CHOICES:
            grid = _proximity_grid(mentions, chosen=True)
            sequential = SEQUENTIAL_UPDATES
    _place_counties(mentions)
    for m in mentions:
        if m.kind == "demonym":
            if m.chosen is not None and m.chosen.country:
                m.country = m.chosen.country
            continue
        if m.kind == "literal" and _acts_as_government(m, parsed):
            m.kind = "metonymic"
        if m.kind == "metonymic" and m.country is None and m.chosen is not None:
            m.country = m.chosen.country


def _place_counties(mentions: list[_Mention]) -> None:
    """Settle US counties: the namesake in a state where the article's towns lie, placed at a town of it.

    The gazetteer has no point for most counties; a county takes the point of the nearest (in the
    text) chosen town of its state, else its state's centre.
    """
    towns = [(o.start, o.chosen) for o in mentions
             if o.chosen is not None and o.chosen.feature in (CITY, CAPITAL) and o.chosen.country == "USA"]
    town_states = {t.admin1 for _, t in towns}
    centre = None
    if towns:
        centre = (sum(t.lat for _, t in towns) / len(towns), sum(t.lon for _, t in towns) / len(towns))
    for m in mentions:
        c = m.chosen
        if c is None or c.feature != ADMIN2_KIND:
            continue
        options = [k for k in m.candidates if k.feature == ADMIN2_KIND]
        if centre is not None and c.admin1 not in town_states and len(options) > 1:
            in_town_states = [k for k in options if k.admin1 in town_states]
            if in_town_states:
                c = in_town_states[0]
            else:
                c = min(options, key=lambda k: _degrees(_point(k), centre))
        if c.lat is None:
            near = [t for _, t in sorted(((abs(s - m.start), t) for s, t in towns if t.admin1 == c.admin1),
                                         key=lambda st: st[0])]
            lat, lon = (near[0].lat, near[0].lon) if near else US_STATE_CENTERS.get(c.admin1 or "", (None, None))
            c = GazetteerEntry(c.name, lat, lon, c.country, c.geonameid, c.population, c.feature, c.admin1)
        m.chosen = c


def _point(c: GazetteerEntry) -> tuple[float, float]:
    """A candidate's point, or its US state's centre."""
    if c.lat is not None and c.lon is not None:
        return c.lat, c.lon
    return US_STATE_CENTERS.get(c.admin1 or "", (0.0, 0.0))


def _degrees(a: tuple[float, float], b: tuple[float, float]) -> float:
    """A cheap distance in degrees, good enough to rank places within one country."""
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2)))


def _acts_as_government(m: _Mention, parsed: "Doc") -> bool:
    """True when a country or capital acts: subject of a speech, cognition or political verb.

    The parse is trusted first ("Moscow said"); a coordinated group of names followed by such a verb
    ("Moscow and Ankara continue to navigate") also counts, however the parser attached it.
    """
    c = m.chosen
    if c is None or c.feature not in (COUNTRY, CAPITAL):
        return False
    if c.feature == CAPITAL and country_by_capital(c.name) is None:
        return False
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in GOVERNMENT_VERBS:
        return True
    end = _group_end(parsed, span.end)
    if end >= len(parsed):
        return False
    nxt = parsed[end]
    if nxt.tag_ in ("MD",) or nxt.lemma_ in ("have", "be") and nxt.pos_ == "AUX":
        end += 1
        while end < len(parsed) and parsed[end].pos_ in ("ADV", "PART", "AUX"):
            end += 1
        if end >= len(parsed):
            return False
        nxt = parsed[end]
    return nxt.pos_ == "VERB" and nxt.tag_ in FINITE_TAGS and nxt.lemma_.lower() in GOVERNMENT_VERBS


def _group_end(parsed: "Doc", end: int) -> int:
    """The token index after a coordinated group of names starting before ``end`` ("A, B and C")."""
    while end + 1 < len(parsed) and parsed[end].lower_ in ("and", ",") and parsed[end + 1].pos_ == "PROPN":
        end += 1
        while end < len(parsed) and parsed[end].pos_ == "PROPN":
            end += 1
    return end
