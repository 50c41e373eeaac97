"""The electorate and the public as doers: their backing, opposing or voting is a vote or an opinion, no act.

"Most voters support X", "supported by 42 percent of voters", "her supporters voted for Y", "workers at the
plant oppose Z", "delegates are expected to back W": a mass of private people choosing or preferring a
party is what an election or a poll measures, not an event between parties (rule
``nonevent:mass-opinion``). Bodies ("the union endorsed X"), office holders ("lawmakers backed the plan"),
named groups ("Senate Republicans rejected ...") and members of a named organisation ("members of the
Democratic National Committee backed X") still act.

The class of private people is read from the actor layer's word lists, less the offices and trades of the
title lexicon and the bodies and forces: the crowds of a place (:data:`LOCAL_CROWDS`), people by role
(:data:`ROLE_PEOPLE`), plain people and backers, and the electorate (:data:`ELECTORATE_WORDS`, :data:`VOTING_MEMBERS`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sidelines.extractors.actors.groups import (
    BACKERS,
    GROUP_NOUNS,
    OUTSIDE_PEOPLE,
    PATIENT_PEOPLE,
    PLAIN_PEOPLE,
    ROLE_BODIES,
    ROLE_PEOPLE,
)
from sidelines.extractors.actors.local_groups import LOCAL_CROWDS
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.titles import TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ELECTORATE_WORDS", "MASS_OPINION_RULE", "is_mass", "is_mass_opinion", "is_poll_support", "private_people"]

MASS_OPINION_RULE = "nonevent:mass-opinion"
# Those who cast the votes of an election or answer a poll, and the shares and polls that count them: their
# backing is a vote or a poll answer, not an act of support (a README "not an event").
ELECTORATE_WORDS = frozenset({"voter", "electorate", "respondent", "percent", "%", "poll", "survey", "majority",
                              "plurality", "constituent", "caucusgoer", "primary"})
# Those who cast the votes of a nomination or an electoral college: an electorate in the plural ("delegates
# backed X"), while one of them may act on her own ("a county delegate who supports X").
VOTING_MEMBERS = frozenset({"delegate", "superdelegate", "elector"})
# Verbs of backing or choosing that tell poll answers or votes when voters or a share of them back or choose.
BACKING_VERBS = frozenset({"support", "back", "favor", "favour", "prefer", "choose", "pick", "select"})
# Verbs of an opinion or a vote for or against a party: backing, choosing, opposing, voting, leaning.
OPINION_VERBS = BACKING_VERBS | {"oppose", "reject", "vote", "lean", "dislike", "distrust"}
# Pronouns that stand for a mass named in the governing clause ("voters said they support X").
MASS_PRONOUNS = frozenset({"they", "we"})
# Named-entity types of a party that owns its members ("members of the DNC", "Google workers").
OWNER_TYPES = frozenset({"ORG", "GPE", "NORP"})
# Bodies whose members act ("Democrats in the Senate", "Republicans on the committee"): the actor layer's.
BODY_WORDS = frozenset(w for w, kind in GROUP_NOUNS.items() if kind == "ORG") | frozenset(ROLE_BODIES)


@lru_cache(maxsize=1)
def private_people() -> frozenset[str]:
    """Nouns (lemmas) for private people: crowds, people by role, plain people, backers, the electorate and
    its delegates, less offices and trades (the title heads), bodies, forces, outsiders and those acted on."""
    people = LOCAL_CROWDS | frozenset(ROLE_PEOPLE) | PLAIN_PEOPLE | BACKERS | {"member", "fan", "citizen"}
    bodies = frozenset(w for w, kind in GROUP_NOUNS.items() if kind == "ORG")
    office = TITLE_HEADS | bodies | frozenset(ROLE_BODIES) | OUTSIDE_PEOPLE | PATIENT_PEOPLE
    electorate = ELECTORATE_WORDS - {"percent", "%", "poll", "survey", "primary"}
    return frozenset(people - office) | VOTING_MEMBERS | electorate


def _backers(verb: "Token") -> list["Token"]:
    """Who backs: the subject (through a relative pronoun to its noun) or the passive's agent."""
    out = []
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        out.append(verb.head)  # "71 percent of voters backing X": the participle tells of its noun
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                # "Latino and black voters, who backed her": the relative stands for the whole phrase.
                out += [verb.head, *verb.head.conjuncts]
            else:
                out.append(child)
        elif child.dep_ == "agent":
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out


def _subject_of_clause(verb: "Token") -> list["Token"]:
    """The backers, or for a verb with none of its own (an infinitive, "are expected to back X", a conjunct)
    those of the verb it hangs on."""
    found = _backers(verb)
    while not found and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _owned_by_a_party(noun: "Token") -> bool:
    """ "members of the Democratic National Committee", "DNC members", "Google workers": people of a named
    body, who act for it. Backers and voters named by whom they back ("Ndegwa supporters", "GOP voters")
    belong to no body: they are the electorate still."""
    if lemma_of(noun) in BACKERS | ELECTORATE_WORDS:
        return False
    for child in noun.children:
        if child.dep_ in ("compound", "poss", "nmod") and child.ent_type_ in OWNER_TYPES and child.pos_ == "PROPN":
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(g.ent_type_ in OWNER_TYPES and g.pos_ == "PROPN" for g in child.subtree if g.i != child.i):
                return True
    return False


def _share_of(noun: "Token") -> "Token | None":
    """The people a share is of ("most of the union's members", "40 percent of voters"), else None."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def is_mass(noun: "Token") -> bool:
    """A mass of private people: a common noun of :func:`private_people` in the plural, not of a named
    party; a share of one ("most of the members", "40 percent of voters"), or a pronoun ("they") whose
    speaking clause's subject is one ("voters said they support X")."""
    if noun.lower_ in MASS_PRONOUNS:
        speech = noun.head.head if noun.head.dep_ == "ccomp" else None
        if speech is not None and speech.dep_ == "acl" and speech.tag_ == "VBG":
            return _speakers_mass(speech.head)  # "45 percent of voters saying they support X"
        return speech is not None and any(is_mass(s) for s in speech.children if s.dep_ == "nsubj")
    lemma = lemma_of(noun)
    if lemma in ("percent", "%", "majority", "plurality", "most", "many", "some", "half", "third", "quarter"):
        share = _share_of(noun)
        if share is not None and lemma in ("percent", "%") and share.ent_type_ == "NORP" and not _in_a_body(share):
            return True  # "47 percent of Cuban Americans": a poll's share of a people
        return share is not None and is_mass(share) or lemma in ("percent", "%") and share is None
    if noun.pos_ != "NOUN" or lemma not in private_people():
        return False
    plural = noun.tag_ == "NNS" or lemma in ("electorate", "majority", "plurality")
    return plural and not _owned_by_a_party(noun)


def _in_a_body(people: "Token") -> bool:
    """ "Democrats in the Senate", "Republicans on the committee": members of a named or common body, who act
    (their votes are no poll answers)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on", "of") and any(
        g.dep_ == "pobj" and (g.ent_type_ == "ORG" or lemma_of(g) in BODY_WORDS) for g in c.children)
        for c in people.children)


def _speakers_mass(noun: "Token") -> bool:
    """Whether those a speaking participle tells of are a mass: the noun, or the share it is the "of" of
    ("45 percent of Mexican Americans saying ...")."""
    if is_mass(noun):
        return True
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.i != prep.i and is_mass(prep.head)


def is_mass_opinion(verb: "Token") -> bool:
    """ "voters rejected X", "her supporters voted for Y", "delegates are expected to back Z": a verb of
    opinion or vote whose every backer is a mass of private people (rule ``nonevent:mass-opinion``)."""
    if lemma_of(verb) not in OPINION_VERBS:
        return False
    backers = _subject_of_clause(verb)
    return bool(backers) and all(is_mass(b) for b in backers)


def is_poll_support(verb: "Token") -> bool:
    """ "supported by 42 percent of voters", "voters, who backed her": a vote or poll, not an act."""
    if lemma_of(verb) not in BACKING_VERBS:
        return False
    return any(
        lemma_of(b) in ELECTORATE_WORDS or b.ent_type_ == "PERCENT"
        or any(c.ent_type_ == "PERCENT" for c in b.children)
        for b in _backers(verb)
    )
