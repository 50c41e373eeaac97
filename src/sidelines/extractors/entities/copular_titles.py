"""The title that "be" predicates of a named subject: "X is a retired Navy commander", "X was the party's
treasurer", and a description of a post at a named body: "X is a senior fellow at the Y Institute", "X is a
partner with Y", "X is a contributor for Y".

A title head (or derived occupation noun) is read as the apposition reader reads it. Any other singular
common noun after "a"/"an" (a description, as in "X, a fellow at Y,") is read after "be" only when a
preposition of workplace ("at", "with", "for") names an organisation right on it: the noun is then a post
at that body, where without one it says what the person is like ("X is a good man", "X is a fan of the
team", "a member of the club" reads no body after "of").

The subject is the name the parser makes the subject of "be".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.title_words import (
    domain_end,
    is_description,
    is_title_head,
    is_title_word,
    title_tokens_before,
)
from sidelines.lexicon.titles import occupations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Prepositions that name the body a post is held at ("a fellow at", "a partner with", "a contributor for").
WORKPLACE_PREPOSITIONS = frozenset({"at", "with", "for"})
# Posts held at a workplace that the occupation lists file under no trade ("a fellow at", "a partner with"): a
# description after "be" must be one of these or an occupation noun, not a relation to the body ("a guest at",
# "a patient at", "a client with", "a problem for", "a target for").
POSTS_AT_BODY = frozenset({"fellow", "partner", "volunteer", "employee", "trainee", "apprentice"})
# Labels of a named body a post is held at.
BODY_LABELS = frozenset({"ORG", "FAC"})


def works_at_body(head: "Token", by_token: "dict[int, NameMention]") -> bool:
    """Whether a workplace preposition on ``head`` has a named organisation as its object."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in WORKPLACE_PREPOSITIONS:
            continue
        for obj in prep.children:
            owner = by_token.get(obj.i)
            if obj.dep_ == "pobj" and owner is not None and owner.label in BODY_LABELS:
                return True
    return False


def is_post_at_body(head: "Token", by_token: "dict[int, NameMention]") -> bool:
    """ "a senior fellow at Y", "a partner with Y": a description that names a post, held at a named body."""
    post = head.lower_ in POSTS_AT_BODY or head.lower_ in occupations()
    return post and is_description(head) and works_at_body(head, by_token)


def predicate_head(verb: "Token", by_token: "dict[int, NameMention]") -> "Token | None":
    """The head of the title "be" predicates (see the module doc), or None."""
    for c in verb.children:
        if c.dep_ != "attr" or c.i in by_token:
            continue
        if (c.pos_ in ("NOUN", "PROPN") or c.is_lower) and is_title_head(c):
            return c
        if is_post_at_body(c, by_token):
            return c
    return None


def copula_of(name: "Token") -> "Token | None":
    """The "be" whose subject is the name ending at ``name`` (see the module doc), or None."""
    return name.head if name.dep_ == "nsubj" and name.head.lemma_ == "be" else None


def predicate_extent(parsed: "Doc", head: "Token", stop: int, by_token: "dict[int, NameMention]") -> tuple[int, int]:
    """The first and last tokens of the title whose head "be" predicates, as written: the title words before
    the head, a description's too ("a senior fellow at Y"), and an office's domain after it ("the secretary of
    state"), but not a named body the title is held at, which is its affiliation ("a contributor for Y")."""
    first = title_tokens_before(parsed, head.i if is_title_word(head) else head.i - 1, stop, by_token)
    last = domain_end(parsed, head.i)
    if any((m := by_token.get(k)) is not None and m.label in BODY_LABELS for k in range(head.i + 1, last + 1)):
        last = head.i
    return min(head.i, first), last
