"""Corrections of name mentions: labels and spans spaCy gets wrong, fixed by general rules.

Hyphenated demonyms split, labels and countries from the country lexicon, wire datelines (sports
tables: :mod:`.teams`), one label per name per document, and lists of people read as one name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import PROPAGATED_LABELS, NameMention, covered_tokens, overlaps
from sidelines.lexicon import countries
from sidelines.lexicon.korea import korea_veto, names_the_north
from sidelines.lexicon.titles import EVENT_WORDS
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words before a name that make it a place.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near"})
# Sources whose labels a line's layout settled (tables, fixtures, datelines): never relabelled.
FIXED_SOURCES = frozenset({"table", "team", "dateline"})
QUOTE_CHARS = frozenset({'"', "“", "‘", "'"})
# A wire dateline: a place in capitals at the start of a line, then a date or an agency
# ("BONN 1996-08-30", "MOSCOW, Sept 1 (Reuters) -", "ARLINGTON, Texas 1996-08-31").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})(?=(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,? "
    r"(?:\d{4}-\d\d-\d\d|\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg)\)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b))",
    re.MULTILINE,
)


def split_name_lists(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """ "Lindqvist, Okafor" in a headline: a list of people spaCy read as one name."""
    people = {text[m.start : m.end] for m in mentions if m.label == "PERSON"}
    people |= {p.split()[-1] for p in people if " " in p}
    out: list[NameMention] = []
    for m in mentions:
        surface = text[m.start : m.end]
        parts = re.split(r", | and | & ", surface)
        if len(parts) > 1 and all(p in people for p in parts):
            pos = m.start
            for part in parts:
                start = text.index(part, pos)
                out.append(NameMention(start, start + len(part), "PERSON", m.i, m.j, source="list", in_caps=m.in_caps))
                pos = start + len(part)
            continue
        out.append(m)
    return out


def split_hyphenated_demonyms(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """ "Swedish-Nigerian" becomes two NORP mentions, one per demonym."""
    out: list[NameMention] = []
    for m in mentions:
        surface = text[m.start : m.end]
        if "-" in surface and m.label in {"NORP", "ORG", "GPE"}:
            parts = surface.split("-")
            found = [countries.country_by_demonym(p) for p in parts]
            if len(parts) >= 2 and all(found):
                pos = m.start
                for part, country in zip(parts, found, strict=False):
                    assert country is not None
                    out.append(
                        NameMention(pos, pos + len(part), "NORP", m.i, m.j, country=country.iso3, source="demonym")
                    )
                    pos += len(part) + 1
                continue
        out.append(m)
    # "Swedish-Nigerian" where spaCy labelled one half or neither.
    covered = covered_tokens(out)
    words = analysis_of(parsed).texts
    for k in range(1, len(parsed) - 1):
        if words[k] != "-" or parsed[k - 1].whitespace_ or parsed[k].whitespace_:
            continue
        for side in (k - 1, k + 1):
            if side in covered:
                continue
            country = countries.country_by_demonym(parsed[side].text)
            if country is not None and countries.country_by_demonym(parsed[2 * k - side].text) is not None:
                tok = parsed[side]
                out.append(
                    NameMention(
                        tok.idx, tok.idx + len(tok.text), "NORP", side, side + 1, country=country.iso3, source="demonym"
                    )
                )
                covered.add(side)
    return out


def apply_lexicon(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """Labels and countries from the country lexicon: names, demonyms, capitals, seats of government; a bare
    "Korea"/"Korean" of a text that names the North keeps no country (:func:`~sidelines.lexicon.korea.korea_veto`)."""
    _read_lexicon(text, mentions)
    north = names_the_north(text)
    for m in mentions:
        m.country = korea_veto(m.country, text[m.start : m.end], north)


def _read_lexicon(text: str, mentions: list[NameMention]) -> None:
    """Labels and countries the country lexicon reads from each mention's surface."""
    for m in mentions:
        surface = text[m.start : m.end]
        if m.country is not None:
            continue
        country = countries.country_by_name(surface)
        if country is not None and m.label in {"GPE", "ORG", "NORP", "LOC", "FAC"}:
            m.label, m.country = "GPE", country.iso3
            continue
        country = countries.country_by_demonym(surface)
        if country is not None and m.label in {"NORP", "ORG", "GPE", "PERSON", "LANGUAGE"}:
            if m.label != "LANGUAGE":
                m.label = "NORP"
            m.country = country.iso3
            continue
        country = countries.country_by_people_demonym(surface)
        if country is not None and m.label in {"NORP", "PERSON"}:
            m.label, m.country = "NORP", country.iso3  # "Scottish": the state, not the language
            continue
        country = countries.country_by_seat(surface)
        if country is not None:
            m.label, m.country, m.metonymic = "ORG", country.iso3, True
            continue
        country = countries.country_by_capital(surface)
        if country is not None and m.label in {"GPE", "ORG", "LOC", "FAC", "NORP"}:
            m.label, m.country = "GPE", country.iso3
            continue
        words = surface.split()
        if m.label == "ORG" and words and words[-1].lower() in EVENT_WORDS:
            m.label = "EVENT"
        if m.label in {"ORG", "EVENT", "FAC"} and len(words) > 1:
            # "Swedish Export Credit Agency", "Turkish Airlines": the organisation's country.
            # Not a title in quotes ("America's Bitter Pill") nor a possessive phrase: those name no
            # organisation's home.
            first = words[0]
            quoted = m.start > 0 and text[m.start - 1] in QUOTE_CHARS
            country = countries.country_by_people_demonym(first) or countries.country_by_name(first)
            if country is not None and not quoted and not first.endswith(("'s", "’s")):
                m.country = country.iso3


def apply_datelines(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """The place of a wire dateline is a location, whatever spaCy made of it."""
    places = []
    for match in DATELINE.finditer(text):
        span = parsed.char_span(match.start("place"), match.end("place"))
        if span is not None:
            places.append(span)
    if not places:
        return mentions
    bounds = [(p.start_char, p.end_char) for p in places]
    kept = [m for m in mentions if not overlaps(m.start, m.end, bounds)]
    for p in places:
        country = countries.country_by_name(p.text) or countries.country_by_capital(p.text)
        kept.append(
            NameMention(
                p.start_char,
                p.end_char,
                "GPE",
                p.start,
                p.end,
                country=country.iso3 if country else None,
                source="dateline",
                in_caps=True,
            )
        )
    return kept


def harmonise_labels(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """One label per name per document: the majority over its mixed-case mentions; surnames are people."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if not m.in_caps and m.country is None and m.source in {"spacy", "split", "table"}:
            votes[text[m.start : m.end]][m.label] += 1
    person_parts: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and not m.in_caps:
            words = text[m.start : m.end].split()
            if len(words) > 1 and words[-1][:1].isupper():
                person_parts.add(words[-1])
    # names the text also uses as places ("in Washington"): those stay places
    places = {text[m.start : m.end] for m in mentions if m.i > 0 and parsed[m.i - 1].lower_ in PLACE_PREPOSITIONS}
    for m in mentions:
        surface = text[m.start : m.end]
        # "Abuja" read as a person: a capital or country that is nobody's surname here is a place.
        if m.label == "PERSON" and m.j - m.i == 1 and surface not in person_parts:
            country = countries.country_by_name(surface) or countries.country_by_capital(surface)
            if country is not None:
                m.label, m.country = "GPE", country.iso3
        # "Marcus Holland ... Holland said": the surname of a person here is that person, not the country.
        if surface in person_parts and surface not in places and m.j - m.i == 1 and m.label in {"GPE", "ORG"} \
                and m.country is not None and not m.metonymic and m.source not in FIXED_SOURCES:
            m.label, m.country = "PERSON", None
            continue
        # a table's line says what its names are (teams; the venue of a fixture: teams.py)
        if m.country is not None or m.metonymic or m.source in {"table", "team"}:
            continue
        if surface in person_parts and m.label in PROPAGATED_LABELS:
            m.label = "PERSON"
            continue
        counts = votes.get(surface)
        if counts:
            label, _ = counts.most_common(1)[0]
            m.label = label
