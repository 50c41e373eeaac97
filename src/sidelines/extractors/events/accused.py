"""The one accused in a charge told by its content: "accusations that X lied", "claims that X cheated".

An accusation noun with a "that" clause names what the accused did: the clause's subject is
whom the charge is aimed at. The subject of the verb the noun hangs on ("X denied accusations
that she ...", "X faces charges that he ...") is no accuser when it is the one accused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.extractors.events.phrases import entities_at, subject_of
from sidelines.extractors.lookup import same_line

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Types whose event noun's "that" clause tells what the accused did.
CHARGE_TYPES = frozenset({"ACCUSE"})
# Clause links of a noun's content clause ("accusations that ...").
CONTENT_DEPS = frozenset({"acl", "ccomp"})


def content_clauses(noun: "Token") -> list["Token"]:
    """The "that" clauses of a noun ("accusations that she lied"), not its relative clauses."""
    return [c for c in noun.children if c.dep_ in CONTENT_DEPS and same_line(c, noun)
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]


def accused_in_clause(cand: EventCandidate, index: "EntityIndex") -> list[str]:
    """Make the subject of a charge noun's "that" clause the target; return the entities made so."""
    noun = cand.noun if cand.noun is not None else (cand.head if cand.kind == "noun" else None)
    if noun is None or cand.type not in CHARGE_TYPES:
        return []
    accused: list[str] = []
    for clause in content_clauses(noun):
        subj, _ = subject_of(clause)
        if subj is None or subj.i == noun.i:
            continue
        accused.extend(e for e in entities_at(subj, index) if e not in accused)
    for eid in accused:
        # The verb's subject is no accuser when it is the one accused ("denied accusations that she ...").
        if cand.actors.get(eid) in ("source", "participant"):
            del cand.actors[eid]
    add_actor(cand, accused, "target")
    return accused
