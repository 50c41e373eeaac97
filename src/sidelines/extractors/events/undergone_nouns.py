"""Acts undergone: "X came under attack from Y", "X is the subject of an investigation by Y".

An event noun after "under" on a verb ("came under attack", "is under investigation", "found himself
under pressure"), or after "of" on a noun of the one acted on that a copula gives the subject ("was
the target of attacks", "became the subject of an investigation", "is the victim of a smear"), names
an act the clause's subject undergoes, as a passive does: the subject is the target, not the doer,
and the party after "from" or "by" (on the verb or on the noun) is the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.phrases import entities_at, subject_of
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

UNDER_RULE = "under: the subject of 'came under attack from Y' undergoes the act, Y is its source"
# Nouns of the one an act is aimed at ("the target of", "the subject of an investigation").
UNDERGOER_NOUNS = frozenset({"target", "subject", "object", "focus", "victim"})
# Prepositions (and the passive agent) that name whom an undergone act comes from.
GIVER_DEPS = frozenset({"from", "by"})


def under_verb(noun: "Token") -> "Token | None":
    """The verb whose subject undergoes an event noun: "came under attack", "was the target of attacks"
    (a copula's attribute of the one acted on); None otherwise."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return None
    # a clause-opening "Under the ceasefire, X did Y" frames the clause; X undergoes nothing
    if prep.lower_ == "under" and prep.head.pos_ in ("VERB", "AUX") and (prep.i > prep.head.i or _has_giver(noun)):
        return prep.head
    role = prep.head
    if prep.lower_ == "of" and lemma_of(role) in UNDERGOER_NOUNS and role.dep_ in ("attr", "oprd") and (
            role.head.pos_ in ("VERB", "AUX")):
        return role.head
    return None


def _has_giver(noun: "Token") -> bool:
    """Whether the noun names who the act comes from ("under pressure from X"; not "under the deal signed by X")."""
    return any(c.dep_ == "prep" and c.lower_ in GIVER_DEPS for c in noun.children)


def _givers(verb: "Token", noun: "Token") -> list["Token"]:
    """The objects of "from"/"by" phrases on the verb or the noun, with their conjuncts."""
    from sidelines.extractors.events.lexicon_triggers import is_party

    phrases = [c for h in (verb, noun) for c in h.children
               if c.dep_ in ("prep", "agent") and c.lower_ in GIVER_DEPS]
    objs = [g for p in phrases for g in p.children if g.dep_ == "pobj"]
    # "by dozens of women", "from a group of senators": the people the quantity counts.
    objs += [g for o in objs if not is_party(o) for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return [g for o in objs for g in (o, *o.conjuncts) if is_party(g)]


def under_sides(cand: "EventCandidate", index: "EntityIndex") -> None:
    """The sides of an event noun after "under" (see the module): the subject the target, the giver the source."""
    if cand.type in lex.SYMMETRIC_TYPES:
        return  # "taxes were the subject of the talks": a topic, no one acted on
    noun = cand.head if cand.kind == "noun" else cand.noun
    verb = under_verb(noun) if noun is not None else None
    if verb is None or noun is None:
        return
    subj, _ = subject_of(verb)
    undergoers = entities_at(subj, index) if subj is not None else []
    givers = [eid for g in _givers(verb, noun) for eid in entities_at(g, index) if eid not in undergoers]
    if not undergoers and not givers:
        return
    for eid in undergoers:
        cand.actors[eid] = "target"
    for eid in givers:
        cand.actors[eid] = "source"
    cand.side_rules.add(UNDER_RULE)
