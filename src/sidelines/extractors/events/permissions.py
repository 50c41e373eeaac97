"""Permissions that no one grants: "an event that allows him to joke", "which allows them to connect".

CONCEDE from a permission verb ("allow", "permit") is a party easing its stand or its rules for
another (PLOVER's CONCEDE, CAMEO 08 "yield"). When what "allows" is a thing or a circumstance, not a
person or a body, the verb only tells a possibility: no one yields anything, and no event is told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.groups import GROUP_NOUNS, ROLE_GROUP_NOUNS
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.titles import TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Permission verbs the trigger lexicon types CONCEDE.
PERMISSION_VERBS = frozenset({"allow", "permit"})
# Pronouns that stand for a thing or a fact, never for a party ("which allows", "this permits"); "it"
# may be a state or a body ("Ruritania said it would allow ...").
THING_PRONOUNS = frozenset({"which", "what", "this", "that"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
PARTY_NOUNS = frozenset(GROUP_NOUNS) | frozenset(ROLE_GROUP_NOUNS)


def _is_party(tok: "Token") -> bool:
    """A person, body or state: a named entity, a personal pronoun, a noun for people or groups, or
    people by their office ("the minister allowed")."""

    if tok.ent_type_ in ACTOR_TYPES or tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in THING_PRONOUNS
    return lemma_of(tok) in PARTY_NOUNS or lemma_of(tok) in TITLE_HEADS or is_people(tok)


def is_circumstance_permission(verb: "Token") -> bool:
    """Whether a permission verb's subject is a thing ("the event that allows him to ...")."""
    if lemma_of(verb) not in PERMISSION_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return False  # "was allowed to leave", "allowing X to ...": the grantor is elsewhere
    subject = subjects[0]
    if subject.dep_ == "csubj":
        return True  # "Leaving early allows them to ...": a clause, never a party
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return not _is_party(verb.head)  # "the event that allows": the noun the clause hangs on
    return not _is_party(subject)
