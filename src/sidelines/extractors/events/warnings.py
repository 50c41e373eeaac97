"""Warnings about someone: an allegation against them, not a threat.

PLOVER's THREATEN is a threat of the source's own action. The CAMEO dictionaries code the warning
verb's patterns by what is warned of: one's own response ("WARN OF A STRONG RESPONSE", "WARN
&MILITARY COULD ...") is a threat (13x), while a warning "THAT + PREPARE FOR ATTACK" or "THAT + NUCLEAR
AMBITION" is criticism of that party (11x), and "OF DISASTROUS CONSEQUENCES" a comment (012). So a
warning verb is an accusation of the party it is about when

* it is "about" or "of" a party ("the FBI was warned about X"), or
* its "that" clause states a fact about a third party, with no modal of what will be done ("warned
  the FBI that X was a threat"; "warned that Y would impose sanctions" stays a threat).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.extractors.events.lexicon_triggers import is_party
from sidelines.extractors.events.phrases import entities_at
from sidelines.extractors.lookup import lemma_of
from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

WARNING_VERBS = frozenset({"warn", "caution"})
# Prepositions of what a warning is about.
ABOUT_PREPS = frozenset({"about", "of"})
# First-person subjects speak of the warner's own side ("we will respond").
FIRST_PERSON = frozenset({"i", "we", "us", "me"})


def warned_about(verb: "Token") -> list["Token"]:
    """The parties a warning verb is about (see the module), or none when it is no such warning."""
    if lemma_of(verb) not in WARNING_VERBS:
        return []
    about = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS
             for g in c.children if g.dep_ == "pobj" and is_party(g)]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(c.tag_ == "MD" for c in clause.children):
            continue  # "warned that X would ...": what will be done, a threat or a forecast
        about += [s for s in clause.children if s.dep_ in NOMINAL_SUBJECTS and is_party(s)
                  and s.lower_ not in FIRST_PERSON]
    return about


def warned_about_sides(cand: EventCandidate, verb: "Token", parties: list["Token"], index: "EntityIndex") -> None:
    """The parties warned about are the targets; the one warned ("warned the FBI") is none."""
    warned = {e for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")
              for e in entities_at(c, index)}
    for eid in warned:
        if cand.actors.get(eid) == "target":
            del cand.actors[eid]
    for party in parties:
        add_actor(cand, entities_at(party, index), "target")
