"""Appointments: naming a person to a post backs them (SUPPORT).

The CAMEO dictionaries keep the verbs of naming to office in one synonym set ("--- NAME [---]":
appoint, nominate, designate, elect, name, slate) with no code of its own, and code its pattern with a
"to" phrase ("* TO HEAD", "prep:to") as endorsement (051) and "AMBASSADOR TO +" as diplomatic support
(050). The verbs are read from that set in the derived lexicon (the ones in no other set), and tell an
event only when a person is named to or as something: "named Lena Dravic to the court", "appointed
her as chief of staff", "named her secretary of state"; "the bridge was named after X" or "named the
ferry Lena" tell none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sidelines.eventtype import load_lexicon
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# The CAMEO synonym set of naming to office, and the prepositions of the post named to.
NAMING_SET = "NAME"
POST_PREPS = frozenset({"to", "as"})
# Personal pronouns that stand for the person named.
PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})


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
