"""Verb patterns of criticism that are shooting among armed sides: "troops came under fire from rebels".

The dictionaries code "came under fire" as criticism (CAMEO 111), which it is for a minister and the
opposition; when the one fired on or the one firing is an armed force or a violent group ("peacekeepers",
"a police patrol", "gunmen", "rebels"), and no reason follows ("over the budget"), the pattern's noun
tells its own act: an ASSAULT of the kind the noun names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.people_words import PEOPLE_NOUNS
from sidelines.extractors.events.phrases import subject_of
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex
from sidelines.lexicon.titles import TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

# The type rule noted on a criticism pattern it makes an attack.
ARMED_RULE = "armed: criticism pattern whose sides are armed ('troops came under fire from rebels') is an attack"
# Words of armed sides: forces and the violent groups of the violence words.
ARMED_WORDS = lex.FORCE_OBJECTS | (lex.VIOLENCE_WORDS & {"fighter", "gunman", "militant", "police", "rebel",
                                                         "soldier", "terrorist", "troop", "army"})
REASON_PREPS = frozenset({"over", "for"})


def _armed(tok: "Token") -> bool:
    """Whether a noun phrase names an armed side: its head, or a modifier of a head that is no person
    ("a police patrol", not "the police chief")."""
    if lemma_of(tok) in ARMED_WORDS:
        return True
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    return lemma_of(tok) not in PEOPLE_NOUNS | TITLE_HEADS and any(lemma_of(w) in ARMED_WORDS for w in mods)


def armed_retype(verb: "Token", noun: str, sides: list["Token"]) -> tuple[str, str | None] | None:
    """The ASSAULT a criticism pattern's noun tells when a side is armed (see the module); None otherwise."""
    physical = lex.NOUN_TRIGGERS.get(noun)
    if physical is None or physical[0] != "ASSAULT":
        return None
    if any(c.dep_ == "prep" and c.lower_ in REASON_PREPS for c in verb.children):
        return None  # "came under fire over the budget": a reason is criticism's
    subj, _ = subject_of(verb)
    parties = [t for t in [subj, *sides] if t is not None]
    if not any(_armed(t) for t in parties):
        return None
    return physical
