"""Appointments: naming a person to a post backs them (SUPPORT).

The CAMEO dictionaries keep the verbs of naming to office in one synonym set ("--- NAME [---]":
appoint, nominate, designate, elect, name, slate) with no code of its own, and code its pattern with a
"to" phrase ("* TO HEAD", "prep:to") as endorsement (051) and "AMBASSADOR TO +" as diplomatic support
(050). The verbs are read from that set in the derived lexicon (the ones in no other set), and tell an
event only when a person is named to or as something: "named Lena Dravic to the court", "appointed
her as chief of staff", "named her secretary of state"; "the bridge was named after X" or "named the
ferry Lena" tell none. "Y's nominee, X" (the "-ee" noun of a naming verb in apposition to a person) is Y backing X.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sidelines.eventtype import load_lexicon
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.nonevents import PERSON_PRONOUNS
from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# The CAMEO synonym set of naming to office, and the prepositions of the post named to.
NAMING_SET = "NAME"
POST_PREPS = frozenset({"to", "as"})


@lru_cache(maxsize=1)
def appointing_verbs() -> frozenset[str]:
    """The verbs whose only synonym sets in the derived lexicon are the CAMEO naming set."""
    lexicon = load_lexicon()
    naming = {i for i, block in enumerate(lexicon.blocks) if block.get("name") == NAMING_SET}
    return frozenset(verb for verb, entry in lexicon.verbs.items()
                     if entry.get("blocks") and set(entry["blocks"]) <= naming)


def _is_person(tok: "Token") -> bool:
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PRON" and tok.lower_ in PERSON_PRONOUNS)


def appointment_trigger(verb: "Token") -> EventCandidate | None:
    """A SUPPORT mention of a naming verb with a person named to or as a post (see the module)."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in appointing_verbs():
        return None
    named = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and _is_person(c)]
    post = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ in POST_PREPS) or c.dep_ == "oprd"]
    if not named or not post:
        return None
    return EventCandidate("SUPPORT", None, verb, verb, "verb", [(verb.idx, verb.idx + len(verb))])


@lru_cache(maxsize=1)
def appointee_nouns() -> frozenset[str]:
    """The "-ee" nouns of the naming verbs: the one named ("nominate" -> "nominee", "appoint" -> "appointee")."""
    out = set()
    for verb in appointing_verbs():
        stem = verb[:-3] if verb.endswith("ate") else verb[:-1] if verb.endswith("e") else verb
        out.add(stem + "ee")
    return frozenset(out)


def named_person(noun: "Token") -> "Token | None":
    """The person an appointee noun stands in apposition to ("X, Y's nominee"; "his nominee, X")."""
    if noun.dep_ == "appos" and _is_person(noun.head):
        return noun.head
    return next((c for c in noun.children if c.dep_ == "appos" and _is_person(c)), None)


def appointee_trigger(noun: "Token") -> EventCandidate | None:
    """A SUPPORT mention of "Y's nominee" with the person named in apposition: Y backs that person."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in appointee_nouns():
        return None
    if not any(c.dep_ == "poss" for c in noun.children) or named_person(noun) is None:
        return None
    return EventCandidate("SUPPORT", None, noun, None, "noun", [(noun.idx, noun.idx + len(noun))])
