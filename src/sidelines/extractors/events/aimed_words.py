"""Hostile words aimed at a party: "aimed sharp criticism at X", "hurled insults at X", "the taunts
they threw at X" (CAMEO 111, criticise or denounce: PLOVER ACCUSE).

Any verb carries the words; what makes the act is the object, a word of verbal attack
(:data:`sidelines.lexicon.plover.VERBAL_ATTACK_MEANS` less the neutral words, "a question", "a
comment"), and the party the words go "at" or "against". The verb's subject says them (the source),
the party after the preposition takes them (the target). The object may also be the noun a relative
clause describes ("the taunts they threw at X", "insults aimed at X"), and a hostile word
stands for the act itself when its phrase names both sides ("X's taunts against Y").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.events.phrases import entities_at
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Words of verbal attack that tell no hostility by themselves ("directed a question at X"), and two that
# after "at"/"against" are mostly physical ("attacks against civilians", "abuse against detainees").
NEUTRAL_WORDS = frozenset({"attack", "abuse", "question", "word", "comment", "remark", "ad", "advertisement",
                           "tweet", "name",
                           "claim", "charge"})
HOSTILE_WORDS = lex.VERBAL_ATTACK_MEANS - NEUTRAL_WORDS
# Prepositions that name whom words are aimed at.
AIM_PREPS = frozenset({"at", "against", "toward", "towards"})


def _hostile_object(verb: "Token") -> "Token | None":
    """The verb's object, or the noun its relative or participle clause describes, when it is a hostile word."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        objs.append(verb.head)
    return next((o for o in objs if lemma_of(o) in HOSTILE_WORDS and o.ent_type_ not in ACTOR_TYPES), None)


def aimed_at(verb: "Token") -> list["Token"]:
    """The parties a verb aims hostile words at ("hurled insults at X"): the objects of "at"/"against"
    on the verb or on its object; empty when the verb aims none."""
    if verb.pos_ != "VERB":
        return []
    words = _hostile_object(verb)  # asked first: most verbs have no hostile object, and the tests are pure
    if words is None or any(c.dep_ == "prt" and c.lower_ in lex.PHRASAL_PARTICLES for c in verb.children):
        return []  # "threw out the complaint against X": a phrasal verb dismisses, aims nothing
    return _aimed_parties(verb) + _aimed_parties(words)


def _aimed_parties(head: "Token") -> list["Token"]:
    """The parties after "at"/"against" on ``head``, with their conjuncts."""
    out = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            out += [t for t in (pobj, *pobj.conjuncts) if _is_party(t)]
    return out


def _speakers(noun: "Token") -> list["Token"]:
    """Who says a hostile word: its possessor, or the party after "by"/"from"."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    out += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for p in c.children if p.dep_ == "pobj"]
    return [t for t in out if _is_party(t) or t.lower_ in ("his", "her", "their")]


def hostile_noun_trigger(noun: "Token") -> EventCandidate | None:
    """ "X's taunts against Y": a hostile word whose phrase names who says it and at whom, or None."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in HOSTILE_WORDS or lemma_of(noun) in lex.NOUN_TRIGGERS:
        return None
    if not (_speakers(noun) and _aimed_parties(noun)):
        return None
    return EventCandidate("ACCUSE", "disapprove", noun, None, "noun", [(noun.idx, noun.idx + len(noun))],
                          found_by_stance=True)


def _is_party(tok: "Token") -> bool:
    from sidelines.extractors.events.lexicon_triggers import is_party

    return is_party(tok)


def aimed_words_trigger(verb: "Token") -> EventCandidate | None:
    """An ACCUSE mention of hostile words a verb aims at a party (see the module), or None."""
    if not aimed_at(verb):
        return None
    return EventCandidate("ACCUSE", "disapprove", verb, verb, "verb", [(verb.idx, verb.idx + len(verb))])


def aimed_sides(cand: EventCandidate, index: "EntityIndex") -> None:
    """The party the words are aimed at is the target; the verb's subject, who aims them, the source."""
    if cand.type != "ACCUSE":
        return
    if cand.kind == "noun" and lemma_of(cand.head) in HOSTILE_WORDS:
        parties, speakers = _aimed_parties(cand.head), _speakers(cand.head)
    elif cand.kind == "verb" and cand.verb is not None:
        parties = aimed_at(cand.verb)
        speakers = [c for c in cand.verb.children if c.dep_ == "nsubj"]
        if not speakers and cand.verb.dep_ == "acl":
            speakers = _speakers(cand.verb.head)  # "X's insults aimed at Y"
    else:
        return
    if not parties:
        return
    targets = {e for p in parties for e in entities_at(p, index)}
    if not targets:
        return
    for eid in [e for e, role in cand.actors.items() if role == "target" and e not in targets]:
        del cand.actors[eid]
    for eid in targets:
        cand.actors[eid] = "target"
    for subj in speakers:
        add_actor(cand, [e for e in entities_at(subj, index) if e not in targets], "source")
