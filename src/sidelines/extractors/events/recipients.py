"""Recipients and givers: whom a thing given, sent or returned goes to, and who gives it.

"returned the artefacts to X", "sent aid to help X", "X received $5 million from Y", "X was promised
$5 million in loans from Y"; and whether the sides of an event act on each other (:func:`is_joint`).
Read by :mod:`.arguments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.extractors.events.object_sides import listed_members, thing_origins
from sidelines.extractors.events.phrases import entities_at, is_listing, phrase_tokens
from sidelines.extractors.lookup import lemma_of, same_line
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Prepositions on a verb's object that name the act's recipient or partner ("returned X to Y").
OBJECT_RECIPIENT_PREPS = frozenset({"to", "with", "against", "into"})
# Verbs of a "to help X" clause.
HELP_VERBS = frozenset({"help", "assist", "support", "aid"})
# Verbs that bind the parties of an agreement to each other ("signed an accord with X").
SIGNING_VERBS = frozenset({"sign", "ink", "conclude", "seal"})
# Verbs whose subject is given to ("received aid from X"), and the types of what is given.
RECEIVING_VERBS = frozenset({"receive", "obtain", "get"})
GIVING_TYPES = frozenset({"AID", "SUPPORT", "AGREE", "COOPERATE"})


def is_joint(cand: EventCandidate) -> bool:
    """Whether the sides of an event act on each other: a symmetric type, or signing an agreement
    ("X signed a deal with Y" binds both)."""
    if cand.type in lex.SYMMETRIC_TYPES:
        return True
    return cand.kind == "light" and cand.verb is not None and lemma_of(cand.verb) in SIGNING_VERBS


def helped(verb: "Token", index: EntityIndex) -> list[str]:
    """ "sent aid to help X", "provided funds to support X": the one helped is the act's recipient."""
    ids: list[str] = []
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or lemma_of(clause) not in HELP_VERBS:
            continue
        # "help X rebuild": X is the subject of the helped clause.
        helped = [g for c in clause.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        for obj in [*(c for c in clause.children if c.dep_ in ("dobj", "obj")), *helped]:
            ids.extend(e for e in index.actors_in(phrase_tokens(obj), types=("GPE", "NORP", "ORG", "PERSON"))
                       if e not in ids)
    return ids


def giver_and_recipient(cand: EventCandidate, verb: "Token", subj: "Token", index: EntityIndex) -> None:
    """ "X received $5 million from Y", "X was promised $5 million in loans from Y": X is given to, Y gives.

    Only when the verb leaves the thing given as its object (a passive of "promise", "grant", or a
    receiving verb); the "from" phrase may hang on the verb or inside that object.
    """
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i and same_line(c, verb)]
    if not objects:
        return
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    froms += [t for o in objects for t in phrase_tokens(o) if t.dep_ == "prep" and t.lower_ == "from"]
    givers = [e for p in froms for g in p.children if g.dep_ == "pobj" for e in entities_at(g, index)]
    for eid in entities_at(subj, index):
        if eid not in givers:
            cand.actors[eid] = "target"
    for eid in givers:
        cand.actors[eid] = "source"


def object_prep_actors(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """ "returned the artefacts to X", "shared evidence with X": a recipient or partner phrase that the
    parse hangs on the verb's object (a thing, not an actor nor an event noun) belongs to the verb."""
    if cand.kind != "verb" or cand.noun is not None:
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and same_line(c, verb)]
    # "returned Ruritanian carvings to X", "sent supplies and staff such as nurses to X": an
    # origin or a member listed with the thing given leaves the recipient to be found.
    origins = {e for obj in objects for e in thing_origins(obj, index) | listed_members(obj, index)}
    if cand.roles("target") - origins:
        return
    for obj in objects:
        if set(entities_at(obj, index)) - origins or lemma_of(obj) in lex.NOUN_TRIGGERS:
            continue
        # "dozens of artefacts to X", "supplies such as food to X": the phrase may hang on the noun
        # after "of" or on the last one listed.
        nouns = [obj, *(g for c in obj.children if c.dep_ == "prep" and (c.lower_ == "of" or is_listing(c))
                        for g in c.children if g.dep_ == "pobj")]
        preps = [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in OBJECT_RECIPIENT_PREPS]
        # "returned statues that date back to 900 to X": the parser may hang "to X" on the object's
        # relative clause; the last "to" phrase of that clause, after the clause's own words, is the recipient.
        preps += [c for r in obj.children if r.dep_ == "relcl" for c in _last_to_phrase(r)]
        for prep in preps:
            if prep.lower_ == "with" and not is_joint(cand):
                continue  # "sent aid with the Red Cross": a partner in giving, not the recipient
            role = "participant" if prep.lower_ == "with" else "target"
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                add_actor(cand, index.actors_in(phrase_tokens(pobj), types=("GPE", "NORP", "ORG", "PERSON")), role)


def _last_to_phrase(clause: "Token") -> list["Token"]:
    """The last "to" phrase hung directly on a relative clause's verb, when a second one precedes it
    ("that date back to 900 to X") or the clause is passive ("that was stolen in 1990 to X")."""
    tos = [t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "to"]
    last = tos[-1] if tos else None
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return [last] if last is not None and (len(tos) > 1 or passive) and last.head.i == clause.i else []
