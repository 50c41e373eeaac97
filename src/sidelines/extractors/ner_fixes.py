"""Name mentions: spaCy's entities corrected where the small model is systematically wrong in news.

The corrections are general rules, each a small function over a list of :class:`NameMention`:
titles and portfolios glued to names, organisations that swallowed a first name, parenthesised
acronyms, hyphenated demonyms, page furniture, all-capital headlines, labels from the country
lexicon, and one label per name per document (with the name found again where spaCy missed it).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IS_TITLE, IS_UPPER, LOWER
from spacy.strings import hash_string

from sidelines.lexicon import countries
from sidelines.lexicon.pronouns import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from sidelines.lexicon.titles import (
    EVENT_WORDS,
    HONORIFICS,
    NEVER_NAMES,
    ORG_WORDS,
    PORTFOLIOS,
    TITLE_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document

# spaCy labels that are entities in the record; numbers, dates and amounts are not.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)
# Labels a name keeps when it is found again elsewhere in the document.
PROPAGATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
GIVEN_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# Labels whose names do not end in a number: "J. Smith 63" in a scorecard is "J. Smith".
NUMBERLESS_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
# Page furniture glued to the end of a headline name ("Middle East Video / Updated").
FURNITURE_WORDS = frozenset({"video", "photo", "photos", "updated", "gallery", "live", "watch", "/", "|"})
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
QUOTE_CHARS = frozenset({'"', "“", "‘", "'"})
LEADING_DETERMINERS = frozenset({"the"})
TRAILING_PUNCT = frozenset({"(", "-", "—", "–", "/", ",", ":", ";", '"', "“", "”", "'"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
# Results and standings tables of sports pages: the names in them are teams (organisations).
_TEAM = r"[A-Z][\w'.&-]*(?: (?:[A-Z][\w'.&-]*|de|of|and|la|le|van|von|upon|on))*"
_TEAM_TAG = r"(?: \([A-Z][a-z]*\))?"
SCORE_LINE = re.compile(rf"^(?P<a>{_TEAM}){_TEAM_TAG} \d+ (?P<b>{_TEAM}){_TEAM_TAG} \d+(?: \(.*\))?$")
STANDINGS_LINE = re.compile(rf"^(?:\d+\. )?(?P<a>{_TEAM}){_TEAM_TAG}(?: (?:\d+(?:\.\d+)?|\.\d+|-|1/2)){{3,}}$")
FIXTURE_LINE = re.compile(rf"^(?P<a>{_TEAM}) (?:AT|at|v|vs\.?) (?P<b>{_TEAM})$")
# A wire dateline: a place in capitals at the start of a line, then a date or an agency
# ("BONN 1996-08-30", "MOSCOW, Sept 1 (Reuters) -", "ARLINGTON, Texas 1996-08-31").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})(?=(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,? "
    r"(?:\d{4}-\d\d-\d\d|\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg)\)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b))",
    re.MULTILINE,
)
# The longest name looked for inside a longer one, in tokens.
MAX_NESTED_TOKENS = 4
# A line is a headline in capitals when nearly all of its letters are upper case.
CAPS_RATIO = 0.9
CAPS_MIN_LETTERS = 8


@dataclass
class NameMention:
    """A named mention before grouping: char span, token span, label and what the lexicon says of it."""

    start: int
    end: int
    label: str
    i: int
    j: int
    country: str | None = None
    metonymic: bool = False
    alias_of: "NameMention | None" = None
    source: str = "spacy"
    in_caps: bool = False
    words: list[str] = field(default_factory=list)


def caps_line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines written in capitals (wire headlines, datelines)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        # cheap test first: a capitals line changes little when upper-cased
        if line and sum(a != b for a, b in zip(line, line.upper())) <= len(line) * (1 - CAPS_RATIO):
            letters = [c for c in line if c.isalpha()]
            if len(letters) >= CAPS_MIN_LETTERS and sum(c.isupper() for c in letters) >= CAPS_RATIO * len(letters):
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def token_positions(parsed: "Doc", words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``words`` (one vectorised pass)."""
    if len(parsed) == 0:
        return []
    lower = parsed.to_array([LOWER]).reshape(-1)
    wanted = np.array([hash_string(w) for w in words], dtype=lower.dtype)
    return [int(k) for k in np.nonzero(np.isin(lower, wanted))[0]]


def capitalised_positions(parsed: "Doc") -> list[int]:
    """Indices of the tokens in title case or in capitals."""
    if len(parsed) == 0:
        return []
    flags = parsed.to_array([IS_TITLE, IS_UPPER])
    return [int(k) for k in np.nonzero(flags.any(axis=1))[0]]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_title_token(tok: "Token") -> bool:
    low = tok.lower_
    return low in TITLE_HEADS or low in PORTFOLIOS or low in HONORIFICS


def _trim(parsed: "Doc", i: int, j: int, label: str) -> tuple[int, int]:
    """Drop determiners, titles (for people), possessives and stray punctuation at the span's edges."""
    while i < j and parsed[i].lower_ in LEADING_DETERMINERS:
        i += 1
    if label == "PERSON":
        while j - i > 1 and _is_title_token(parsed[i]):
            i += 1
    while j > i and (
        parsed[j - 1].lower_ in FURNITURE_WORDS
        or parsed[j - 1].text in POSSESSIVE_TOKENS or parsed[j - 1].text in TRAILING_PUNCT
        or (j - i > 1 and label in NUMBERLESS_LABELS and any(c.isdigit() for c in parsed[j - 1].text))
        or (j - i > 1 and label == "PERSON" and parsed[j - 1].is_lower)
    ):
        j -= 1
    while i < j and parsed[i].text in TRAILING_PUNCT:
        i += 1
    return i, j


def _make(parsed: "Doc", text: str, i: int, j: int, label: str, source: str = "spacy") -> NameMention | None:
    """A mention of tokens [i, j), without a possessive glued to its last token."""
    if j <= i:
        return None
    start, end = parsed[i].idx, parsed[j - 1].idx + len(parsed[j - 1].text)
    surface = text[start:end]
    # A possessive glued inside the last token ("Türkiye’s" when spaCy keeps it whole).
    for suffix in ("’s", "'s"):
        if surface.endswith(suffix) and end - start > len(suffix) + 1:
            end -= len(suffix)
            break
    return NameMention(start, end, label, i, j, source=source)


def spacy_mentions(parsed: "Doc", text: str, furniture: list[tuple[int, int]]) -> list[NameMention]:
    """spaCy's entities of the record's types, trimmed, split where two names are glued together."""
    out: list[NameMention] = []
    n = len(parsed)
    for ent in parsed.ents:
        label = ent.label_
        if label not in ENTITY_LABELS:
            continue
        if _overlaps(ent.start_char, ent.end_char, furniture):
            continue
        i, j = ent.start, ent.end
        # "the European Free Trade Association (EFTA": the acronym is read separately below.
        for k in range(i, j):
            if parsed[k].text == "(":
                j = k
                break
        # A name never runs across a line break (headline, byline and dateline lines).
        for k in range(i, j):
            if "\n" in parsed[k].text or "\n" in parsed[k].whitespace_:
                j = k + 1 if "\n" in parsed[k].whitespace_ else k
                break
        i, j = _trim(parsed, i, j, label)
        if j <= i:
            continue
        # "Trend" + ".Az": a web domain is one name.
        if label == "ORG" and j + 1 < n and parsed[j].text == "." and not parsed[j - 1].whitespace_ \
                and not parsed[j].whitespace_ and parsed[j + 1].is_alpha and len(parsed[j + 1].text) <= 4:
            j += 2
        # "Energy Minister X": a portfolio right before a title is part of the title, not an ORG.
        if all(parsed[k].lower_ in PORTFOLIOS for k in range(i, j)) and (
            (j < n and parsed[j].lower_ in TITLE_HEADS)
            or (i >= 2 and parsed[i - 1].lower_ == "of" and parsed[i - 2].lower_ in TITLE_HEADS)
        ):
            continue
        # "the Federal Agency for ... Safety Oleg" + "Orlov": an organisation swallowed a first name.
        if (
            label in {"ORG", "FAC", "GPE"} and j - i >= 3 and j < n and parsed[j].pos_ == "PROPN"
            and parsed[j].ent_iob_ == "O" and parsed[j].is_title and parsed[j - 1].is_title
            and parsed[j - 1].whitespace_ and parsed[j].lower_ not in TITLE_HEADS
        ):
            k = j
            while k < n and parsed[k].pos_ == "PROPN" and parsed[k].ent_iob_ == "O" and parsed[k].is_title:
                k += 1
            org = _make(parsed, text, i, j - 1, label)
            person = _make(parsed, text, j - 1, k, "PERSON", "split")
            for m in (org, person):
                if m is not None:
                    out.append(m)
            continue
        # "... Nuclear Safety Mikhail Orlov" read as one organisation: a given name starts a person.
        if label == "ORG" and j - i >= 4 and parsed[j - 2].lower_ in GIVEN_NAMES and parsed[j - 2].is_title \
                and parsed[j - 1].is_title:
            for m in (_make(parsed, text, i, j - 2, label), _make(parsed, text, j - 2, j, "PERSON", "split")):
                if m is not None:
                    out.append(m)
            continue
        # "Maria Costa" read as an organisation: a common given name and a surname make a person.
        if label == "ORG" and 2 <= j - i <= 3 and parsed[i].lower_ in GIVEN_NAMES \
                and all(parsed[k].is_title and parsed[k].lower_ not in ORG_WORDS for k in range(i, j)):
            label = "PERSON"
        mention = _make(parsed, text, i, j, label)
        if mention is None or text[mention.start:mention.end].lower() in NEVER_NAMES:
            continue
        out.append(mention)
    return out


def add_people_after_offices(parsed: "Doc", mentions: list[NameMention]) -> None:
    """"head of the Export Credit Agency Per Dahl": the capitalised words after the office's name are a person."""
    covered = _covered_tokens(mentions)
    n = len(parsed)
    for m in list(mentions):
        if m.label not in {"ORG", "GPE"}:
            continue
        k = m.i - 1
        if k >= 0 and parsed[k].lower_ == "the":
            k -= 1
        if k < 1 or parsed[k].lower_ != "of" or parsed[k - 1].lower_ not in TITLE_HEADS:
            continue
        j = m.j
        while j < n and j not in covered and parsed[j].is_title and parsed[j].is_alpha \
                and parsed[j].lower_ not in TITLE_HEADS:
            j += 1
        if j - m.j >= 2:
            mentions.append(NameMention(parsed[m.j].idx, parsed[j - 1].idx + len(parsed[j - 1].text), "PERSON",
                                        m.j, j, source="office"))
            covered.update(range(m.j, j))


def split_name_lists(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """"Lindqvist, Okafor" in a headline: a list of people spaCy read as one name."""
    people = {text[m.start:m.end] for m in mentions if m.label == "PERSON"}
    people |= {p.split()[-1] for p in people if " " in p}
    out: list[NameMention] = []
    for m in mentions:
        surface = text[m.start:m.end]
        parts = re.split(r", | and | & ", surface)
        if len(parts) > 1 and all(p in people for p in parts):
            pos = m.start
            for part in parts:
                start = text.index(part, pos)
                out.append(NameMention(start, start + len(part), "PERSON", m.i, m.j, source="list",
                                       in_caps=m.in_caps))
                pos = start + len(part)
            continue
        out.append(m)
    return out


def split_hyphenated_demonyms(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """"Swedish-Nigerian" becomes two NORP mentions, one per demonym."""
    out: list[NameMention] = []
    for m in mentions:
        surface = text[m.start:m.end]
        if "-" in surface and m.label in {"NORP", "ORG", "GPE"}:
            parts = surface.split("-")
            found = [countries.country_by_demonym(p) for p in parts]
            if len(parts) >= 2 and all(found):
                pos = m.start
                for part, country in zip(parts, found):
                    assert country is not None
                    out.append(NameMention(pos, pos + len(part), "NORP", m.i, m.j, country=country.iso3,
                                           source="demonym"))
                    pos += len(part) + 1
                continue
        out.append(m)
    # "Swedish-Nigerian" where spaCy labelled one half or neither.
    covered = _covered_tokens(out)
    for k in range(1, len(parsed) - 1):
        if parsed[k].text != "-" or parsed[k - 1].whitespace_ or parsed[k].whitespace_:
            continue
        for side in (k - 1, k + 1):
            if side in covered:
                continue
            country = countries.country_by_demonym(parsed[side].text)
            if country is not None and countries.country_by_demonym(parsed[2 * k - side].text) is not None:
                tok = parsed[side]
                out.append(NameMention(tok.idx, tok.idx + len(tok.text), "NORP", side, side + 1,
                                       country=country.iso3, source="demonym"))
                covered.add(side)
    return out


def add_acronyms(parsed: "Doc", mentions: list[NameMention]) -> list[NameMention]:
    """"European Free Trade Association (EFTA)": the acronym becomes an alias mention of the name."""
    out = list(mentions)
    n = len(parsed)
    taken = {(m.start, m.end) for m in mentions}
    for m in mentions:
        if m.label not in {"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "NORP"}:
            continue
        k = m.j
        # skip a possessive or nothing between the name and the bracket
        if k + 2 < n and parsed[k].text == "(" and parsed[k + 2].text == ")" and ACRONYM.match(parsed[k + 1].text):
            tok = parsed[k + 1]
            span = (tok.idx, tok.idx + len(tok.text))
            if span not in taken:
                out.append(NameMention(span[0], span[1], m.label, k + 1, k + 2, alias_of=m, source="acronym"))
                taken.add(span)
    return out


def apply_lexicon(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """Labels and countries from the country lexicon: names, demonyms, capitals, seats of government."""
    for m in mentions:
        surface = text[m.start:m.end]
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
            # Not a title in quotes ("America's Bitter Pill") nor a possessive phrase: those name no organisation's home.
            first = words[0]
            quoted = m.start > 0 and text[m.start - 1] in QUOTE_CHARS
            country = countries.country_by_demonym(first) or countries.country_by_name(first)
            if country is not None and not quoted and not first.endswith(("'s", "’s")):
                m.country = country.iso3


def apply_tables(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Names in lines of sports results and standings ("Wigan 42 Bradford Bulls 36") are teams."""
    teams: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line[:1].isupper() and any(c.isdigit() or c == " " for c in line):
            for regex in (SCORE_LINE, STANDINGS_LINE, FIXTURE_LINE):
                match = regex.match(line)
                if match:
                    for group in ("a", "b"):
                        if group in regex.groupindex and match.group(group):
                            teams.append((pos + match.start(group), pos + match.end(group)))
                    break
        pos += len(line) + 1
    if not teams:
        return mentions
    kept = [m for m in mentions if not _overlaps(m.start, m.end, teams)]
    for s, e in teams:
        span = parsed.char_span(s, e)
        if span is not None:
            kept.append(NameMention(s, e, "ORG", span.start, span.end, source="table"))
    return kept


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
    kept = [m for m in mentions if not _overlaps(m.start, m.end, bounds)]
    for p in places:
        country = countries.country_by_name(p.text) or countries.country_by_capital(p.text)
        kept.append(NameMention(p.start_char, p.end_char, "GPE", p.start, p.end,
                                country=country.iso3 if country else None, source="dateline", in_caps=True))
    return kept


def add_gazetteer_mentions(parsed: "Doc", text: str, mentions: list[NameMention], furniture: list[tuple[int, int]]) -> None:
    """Country names, capitals and seats of government that spaCy left unlabelled."""
    covered = _covered_tokens(mentions)
    n = len(parsed)
    for i in capitalised_positions(parsed):
        tok = parsed[i]
        if i in covered or not tok.text[:1].isalpha():
            continue
        hit = None
        for size in (3, 2, 1):
            j = i + size
            if j > n or any(k in covered or parsed[k].is_space or parsed[k].is_punct for k in range(i, j)):
                continue
            start, end = tok.idx, parsed[j - 1].idx + len(parsed[j - 1].text)
            surface = text[start:end]
            if size == 1 and len(surface) < 3 and not surface.isupper():
                continue
            country = countries.country_by_name(surface)
            label, metonymic = "GPE", False
            if country is None:
                country = countries.country_by_capital(surface)
            if country is None and size > 1:
                country = countries.country_by_seat(surface)
                label, metonymic = "ORG", True
            if country is not None and not _overlaps(start, end, furniture):
                hit = NameMention(start, end, label, i, j, country=country.iso3, metonymic=metonymic,
                                  source="gazetteer")
                break
        if hit is not None:
            mentions.append(hit)
            covered.update(range(hit.i, hit.j))


def _covered_tokens(mentions: list[NameMention]) -> set[int]:
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.i, m.j))
    return covered


def harmonise_labels(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """One label per name per document: the majority over its mixed-case mentions; surnames are people."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if not m.in_caps and m.country is None and m.source in {"spacy", "split", "table"}:
            votes[text[m.start:m.end]][m.label] += 1
    person_parts: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and not m.in_caps:
            words = text[m.start:m.end].split()
            if len(words) > 1 and words[-1][:1].isupper():
                person_parts.add(words[-1])
    for m in mentions:
        surface = text[m.start:m.end]
        # "Abuja" read as a person: a capital or country that is nobody's surname here is a place.
        if m.label == "PERSON" and m.j - m.i == 1 and surface not in person_parts:
            country = countries.country_by_name(surface) or countries.country_by_capital(surface)
            if country is not None:
                m.label, m.country = "GPE", country.iso3
        if m.country is not None or m.metonymic:
            continue
        if surface in person_parts and m.label in PROPAGATED_LABELS:
            m.label = "PERSON"
            continue
        counts = votes.get(surface)
        if counts:
            label, _ = counts.most_common(1)[0]
            m.label = label


def add_repeated_names(parsed: "Doc", text: str, mentions: list[NameMention], furniture: list[tuple[int, int]],
                       caps: list[tuple[int, int]]) -> None:
    """Find again, at token boundaries, the names of this document that spaCy missed elsewhere."""
    known: dict[str, str] = {}
    for m in mentions:
        if m.label in PROPAGATED_LABELS and not m.in_caps:
            surface = text[m.start:m.end]
            if len(surface) > 2 and surface[0].isupper():
                known.setdefault(surface, m.label)
                words = surface.split()
                if m.label == "PERSON" and len(words) > 1 and len(words[-1]) > 2 and words[-1][0].isupper():
                    known.setdefault(words[-1], "PERSON")
    if not known:
        return
    covered = _covered_tokens(mentions)
    forms: dict[str, str] = {}
    for name, label in known.items():
        forms[name] = label
        forms.setdefault(name.upper(), label)
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    for match in pattern.finditer(text):
        s, e = match.span()
        span = parsed.char_span(s, e)
        if span is None:
            continue
        i, j = span.start, span.end
        if any(k in covered for k in range(i, j)):
            continue
        surface = match.group()
        in_caps = _overlaps(s, e, caps)
        if surface.isupper() and not in_caps and not known.get(surface):
            continue
        if _overlaps(s, e, furniture):
            continue
        mentions.append(NameMention(s, e, forms[surface], i, j, source="repeat", in_caps=in_caps))
        covered.update(range(i, j))


def add_nested_names(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Names of this document met again inside a longer name ("Texas" in "University of Texas")."""
    standalone: dict[str, NameMention] = {}
    for m in mentions:
        if m.label in PROPAGATED_LABELS and not m.in_caps and m.j - m.i <= MAX_NESTED_TOKENS:
            standalone.setdefault(text[m.start:m.end], m)
    if not standalone:
        return mentions
    out = list(mentions)
    for m in mentions:
        if m.j - m.i < 2 or m.label in {"PERSON", "GPE", "LOC", "NORP"}:
            continue
        k = m.i
        while k < m.j:
            hit = None
            for size in range(min(MAX_NESTED_TOKENS, m.j - k), 0, -1):
                if size == m.j - m.i:
                    continue
                start, end = parsed[k].idx, parsed[k + size - 1].idx + len(parsed[k + size - 1].text)
                known = standalone.get(text[start:end])
                if known is not None:
                    hit = NameMention(start, end, known.label, k, k + size, country=known.country,
                                      metonymic=known.metonymic, source="nested")
                    break
            if hit is not None:
                out.append(hit)
                k = hit.j
            else:
                k += 1
    return out


def find_name_mentions(doc: "Document", parsed: "Doc") -> list[NameMention]:
    """Every named mention of the document, corrected, in text order."""
    furniture = [(f.start, f.end) for f in doc.furniture]
    text = doc.text
    caps = caps_line_spans(text)
    mentions = spacy_mentions(parsed, text, furniture)
    add_people_after_offices(parsed, mentions)
    for m in mentions:
        m.in_caps = _overlaps(m.start, m.end, caps)
    mentions = split_hyphenated_demonyms(parsed, text, mentions)
    apply_lexicon(parsed, text, mentions)
    mentions = apply_tables(parsed, text, mentions)
    mentions = apply_datelines(parsed, text, mentions)
    add_gazetteer_mentions(parsed, text, mentions, furniture)
    harmonise_labels(parsed, text, mentions)
    mentions = split_name_lists(text, mentions)
    # In a headline in capitals spaCy guesses; keep what the lexicon or the rest of the text confirms.
    mentions = [m for m in mentions if not (m.in_caps and m.source == "spacy" and m.country is None)]
    add_repeated_names(parsed, text, mentions, furniture, caps)
    mentions = add_acronyms(parsed, mentions)
    mentions = add_nested_names(parsed, text, mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions
