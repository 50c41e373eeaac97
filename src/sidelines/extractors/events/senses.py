"""Trigger verbs whose clause gives them a sense that tells no act between parties.

* "the race was sanctioned by the federation", "the board sanctioned the new format": *sanction* of a thing
  with no party in it permits it ("sanctioned the bank", "sanctioned Kestrian exports" punish);
* "the agency shut down its booking system", "suspended its website": a body stopping its own technical
  service is upkeep ("shut down its embassy", "closed the internet" are still acts);
* "the moderator asked X to explain ...", "moderator Y questioned X": what a moderator or an interviewer asks
  is a question, neither a demand nor talks;
* "we need to have a discussion about ...", "we should sit down for a conversation": a talk wished for;
* "the senator held a rally at the fairgrounds": a lone person's rally is campaigning, not a protest, unless
  it is aimed at something ("a rally against the tax");
* "joined the evening programme": a guest on a broadcast joins no party;
* "the moderator called on X to answer": a moderator's call is a question too;
* the senses of political prose (:mod:`.political_senses`);
* "visited three farms": a visit only to places that are no party ("visited Kestria", "visited the troops",
  "visited the White House" stay visits).

These checks read only the dependency parse of the trigger's own sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.nonacts import BROADCAST_WORDS
from sidelines.extractors.events.people_words import PEOPLE_ENTITY_TYPES, is_people
from sidelines.extractors.events.political_senses import is_political_sense
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.titles import TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of stopping or closing a thing (phrasal "shut down", "take down" read by their verb).
SHUTTING_VERBS = frozenset({"shut", "close", "suspend", "disable", "stop", "halt", "take", "switch", "turn"})
# A body's own technical services: what it runs for its work, not a party or a site of relations.
OWN_SERVICES = frozenset({"system", "website", "site", "portal", "server", "network", "database", "app",
                          "application", "platform", "hotline", "helpline", "line", "email", "centre", "center",
                          "service", "computer", "phone", "account"})
# Property that sanctions punish ("sanctioned the tankers", "sanctioned its exports").
SANCTIONED_PROPERTY = frozenset({"ship", "vessel", "tanker", "aircraft", "plane", "airline", "asset", "account",
                                 "export", "import", "sector", "entity", "network", "fleet", "cargo"})
OWN_POSSESSIVES = frozenset({"its", "their", "our"})
# Verbs of putting a question, and people who put questions in a debate or an interview.
ASKING_VERBS = frozenset({"ask", "question", "press", "quiz", "grill", "query", "challenge", "call"})
QUESTIONERS = frozenset({"moderator", "panelist", "panellist", "interviewer", "questioner"})
# Talks one may only wish for ("need to have a discussion").
TALK_NOUNS = frozenset({"discussion", "conversation", "debate", "dialogue", "dialog", "talk", "chat"})
# Words before such an infinitive that wish or urge it ("need to", "time to", "ought to", "want to").
WISH_WORDS = frozenset({"need", "time", "ought", "want", "should", "must", "moment", "have"})
# Gatherings one holds and the verbs of holding them.
RALLY_NOUNS = frozenset({"rally"})
HOLDING_VERBS = frozenset({"hold", "stage", "host", "headline"})
# Prepositions and infinitives that aim a rally at something ("against the tax", "over the cuts", "to protest").
AIMING_PREPS = frozenset({"against", "over", "for", "in"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "you"})


def _objects(verb: "Token", *deps: str) -> list["Token"]:
    found = [c for c in verb.children if c.dep_ in (deps or ("dobj", "obj", "nsubjpass"))]
    return [x for t in found for x in (t, *t.conjuncts)]


def _has_party(tok: "Token") -> bool:
    """A party or a name (a named place or thing is no mere thing: "the Norvale capital", "sanctioned Malik Oil")."""
    return any(t.ent_type_ in PEOPLE_ENTITY_TYPES or (t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME"))
               or (t.pos_ == "NOUN" and is_people(t)) for t in tok.subtree)


def sanctions_as_permission(verb: "Token") -> bool:
    """ "the race was sanctioned by the federation": a thing with no party in it sanctioned, no penalty reason."""
    if lemma_of(verb) != "sanction" or any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children):
        return False
    things = _objects(verb)
    return bool(things) and not any(_has_party(t) or lemma_of(t) in SANCTIONED_PROPERTY for t in things)


def shuts_own_service(verb: "Token") -> bool:
    """ "the office shut down its portal": its own technical service, stopped by a body."""
    if lemma_of(verb) not in SHUTTING_VERBS:
        return False
    things = _objects(verb, "dobj", "obj")
    if any(c.dep_ == "prep" and c.lower_ in ("to", "with", "between") for t in [verb, *things]
           for c in t.children):
        return False  # "suspended its hotline with Norvale", "its rail service to Tovar": a link to a party
    return bool(things) and all(
        lemma_of(t) in OWN_SERVICES and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in t.children)
        for t in things)


def _questioner(tok: "Token") -> bool:
    return lemma_of(tok) in QUESTIONERS or any(
        lemma_of(c) in QUESTIONERS for c in tok.children if c.dep_ in ("compound", "appos", "amod"))


def asks_as_questioner(verb: "Token") -> bool:
    """ "the moderator asked X to ...", "moderator Y pressed X on ...": a question put in a debate."""
    subjects = _objects(verb, "nsubj")
    if lemma_of(verb) not in ASKING_VERBS or any(
            (c.dep_ == "prep" and c.lower_ == "of") or (c.ent_type_ in ("ORG", "GPE", "NORP") and c.i < s.i)
            for s in subjects for c in s.children):
        return False  # "the moderator of the talks asked", "UN moderator X asked": a mediator's request
    return bool(subjects) and all(_questioner(s) for s in subjects)


def wishes_for_talk(verb: "Token") -> bool:
    """ "we need to have a discussion about X", "should sit down for a conversation": a talk wished for, no partner."""
    if lemma_of(verb) not in ("have", "hold") or not any(lemma_of(o) in TALK_NOUNS for o in _objects(verb, "dobj")):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for t in [verb, *_objects(verb, "dobj")]
           for c in t.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.conjuncts or _has_party(subj)):
        return False  # "Norvale and Kestria must hold talks": the parties are named
    wished = verb.dep_ in ("xcomp", "acl", "relcl") and lemma_of(verb.head) in WISH_WORDS
    return wished or any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in verb.children)


def _one_person(tok: "Token") -> bool:
    """A person: named (a name no one typed as a place or a body), a personal pronoun, or a title ("the senator")."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in ("", "PERSON")
    return tok.ent_type_ == "PERSON" or tok.lower_ in PERSONAL_PRONOUNS or (
        tok.tag_ == "NN" and lemma_of(tok) in TITLE_HEADS)


def holds_own_rally(verb: "Token") -> bool:
    """ "the senator held a rally at the fairgrounds": a person's own rally, aimed at nothing."""
    if lemma_of(verb) not in HOLDING_VERBS:
        return False
    rallies = [o for o in _objects(verb, "dobj", "obj") if lemma_of(o) in RALLY_NOUNS]
    subjects = _objects(verb, "nsubj")
    if not rallies or not subjects or not all(_one_person(s) for s in subjects):
        return False
    return not any((c.dep_ == "prep" and c.lower_ in AIMING_PREPS) or c.dep_ in ("acl", "relcl")
                   for r in rallies for c in r.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("against", "over") for c in verb.children) and not any(
        c.dep_ in ("advcl", "xcomp") and lemma_of(c) == "protest" for c in verb.children)


def visits_no_party(verb: "Token") -> bool:
    """ "visited three farms and a factory": only places or things visited, none a name or people."""
    if lemma_of(verb) != "visit":
        return False
    visited = _objects(verb, "dobj", "obj")
    return bool(visited) and not any(_has_party(t) or t.ent_type_ in ("FAC", "LOC") for t in visited)


def joins_broadcast(verb: "Token") -> bool:
    """ "joined the evening programme": a guest on a broadcast, no party joined."""
    return lemma_of(verb) == "join" and any(lemma_of(o) in BROADCAST_WORDS or o.lower_ in BROADCAST_WORDS
                                            for o in _objects(verb, "dobj", "obj"))


def is_senseless_act(verb: "Token", event_type: str) -> bool:
    """Whether a trigger verb's clause gives it a sense that tells no act (see the module)."""
    if (event_type == "SANCTION" and sanctions_as_permission(verb)) or shuts_own_service(verb):
        return True
    if event_type in ("REQUEST", "CONSULT") and asks_as_questioner(verb):
        return True
    if (event_type == "PROTEST" and holds_own_rally(verb)) or (event_type == "CONSULT" and visits_no_party(verb)):
        return True
    return wishes_for_talk(verb) or is_political_sense(verb, event_type)
