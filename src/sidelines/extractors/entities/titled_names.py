"""People that the tagger reads as organisations because a title stands before or inside the name.

* "Kremlin spokesman Dmitry Orlov": two or three capitalised words right after a title head, none of
  them a word of an organisation's name or a title, are a person's name whatever the label;
* "Minister of Information Lai Bello", "Nominee Regina Bell", "Nurse Ana Ruiz" read as one organisation:
  title words ending in a head (or one occupation noun), maybe "of" or "for" and the office's domain
  ("Information", "Foreign Affairs"), then two or three such words: the words after the title are the
  person (the title is read by the role reader);
* "Senior Advisor for Africa Karen Holt", with "Africa Karen Holt" read as one organisation: after a title
  head and "for" or "of", an office's domain or a known place, then two or three such words: the words
  after the domain are the person;
* "Parliament elected Mirela Dobre as speaker": the object of a verb that also takes "as" and a title head
  is the person given that office, when two or three capitalised name words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.title_words import posted_to
from sidelines.lexicon import countries
from sidelines.lexicon.titles import (
    COMPANY_NAME_WORDS,
    OFFICE_DOMAINS,
    ORG_WORDS,
    PORTFOLIOS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    occupations,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A person's name after a title has this many words.
NAME_TOKENS = range(2, 4)
TITLE_POS = frozenset({"NOUN", "PROPN"})
DOMAIN_PREPOSITIONS = frozenset({"of", "for"})
DOMAIN_WORDS = PORTFOLIOS | frozenset(w for d in OFFICE_DOMAINS for w in d.split())


def _name_word(tok: "Token") -> bool:
    low = tok.lower_
    return (tok.is_title and tok.is_alpha and low not in ORG_WORDS and low not in TITLE_HEADS
            and low not in TITLE_MODIFIERS)


def is_name(parsed: "Doc", text: str, i: int, j: int) -> bool:
    """Whether tokens [i, j) can be a person's name: two or three capitalised words, none a title or group word,
    not the name of a country ("Ana Ruiz", not "South Korea")."""
    if j - i not in NAME_TOKENS or not all(_name_word(t) for t in parsed[i:j]):
        return False
    return countries.country_of(text[parsed[i].idx : parsed[j - 1].idx + len(parsed[j - 1].text)]) is None


def _after_title(parsed: "Doc", m: NameMention) -> bool:
    k = m.i - 1
    return k >= 0 and parsed[k].lower_ in TITLE_HEADS and parsed[k].pos_ in TITLE_POS


def _chosen_as_title(parsed: "Doc", m: NameMention) -> bool:
    """Whether the mention is the object of a verb whose "as" phrase is a title ("elected X as speaker")."""
    root = max(parsed[m.i : m.j], key=lambda t: t.head.i < m.i or t.head.i >= m.j)
    if root.dep_ not in ("dobj", "obj"):
        return False
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i >= m.j:
            if any(c.dep_ == "pobj" and c.lower_ in TITLE_HEADS for c in prep.children):
                return True
    return False


def _name_after_office(parsed: "Doc", m: NameMention) -> int | None:
    """Where the person starts in "Minister of Information Lai Bello", "Nominee Regina Bell" or "Nurse Ana Ruiz"."""
    k = m.i
    while k < m.j and parsed[k].lower_ in TITLE_MODIFIERS and parsed[k].lower_ not in TITLE_HEADS:
        k += 1
    if k < m.j and k == m.i and parsed[k].lower_ in occupations():
        return k + 1  # an occupation alone before the name ("Nurse Ana Ruiz"); the caller checks the name
    if k >= m.j or parsed[k].lower_ not in TITLE_HEADS:
        return None
    k += 1
    while k < m.j and parsed[k].lower_ in TITLE_HEADS:
        k += 1
    if k < m.j and parsed[k].lower_ in DOMAIN_PREPOSITIONS:
        start = k + 1
        k = start
        while k < m.j and parsed[k].lower_ in DOMAIN_WORDS | {"the"}:
            k += 1
        return k if k > start else None
    return k


def _is_domain(parsed: "Doc", text: str, i: int, j: int) -> bool:
    """Whether tokens [i, j) are an office's domain ("Police", "Foreign Affairs") or a known place ("Africa")."""
    words = parsed[i:j]
    if j <= i or not all(t.is_title and t.is_alpha for t in words):
        return False
    if all(t.lower_ in DOMAIN_WORDS for t in words):
        return True
    from sidelines.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(text[words[0].idx : words[-1].idx + len(words[-1].text)]))


def _company_word(parsed: "Doc", i: int, j: int) -> bool:
    """Whether tokens [i, j) hold a word of a company's name after a place ("Kenya Power", "Tokyo Electric"):
    a common noun's or adjective's sense, not a name's."""
    return any(t.lower_ in ORG_WORDS or t.lower_ in COMPANY_NAME_WORDS for t in parsed[i:j])


def _name_after_domain(parsed: "Doc", text: str, m: NameMention) -> int | None:
    """Where the person starts in an organisation "Africa Karen Holt" after "Senior Advisor for", or
    "Netherlands Dale Holt" after an envoy's "Ambassador to the"."""
    k = m.i - 1
    if k < 1:
        return None
    if not posted_to(parsed, m.i) and (  # "Ambassador to [the] Netherlands Dale Holt"
            parsed[k].lower_ not in DOMAIN_PREPOSITIONS or parsed[k - 1].lower_ not in TITLE_HEADS):
        return None
    for size in NAME_TOKENS:  # the shorter name first: "Middle East Karen Holt"
        start = m.j - size
        if (start > m.i and is_name(parsed, text, start, m.j) and _is_domain(parsed, text, m.i, start)
                and not _company_word(parsed, m.i, m.j)):
            return start
    return None


def people_after_titles(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Organisation mentions that are a person named after a title, made people (see the module doc)."""
    out: list[NameMention] = []
    for m in mentions:
        if m.label != "ORG" or m.source != "spacy":
            out.append(m)
            continue
        if (_after_title(parsed, m) or _chosen_as_title(parsed, m)) and is_name(parsed, text, m.i, m.j):
            m.label = "PERSON"
            out.append(m)
            continue
        k = _name_after_office(parsed, m)
        if k is None or not is_name(parsed, text, k, m.j):
            k = _name_after_domain(parsed, text, m)
        if k is not None and is_name(parsed, text, k, m.j):
            out.append(NameMention(parsed[k].idx, m.end, "PERSON", k, m.j, source="title"))
            continue
        out.append(m)
    return out
