"""Titles the prenominal reader leaves out: one joined by "and" to the title before a name, or set off
in brackets before it.

* "actor and comedian X", "radio host and former prosecutor X", "candidate and proud progressive X":
  the person holds every title of the coordination, not only the last one. A few lower-case
  modifiers may stand between "and" and the title the reader found ("proud", "news"). A determiner
  or a possessive before the first title leaves it out: "the mayor and police chief X" may be two
  people, and so may "her lawyer and spokesman X"; so does "as" ("stayed on as coach and assistant X": the
  first title is someone else's); the parse must join the two titles (not two clauses);
* "both X and (Texas Sen.) Y": an editor's note in brackets right before a name, title words ending
  in a title head or an abbreviated title, maybe after the place or body the office serves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.roles import RoleFinding, RoleReader
from sidelines.extractors.entities.title_words import is_title_head, title_tokens_before
from sidelines.extractors.lookup import sentence_start
from sidelines.lexicon.titles import TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.entities.names import NameMention

# Words joining two titles of one person.
JOINERS = frozenset({"and", "&"})
# The most lower-case modifiers read between "and" and the second title ("proud", "news").
MAX_SKIPPED = 2
# Words before the first title that may make it someone else's ("the mayor and police chief X").
OWNER_TAGS = frozenset({"DT", "PRP$", "POS", "WP$"})
# The most tokens inside brackets read as a title ("(Texas Sen.)", "(R-Ohio Sen.)" is no title).
MAX_BRACKETED = 4
# Labels of a name before a title that say whom the office serves ("MSNBC anchor", "(Texas Sen.)").
AFFILIATION_LABELS = frozenset({"GPE", "NORP", "ORG"})


def _skipped_modifier(tok: "Token", first: int) -> bool:
    """ "proud" in "candidate and proud progressive X": a lower-case adjective or noun modifying a word
    of the title or the name after it."""
    return (tok.is_lower and tok.is_alpha and tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("amod", "compound")
            and tok.head.i >= first)


def _coordinated(head: "Token", first: int, end: int) -> bool:
    """Whether the parse joins the title head before "and" to the title or name in ``[first, end)``: as the
    conjunct's head ("candidate and ... X") or as a modifier of one of them ("anchor and ... X"); not "picked
    him as running mate and Senator X said", two clauses."""
    return first <= head.head.i < end or any(t.dep_ == "conj" and t.head.i == head.i for t in head.doc[first:end])


def _joined_title(reader: RoleReader, first: int, end: int) -> RoleFinding | None:
    """The title joined by "and" before the title starting at token ``first``, for the name ending before
    ``end`` (see the module doc)."""
    parsed = reader.parsed
    stop = sentence_start(parsed[first])
    k = first - 1
    while k > stop and first - k <= MAX_SKIPPED and _skipped_modifier(parsed[k], first):
        k -= 1
    last = k - 1
    if last < stop or parsed[k].lower_ not in JOINERS or last in reader.by_token:
        return None
    head = parsed[last]
    # the parser tags a capitalised title opening the phrase as a proper noun ("Senator and former pilot X")
    noun = head.pos_ == "NOUN" or (head.tag_ == "NNP" and head.is_title)
    if not noun or not is_title_head(head) or not _coordinated(head, first, end):
        return None
    start = title_tokens_before(parsed, last, stop, reader.by_token)
    before = start - 1
    owner = reader.by_token.get(before)
    if owner is not None and owner.j == start and owner.label in AFFILIATION_LABELS:
        before = owner.i - 1  # "MSNBC anchor and ...": the body the first title serves
    if (before >= stop and (parsed[before].tag_ in OWNER_TAGS or parsed[before].lower_ == "as")) or any(
            c.dep_ in ("det", "poss") for c in head.lefts):
        return None
    role = RoleFinding(reader.title_text(start, last), start=parsed[start].idx, end=head.idx + len(head.text))
    reader.attach_affiliation(role, start - 1, stop)
    return role


def _bracketed_title(reader: RoleReader, m: "NameMention") -> RoleFinding | None:
    """ "(Texas Sen.) Y": title words in brackets right before the name, maybe after a place or body."""
    parsed = reader.parsed
    close = m.i - 1
    if close < 2 or parsed[close].text != ")":
        return None
    opening = next((k for k in range(close - 1, max(close - MAX_BRACKETED - 2, -1), -1) if parsed[k].text == "("),
                   None)
    last = close - 1
    if opening is None or last <= opening:
        return None
    head = parsed[last]
    if not (is_title_head(head) or head.lower_ in TITLE_ABBREVIATIONS):
        return None
    start = title_tokens_before(parsed, last, opening + 1, reader.by_token)
    owner = reader.by_token.get(start - 1)
    rest = owner.i if owner is not None and owner.j == start and owner.label in AFFILIATION_LABELS else start
    if start > last or rest != opening + 1:
        return None
    role = RoleFinding(reader.title_text(start, last), start=parsed[start].idx, end=head.idx + len(head.text))
    reader.attach_affiliation(role, start - 1, opening + 1)
    return role


def add_joined_titles(
    reader: RoleReader, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """Add the joined titles before each person's prenominal title, and bracketed titles before names; a
    person with no country yet takes the one a new title implies (as :func:`.roles.read_roles` does)."""
    parsed = reader.parsed
    for n, m in enumerate(mentions):
        if m.label != "PERSON":
            continue
        held = roles.get(n, [])
        found = [_joined_title(reader, span.start, m.j) for r in held
                 if r.end <= m.start and (span := parsed.char_span(r.start, r.end)) is not None]
        found.append(_bracketed_title(reader, m))
        for role in found:
            if role is not None and all(r.title.lower() != role.title.lower() for r in held):
                held.append(role)
                roles[n] = held
                m.country = m.country or role.country
