"""Countries of people named after a country's office set before them: "Zambia's president, Levy X rejected ...".

News often opens a sentence with the office and its country, then the holder's name ("Zambia's president,
Levy X, rejected ..."). Where the parser reads that apposition, the entities extractor gives the person the
country; where it does not (a missing second comma: "Malawi's president, Dr X opened"), this fills it from
the written pattern: a country's name (also a misspelt one) with "'s" opening a clause, a country's office (the
titles lexicon's national offices, a monarch's or a military rank), a comma, at most two honorifics, then the
person's name. Only a country named as such counts: a capital or a club's city ("Real Madrid's president") does
not, nor a country inside a clause ("after talks with Egypt's president, Senator X said"), whose office holder is
someone else than the name that follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.actors.countries import misspelt_country
from sidelines.extractors.actors.offices import EXTRA_OFFICES, MILITARY_RANKS, TITLE_QUALIFIERS
from sidelines.extractors.explain import decide
from sidelines.lexicon.countries import country_by_name
from sidelines.lexicon.titles import NATIONAL_OFFICES

if TYPE_CHECKING:
    from sidelines.model.document import Document

# "'s" + an office of up to four words + a comma + up to two capitalised honorifics, ending where the name starts.
PREPOSED = re.compile(r"['’]s\s+((?:[A-Za-z.-]+\s+){0,3}[A-Za-z.-]+),\s+((?:[A-Z][a-z]+\.?\s+){0,2})$")
# How far before a name the pattern is looked for.
WINDOW = 80
RULE = "a country's office set before the name ('Malawi's president, Dr X')"


def _is_office(title: str) -> bool:
    words = [w for w in title.lower().split() if w.strip(".") not in TITLE_QUALIFIERS]
    office = " ".join(words)
    return bool(words) and (office in NATIONAL_OFFICES or office in EXTRA_OFFICES or office in MILITARY_RANKS)


def _clause_start(text: str, start: int) -> bool:
    """Whether a mention opens its clause: text start, after a sentence end, a comma, a quote or a line break."""
    before = text[max(0, start - 3):start].rstrip(" ")
    return not before or before[-1] in ".!?,;:\n\"“”'‘"


def _country_ends(doc: "Document") -> dict[int, str]:
    """End offset of each clause-opening mention of a country named as such (also misspelt) -> its ISO3."""
    out: dict[int, str] = {}
    for ent in doc.layer("entities"):
        named = country_by_name(ent.name)
        if ent.country is None or ent.country not in (named and named.iso3, misspelt_country(ent.name)):
            continue
        for m in ent.mentions:
            if _clause_start(doc.text, m.start):
                out.setdefault(m.end, ent.country)
    return out


def fill_preposed_office_countries(doc: "Document") -> None:
    """People with no country named right after "<Country>'s <office>," take that country."""
    people = [e for e in doc.layer("entities") if e.type == "PERSON" and e.country is None]
    if not people:
        return
    ends: dict[int, str] | None = None
    for person in people:
        for m in person.mentions:
            if m.kind != "name":
                continue
            start = max(0, m.start - WINDOW)
            hit = PREPOSED.search(doc.text, start, m.start)
            if hit is None or not _is_office(hit.group(1)):
                continue
            ends = _country_ends(doc) if ends is None else ends
            country = ends.get(hit.start())
            if country is not None:
                person.country = country
                decide(person, "country", "actors", RULE)
                break
