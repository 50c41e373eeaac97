"""Recognition: every toponym mention of a text, in order, without overlaps, with its gazetteer entries.

Four sources: location entities (the entities layer's, spaCy's GPE/LOC/FAC), streets the NER missed
(:mod:`.streets`), demonyms ("Iranian" -> Iran), and gazetteer names the NER missed (capitalised, a
country/state/region or a large city; small towns where the article's other places vouch for them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sidelines.extractors.places.affixes import (
    DIRECTION_WORDS,
    STRONG_FEATURES,
    affixed_candidates,
    directed_area,
    minor_direction,
)
from sidelines.extractors.places.context import adjacent_qualifier, area_of, landmark_at, proximity, proximity_grid
from sidelines.extractors.places.demonyms import demonym_name, demonym_readings, derived_demonym
from sidelines.extractors.places.features import ends_in_feature, is_lone_feature, named_parts
from sidelines.extractors.places.nonplaces import (
    UNTAGGED_STOPWORDS,
    after_honorific,
    after_venue_noun,
    brand_casing,
    era_after_year,
    follows_ship_prefix,
    inside_longer_name,
    is_language_use,
    is_party_label,
    is_venue,
    names_a_holding,
    names_an_occasion,
    polity_noun_alone,
    saints_possessive,
)
from sidelines.extractors.places.persons import BYLINE, FULL_NAME, person_tokens, plain_province
from sidelines.extractors.places.streets import prefix_street_spans, street_name_part, street_spans
from sidelines.extractors.places.townships import is_township, municipality_readings, township_readings, with_township
from sidelines.extractors.places.venues import lone_facility
from sidelines.gazetteer import GazetteerEntry
from sidelines.gazetteer.index import ADMIN1_KIND, CAPITAL, CITY, CONTINENT, COUNTRY, REGION
from sidelines.lexicon.landmarks import Landmark, landmark
from sidelines.lexicon.titles import TITLE_HEADS
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.gazetteer import Gazetteer
    from sidelines.model.document import Document

# A town this populous inside a street word's phrase ("Place In Paris", "Via Dubai") is the town itself.
NOTED_CITY = 500_000
# Entity labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels whose words are never read as a place by the gazetteer scan.
BLOCKING_LABELS = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                             "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
# Articles that open a Romance place name: the words after one are no town of their own ("Los Pinos Heights").
NAME_ARTICLES = frozenset({"los", "las", "el", "la", "le", "les", "il", "lo"})
# Words inside a name: English ones and the particles of Romance names ("Torre del Greco", "Mogi das Cruzes").
NAME_CONNECTORS = frozenset({"of", "and", "the", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "das",
                             "la", "le", "les", "los", "las", "el", "upon", "on", "-", "al"})
# Words opening an army post's name: the name after them is a person's, not a place of its own, unless it is a
# capital or a big city ("Fort Kabul").
BASE_PREFIXES = frozenset({"fort", "ft.", "camp"})
# Nouns after a town name that make it a place, even when the NER calls it a person ("Alexandria police").
CIVIC_NOUNS = frozenset({
    "police", "officials", "official", "mayor", "council", "residents", "resident", "city", "county",
    "schools", "school", "area", "officers", "firefighters", "fire", "man", "woman", "native", "businesses",
    "voters", "commissioners", "authorities", "airport", "hospital", "community", "downtown", "restaurant",
})
# Tokens after an all-capital dateline place name.
DATELINE_FOLLOWERS = frozenset({",", "(", "-", "--", "—", "–", ":"})


@dataclass
class Toponym:
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
    language: bool = False  # a language name used as the language ("in English"): no country, no point
    affiliation: bool = False  # a politician's state label ("Sen. Ted Cruz, R-Texas"): no evidence of the area
    near: GazetteerEntry | None = None  # whose point a name the gazetteer cannot place borrows (fallback.py)
    venue: bool = False  # a hospital, university or hotel the NER calls an organisation (venues.py)
    written: str | None = None  # the area a qualifier written around the name gives ("Texas"; appositives.py)
    note: str | None = None  # the rule that fixed the reading from the words around it (districts.py)


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
    return parsed[start:end] if start < end else None


def labelled_spans(doc: "Document", parsed: "Doc", labels: "Collection[str]" = PLACE_LABELS) -> list["Span"]:
    """Spans of the given labels (GPE/LOC/FAC) from spaCy's own entities and the entities layer's names."""
    spans: list[Span] = [ent for ent in analysis_of(parsed).ents if ent.label_ in labels]
    for entity in doc.layers.get("entities") or ():
        if getattr(entity, "type", None) not in labels:
            continue
        for mention in entity.mentions:
            if getattr(mention, "kind", "name") != "name":
                continue
            span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _is_capitalised(token: "Token") -> bool:
    return bool(token.text) and token.text[0].isupper()


def find_mentions(doc: "Document", parsed: "Doc", gaz: "Gazetteer", config: PlacesConfig) -> list[Toponym]:
    """Every toponym mention of the text, in order, without overlaps."""
    text = doc.text
    taken = bytearray(len(parsed) + 1)
    mentions: list[Toponym] = []

    def republic(name: str) -> bool:  # "Congo", the Republic of the Congo: "Dr. Congo" is "DR Congo"
        return any(c.feature == COUNTRY and "Republic" in c.name for c in gaz.lookup(name))

    def claim(span: "Span", cands: tuple[GazetteerEntry, ...], kind: str = "literal", tagged: bool = True,
              demonym_of: str | None = None, country: str | None = None, language: bool = False) -> None:
        if any(taken[i] for i in range(span.start, span.end)):
            return
        span = with_township(span)
        for i in range(span.start, span.end):
            taken[i] = 1
        mentions.append(Toponym(span.start_char, span.end_char, text[span.start_char:span.end_char], cands,
                                kind=kind, tagged=tagged, demonym_of=demonym_of, country=country,
                                language=language, affiliation=is_party_label(text, span.start_char)))

    # 1. Location entities, longest first; a span the gazetteer does not know is kept unresolved.
    spans = [p for s in labelled_spans(doc, parsed) for p in named_parts(_trim(parsed, s), gaz)]
    surnames = _person_surnames(doc, parsed)
    persons = person_tokens(doc, parsed)
    facilities = {(s.start, s.end) for s in labelled_spans(doc, parsed, ("FAC",))}
    streets, prefixed = (street_spans(parsed), prefix_street_spans(parsed)) if config.streets else ([], [])
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if span.text.lower() in DIRECTION_WORDS:
            continue
        if all(persons.get(k) == BYLINE for k in range(span.start, span.end)):
            for k in range(span.start, span.end):
                taken[k] = 1  # an author's name in the byline; other person names the NER tags as
            continue          # places are left to _surname_alone (the NER is often right there)
        if config.surnames_block_tagged and _surname_alone(span, surnames, gaz):
            for k in range(span.start, span.end):
                taken[k] = 1  # "Preston said": the article's Laura Preston, not a town
            continue
        if (follows_ship_prefix(span) or names_a_holding(span) or era_after_year(span) or polity_noun_alone(span)
                or after_honorific(span, republic)):
            for k in range(span.start, span.end):
                taken[k] = 1  # a ship's or a company's name, an era, "40 States": none of its words is a place
            continue
        cands = gaz.lookup(span.text)
        if street_name_part(parsed, span.start, span.end, streets, prefixed,
                            any(c.feature in (ADMIN1_KIND, COUNTRY) for c in cands),
                            any(c.population >= NOTED_CITY for c in cands)) and not (
                _whole_street(span, streets, prefixed) and (cands or landmark(span.text))):
            continue  # "Lincoln Street": the street (step 2), not the town Lincoln
        if saints_possessive(span, gaz.lookup, config.min_untagged_city_population):
            for k in range(span.start, span.end):
                taken[k] = 1  # "St. Margaret's High School": a church or a school, not the town
            continue
        if brand_casing(span.text, cands) or after_venue_noun(span) and not _locates_venue(cands):
            continue
        site = landmark_at(span.text, text, span.end_char, gaz)
        if site is not None:
            claim(span, _landmark_candidates(gaz, site), kind="metonymic" if site.seat else "literal",
                  country=site.iso3)
            continue
        target = demonym_name(span.text)
        if target is not None:
            if len(span) == 1 and is_language_use(span[0]):
                claim(span, (), kind="demonym", language=True)  # "in English": associative, on no map
                continue
            claim(span, demonym_readings(gaz, target), kind="demonym", demonym_of=target)
            continue
        if not cands:
            cands = affixed_candidates(span, gaz)
            if cands and minor_direction(span, cands, config):
                claim(span, ())  # "North Cornwall": a part of an area the gazetteer lacks, not a small town
                continue
        if not cands:
            sub = _best_inner_name(parsed, span, gaz, config, strong_only=is_venue(span))
            if sub is not None:
                claim(sub, gaz.lookup(sub.text))
                for k in range(span.start, span.end):
                    taken[k] = 1
                continue
            if not (_plausible_unknown(span, config) or lone_facility(span, facilities, surnames)):
                continue
        claim(span, cands)

    # 2. Streets the NER missed ("Dawson Street") before their first word reads as a town; demonyms, untagged names.
    for start, end in [*streets, *prefixed]:
        if landmark(parsed[start:end].text) is None:  # "Wall Street" stands for its city
            claim(parsed[start:end], (), tagged=False)
    pending: list[tuple[Span, tuple[GazetteerEntry, ...]]] = []
    doubtful: list[tuple[Span, tuple[GazetteerEntry, ...]]] = []  # one-word "persons" the gazetteer knows
    n = len(parsed)
    analysis = analysis_of(parsed)
    caps, lowers, words = analysis.capitalised, analysis.lowers, analysis.texts
    i = 0
    while i < n:
        if taken[i] or not caps[i] or lowers[i] == "the":
            i += 1
            continue
        matched = 0
        for width in range(min(config.max_name_tokens, n - i), 0, -1):
            end = i + width
            if 1 in taken[i:end] or not (caps[end - 1] or words[end - 1].endswith(".")):
                continue
            if width > 1 and any(not caps[k] and lowers[k] not in NAME_CONNECTORS for k in range(i, end)):
                continue
            name = analysis.span_text(i, end)
            target = demonym_name(name)
            people = derived_demonym(name, gaz) if target is None and width == 1 and config.derived_demonyms else None
            if target is None and people is None and not gaz.lookup(name) and landmark(name) is None and (
                    width < 2 or lowers[i] not in DIRECTION_WORDS):
                continue  # no demonym, place or landmark, no direction word (_directed_area): nothing below claims it
            block = _blocking(parsed, span := parsed[i:end], surnames)
            if (block == "blocked" or follows_ship_prefix(span) or names_a_holding(span) or era_after_year(span)
                    or after_honorific(span, republic)
                    or _names_person(span, persons, gaz)
                    or saints_possessive(span, gaz.lookup, config.min_untagged_city_population)):
                continue
            if people is not None:
                claim(span, (people,), kind="demonym", demonym_of=people.name, tagged=False)
                matched = width
                break
            if target is not None:
                if width == 1 and is_language_use(span[0]):
                    claim(span, (), kind="demonym", tagged=False, language=True)
                    matched = width
                    break
                claim(span, demonym_readings(gaz, target), kind="demonym", demonym_of=target, tagged=False)
                matched = width
                break
            site = None if inside_longer_name(parsed, span) else landmark_at(name, text, span.end_char, gaz)
            if site is not None and block == "free" and (width > 1 or span[0].pos_ == "PROPN"):
                claim(span, _landmark_candidates(gaz, site), kind="metonymic" if site.seat else "literal",
                      country=site.iso3, tagged=False)
                matched = width
                break
            cands = gaz.lookup(name)
            if not cands and directed_area(span, gaz, config):
                claim(span, affixed_candidates(span, gaz), tagged=False)
                matched = width
                break
            if not cands or brand_casing(name, cands) or after_venue_noun(span) and not _locates_venue(cands):
                continue
            verdict = _accept_untagged(span, cands, config, block == "person", name.lower() in surnames)
            if verdict == "no" and block == "person" and width == 1:
                doubtful.append((span, cands))
            if verdict == "yes":
                claim(span, cands, tagged=False)
                matched = width
                break
            if verdict == "maybe":
                pending.append((span, cands))
                matched = width
                break
        i += matched or 1

    # 3. Small towns the NER missed, kept when they lie in a US state or country the article names, or
    # when the NER tags the same name as a place elsewhere in the article (one sense per discourse).
    if pending:
        states, countries = _named_areas(mentions, text, gaz)
        grid = proximity_grid(mentions, config)
        tagged = {m.text for m in mentions if m.tagged and m.kind == "literal" and m.candidates}
        for span, cands in pending:
            towns = [c for c in cands if not c.alias and c.feature in (CITY, CAPITAL)]
            in_area = any(area_of(c) in states or c.country != "USA" and c.country in countries for c in towns)
            if span.text in tagged or in_area or any(
                    proximity(c, grid, "", config) >= config.pending_proximity for c in towns):
                claim(span, cands, tagged=False)

    # 4. A one-word name the NER took for a person is the place the NER tags elsewhere, unless it is
    # the surname of one of its people (those were blocked above).
    named = {m.text for m in mentions if m.tagged and m.kind == "literal" and m.candidates}
    for span, cands in doubtful:
        if span.text in named:
            claim(span, cands, tagged=False)

    for m in mentions:
        if is_township(m.text):
            m.candidates = township_readings(m.candidates, *adjacent_qualifier(text, m.end, gaz, m.candidates))
        m.candidates = municipality_readings(m.text, m.candidates, gaz.lookup)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _person_surnames(doc: "Document", parsed: "Doc") -> set[str]:
    """Lower-cased last words of the article's multi-word person names."""
    names = [ent.text for ent in analysis_of(parsed).ents if ent.label_ == "PERSON"]
    for entity in doc.layers.get("entities") or ():
        if getattr(entity, "type", None) == "PERSON":
            names.extend(m.text for m in entity.mentions)
    return {name.split()[-1].lower() for name in names if " " in name}


def _names_person(span: "Span", people: dict[int, int], gaz: "Gazetteer") -> bool:
    """A span with a token of a person's name, for the scan of names the NER did not tag as places.

    A one-word mention ("Yaizu" after "Kenta Yaizu") stays a place when a civic noun follows it
    ("Yaizu police") or a country or state bears the name.
    """
    hits = [people[k] for k in range(span.start, span.end) if k in people]
    if not hits or ends_in_feature(span):
        return False
    if max(hits) >= FULL_NAME:
        return True
    if _civic_use(span.doc, span.start, any_label=True):
        return False
    return not any(not c.alias and c.feature in STRONG_FEATURES for c in gaz.lookup(span.text))


def _surname_alone(span: "Span", surnames: set[str], gaz: "Gazetteer") -> bool:
    """A one-word location span that is the surname of a person the article names, and no country or state."""
    if len(span) != 1 or span.text.lower() not in surnames or _civic_use(span.doc, span.start, any_label=True):
        return False
    return not any(not c.alias and c.feature in STRONG_FEATURES for c in gaz.lookup(span.text))


def _blocking(parsed: "Doc", span: "Span", surnames: set[str]) -> str:
    """"blocked" inside dates, numbers, titles...; "person" for a whole one-name person entity; else "free"."""
    types = analysis_of(parsed).ent_types[span.start:span.end]
    if any(t in BLOCKING_LABELS and t != "PERSON" for t in types):
        return "blocked"
    if "PERSON" not in types:
        return "free"
    if _civic_use(parsed, span.start) or ends_in_feature(span):
        return "free"
    whole = span[0].ent_iob_ == "B" and (span.end == len(parsed) or parsed[span.end].ent_iob_ != "I")
    if whole and all(t == "PERSON" for t in types) and span.text.lower() not in surnames:
        return "person"
    return "blocked"


def _named_areas(mentions: list[Toponym], text: str, gaz: "Gazetteer") -> tuple[set[str], set[str]]:
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
        adj_country, adj_state = adjacent_qualifier(text, m.end, gaz, m.candidates)
        if adj_state:
            states.add(f"{adj_country}.{adj_state}")
        if adj_country:
            countries.add(adj_country)
    return states, countries


def _civic_use(parsed: "Doc", i: int, any_label: bool = False) -> bool:
    """A one-word name the NER took for a person, followed by a civic noun ("Alexandria police")."""
    tok = parsed[i]
    if not any_label and (tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B"):
        return False
    if i + 1 < len(parsed) and parsed[i + 1].ent_type_ == "PERSON":
        return False
    return i + 1 < len(parsed) and parsed[i + 1].lower_ in CIVIC_NOUNS


def _landmark_candidates(gaz: "Gazetteer", site: Landmark) -> tuple[GazetteerEntry, ...]:
    """The city a landmark or seat of government stands in: the most prominent town of that name there."""
    towns = [c for c in gaz.lookup(site.city) if c.country == site.iso3 and c.feature in (CITY, CAPITAL)
             and site.admin1 in (None, c.admin1)]
    return (max(towns, key=lambda c: (c.feature == CAPITAL, c.population)),) if towns else ()


def _plausible_unknown(span: "Span", config: PlacesConfig) -> bool:
    """Whether a location span the gazetteer does not know still looks like a place name."""
    if not _is_capitalised(span[0]) and not span[0].is_digit:
        return False
    if len(span) == 1:
        return config.keep_unknown_single_words
    return not names_an_occasion(span)


def _best_inner_name(parsed: "Doc", span: "Span", gaz: "Gazetteer", config: PlacesConfig,
                     strong_only: bool = False) -> "Span | None":
    """The longest known place name inside an unknown location span ("Lima Hilton Convention Center").

    In a hotel's or resort's name (``strong_only``) only a country, a state or a capital counts: the
    rest of such a name is a brand ("the Shangri-La Hotel"). Words right after an article inside the
    name are part of one Romance name (rule NAME_ARTICLES: "Pinos" of "Los Pinos Heights"); a name right before
    "Square" is the square's ("Madison Square Garden" is not in Madison).
    """
    for width in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - width + 1):
            sub = parsed[start:start + width]
            if (not _is_capitalised(sub[0]) or sub.text in UNTAGGED_STOPWORDS
                    or sub.text.lower() in DIRECTION_WORDS or is_lone_feature([sub.text])
                    or polity_noun_alone(sub) or start > span.start and parsed[start - 1].lower_ in NAME_ARTICLES
                    or start + width < span.end and parsed[start + width].lower_ == "square"):
                continue
            cands = gaz.lookup(sub.text)
            if start > span.start and parsed[start - 1].lower_ in BASE_PREFIXES and not any(
                    not c.alias and (c.feature == CAPITAL or c.population >= NOTED_CITY) for c in cands):
                continue  # "Fort Campbell": a person's name, unless a capital or a big city ("Fort Kabul")
            if any(not c.alias and (c.feature in STRONG_FEATURES or c.feature == CAPITAL
                                    or not strong_only and c.population >= config.min_inner_population)
                   for c in cands):
                return sub
    return None


def _whole_street(span: "Span", streets: list[tuple[int, int]], prefixed: list[tuple[int, int]]) -> bool:
    """Whether a name spans a whole street ("Wall Street"), not just the name part of one."""
    return (span.start, span.end) in (*streets, *prefixed)


def _locates_venue(cands: tuple[GazetteerEntry, ...]) -> bool:
    """Whether a name in a venue's brand still says where it is: a country, a state or a capital."""
    return any(not c.alias and c.feature in (COUNTRY, ADMIN1_KIND, CAPITAL) for c in cands)


def _is_dateline(span: "Span") -> bool:
    """An all-capital place name opening a sentence and followed by "," "(" or a dash ("BOSTON (Reuters)")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in DATELINE_FOLLOWERS:
        return False
    return span.start == 0 or span[0].is_sent_start or "\n" in doc[span.start - 1].text_with_ws


def _accept_untagged(
    span: "Span", cands: tuple[GazetteerEntry, ...], config: PlacesConfig, person: bool = False, surname: bool = False
) -> str:
    """Whether a gazetteer name the NER did not tag is a toponym: "yes", "no", or "maybe" (if in context)."""
    text = span.text
    own = [c for c in cands if not c.alias and not ((person or surname) and plain_province(text, c))]
    # A title word alone ("Public Information Officer X") is a title, not the town of that name.
    if (not own or text in UNTAGGED_STOPWORDS or text.lower() in DIRECTION_WORDS or text.lower() in TITLE_HEADS
            or polity_noun_alone(span)):
        return "no"
    if person:
        return "yes" if any(c.feature in (COUNTRY, ADMIN1_KIND, CONTINENT, REGION) for c in own) else "no"
    if text.isupper() and len(text) > 4:
        if any(c.feature == COUNTRY for c in own) or _is_dateline(span):
            return "yes"
        return "no"
    if text.isupper() and len(text) > 2 and all(c.name.upper() != c.name for c in own):
        # An acronym ("SWAT") that only a mixed-case name spells: a country, a state or a dateline only.
        return "yes" if any(c.feature in (COUNTRY, ADMIN1_KIND) for c in own) or _is_dateline(span) else "no"
    if len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN":
        return "no"
    if any(c.feature in STRONG_FEATURES for c in own):
        return "yes"
    if all(t.pos_ != "PROPN" for t in span):
        return "no"
    if any(c.population >= config.min_untagged_city_population for c in own):
        return "yes"
    return "maybe"
