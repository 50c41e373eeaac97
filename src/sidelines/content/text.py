"""Plain-text articles: recognise headline, byline, dateline, live-blog timestamps and page furniture.

Nothing here changes ``doc.text``. What is recognised is recorded beside it:

- ``title``: the headline line, without page furniture ("Video / Updated", "EXCLUSIVE:").
- ``furniture``: spans of page furniture: headline labels, bylines, credit lines
  ("(Reporting by ...; Editing by ...)") and stand-alone date lines ("Posted: May 24, 2005").
- ``authors``: from a byline ("By Jane Doe and John Roe") or a credit line (reporters and
  writers, not editors).
- ``dateline``: "MOSCOW, Sept 1 (Reuters) -" or "ANKARA (AP) —" at the start of the body;
  its agency joins ``attributed_to``.
- ``updates``: live-blog timestamps alone on a line ("12:12", "9:30 p.m.", "09:30 BST"), each
  with the offset where its entry's text starts.
- ``published``/``updated``: from a stand-alone date line near the top, when not given.
- ``publisher``/``attributed_to``: the source chain (see :mod:`sidelines.content.source_chain`).
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from dateutil import parser as date_parser

from sidelines.content.source_chain import find_source_chain, is_outlet_name, same_outlet, site_name
from sidelines.model.document import Document
from sidelines.model.record import Span, Update

log = logging.getLogger(__name__)

# Page furniture that sites print next to a headline. Longest first, so "Live updates" wins over "Live".
FURNITURE_WORDS = (
    "breaking news", "live updates", "live blog", "fact check", "paid post", "read more", "watch live",
    "video", "videos", "photo", "photos", "pictures", "watch", "live", "updated", "update", "updates",
    "exclusive", "opinion", "breaking", "gallery", "audio", "podcast", "analysis", "explainer", "interview",
    "comment", "editorial", "infographic", "slideshow", "listen", "sponsored", "premium", "factbox",
)
FURNITURE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in FURNITURE_WORDS)
TRAILING_FURNITURE = re.compile(rf"(?P<sep>\s*[/|·•–—:-]\s*|\s+)(?P<word>(?i:{FURNITURE}))\s*$")
LEADING_FURNITURE = re.compile(rf"^(?P<word>(?i:{FURNITURE}))(?P<sep>\s*[/|·•–—:]\s*)")

# A live-blog timestamp alone on its line: "12:12", "12:12 GMT", "1:05 pm", "9:30 p.m.", "09:30 BST".
TIMESTAMP_LINE = re.compile(
    r"^[ \t]*(?P<time>(?P<h>[01]?\d|2[0-4])[:.](?P<m>[0-5]\d)"
    r"(?:\s?(?:[AaPp]\.?\s?[Mm]\.?))?(?:\s+(?:[A-Z]{2,4}|GMT[+-]\d{1,2}(?::?\d{2})?))?)[ \t]*$",
    re.MULTILINE,
)

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# A dateline opening the body: "MOSCOW, Sept 1 (Reuters) -", "OSCEOLA, Iowa —", "Mumbai, Nov 11 -".
_REGION = r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}"
_DAY = rf"(?:(?i:{MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTH})\.?)"
_AGENCY = r"\((?P<agency>[A-Z][\w .&/\-]{0,30})\)"
_DASH = r"(?:--|[-—–])(?=\s|$)"
# "ISLAMABAD [Pakistan], March 3 (ANI):": the country in brackets, and a colon after the agency.
_BRACKETED = r"(?:\s*\[[A-Z][\w .'’\-]{1,40}\])"
DATELINE_CAPS = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){{0,3}}){_BRACKETED}?(?:,\s*{_REGION})?(?:,\s*{_DAY})?"
    rf"\s*(?:{_AGENCY})?\s*(?:{_DASH}|:(?=\s))"
)
# "NEW DELHI, Jan 5 (PTI) The government ...": a place, a day and the agency, with no mark after it.
DATELINE_UNMARKED = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){{0,3}}){_BRACKETED}?(?:,\s*{_REGION})?,\s*{_DAY}"
    rf"\s*{_AGENCY}(?=\s+[A-Z])"
)
DATELINE_MIXED = re.compile(
    rf"^(?P<place>[A-Z][a-zA-Z'’.\-]+(?:\s+[A-Z][a-zA-Z'’.\-]+){{0,2}}){_BRACKETED}?(?:,\s*{_REGION})?"
    rf"(?=,\s*{_DAY}|\s*\()(?:,\s*{_DAY})?\s*(?:{_AGENCY})?\s*(?:{_DASH}|(?<=\))\s*:(?=\s))"
)

# Bylines and credit lines.
_NAME_PART = r"(?:[A-Z][a-zA-Z'’\-]+\.?|[A-Z]\.|(?:de|da|di|van|von|der|den|del|la|le|al|el|bin|ibn|du|dos|das)(?=\s))"
PERSON_NAME = re.compile(rf"{_NAME_PART}(?:\s+{_NAME_PART}){{1,4}}")
BYLINE_LINE = re.compile(r"^[ \t]*(?:By|BY)[ \t]+(?P<rest>[^\n]{3,120}?)[ \t]*$", re.MULTILINE)
BYLINE_CUT = re.compile(r"\s+(?:\||—|–|-)\s+.*$|\s*\((?:[^)]*)\)\s*$")
NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+with\s+|\s*&\s*")
IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’\- ]*$")
CREDIT = re.compile(
    r"(?:\((?P<inner>(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ww]ritten|[Cc]ompiled)"
    r"\s+by\b[^()\n]*)\)"
    r"|^[ \t]*(?P<line>(?:Additional\s+)?(?:Reporting|Writing|Editing|Written|Compiled)\s+by\b[^\n]*?)[ \t]*$)",
    re.MULTILINE,
)
# "Jane Doe with John Roe in Paris / AFP": a wire story's credit line, its writers and its agency.
AGENCY_CREDIT = re.compile(
    r"^[ \t]*(?P<names>[A-Z][^\n/]{2,100}?)[ \t]*/[ \t]*(?P<agency>[A-Z][\w.&\-]{1,20})[ \t]*$", re.MULTILINE
)
CREDIT_CLAUSE = re.compile(r"^(?P<role>(?:additional\s+)?\w+)\s+by\s+(?P<names>.+)$", re.IGNORECASE)
AUTHOR_ROLES = frozenset(("reporting", "additional reporting", "writing", "written", "compiled"))
BYLINE_NOT_NAMES = frozenset((
    "staff", "staff writer", "staff reporter", "correspondent", "special correspondent", "reporter", "editor",
    "contributor", "columnist", "news desk", "wire services", "agencies", "our correspondent",
))

# Stand-alone date lines near the top: "Posted: May 24, 2005", "11 / 30 / 09 05:40 PM ET".
DATE_IN_LINE = re.compile(
    rf"(?i:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{4}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH})\.?,?\s+\d{{4}}"
    r"|\b\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}\b"
    r"|\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b"
)
DATE_LINE_WORDS = frozenset((
    "posted", "published", "updated", "last", "first", "on", "at", "and", "modified", "date", "am", "pm", "a", "p",
    "m", "st", "nd", "rd", "th", "gmt", "utc", "et", "pt", "ct", "mt", "edt", "est", "pdt", "pst", "cdt", "cst",
    "bst", "cet", "cest", "ist", "hkt", "msk", "jst", "aest", "aedt", "kst", "sgt", "pkt", "eat", "cat", "wat",
    "sast", "wib", "trt", "gst", "ast", "akst", "hst", "mdt", "mst", "wet", "eet", "eest", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))
PLACE_PREFIX = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+(?=\d|(?i:" + MONTH + "))")
DATE_LINE_TOKEN = re.compile(r"[A-Za-z]+|\d+")
NON_SPACE = re.compile(r"\S")
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30
TOP_LINES = 4  # how many lines at the top may hold date lines, bylines and the headline


def iter_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of every non-blank line, without its line break or outer spaces."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + lead + len(stripped)))
    return out


def split_headline(line: str) -> tuple[int, int, list[tuple[int, int]]]:
    """The headline's own ``(start, end)`` within a line and the furniture pieces around it."""
    start, end = 0, len(line)
    pieces: list[tuple[int, int]] = []
    while True:  # leading labels: "EXCLUSIVE: ...", "Opinion | ..."
        m = LEADING_FURNITURE.match(line, start, end)
        if not m or len(line[m.end():end].split()) < 2:
            break
        pieces.append((start + m.start("word") - m.start(), m.end("word")))
        start = m.end()
    trailing: list[tuple[int, int, str]] = []
    head_end = end
    while True:  # trailing labels: "... Video / Updated"
        m = TRAILING_FURNITURE.search(line[start:head_end])
        if not m or len(line[start:start + m.start()].split()) < 2:
            break
        trailing.append((start + m.start("word"), start + m.end("word"), m.group("sep")))
        head_end = start + m.start()
    if trailing:
        words = [line[a:b] for a, b, _ in trailing]
        head = line[start:head_end]
        marked = trailing[-1][2].strip() != ""
        shouted = all(w.isupper() for w in words) and not head.isupper()
        if len(trailing) >= 2 or marked or shouted:
            pieces.append((trailing[-1][0], trailing[0][1]))
            end = head_end
    return start, end, pieces


def is_headline(line: str) -> bool:
    """Whether a line reads as a headline rather than the first sentence of the body."""
    words = line.split()
    if not words or len(line) > MAX_HEADLINE_CHARS or len(words) > MAX_HEADLINE_WORDS:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"):
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith(("...", "…", ".’", ".”")):
        return False
    if all(t.isdigit() or t.lower() in DATE_LINE_WORDS for t in DATE_LINE_TOKEN.findall(line)):
        return False  # a bare date such as "APR 28"
    return not (DATELINE_CAPS.match(line) or DATELINE_MIXED.match(line))


def date_line_start(line: str) -> int:
    """Where the date part of a date line starts: after a place prefix such as "Brussels, "."""
    placed = PLACE_PREFIX.match(line)
    if not placed or any(w.lower() in DATE_LINE_WORDS for w in DATE_LINE_TOKEN.findall(placed.group(0))):
        return 0  # "Saturday, April 4, 2009": the prefix is part of the date
    return placed.end()


def parse_date_line(line: str) -> tuple[str, bool] | None:
    """The ISO date of a stand-alone date line, and whether it is labelled as an update; else None."""
    if len(line) > 80:
        return None
    placed = PLACE_PREFIX.match(line)  # "Brussels, 20 March 2025"
    tokens = DATE_LINE_TOKEN.findall(line[placed.end():] if placed else line)
    if any(not tok.isdigit() and tok.lower() not in DATE_LINE_WORDS for tok in tokens):
        return None
    m = DATE_IN_LINE.search(line)
    if not m:
        return None
    raw = re.sub(r"\s*([/-])\s*", r"\1", m.group(0))
    try:
        when = date_parser.parse(raw, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if when.year < 1950 or when.year > 2100:
        return None
    return when.date().isoformat(), "updat" in line.lower()


def person_names(raw: str) -> list[str] | None:
    """Split "Jane Doe and John Roe" into names; None when a part is no person's name."""
    names: list[str] = []
    for part in NAME_SPLIT.split(raw.strip()):
        part = IN_PLACE.sub("", part.strip().rstrip(".;,"))
        if not part or part.lower() in BYLINE_NOT_NAMES or is_outlet_name(part):
            continue
        if part.isupper():
            part = part.title()
        if not PERSON_NAME.fullmatch(part):
            return None
        names.append(part)
    return names


def find_bylines(text: str) -> list[tuple[Span, list[str], list[str]]]:
    """Byline lines: their span, the authors' names and any agencies named in them."""
    out: list[tuple[Span, list[str], list[str]]] = []
    for m in BYLINE_LINE.finditer(text):
        rest = BYLINE_CUT.sub("", m.group("rest"))
        agencies = [p.strip() for p in NAME_SPLIT.split(rest) if is_outlet_name(p.strip())]
        names = person_names(rest)
        if names:
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            out.append((Span.of(text, m.start() + lead, m.end()), names, agencies))
    return out


def find_credits(text: str) -> list[tuple[Span, list[str]]]:
    """Credit lines such as "(Reporting by Jane Doe; Editing by John Roe)": span and the reporters/writers."""
    out: list[tuple[Span, list[str]]] = []
    for m in CREDIT.finditer(text):
        body = m.group("inner") or m.group("line")
        authors: list[str] = []
        for clause in body.split(";"):
            cm = CREDIT_CLAUSE.match(clause.strip())
            if cm and cm.group("role").lower() in AUTHOR_ROLES:
                authors.extend(person_names(cm.group("names")) or [])
        start, end = (m.start(), m.end()) if m.group("inner") else (m.start("line"), m.end("line"))
        out.append((Span.of(text, start, end), authors))
    return out


def find_agency_credits(text: str) -> list[tuple[Span, list[str], list[str]]]:
    """ "Jane Doe with John Roe in Paris / AFP" lines: their span, the writers and the agency."""
    out: list[tuple[Span, list[str], list[str]]] = []
    for m in AGENCY_CREDIT.finditer(text):
        agency = m.group("agency")
        names = person_names(m.group("names")) if is_outlet_name(agency) else None
        if names:
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            out.append((Span.of(text, m.start() + lead, m.end()), names, [agency]))
    return out


def find_updates(text: str) -> list[Update]:
    """Live-blog timestamps alone on a line, each with the offset where its entry's text starts."""
    updates: list[Update] = []
    for m in TIMESTAMP_LINE.finditer(text):
        nxt = NON_SPACE.search(text, m.end())
        if nxt is None:
            continue
        updates.append(Update(time=m.group("time"), start=nxt.start()))
    return updates


def find_dateline(text: str, start: int, end: int) -> tuple[Span, str | None] | None:
    """A dateline at the start of the body line ``text[start:end]``, with its agency."""
    line = text[start:end]
    m = DATELINE_CAPS.match(line) or DATELINE_MIXED.match(line) or DATELINE_UNMARKED.match(line)
    if not m:
        return None
    place = " ".join(m.group("place").lower().split())
    rest = line[m.end():].strip()
    if place in {"the", "a", "an"} or place in FURNITURE_WORDS:
        return None
    if rest and any(c.isalpha() for c in rest) and rest.upper() == rest:
        return None  # "SOCCER - JAPAN WIN": a sports-desk headline, not a dateline
    return Span.of(text, start, start + m.end()), m.group("agency")


def read_page_top(doc: Document, lines: list[tuple[int, int]], byline_starts: set[int]) -> tuple[list[Span], int]:
    """Read the first lines (date lines, bylines, the headline) into ``doc``.

    Returns:
        The furniture spans found there, and the index in ``lines`` of the first body line.
    """
    text = doc.text
    furniture: list[Span] = []
    dates: list[tuple[str, bool]] = []
    body_index = 0
    headline_seen = False
    for i, (a, b) in enumerate(lines[:TOP_LINES]):
        line = text[a:b]
        parsed = parse_date_line(line)
        if parsed:
            dates.append(parsed)
            furniture.append(Span.of(text, a + date_line_start(line), b))  # a place prefix is no furniture
            body_index = i + 1
            continue
        if a in byline_starts:
            body_index = i + 1
            continue
        if headline_seen or i + 1 >= len(lines):
            break
        h_start, h_end, pieces = split_headline(line)
        title = line[h_start:h_end].strip(" \t-–—|/:")
        if doc.title is None and is_headline(title):
            doc.title = title
        elif not (doc.title and title.lower().rstrip(".") == doc.title.lower().rstrip(".")):
            break
        furniture.extend(Span.of(text, a + s, a + e) for s, e in pieces)
        headline_seen = True
        body_index = i + 1
    if not dates:
        # "Headline / a deck or summary line / Feb. 4, 2009": a date line further down the top lines still dates the
        # page (it stays body text; only the day is read).
        dates = [parsed for a, b in lines[body_index:TOP_LINES] if (parsed := parse_date_line(text[a:b]))][:1]
    if dates:
        doc.published = doc.published or dates[0][0]
        stamped = [d for d, is_update in dates if is_update and d != doc.published]
        if stamped and not doc.updated:
            doc.updated = stamped[-1]
    return furniture, body_index


def headline_span(doc: Document) -> tuple[int, int] | None:
    """Where the headline (``doc.title``) stands among the first lines of the text, if it does."""
    if not doc.title:
        return None
    want = doc.title.lower().rstrip(".")
    for a, b in iter_lines(doc.text)[:TOP_LINES]:
        if want in doc.text[a:b].lower():
            return a, b
    return None


def _title_with_period(line: str) -> bool:
    """Whether a line reads as a headline but for the period that ends it ("Mayor quits over ferry.")."""
    line = line.strip()
    return line.endswith(".") and ". " not in line and is_headline(line[:-1])


def annotate_plain_text(doc: Document) -> Document:
    """Fill the document's metadata from its own text, leaving the text unchanged (safe to run twice)."""
    text = doc.text
    lines = iter_lines(text)
    bylines = find_bylines(text)
    furniture, body_index = read_page_top(doc, lines, {span.start for span, _, _ in bylines})
    agencies: list[str] = []
    if body_index < len(lines) and doc.dateline is None:
        found = find_dateline(text, *lines[body_index])
        if not found and body_index + 1 < len(lines) and _title_with_period(text[slice(*lines[body_index])]):
            # "Mayor quits over ferry.\n\nBERGEN (AFP) - ...": a headline written as a sentence is not
            # taken for the title, but the dateline under it still opens the body.
            found = find_dateline(text, *lines[body_index + 1])
        if found:
            doc.dateline, agency = found
            if agency:
                agencies.append(agency.strip())
    for span, names, named_agencies in bylines + find_agency_credits(text):
        furniture.append(span)
        doc.authors = doc.authors or list(names)
        agencies.extend(named_agencies)
    for span, names in find_credits(text):
        furniture.append(span)
        doc.authors = doc.authors or names
    doc.updates = doc.updates or find_updates(text)
    unique = {(f.start, f.end): f for f in doc.furniture + furniture}
    doc.furniture = [unique[k] for k in sorted(unique)]

    chain = find_source_chain(text, doc.publisher)
    doc.publisher = doc.publisher or chain.publisher or site_name(doc.url)
    for source in agencies + chain.attributed_to:
        if not same_outlet(source, doc.publisher) and not any(same_outlet(source, s) for s in doc.attributed_to):
            doc.attributed_to.append(source)
    return doc
