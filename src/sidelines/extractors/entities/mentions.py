"""Name mentions: spaCy's entities corrected where the small model is systematically wrong in news.

The corrections are general rules, each a small function over a list of :class:`NameMention`:
titles and portfolios glued to names, organisations that swallowed a first name, parenthesised
acronyms, hyphenated demonyms, page furniture, all-capital headlines, labels from the country
lexicon, and one label per name per document (with the name found again where spaCy missed it).
This module reads spaCy's entities and runs the rules in order: :mod:`corrections` fixes labels
and spans, :mod:`recall` adds the names spaCy missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.content.text import headline_span
from sidelines.extractors.entities.corrections import (
    apply_datelines,
    apply_lexicon,
    harmonise_labels,
    split_hyphenated_demonyms,
    split_name_lists,
)
from sidelines.extractors.entities.initials import add_initialled_people
from sidelines.extractors.entities.junk import drop_junk, split_headline_people
from sidelines.extractors.entities.name_shapes import join_particle_names, relabel_name_shaped_people
from sidelines.extractors.entities.names import (
    NameMention,
    caps_line_spans,
    covered_tokens,
    demonym_noun_country,
    overlaps,
)
from sidelines.extractors.entities.org_suffixes import relabel_org_endings
from sidelines.extractors.entities.plural_titled_names import complete_cut_names, people_after_plural_titles
from sidelines.extractors.entities.recall import (
    add_acronyms,
    add_coordinated_people,
    add_gazetteer_mentions,
    add_nested_names,
    add_outlet_mentions,
    add_people_after_named_domains,
    add_people_after_office_domains,
    add_people_after_offices,
    add_people_after_title_commas,
    add_people_in_apposition,
    add_repeated_names,
    extend_names_left,
)
from sidelines.extractors.entities.teams import add_athletes, add_team_modifiers, apply_tables, label_teams
from sidelines.extractors.entities.things import mark_things
from sidelines.extractors.entities.titled_names import people_after_titles
from sidelines.lexicon import countries
from sidelines.lexicon.pronouns import GIVEN_NAMES
from sidelines.lexicon.titles import (
    HONORIFICS,
    NEVER_NAMES,
    ORG_WORDS,
    PARTY_HOMES,
    PORTFOLIOS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    occupations,
)
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document

# spaCy labels that are entities in the record; numbers, dates and amounts are not.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)
# Labels whose names do not end in a number: "J. Smith 63" in a scorecard is "J. Smith".
NUMBERLESS_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
# Page furniture glued to the end of a headline name ("Middle East Video / Updated").
FURNITURE_WORDS = frozenset({"video", "photo", "photos", "updated", "gallery", "live", "watch", "/", "|"})
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# Words of a title phrase that ends in a head ("Foreign Affairs Cabinet Secretary").
TITLE_RUN_WORDS = TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIOS
LEADING_DETERMINERS = frozenset({"the"})
# Labels whose names end in a capitalised word, not in a common noun ("Farnborough airport" is "Farnborough").
TRIMMED_NOUN_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
TRAILING_PUNCT = frozenset({"(", "-", "—", "–", "/", ",", ":", ";", '"', "“", "”", "'"})


def _is_title_token(tok: "Token") -> bool:
    low = tok.lower_
    return low in TITLE_HEADS or low in PORTFOLIOS or low in HONORIFICS


def _title_follows(parsed: "Doc", j: int) -> bool:
    """Whether title words ending in a title head start at token ``j`` ("Cabinet Secretary", "Minister")."""
    k = j
    while k < len(parsed) and k - j < 4 and parsed[k].lower_ in TITLE_RUN_WORDS:
        if parsed[k].lower_ in TITLE_HEADS and not (k + 1 < len(parsed) and parsed[k + 1].lower_ in TITLE_HEADS):
            return True
        k += 1
    return False


def _is_country(text: str, parsed: "Doc", i: int, j: int) -> bool:
    """Whether tokens [i, j) name a country or its people ("Kenyan", "India")."""
    surface = text[parsed[i].idx : parsed[j - 1].idx + len(parsed[j - 1].text)]
    return countries.country_by_demonym(surface) is not None or countries.country_by_name(surface) is not None


def _hyphen_joined(parsed: "Doc", k: int) -> bool:
    """Whether token ``k`` ends a word glued by a hyphen to the one before ("Ji-woo", "Jong-un")."""
    return (k >= 2 and parsed[k - 1].text in {"-", "–"} and not parsed[k - 1].whitespace_
            and not parsed[k - 2].whitespace_ and parsed[k - 2].is_title)


def _trim(parsed: "Doc", i: int, j: int, label: str) -> tuple[int, int]:
    """Drop determiners, titles (for people), possessives and stray punctuation at the span's edges."""
    while i < j and parsed[i].lower_ in LEADING_DETERMINERS:
        i += 1
    # "Aboard Air Force One, ...": a capitalised preposition opening the sentence is no part of a name
    if j - i > 1 and parsed[i].is_sent_start and parsed[i].pos_ == "ADP" and label != "WORK_OF_ART":
        i += 1
    if label == "PERSON":
        while j - i > 1 and _is_title_token(parsed[i]):
            i += 1
        # "Comedian Rolf Tarrant said": an occupation opening its sentence and a name of three words or more
        # ("Hunter Lane" and "Hunter S. Thompson", a given name before a surname or an initial, stay)
        if (j - i > 2 and parsed[i].is_sent_start and parsed[i].lower_ in occupations()
                and not (len(parsed[i + 1].text) == 2 and parsed[i + 1].text.endswith("."))):
            i += 1
        # "Joining Cooley at the conference was ...": a participle opening the sentence is no name;
        # "Irishman Robert Dunmore": a demonym noun before a name says where the person is from
        # "Tory Ann Lee": a party word before a name says which party the person is in
        if j - i > 1 and ((parsed[i].is_sent_start and parsed[i].tag_ in PARTICIPLE_TAGS)
                          or demonym_noun_country(parsed[i].text) is not None or parsed[i].text in PARTY_HOMES):
            i += 1
    while j > i and (
        parsed[j - 1].lower_ in FURNITURE_WORDS
        or parsed[j - 1].text in POSSESSIVE_TOKENS or parsed[j - 1].text in TRAILING_PUNCT
        or (j - i > 1 and label in NUMBERLESS_LABELS and any(c.isdigit() for c in parsed[j - 1].text))
        or (j - i > 1 and label == "PERSON" and parsed[j - 1].is_lower and not _hyphen_joined(parsed, j - 1))
        # "the Kyodo news agency", "Farnborough airport": a common noun after a name is no part of it
        or (j - i > 1 and label in TRIMMED_NOUN_LABELS and parsed[j - 1].is_lower and parsed[j - 1].pos_ == "NOUN")
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
    analysis = analysis_of(parsed)
    texts, spaces, lowers = analysis.texts, analysis.spaces, analysis.lowers
    for ent in analysis.ents:
        label = ent.label_
        if label not in ENTITY_LABELS:
            continue
        if overlaps(ent.start_char, ent.end_char, furniture):
            continue
        i, j = ent.start, ent.end
        # "the European Free Trade Association (EFTA": the acronym is read separately below.
        for k in range(i, j):
            if texts[k] == "(":
                j = k
                break
        # A name never runs across a line break (headline, byline and dateline lines).
        for k in range(i, j):
            if "\n" in texts[k] or "\n" in spaces[k]:
                j = k + 1 if "\n" in spaces[k] else k
                break
        i, j = _trim(parsed, i, j, label)
        if j <= i:
            continue
        # "Trend" + ".Az": a web domain is one name.
        if label == "ORG" and j + 1 < n and parsed[j].text == "." and not parsed[j - 1].whitespace_ \
                and not parsed[j].whitespace_ and parsed[j + 1].is_alpha and len(parsed[j + 1].text) <= 4:
            j += 2
        # "Inspector General of Police X": a title phrase right before a person is the person's title.
        if label == "ORG" and parsed[i].lower_ in TITLE_HEADS and j < n and parsed[j].ent_type_ == "PERSON" \
                and any(parsed[k].lower_ == "of" for k in range(i, j)):
            continue
        # "Minister of State for External Affairs X": the office's words before a person are its title.
        if label == "ORG" and j < n and parsed[j].ent_type_ == "PERSON" and i > 0 \
                and parsed[i - 1].lower_ in {"of", "for"} \
                and all(parsed[k].lower_ in TITLE_RUN_WORDS or parsed[k].lower_ in {"of", "for"} for k in range(i, j)):
            continue
        # "Secretary of State" + "State Ana Ruiz": the office's portfolio glued to the name after it.
        if label != "PERSON" and i >= 2 and parsed[i - 1].lower_ in {"of", "for"} \
                and parsed[i - 2].lower_ in TITLE_HEADS and parsed[i].lower_ in PORTFOLIOS:
            k = i
            while k < j and (parsed[k].lower_ in PORTFOLIOS or parsed[k].lower_ in {"of", "for", "and"}):
                k += 1
            if k < j and all(parsed[t].is_title and parsed[t].pos_ == "PROPN" and parsed[t].lower_ not in ORG_WORDS
                             for t in range(k, j)):
                person = _make(parsed, text, k, j, "PERSON", "split")
                if person is not None:
                    out.append(person)
                continue
        # "Energy Minister X": a portfolio right before a title is part of the title, not an ORG.
        if all(lowers[k] in PORTFOLIOS for k in range(i, j)) and (
            (j < n and parsed[j].lower_ in TITLE_HEADS)
            or (i >= 2 and parsed[i - 1].lower_ == "of" and parsed[i - 2].lower_ in TITLE_HEADS)
        ):
            continue
        # "Kenyan Foreign Affairs" + "Cabinet Secretary X": the portfolio belongs to the title after it;
        # the country before it stays (its label comes from the country lexicon).
        if label in {"ORG", "NORP", "GPE"} and _title_follows(parsed, j):
            k = j
            while k > i and parsed[k - 1].lower_ in PORTFOLIOS:
                k -= 1
            if k < j and (k == i or _is_country(text, parsed, i, k)):
                if k == i:
                    continue
                j = k
        # "the Federal Agency for ... Safety Oleg" + "Orlov": an organisation swallowed a first name.
        if (
            label in {"ORG", "FAC", "GPE"} and j - i >= 3 and j < n and parsed[j].pos_ == "PROPN"
            and parsed[j].ent_iob_ == "O" and parsed[j].is_title and parsed[j - 1].is_title
            and parsed[j - 1].whitespace_ and parsed[j].lower_ not in TITLE_HEADS
            and parsed[j].lower_ not in TITLE_ABBREVIATIONS  # "Marine Corps" + "Lt. X": a title, no given name
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
        # ("the Mary K. Bell Fund": a given name after an initial is inside the organisation's name)
        if label == "ORG" and j - i >= 4 and parsed[j - 2].lower_ in GIVEN_NAMES and parsed[j - 2].is_title \
                and parsed[j - 1].is_title and parsed[j - 1].lower_ not in ORG_WORDS \
                and not (len(parsed[j - 3].text) == 2 and parsed[j - 3].text.endswith(".")):
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


def find_name_mentions(doc: "Document", parsed: "Doc") -> list[NameMention]:
    """Every named mention of the document, corrected, in text order."""
    furniture = [(f.start, f.end) for f in doc.furniture]
    text = doc.text
    caps = caps_line_spans(text)
    mentions = people_after_titles(parsed, text, spacy_mentions(parsed, text, furniture))
    people_after_plural_titles(parsed, text, mentions)
    complete_cut_names(parsed, text, mentions)
    add_people_after_offices(parsed, mentions)
    add_people_after_office_domains(parsed, mentions)
    add_people_after_named_domains(parsed, mentions)
    add_people_in_apposition(parsed, mentions)
    add_people_after_title_commas(parsed, mentions)
    extend_names_left(parsed, mentions)
    mentions = join_particle_names(parsed, text, mentions)
    add_outlet_mentions(parsed, mentions)
    add_coordinated_people(parsed, mentions)
    for m in mentions:
        m.in_caps = overlaps(m.start, m.end, caps)
    mentions = split_hyphenated_demonyms(parsed, text, mentions)
    apply_lexicon(parsed, text, mentions)
    mentions = apply_tables(parsed, text, mentions)
    mentions = apply_datelines(parsed, text, mentions)
    mentions = add_athletes(parsed, text, mentions)
    add_team_modifiers(parsed, text, mentions)
    add_gazetteer_mentions(parsed, text, mentions, furniture)
    relabel_org_endings(parsed, mentions)
    relabel_name_shaped_people(parsed, text, mentions)
    harmonise_labels(parsed, text, mentions)
    label_teams(parsed, text, mentions)
    mentions = split_name_lists(text, mentions)
    mentions = add_initialled_people(parsed, text, mentions)
    # In a headline in capitals spaCy guesses; keep what the lexicon or the rest of the text confirms.
    mentions = [m for m in mentions if not (m.in_caps and m.source == "spacy" and m.country is None)]
    # an acronym given in brackets is a name of the document, found again like the others ("KDP fighters")
    mentions = add_acronyms(parsed, mentions)
    add_repeated_names(parsed, text, mentions, furniture, caps)
    add_team_modifiers(parsed, text, mentions)
    label_teams(parsed, text, mentions)
    mentions = add_nested_names(parsed, text, mentions)
    mentions = bracketed_given_names(parsed, text, mentions)
    mentions = drop_junk(parsed, text, mentions)
    mark_things(parsed, text, mentions)
    mentions = split_headline_people(parsed, text, mentions, headline_span(doc))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


def bracketed_given_names(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """ "President (John) Smith": a given name in brackets before a surname is part of that one person.

    The bracketed name goes; the surname after it is the person even where spaCy missed it.
    """
    if "(" not in text:
        return list(mentions)
    covered = covered_tokens(mentions)
    starts = {m.start: m for m in mentions if m.label == "PERSON"}
    added: list[NameMention] = []
    n = len(parsed)
    words = analysis_of(parsed).texts
    for k in range(1, n - 2):
        if words[k - 1] != "(" or words[k + 1] != ")":
            continue
        given, surname = parsed[k], parsed[k + 2]
        if not given.is_title or not surname.is_title:
            continue
        if given.lower_ not in GIVEN_NAMES and given.ent_type_ != "PERSON":
            continue
        if surname.pos_ != "PROPN" or surname.idx in starts or k + 2 in covered:
            continue
        j = k + 3
        while j < n and j not in covered and parsed[j].pos_ == "PROPN" and parsed[j].is_title:
            j += 1
        person = NameMention(surname.idx, parsed[j - 1].idx + len(parsed[j - 1].text), "PERSON", k + 2, j,
                             source="bracket")
        added.append(person)
        starts[person.start] = person
    out = []
    for m in mentions + added:
        if m.label == "PERSON" and text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")":
            k = m.end + 1
            while k < len(text) and text[k] == " ":
                k += 1
            if k in starts:
                continue
        out.append(m)
    return out
