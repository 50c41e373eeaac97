"""Names spaCy missed: people after an office's name or beside a title, acronyms, country names, repeated and
nested names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from spacy.attrs import IS_PUNCT, IS_SPACE

from sidelines.extractors.entities.names import (
    PROPAGATED_LABELS,
    NameMention,
    capitalised_positions,
    covered_tokens,
    overlaps,
)
from sidelines.extractors.entities.title_words import CLOSING_PUNCT
from sidelines.lexicon import countries
from sidelines.lexicon.titles import (
    HONORIFICS,
    ORG_WORDS,
    PORTFOLIOS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
# A possessive ending, as the country lexicon strips it before a lookup.
POSSESSIVE_END = re.compile(r"(?:'s|'|’s|’)$")
# Words of a title before a name, which a coordinated name does not take in.
NOT_NAME_WORDS = TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIOS | frozenset(HONORIFICS) | frozenset(TITLE_ABBREVIATIONS)
# The longest name looked for inside a longer one, in tokens.
MAX_NESTED_TOKENS = 4


def add_people_after_offices(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "head of the Export Credit Agency Per Dahl": the capitalised words after the office's name are a person."""
    covered = covered_tokens(mentions)
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
        while (
            j < n
            and j not in covered
            and parsed[j].is_title
            and parsed[j].is_alpha
            and parsed[j].lower_ not in TITLE_HEADS
        ):
            j += 1
        if j - m.j >= 2:
            mentions.append(
                NameMention(
                    parsed[m.j].idx, parsed[j - 1].idx + len(parsed[j - 1].text), "PERSON", m.j, j, source="office"
                )
            )
            covered.update(range(m.j, j))


def add_people_after_office_domains(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "Senior Advisor for Asia Rachel Ng", "Special Envoy for Sudan Tom Hale": a common given name and a
    surname, unlabelled, right after a title head and its "for"/"of" domain (a few capitalised words)."""
    from sidelines.lexicon.pronouns import GIVEN_NAMES as given

    covered = covered_tokens(mentions)
    n = len(parsed)
    lowers = analysis_of(parsed).lowers
    for k in (k for k, low in enumerate(lowers) if low in given):
        tok = parsed[k]
        if not tok.is_title or k in covered or k + 1 >= n or k + 1 in covered:
            continue
        surname = parsed[k + 1]
        if not (surname.is_title and surname.is_alpha and surname.pos_ == "PROPN") or surname.lower_ in NOT_NAME_WORDS:
            continue
        if k + 2 < n and parsed[k + 2].is_title:
            continue
        # back over the domain's capitalised words to "for"/"of" and the title head before it
        b = k - 1
        while b > 0 and k - b <= 4 and parsed[b].is_title and parsed[b].lower_ not in TITLE_HEADS:
            b -= 1
        if b < 1 or b == k - 1 or parsed[b].lower_ not in {"for", "of", "the"}:
            continue
        if parsed[b].lower_ == "the":
            b -= 1
        if b < 1 or parsed[b].lower_ not in {"for", "of"} or parsed[b - 1].lower_ not in TITLE_HEADS:
            continue
        mentions.append(NameMention(tok.idx, surname.idx + len(surname.text), "PERSON", k, k + 2, source="title"))
        covered.update((k, k + 1))


def add_people_after_named_domains(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "Inspector General of Police Musa Adamu": two capitalised words, unlabelled, right after a title head,
    "of" or "for" and capitalised words of an office's domain ("Police", "Foreign Affairs"), and before a word
    in lower case or punctuation, are a person whatever the given name."""
    from sidelines.extractors.entities.titled_names import DOMAIN_WORDS

    covered = covered_tokens(mentions)
    n = len(parsed)
    lowers = analysis_of(parsed).lowers  # no token is made for the words that cannot open the pattern
    for b in range(1, n - 3):
        if lowers[b] not in {"for", "of"} or lowers[b - 1] not in TITLE_HEADS:
            continue
        k = b + 1
        while k < n and k - b <= 3 and parsed[k].is_title and parsed[k].lower_ in DOMAIN_WORDS:
            k += 1
        if k == b + 1 or k + 1 >= n or (k + 2 < n and parsed[k + 2].is_title):
            continue
        name = parsed[k : k + 2]
        if any(
            t.i in covered or not (t.is_title and t.is_alpha and t.pos_ == "PROPN")
            or t.lower_ in NOT_NAME_WORDS or t.lower_ in ORG_WORDS or countries.country_of(t.text) is not None
            for t in name
        ):
            continue
        mentions.append(NameMention(name[0].idx, name[1].idx + len(name[1].text), "PERSON", k, k + 2, source="title"))
        covered.update((k, k + 1))


def _known_place(word: str) -> bool:
    from sidelines.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(word))


@lru_cache(maxsize=1)
def _outlet_prefixes(outlets: frozenset[str]) -> frozenset[str]:
    """Every prefix of the outlets' names (lower case): a span naming one starts with a token that is one."""
    return frozenset(name[:i] for name in outlets for i in range(1, len(name) + 1))


def add_outlet_mentions(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "Politico reported on Sunday that ...": a known news outlet the tagger left unlabelled is an
    organisation (written with capitals: "AP", "Politico", "Fox News")."""
    from sidelines.content.source_chain import KNOWN_OUTLETS

    covered = covered_tokens(mentions)
    analysis = analysis_of(parsed)
    lowers = analysis.lowers
    prefixes = _outlet_prefixes(KNOWN_OUTLETS)
    n = len(parsed)
    k = 0
    while k < n:
        if lowers[k] not in prefixes:
            k += 1
            continue  # no outlet starts with this word: no span made
        for size in (3, 2, 1):
            if k + size > n or any(i in covered for i in range(k, k + size)):
                continue
            if analysis.span_text(k, k + size).lower() not in KNOWN_OUTLETS:
                continue  # the span is made only for an outlet's name
            toks = parsed[k : k + size]
            if not all(t.is_title or t.is_upper for t in toks):
                continue
            if size == 1 and len(toks.text) <= 3 and not toks[0].is_upper:
                continue
            mentions.append(NameMention(toks[0].idx, toks[-1].idx + len(toks[-1].text), "ORG", k, k + size,
                                        source="outlet"))
            covered.update(range(k, k + size))
            k += size - 1
            break
        k += 1


def extend_names_left(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "Luiz Carlos Mendes, the mayor, said": a first name the tagger left out of a three-part name (a
    capitalised word joined to the name as its compound, no title, place or other name) belongs to it.
    Only in running text (a lower-case word or a punctuation mark after the name), never in a headline."""
    from sidelines.extractors.entities.names import demonym_noun_country
    from sidelines.lexicon.titles import PARTY_HOMES, occupations

    covered = covered_tokens(mentions)
    n = len(parsed)
    for m in mentions:
        if m.label != "PERSON" or m.j - m.i != 2 or m.i == 0 or m.j >= n:
            continue
        if not (parsed[m.j].is_lower or parsed[m.j].is_punct):
            continue
        k = m.i - 1
        tok = parsed[k]
        if k in covered or tok.pos_ != "PROPN" or not tok.is_title or not tok.is_alpha or tok.ent_type_ \
                or tok.dep_ not in ("compound", "flat") or not m.i <= tok.head.i < m.j:
            continue
        low = tok.lower_
        if low in NOT_NAME_WORDS or low in ORG_WORDS or low in occupations() or tok.text in PARTY_HOMES \
                or demonym_noun_country(tok.text) is not None or countries.country_of(tok.text) is not None:
            continue
        before = parsed[k - 1] if k > 0 else None
        if before is not None and before.is_title and not before.is_sent_start and before.lower_ not in TITLE_HEADS \
                and before.lower_ not in HONORIFICS and before.lower_ not in TITLE_ABBREVIATIONS:
            continue  # a longer run of capitals: a title or a name the tagger cut on purpose
        if (before is not None and before.pos_ == "ADP") or _known_place(tok.text):
            continue  # "Adviser for Europe Laura Finch": an office's domain, no first name
        m.start, m.i = tok.idx, k
        covered.add(k)


def _common_title(tok: "Token") -> bool:
    """A person's title used as a common noun: tagged so, or a capitalised one under an article ("a
    former Acme CEO", which the tagger may read as a proper noun)."""
    if tok.lower_ not in TITLE_HEADS:
        return False
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children))


def add_people_in_apposition(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "Jane Roe, the party chairman," / "the spokeswoman, Jane Roe,": a name beside a person's title is a person."""
    for i, dep in enumerate(analysis_of(parsed).deps):
        if dep != "appos":
            continue
        tok = parsed[i]
        for name, title in ((tok.head, tok), (tok, tok.head)):
            if not _common_title(title) or name.pos_ != "PROPN":
                continue
            first = name.i
            while (
                first - 1 >= 0
                and parsed[first - 1].pos_ == "PROPN"
                and parsed[first - 1].dep_ in ("compound", "flat")
                and parsed[first - 1].head.i in range(first, name.i + 1)
            ):
                first -= 1
            toks = parsed[first : name.i + 1]
            if not 2 <= len(toks) <= MAX_NESTED_TOKENS or any(not t.is_title for t in toks):
                continue
            # spaCy sometimes takes a surname it does not know for an organisation ("Priebus"): a name
            # inside the run that is no person gives way; a person already found keeps the run.
            inside = [m for m in mentions if m.i < name.i + 1 and m.j > first]
            if any(m.label == "PERSON" or m.i < first or m.j > name.i + 1 for m in inside):
                continue
            for m in inside:
                mentions.remove(m)
            mentions.append(
                NameMention(
                    toks[0].idx, toks[-1].idx + len(toks[-1].text), "PERSON", first, name.i + 1, source="apposition"
                )
            )


def add_people_after_title_commas(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "according to his chief of staff, Leo Marsh.": a name set off by a comma right after a person's
    title, closing its clause, is that person even where the parse missed the apposition (a person
    already found keeps it; a name spaCy took for an organisation, with no organisation word, gives way)."""
    n = len(parsed)
    lowers = analysis_of(parsed).lowers
    for title in (parsed[k] for k, low in enumerate(lowers) if low in TITLE_HEADS):
        if title.pos_ != "NOUN" or title.tag_ != "NN":
            continue
        comma = title.right_edge.i + 1
        if comma + 2 >= n or parsed[comma].text != ",":
            continue
        first = k = comma + 1
        while k < n and k - first < 3 and parsed[k].pos_ == "PROPN" and parsed[k].is_title and parsed[k].is_alpha \
                and parsed[k].lower_ not in NOT_NAME_WORDS and parsed[k].lower_ not in ORG_WORDS:
            k += 1
        if k - first < 2 or k >= n or parsed[k].text not in CLOSING_PUNCT or parsed[k].head.i in range(first, k):
            continue
        inside = [m for m in mentions if m.i < k and m.j > first]
        if any(m.label == "PERSON" or m.i < first or m.j > k for m in inside):
            continue
        if any(countries.country_of(parsed[t].text) is not None for t in range(first, k)):
            continue
        for m in inside:
            mentions.remove(m)
        mentions.append(NameMention(parsed[first].idx, parsed[k - 1].idx + len(parsed[k - 1].text), "PERSON",
                                    first, k, source="apposition"))


def _name_run(parsed: "Doc", name: "Token") -> tuple[int, int] | None:
    """The title-case proper-name run that ends at ``name`` (its compound words before it), 2-4 tokens."""
    first = name.i
    while (first - 1 >= 0 and parsed[first - 1].pos_ == "PROPN" and parsed[first - 1].dep_ in ("compound", "flat")
           and parsed[first - 1].head.i in range(first, name.i + 1) and parsed[first - 1].lower_ not in NOT_NAME_WORDS):
        first -= 1  # a title before the name is no part of it ("Foreign Minister Anna Berg")
    toks = parsed[first : name.i + 1]
    if not 2 <= len(toks) <= MAX_NESTED_TOKENS or any(not t.is_title or not t.is_alpha for t in toks):
        return None
    if any(t.lower_ in ORG_WORDS for t in toks) or countries.country_of(toks.text) is not None:
        return None
    return first, name.i + 1


def add_coordinated_people(parsed: "Doc", mentions: list[NameMention]) -> None:
    """ "from Gwen Ifill and Judy Woodruff": a full name joined by "and" to a person's is a person's.

    The other name must be a run of two to four capitalised words, none a word of an organisation's
    name nor a country, that the tagger left unlabelled or read as an organisation.
    """
    people = {k for m in mentions if m.label == "PERSON" and m.j - m.i > 1 for k in range(m.i, m.j)}
    analysis = analysis_of(parsed)
    for i, dep in enumerate(analysis.deps):
        if dep != "conj" or analysis.pos[i] != "PROPN":
            continue
        tok = parsed[i]
        for name, other in ((tok, tok.head), (tok.head, tok)):
            if other.i not in people or name.i in people or name.pos_ != "PROPN":
                continue
            run = _name_run(parsed, name)
            if run is None:
                continue
            inside = [m for m in mentions if m.i < run[1] and m.j > run[0]]
            if any(m.label != "ORG" or m.source != "spacy" or m.country or (m.i, m.j) != run for m in inside):
                continue
            for m in inside:
                mentions.remove(m)
            toks = parsed[run[0] : run[1]]
            mentions.append(NameMention(toks[0].idx, toks[-1].idx + len(toks[-1].text), "PERSON", run[0], run[1],
                                        source="conjunct"))
            people.update(range(*run))


def add_acronyms(parsed: "Doc", mentions: list[NameMention]) -> list[NameMention]:
    """ "European Free Trade Association (EFTA)": the acronym becomes an alias mention of the name."""
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


def add_gazetteer_mentions(
    parsed: "Doc", text: str, mentions: list[NameMention], furniture: list[tuple[int, int]]
) -> None:
    """Country names, capitals and seats of government that spaCy left unlabelled."""
    covered = covered_tokens(mentions)
    n = len(parsed)
    analysis = analysis_of(parsed)
    words, starts = analysis.texts, analysis.token_starts
    # Whether each token is a space or a punctuation mark, as one flat list of booleans.
    blank = cast("list[bool]", parsed.to_array([IS_SPACE, IS_PUNCT]).any(axis=1).tolist() if n else [])
    prefixes = countries.place_word_prefixes()
    for i in capitalised_positions(parsed):
        if i in covered or not words[i][:1].isalpha() or not _may_start_place(words[i], prefixes):
            continue
        hit = None
        for size in (3, 2, 1):
            j = i + size
            if j > n or any(k in covered or blank[k] for k in range(i, j)):
                continue
            start, end = starts[i], starts[j - 1] + len(words[j - 1])
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
            if country is not None and not overlaps(start, end, furniture):
                hit = NameMention(
                    start, end, label, i, j, country=country.iso3, metonymic=metonymic, source="gazetteer"
                )
                break
        if hit is not None:
            mentions.append(hit)
            covered.update(range(hit.i, hit.j))


def _may_start_place(word: str, prefixes: frozenset[str]) -> bool:
    """Whether a country's name, capital or seat can start at this word: a leading "the", or a word that
    begins the first word of one (as the lookups normalise it: curly apostrophe straight, possessive off)."""
    low = word.lower().replace("’", "'")
    return low == "the" or low in prefixes or POSSESSIVE_END.sub("", low) in prefixes


def add_repeated_names(
    parsed: "Doc", text: str, mentions: list[NameMention], furniture: list[tuple[int, int]], caps: list[tuple[int, int]]
) -> None:
    """Find again, at token boundaries, the names of this document that spaCy missed elsewhere."""
    known: dict[str, str] = {}
    for m in mentions:
        if m.label in PROPAGATED_LABELS and not m.in_caps:
            surface = text[m.start : m.end]
            if len(surface) > 2 and surface[0].isupper():
                known.setdefault(surface, m.label)
                words = surface.split()
                if m.label == "PERSON" and len(words) > 1 and len(words[-1]) > 2 and words[-1][0].isupper():
                    known.setdefault(words[-1], "PERSON")
    if not known:
        return
    covered = covered_tokens(mentions)
    forms: dict[str, str] = {}
    for name, label in known.items():
        forms[name] = label
        forms.setdefault(name.upper(), label)
    for s, e in literal_matches(text, forms):
        span = parsed.char_span(s, e)
        if span is None:
            continue
        i, j = span.start, span.end
        if any(k in covered for k in range(i, j)):
            continue
        surface = text[s:e]
        in_caps = overlaps(s, e, caps)
        if surface.isupper() and not in_caps and not known.get(surface):
            continue
        if overlaps(s, e, furniture):
            continue
        mentions.append(NameMention(s, e, forms[surface], i, j, source="repeat", in_caps=in_caps))
        covered.update(range(i, j))


def literal_matches(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the strings ``forms`` occur in ``text``, left to right without overlaps, the longest at each
    start: the matches of one regex alternating them longest first, without compiling it for each text."""
    ends: dict[int, int] = {}
    for form in forms:
        k = text.find(form)
        while k >= 0:
            if ends.get(k, -1) < k + len(form):
                ends[k] = k + len(form)
            k = text.find(form, k + 1)
    out: list[tuple[int, int]] = []
    for start in sorted(ends):
        if not out or start >= out[-1][1]:
            out.append((start, ends[start]))
    return out


def add_nested_names(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Names of this document met again inside a longer name ("Texas" in "University of Texas")."""
    standalone: dict[str, NameMention] = {}
    for m in mentions:
        if m.label in PROPAGATED_LABELS and not m.in_caps and m.j - m.i <= MAX_NESTED_TOKENS:
            standalone.setdefault(text[m.start : m.end], m)
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
                # "Air Force" in "Air Force One": a name followed only by a number is a designation, not a part
                numbered = k == m.i and all(t.like_num for t in parsed[k + size : m.j])
                if known is not None and not numbered:
                    hit = NameMention(
                        start,
                        end,
                        known.label,
                        k,
                        k + size,
                        country=known.country,
                        metonymic=known.metonymic,
                        source="nested",
                    )
                    break
            if hit is not None:
                out.append(hit)
                k = hit.j
            else:
                k += 1
    return out
