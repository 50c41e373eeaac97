"""Trigger verbs whose sense their own subject, object or particle gives as no political act.

A verb of asking, threatening, rallying, sharing or fighting tells an event only when a party does
it to or with another. Its arguments say when it does not:

* "sought to win over voters": *seek* with an infinitive is *try*;
* "inflation threatens to erode wages", "the market rallied": a subject that is no actor (no name,
  no people, no event) does nothing to anyone;
* "rallied voters", "rally support", "rallied behind the judge": a transitive *rally* gathers backing,
  a protest is an intransitive gathering;
* "shared a microphone", "the two countries share a border": *share* is cooperation only as a
  giving to a partner ("shared data with X");
* "vowed to fight on": *fight* with "on" and no opponent is persisting, not violence;
* "killed when a van struck him", "hit by a car": a road vehicle that strikes or kills is an accident;
* "fired X as coach": *fire* with "as" and a post dismisses someone from it;
* "sat down with X for an interview": a sit-down told as an interview or a broadcast is no talks;
* "yielded to temptation", "yielded gains": *yield* to or of something no party is in concedes nothing;
* "the policy could kill thousands of jobs": harm that no actor does to no one is no violence.

These checks read only the dependency parse of the trigger's own clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex
from sidelines.lexicon.titles import TITLE_HEADS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of places that act as their governments ("the state threatened to sue").
POLITY_NOUNS = frozenset({"state", "country", "nation", "city", "province", "region", "town", "county",
                          "capital", "republic", "kingdom", "bank", "side", "camp", "bloc", "regime"})
# Verbs whose subject must be an actor for the verb to tell an act.
ACTOR_SUBJECT_VERBS = frozenset({"threaten", "warn", "rally", "seek", "demand", "share"})
# Verbs of harm that a road vehicle does by accident ("a van struck him", "hit by a car").
ACCIDENT_VERBS = frozenset({"kill", "hit", "strike", "injure", "die"})
# Road vehicles (not "truck bomb": the head of the phrase is read).
VEHICLE_NOUNS = frozenset({"car", "van", "truck", "lorry", "bus", "vehicle", "motorcycle", "motorbike", "taxi",
                           "train", "tram", "suv", "tractor", "minibus", "scooter"})
# Verbs that dismiss someone from a post named after "as".
DISMISS_AS_VERBS = frozenset({"fire", "sack", "oust", "remove"})
# Verbs read here beyond those.
CHECKED_VERBS = (ACTOR_SUBJECT_VERBS | ACCIDENT_VERBS | DISMISS_AS_VERBS | lex.FIGURATIVE_HARM_VERBS
                 | {"fight", "sit", "yield"})
# Prepositions that make *rally* a rallying to someone's side or back from a deficit.
RALLY_SIDE_PREPS = frozenset({"behind", "around", "round", "to", "from"})


def is_non_actor(tok: "Token") -> bool:
    """A common noun that names no people, no body, no place that acts and no event ("inflation", "prices")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or is_people(tok):
        return False
    lemma = lemma_of(tok)
    return not (lemma in POLITY_NOUNS or lemma in lex.NOUN_TRIGGERS or lemma in lex.VIOLENCE_WORDS
                or lemma in lex.FORCE_OBJECTS)


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject, or the subject of the verb it is the infinitive of ("threatens to ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def _objects(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def _preps(tok: "Token") -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "prep"}


def _shared_with(verb: "Token") -> bool:
    """Whether a partner is named, on the verb or on what is shared ("shared evidence with X")."""
    return "with" in _preps(verb) or any("with" in _preps(o) for o in _objects(verb))


def _seeks_no_request(verb: "Token") -> bool:
    """ "sought to win over voters": *seek* with an infinitive is trying, no one is asked."""
    return any(c.dep_ == "xcomp" for c in verb.children)


def _vehicle_does(verb: "Token") -> bool:
    """Whether a road vehicle is the subject or the passive agent of the verb or of a clause of it."""
    for clause in [verb, *(c for c in verb.children if c.dep_ == "advcl")]:
        for child in clause.children:
            if child.dep_ == "nsubj" and lemma_of(child) in VEHICLE_NOUNS:
                return True
            if child.dep_ == "agent" and any(g.dep_ == "pobj" and lemma_of(g) in VEHICLE_NOUNS for g in child.children):
                return True
    return False


def _dismissed_as(verb: "Token") -> bool:
    """ "fired Moss as coach", "was sacked as manager": a post named after "as"."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ == "pobj" and (lemma_of(g) in TITLE_HEADS or lemma_of(g) in occupations()) for g in c.children)
        for c in verb.children)


def _yields_to_no_party(verb: "Token") -> bool:
    """ "yielded to temptation", "the plan yielded savings": no party in what is yielded to or yielded."""
    phrases = _objects(verb) + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                                for g in c.children if g.dep_ == "pobj"]
    return bool(phrases) and not any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or is_people(t) or lemma_of(t) in lex.NOUN_TRIGGERS
        for p in phrases for t in p.subtree)


def _harms_no_one(verb: "Token") -> bool:
    """ "the levy could kill thousands of jobs": a subject that is no actor, objects with no people in them
    and no bare count of victims ("killed 12")."""
    subj = _subject(verb)
    objects = _objects(verb)
    if subj is None or not is_non_actor(subj) or not objects:
        return False
    heads = objects + [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
    return not any(is_people(t) or (t.tag_ == "CD" and not any(c.lower_ == "of" for c in t.children))
                   for t in heads)


def is_figurative_act(verb: "Token", event_type: str) -> bool:
    """Whether a trigger verb's subject, object or particle gives it a sense that is no event (see the module)."""
    lemma = lemma_of(verb)
    if lemma not in CHECKED_VERBS:
        return False
    subj = _subject(verb)
    if lemma in ACTOR_SUBJECT_VERBS and subj is not None and is_non_actor(subj):
        return True
    if lemma == "seek" and event_type == "REQUEST":
        return _seeks_no_request(verb)
    if lemma == "rally" and event_type == "PROTEST":
        return bool(_objects(verb)) or bool(_preps(verb) & RALLY_SIDE_PREPS)
    if lemma == "share" and event_type == "COOPERATE":
        return not _shared_with(verb)
    if lemma in ACCIDENT_VERBS and event_type == "ASSAULT" and _vehicle_does(verb):
        return True
    if lemma in DISMISS_AS_VERBS and event_type == "ASSAULT" and _dismissed_as(verb):
        return True
    if lemma in lex.FIGURATIVE_HARM_VERBS and event_type == "ASSAULT" and _harms_no_one(verb):
        return True
    if lemma == "yield" and event_type == "CONCEDE":
        return _yields_to_no_party(verb)
    if lemma == "sit" and event_type == "CONSULT":
        return any(t.pos_ == "NOUN" and lemma_of(t) in lex.INTERVIEW_WORDS for t in verb.sent)
    if lemma == "fight" and event_type == "ASSAULT":
        return not _objects(verb) and any(c.lower_ == "on" and c.dep_ in ("prt", "advmod") for c in verb.children)
    return False
