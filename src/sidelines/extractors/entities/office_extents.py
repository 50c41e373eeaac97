"""How far an office's title reaches: the full name of the office, read around a title head.

* "the minister of state for foreign affairs": a domain may follow another one;
* "X, the senior adviser for Africa,": a region named after "for" is the office's (as before a name:
  "Senior Advisor for Africa X"); a place or body after "of" stays the affiliation ("the mayor of Lyon");
* "the agency's director-general, X": a head hyphened to another head is one word;
* "Nigeria's Chief of Defence Staff, X," and "the U.S. ambassador to the Philippines, X.": an office with its
  domain or posting, set off from the name by a comma, is the name's title (the tagger may read the office
  itself as an organisation);
* "An adviser to the governor, X, said" and "A spokeswoman for Y, X, said": a name set off between a subject
  title with the one it serves ("to"/"for") and the subject's verb is the subject's, though the parse hangs it
  on the one served (who would be named in the name's place: "an adviser to Gov. Y said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.served import SERVED_PREPOSITIONS
from sidelines.extractors.entities.title_words import (
    CLOSING_PUNCT,
    HYPHENS,
    domain_end,
    is_title_head,
    is_title_word,
)
from sidelines.extractors.entities.titled_names import DOMAIN_WORDS
from sidelines.extractors.lookup import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.entities.names import NameMention
    from sidelines.extractors.entities.roles import RoleFinding, RoleReader

# Labels of a place that ends an office's posting or region ("ambassador to the Philippines", "envoy for Syria").
PLACE_LABELS = frozenset({"GPE", "LOC"})
# How many domains may follow one another after a head ("minister of state for foreign affairs").
MAX_DOMAINS = 2
# Words of an office the tagger read as an organisation, besides title and domain words.
OFFICE_GLUE = frozenset({"of", "for", "the"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _owns_next(parsed: "Doc", mention: "NameMention") -> bool:
    """ "for Egypt's interior ministry": a place with a possessive owns what follows, and is no region."""
    return mention.j < len(parsed) and parsed[mention.j].text in POSSESSIVES


def _hyphened_head_end(parsed: "Doc", last: int) -> int:
    """ "director - general": the last part of a head that spaCy split at a hyphen."""
    while (last + 2 < len(parsed) and parsed[last + 1].text in HYPHENS and not parsed[last].whitespace_
           and not parsed[last + 1].whitespace_ and is_title_head(parsed[last + 2])):
        last += 2
    return last


def full_office_end(parsed: "Doc", by_token: "dict[int, NameMention]", head: int, last: int) -> int:
    """The last token of the office whose head is token ``head`` and whose title reads to ``last`` so far:
    past a hyphened head, further domains, and a region named after "for"."""
    if last == head:
        last = _hyphened_head_end(parsed, last)
    for _ in range(MAX_DOMAINS):
        nested = domain_end(parsed, last)
        if nested > last:
            last = nested
            continue
        k = last + 1
        if k + 1 >= len(parsed) or parsed[k].lower_ != "for":
            break
        start = k + 1 + int(parsed[k + 1].lower_ == "the")
        region = by_token.get(start)
        if region is not None and region.i == start and region.label in PLACE_LABELS and not _owns_next(parsed, region):
            last = region.j - 1
        break
    return last


def _is_office_name(parsed: "Doc", office: "NameMention", last: int) -> bool:
    """Whether a mention ending at ``last`` is made of an office's words only ("Inspector General of Police")."""
    return office.label != "PERSON" and office.j == last + 1 and all(
        is_title_word(t) or t.lower_ in OFFICE_GLUE or t.lower_ in DOMAIN_WORDS for t in parsed[office.i : office.j])


def office_before_comma(reader: "RoleReader", m: "NameMention") -> "RoleFinding | None":
    """ "Nigeria's Chief of Defence Staff, X,": a title head with its domain or posting right before a comma
    and a name that closes its clause."""
    from sidelines.extractors.entities.roles import RoleFinding

    parsed, last = reader.parsed, m.i - 2
    if last < 1 or parsed[m.i - 1].text != "," or m.j >= len(parsed) or parsed[m.j].text not in CLOSING_PUNCT:
        return None
    sent_start = sentence_start(parsed[m.i])
    office = reader.by_token.get(last)
    held: dict[int, NameMention] = {}
    if office is not None and office.label not in PLACE_LABELS:  # a place is a posting's ("ambassador to X")
        if not _is_office_name(parsed, office, last):
            return None
        held = {t: reader.by_token.pop(t) for t in range(office.i, office.j)}
    try:
        first = reader.domain_start(last, sent_start)
    finally:
        reader.by_token.update(held)
    if first is None or first > last:
        return None
    role = RoleFinding(reader.title_text(first, last), start=parsed[first].idx,
                       end=parsed[last].idx + len(parsed[last].text))
    reader.attach_affiliation(role, first - 1, sent_start)
    return role


def subject_title_served(parsed: "Doc", m: "NameMention") -> "Token | None":
    """The subject's title head in "An adviser to the governor, X, said" (the parse hangs X on "governor"), else
    None: the name closes the subject, right before the subject's verb."""
    last = parsed[m.j - 1]
    served = last.head
    if last.dep_ != "appos" or served.i >= m.i or served.dep_ != "pobj":
        return None
    prep, title = served.head, served.head.head
    if prep.lower_ not in SERVED_PREPOSITIONS or title.dep_ not in ("nsubj", "nsubjpass") or title.i >= prep.i:
        return None
    if not is_title_head(title):
        return None
    closes = m.j + 1 < len(parsed) and parsed[m.j].text == "," and parsed[m.j + 1].i == title.head.i
    return title if closes else None
