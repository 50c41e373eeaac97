"""The title that "be" predicates of a named subject: "X is a former U.S. Army captain", "X was the party's
treasurer", and a description of a post at a named body: "X is a senior fellow at the Y Institute", "X is a
partner with Y", "X is a contributor for Y".

A title head (or derived occupation noun) is read as the apposition reader reads it. Any other singular
common noun after "a"/"an" (a description, as in "X, a fellow at Y,") is read after "be" only when a
preposition of workplace ("at", "with", "for") names an organisation right on it: the noun is then a post
at that body, where without one it says what the person is like ("X is a good man", "X is a fan of the
team", "a member of the club" reads no body after "of").

The subject is the name the parser makes the subject of "be", or a name that opens a line right before
"is"/"was" where the parser ran the line on from the one before ("... the U.S.\nX is a co-host of ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.title_words import is_description, is_title_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Prepositions that name the body a post is held at ("a fellow at", "a partner with", "a contributor for").
WORKPLACE_PREPOSITIONS = frozenset({"at", "with", "for"})
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


def predicate_head(verb: "Token", by_token: "dict[int, NameMention]") -> "Token | None":
    """The head of the title "be" predicates (see the module doc), or None."""
    for c in verb.children:
        if c.dep_ != "attr" or c.i in by_token:
            continue
        if (c.pos_ in ("NOUN", "PROPN") or c.is_lower) and is_title_head(c):
            return c
        if is_description(c) and works_at_body(c, by_token):
            return c
    return None


def copula_of(parsed: "Doc", i: int, j: int) -> "Token | None":
    """The "be" whose subject is the name at tokens [i, j) (see the module doc), or None."""
    name = parsed[j - 1]
    if name.dep_ == "nsubj":
        return name.head if name.head.lemma_ == "be" else None
    opens_line = i == 0 or (parsed[i - 1].is_space and "\n" in parsed[i - 1].text) or parsed[i - 1].text == "\n"
    if opens_line and j < len(parsed) and parsed[j].lemma_ == "be" and parsed[j].pos_ in ("AUX", "VERB"):
        return parsed[j]
    return None
