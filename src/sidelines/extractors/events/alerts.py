"""Warnings about a third party: "warned Y that X was a danger", "was warned about X".

"warn" is a threat when the warner tells what it will do ("warned it would close the border",
"warned the rebels to lay down their arms"). Told of someone else, with no act of the warner to
come, a warning is a charge against that party (CAMEO's disapproval, PLOVER ACCUSE): the party is
the target, and whoever was warned is only told of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.events.phrases import entities_at
from sidelines.extractors.lookup import lemma_of
from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

WARNING_VERBS = frozenset({"warn", "caution", "alert"})
# Prepositions that name whom a warning is about ("warned about X", "warned of X").
ABOUT_PREPS = frozenset({"about", "of"})
# Auxiliaries that make the warned-of clause an act to come: the warner's threat ("that it would retaliate").
FUTURE_OR_MODAL = frozenset({"will", "would", "could", "might", "may", "can", "shall", "should", "must",
                             "'ll", "'d", "wo", "ca"})
# Pronouns that stand for a third party in the warned-of clause ("warned that he was a danger").
THIRD_PARTY_PRONOUNS = frozenset({"he", "she"})


def _warner_is_person(verb: "Token") -> bool:
    for child in verb.children:
        if child.dep_ == "nsubj" and child.ent_type_ == "PERSON":
            return True
        if child.dep_ == "agent" and any(g.ent_type_ == "PERSON" for g in child.children):
            return True
    return False


def _is_party(tok: "Token", verb: "Token") -> bool:
    """A named party, or one named in apposition ("the militia leader, Marko Horvat")."""
    named = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    if any(t.ent_type_ in ACTOR_TYPES or t.pos_ == "PROPN" for t in named):
        return True
    return tok.lower_ in THIRD_PARTY_PRONOUNS and not _warner_is_person(verb)


def warned_party(verb: "Token") -> "Token | None":
    """Whom a warning is about: the object of "about"/"of", or the subject of a that-clause with no act
    to come; None when the warning tells the warner's own act (a threat) or names no party."""
    if lemma_of(verb) not in WARNING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ABOUT_PREPS:
            party = next((g for g in child.children if g.dep_ == "pobj" and _is_party(g, verb)), None)
            if party is not None:
                return party
        if child.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ in FUTURE_OR_MODAL for a in child.children):
            subj = next((g for g in child.children if g.dep_ in NOMINAL_SUBJECTS), None)
            if subj is not None and _is_party(subj, verb):
                return subj
    return None


def is_alert(cand: EventCandidate) -> bool:
    """Whether a candidate is a warning verb about a third party (typed ACCUSE by :func:`retype_alert`)."""
    return cand.kind == "verb" and warned_party(cand.head) is not None


def retype_alert(cand: EventCandidate) -> None:
    """A THREATEN warning about a third party becomes ACCUSE."""
    if cand.type == "THREATEN" and is_alert(cand):
        cand.type, cand.mode = "ACCUSE", "disapprove"


def alert_sides(cand: EventCandidate, index: "EntityIndex") -> None:
    """The party warned about is the target; those warned (object, passive subject) are no side."""
    party = warned_party(cand.head) if cand.type == "ACCUSE" and cand.kind == "verb" else None
    if party is None:
        return
    told = {e for c in cand.head.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")
            for e in entities_at(c, index)}
    for eid in [e for e, role in cand.actors.items() if e in told and role == "target"]:
        del cand.actors[eid]
    add_actor(cand, entities_at(party, index), "target")
