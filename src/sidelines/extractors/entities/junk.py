"""Names that are no person or organisation: letters, generation labels, towns read as people, headline runs.

* a name of one letter ("Z." from "Gen Z") or a generation label ("Gen Z", lexicon GENERATION_LABELS);
* a named storm ("Hurricane Katrina"): weather, no actor; a person's name that runs on past a
  possessive ("Dave Leep's Atlas") is cut to the owner ("Dave Leep");
* a name written all in lower case ("rookie running" from "rookie running back X"): names are
  capitalised (a lower-case group of nouns, "police", stays: it may be a side or a speaker);
* a news outlet read as a PERSON ("told the Gazette", "told Politico") is an organisation, and a common
  given name after a relation and a comma ("his wife, Elena,") is a person whatever its label;
* a one-word PERSON after "in", "from", ", of" or an office's "of" that the gazetteer knows as a place and
  no other person's name contains ("Jane Roe, 98, of Mamaroneck", "the mayor of Valencia");
* a name made only of title words ("Founder", "Associate Director"): a PERSON so named, unless a longer person's
  name holds its words ("Baker" after "Anna Baker"), and any name so made right before a person's name,
  where it is that person's title ("Assistant Sheriff Dale Norton", with "Sheriff" found again elsewhere);
* a PERSON in a title-case headline that the body never writes ("Karin Holm Slams Tomas Berg") is cut
  into the body's names it holds ("Karin Holm", "Tomas Berg"); the headline's verbs go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.lexicon.pronouns import GIVEN_NAMES
from sidelines.lexicon.titles import (
    COMPOUND_TITLES,
    GENERATION_LABELS,
    PORTFOLIOS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Labels of proper names, which English capitalises.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# A text with fewer capitals than this share of its letters is written in lower case: keep its names.
MIN_UPPER_SHARE = 0.01
# Parts of speech of a lower-case group named by spaCy ("police", "state media").
GROUP_POS = frozenset({"NOUN", "ADJ", "PROPN", "DET"})
# First words of a named storm.
STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "superstorm", "tropical storm", "tropical depression"})
POSSESSIVES = frozenset({"'s", "’s"})
# Words before a town that a person's name never follows in that role.
PLACE_PREPOSITIONS = frozenset({"in", "from"})


def _is_place(name: str) -> bool:
    from sidelines.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(name))


def _is_cased(text: str) -> bool:
    """Whether a text capitalises as English does (not one written all in lower case)."""
    letters = sum(map(str.isalpha, text))
    return letters > 0 and sum(map(str.isupper, text)) >= MIN_UPPER_SHARE * letters


def _lower_case_junk(parsed: "Doc", m: NameMention, surface: str) -> bool:
    """A name in lower case that is a person or holds a word no common noun phrase of a group has."""
    if m.label not in NAME_LABELS or any(ch.isupper() or ch.isdigit() for ch in surface):
        return False
    return m.label == "PERSON" or any(t.pos_ not in GROUP_POS for t in parsed[m.i : m.j])


def _is_title_run(parsed: "Doc", m: NameMention) -> bool:
    """Whether every word of a name is a title word of the lexicon ("Associate Director", "Sheriff", "Sen."); the
    derived occupations do not count, as they name outlets and firms too ("Politico")."""
    words = [t.lower_ for t in parsed[m.i : m.j] if not t.is_punct]
    if not words:
        return False
    if " ".join(words) in COMPOUND_TITLES:
        return True
    return all(w in TITLE_HEADS or w in TITLE_MODIFIERS or w in PORTFOLIOS or w in TITLE_ABBREVIATIONS
               for w in words)


def _title_only(parsed: "Doc", m: NameMention, person_words: set[str], person_starts: set[int]) -> bool:
    """A title-word name that is no name: a person not part of a longer person's name, or any name of
    title words of the lexicon right before a person's name."""
    if m.label not in NAME_LABELS or not _is_title_run(parsed, m):
        return False
    return m.j in person_starts or (m.label == "PERSON" and not any(t.text in person_words for t in parsed[m.i : m.j]))


def _cut_at_possessive(parsed: "Doc", m: NameMention) -> NameMention:
    """ "Dave Leep's Atlas" as a PERSON: the person is the owner before the possessive."""
    if m.label != "PERSON":
        return m
    cut = next((k for k in range(m.i + 1, m.j - 1) if parsed[k].lower_ in POSSESSIVES), None)
    if cut is None:
        return m
    last = parsed[cut - 1]
    return NameMention(m.start, last.idx + len(last.text), "PERSON", m.i, cut, country=m.country, source=m.source,
                       in_caps=m.in_caps)


def _is_outlet(parsed: "Doc", m: NameMention, surface: str) -> bool:
    """ "told the Gazette", "told Politico": a news outlet read as a person (a known outlet, or one word
    that outlets end in); "Ann Herald" starts with a given name and stays a person."""
    from sidelines.content.source_chain import KNOWN_OUTLETS, OUTLET_WORDS

    first = parsed[m.i].lower_
    if first in GIVEN_NAMES:
        return False
    return surface.lower() in KNOWN_OUTLETS or (m.j - m.i == 1 and first in OUTLET_WORDS)


def _after_relation(parsed: "Doc", m: NameMention) -> bool:
    """Whether a name follows a relation or a title and a comma ("his wife, Elena")."""
    from sidelines.lexicon.titles import RELATIONS

    k = m.i - 2
    return k >= 0 and parsed[k + 1].text == "," and (parsed[k].lower_ in RELATIONS or parsed[k].lower_ in TITLE_HEADS)


def drop_junk(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Mentions without one-letter names and generation labels; towns read as people made places."""
    out = []
    cased = _is_cased(text)
    names = [m for m in mentions if m.label == "PERSON" and not _is_title_run(parsed, m)]
    person_words = {w for m in names if m.j - m.i > 1 for w in text[m.start:m.end].split()}
    person_starts = {m.i for m in names}
    for m in mentions:
        surface = text[m.start:m.end]
        if _title_only(parsed, m, person_words, person_starts):
            continue
        if sum(ch.isalpha() for ch in surface) <= 1 or surface.lower().rstrip(".") in GENERATION_LABELS:
            continue
        if cased and _lower_case_junk(parsed, m, surface):
            continue
        if m.j - m.i > 1 and parsed[m.i].is_title and (
            parsed[m.i].lower_ in STORM_WORDS or f"{parsed[m.i].lower_} {parsed[m.i + 1].lower_}" in STORM_WORDS
        ):
            continue
        m = _cut_at_possessive(parsed, m)
        if m.label == "PERSON" and surface not in person_words and _is_outlet(parsed, m, surface):
            m.label = "ORG"
        if m.label != "PERSON" and m.j - m.i == 1 and parsed[m.i].lower_ in GIVEN_NAMES and _after_relation(parsed, m):
            m.label = "PERSON"  # "his wife, Elena,": a given name after a relation is a person
        if m.label == "PERSON" and m.j - m.i == 1 and m.i > 0 and surface not in person_words:
            before = parsed[m.i - 1].lower_
            after_comma = before == "of" and m.i > 1 and parsed[m.i - 2].text == ","
            # "the mayor of Valencia": the place an office is of
            office_of = before == "of" and m.i > 1 and parsed[m.i - 2].lower_ in TITLE_HEADS
            if (before in PLACE_PREPOSITIONS or after_comma or office_of) and _is_place(surface):
                m.label = "GPE"
        out.append(m)
    return out


def split_headline_people(parsed: "Doc", text: str, mentions: list[NameMention],
                          headline: tuple[int, int] | None) -> list[NameMention]:
    """Headline PERSON runs that the body never writes, cut into the body's person names they hold."""
    if headline is None:
        return mentions
    h0, h1 = headline
    body = text[h1:].lower()  # a headline in capitals writes the body's names in capitals
    names = {text[m.start:m.end].lower() for m in mentions if m.label == "PERSON" and m.start >= h1}
    names |= {n.split()[-1] for n in names}
    out: list[NameMention] = []
    for m in mentions:
        surface = text[m.start:m.end]
        if m.label != "PERSON" or not h0 <= m.start < h1 or m.j - m.i < 2 or surface.lower() in body:
            out.append(m)
            continue
        k = m.i
        while k < m.j:
            # the longest run of tokens from k that the body uses as a person's name
            for j in range(m.j, k, -1):
                if text[parsed[k].idx:parsed[j - 1].idx + len(parsed[j - 1].text)].lower() in names:
                    out.append(NameMention(parsed[k].idx, parsed[j - 1].idx + len(parsed[j - 1].text), "PERSON",
                                           k, j, source="headline"))
                    k = j
                    break
            else:
                k += 1
    return out
