"""Words of titles and the phrases around a name that the role reader reads: title heads and
modifiers, descriptions ("X, a retired firefighter,"; "veteran comedian X") and affiliations."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.lexicon import countries
from sidelines.lexicon.titles import (
    COMPOUND_TITLES,
    NOT_DESCRIPTIONS,
    OFFICE_DOMAINS,
    ORG_WORDS,
    PORTFOLIOS,
    POSTED_HEADS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_SUFFIXES,
    occupations,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIOS | frozenset(TITLE_ABBREVIATIONS)
HYPHENS = frozenset({"-", "–"})
# Labels of affiliations whose country passes to the person who holds a role in them.
AFFILIATION_COUNTRY_LABELS = frozenset({"NORP", "GPE", "ORG", "FAC"})
# The longest title phrase read before a name, in tokens.
MAX_TITLE_TOKENS = 6
# The longest office domain after "of"/"for", in tokens ("minister of foreign affairs").
MAX_DOMAIN_WORDS = 3
# What closes a name set off after a title ("..., according to her lawyer, Ana Ruiz."): a clause's end.
CLOSING_PUNCT = frozenset({".", ",", ";", ":", "!", "?"})
# What follows a title's head: its domain, place or body ("of Lyon", "for Africa", "to the Philippines").
OFFICE_TAIL = re.compile(r"\s+(?:of|for|to)\s.*$", re.IGNORECASE)
# Honorifics of address and degree that stand between a title and a name ("Health Minister Dr. X").
NAME_HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame"})


def _capitalised_title(parsed: "Doc", k: int, stop: int) -> bool:
    """Whether the title word at ``k``, or a modifier word just before it ("Police chief"), is capitalised."""
    return parsed[k].text[:1].isupper() or (
        k - 1 >= stop and parsed[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") and parsed[k - 1].text[:1].isupper())


def title_end_before(parsed: "Doc", last: int, stop: int) -> int:
    """The last token of a title before a name whose token before is ``last``: past a bracketed given name
    ("Senator (Robert) Kane") or an honorific after a title ("Health Minister Dr. X", "Prime Minister Sir X")."""
    if last - 2 > stop and parsed[last].text == ")" and parsed[last - 2].text == "(":
        return last - 3
    # only after a capitalised title ("Police chief Mr. X" by its first word), which names the title the name
    # bears ("told the judge Ms. X" is two people: the judge and Ms. X)
    if last - 1 >= stop and parsed[last].lower_ in NAME_HONORIFICS and _capitalised_title(parsed, last - 1, stop) and (
        is_title_head(parsed[last - 1]) or parsed[last - 1].lower_ in TITLE_ABBREVIATIONS
    ):
        return last - 1
    return last


def country_name(iso3: str | None) -> str | None:
    if iso3 is None:
        return None
    country = countries.country_by_code(iso3)
    return country.name if country else None


def in_compound_title(tok: "Token") -> bool:
    """Whether a token is a word of a two-word title with its neighbour ("running back", "tight end")."""
    doc, i = tok.doc, tok.i
    return (i + 1 < len(doc) and f"{tok.lower_} {doc[i + 1].lower_}" in COMPOUND_TITLES) or (
        i > 0 and f"{doc[i - 1].lower_} {tok.lower_}" in COMPOUND_TITLES
    )


def hyphen_word(tok: "Token") -> str:
    """The word a token is part of when spaCy split it at a hyphen ("front - runner" -> "front-runner")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    if i + 2 < len(doc) and doc[i + 1].text in HYPHENS and not tok.whitespace_:
        return f"{tok.lower_}-{doc[i + 2].lower_}"
    return tok.lower_


def is_occupation(tok: "Token") -> bool:
    """A derived occupation noun ("comedian"); spaCy's slips that tag one as a proper noun count when it is
    written in lower case or opens its sentence ("Comedian X said"), where case says nothing."""
    if tok.lower_ not in occupations():
        return False
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and (tok.is_lower or bool(tok.is_sent_start)))


def is_elect_suffix(tok: "Token") -> bool:
    """ "President-elect", "Prime Minister-designate": a suffix hyphened to a title head, part of the title."""
    doc, i = tok.doc, tok.i
    return (
        tok.lower_ in TITLE_SUFFIXES and i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_ and is_title_head(doc[i - 2])
    )


def is_title_head(tok: "Token") -> bool:
    """Whether a token is a title head, alone or as the last part of a hyphenated one ("front-runner",
    "President-elect") or of a two-word title ("running mate")."""
    if tok.lower_ in TITLE_SUFFIXES:
        return is_elect_suffix(tok)
    if tok.lower_ in TITLE_HEADS or (hyphen_word(tok) in TITLE_HEADS and hyphen_word(tok).endswith(tok.lower_)):
        return True
    if tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in COMPOUND_TITLES:
        return True
    return is_occupation(tok)


def is_description(tok: "Token") -> bool:
    """ "X, a retired firefighter,": a singular common noun after "a"/"an", in apposition to a name, says
    what the person is (a closed list of generic and time nouns says nothing: "a man", "a day after"); after
    "the" or a possessive it names a thing as often ("X, the best choice of the party"), and says nothing."""
    return (
        tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.is_alpha and tok.is_lower and not tok.ent_type_
        and tok.lower_ not in NOT_DESCRIPTIONS and tok.lower_ not in ORG_WORDS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def is_prenominal_description(tok: "Token", i: int, j: int) -> bool:
    """ "veteran comedian X", "rapper X": a lower-case singular noun compounded to the name [i, j) right
    after it (generic and time nouns say nothing: "Sunday afternoon X")."""
    return (
        tok.i == i - 1 and tok.tag_ in ("NN", "JJ") and tok.dep_ == "compound" and i <= tok.head.i < j
        and tok.is_alpha and tok.is_lower and not tok.ent_type_
        and tok.lower_ not in NOT_DESCRIPTIONS and tok.lower_ not in ORG_WORDS
    )


def is_title_word(tok: "Token") -> bool:
    participle = tok.pos_ == "VERB" and tok.dep_ == "amod"  # "the acting minister": a modifier tagged as a verb
    if tok.pos_ in {"VERB", "AUX", "DET", "ADP"} and not in_compound_title(tok) and not participle:
        return False
    return (tok.lower_ in TITLE_WORDS or in_compound_title(tok) or hyphen_word(tok) in TITLE_WORDS
            or is_occupation(tok) or is_elect_suffix(tok))


def domain_end(parsed: "Doc", k: int) -> int:
    """ "secretary of State", "chief of staff", "minister of foreign affairs": the last token of the office's
    domain ("of"/"for" and a domain or portfolios of the lexicon) after the title head at ``k``, else ``k``."""
    start = k + 2
    if start >= len(parsed) or parsed[k + 1].lower_ not in ("of", "for"):
        return k
    for size in range(MAX_DOMAIN_WORDS, 0, -1):
        toks = parsed[start : start + size]
        words = [t.lower_ for t in toks]
        if len(words) == size and (" ".join(words) in OFFICE_DOMAINS or all(w in PORTFOLIOS for w in words)
                                   or _named_portfolio(toks)):
            return start + size - 1
    return k


def _named_portfolio(toks: "Span") -> bool:
    """ "Minister for European Affairs", "Secretary of Veterans Affairs": capitalised words ending in a
    portfolio word name the office's domain (not a person or a place)."""
    return (len(toks) > 1 and toks[-1].lower_ in PORTFOLIOS and all(t.is_title and t.is_alpha for t in toks)
            and not any(t.ent_type_ in ("PERSON", "GPE") for t in toks))


# Bound prefixes glued to an office by a hyphen ("vice-governor", "co-chair", "ex-president").
GLUED_TITLE_PREFIXES = frozenset({"vice", "co", "ex"})


def title_tokens_before(parsed: "Doc", k: int, stop: int, blocked: "dict[int, NameMention]") -> int:
    """The first token of the title words that end at token ``k`` (inclusive), not before ``stop``."""
    first = head = k + 1
    while k >= stop and first - k <= MAX_TITLE_TOKENS and k not in blocked:
        tok = parsed[k]
        if is_title_word(tok):
            first = k
            k -= 1
            continue
        if tok.text in HYPHENS and first == k + 1 and k - 1 >= stop and is_title_word(parsed[k - 1]):
            k -= 1
            continue
        break
    # One word that spaCy split at its hyphen stays whole even where the parse cut it ("vice - president").
    if first == head or first < 2 or first - 2 in blocked or parsed[first - 1].text not in HYPHENS:
        return first
    if parsed[first - 2].whitespace_ or parsed[first - 1].whitespace_:
        return first
    glued = hyphen_word(parsed[first])
    if glued in TITLE_WORDS or glued.split("-")[0] in GLUED_TITLE_PREFIXES:
        return first - 2
    return first


def affiliation_of(mention: NameMention, text: str) -> tuple[str, str | None]:
    """The affiliation text and country of a mention used as a title's modifier."""
    surface = text[mention.start : mention.end]
    if mention.label in {"NORP", "GPE"} and mention.country and not mention.metonymic:
        return country_name(mention.country) or surface, mention.country
    if mention.label not in AFFILIATION_COUNTRY_LABELS:
        return surface, None  # a book or a law with a country in its title says nothing of its author
    return surface, mention.country


def title_before_comma(parsed: "Doc", i: int, j: int) -> "Token | None":
    """ "according to his chief of staff, X.": the title phrase that a comma sets the name ``[i, j)`` off
    from, when the name closes its clause and the parse joined the two by no apposition."""
    if i < 2 or j >= len(parsed) or parsed[i - 1].text != "," or parsed[j].text not in CLOSING_PUNCT:
        return None
    tok = parsed[i - 2]
    while not (tok.pos_ == "NOUN" and is_title_head(tok)) and tok.head.i != tok.i and tok.head.i < i:
        tok = tok.head
    # the comma may hang from the title ("his future secretary of state, X,")
    if tok.pos_ == "NOUN" and is_title_head(tok) and tok.right_edge.i in (i - 2, i - 1) and tok.tag_ == "NN":
        return tok
    return None


def possessor_country(parsed: "Doc", by_token: "dict[int, NameMention]", owner: NameMention, stop: int) -> str | None:
    """ "Nepal's Maoist leader X": the country of a place whose possessive stands right before ``owner``, a
    party or movement that modifies a title (not before token ``stop``): the office is held there."""
    k = owner.i - 1
    if owner.label not in ("NORP", "ORG") or k - 1 < stop or parsed[k].text not in ("'s", "’s", "'", "’"):
        return None
    place = by_token.get(k - 1)
    if place is None or place.label != "GPE" or place.j != k or place.metonymic:
        return None
    return place.country


def office_head(title: str) -> str:
    """ "mayor of Lyon" -> "mayor": the title without the domain, place or body named after its head, for
    matching a title to a bare nominal ("the mayor")."""
    return OFFICE_TAIL.sub("", title, count=1)


def title_variants(title: str) -> tuple[str, ...]:
    """The title as written and, where it names more after its head, the head's part alone."""
    head = office_head(title)
    return (title,) if head == title or not head else (title, head)



def posted_to(parsed: "Doc", i: int) -> bool:
    """Whether the place at token ``i`` follows a posted title's "to" ("Ambassador to [the] Peru"): where the
    title is posted, not the country of its holder ("a letter to Brazil's X" is no posting)."""
    k = i - 1 if i > 0 and parsed[i - 1].lower_ == "the" else i
    return k > 1 and parsed[k - 1].lower_ == "to" and parsed[k - 2].lemma_.lower() in POSTED_HEADS
