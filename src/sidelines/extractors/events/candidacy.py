"""A candidacy: seeking an office is running for it, no request of anyone.

"is seeking the nomination", "will seek reelection", "sought the presidency", "seeking the White House",
"seeking a strong finish": a candidate's run, campaign news (tests/golden/articles/README.md: campaigns
and election wins are no events), not a REQUEST to whoever grants the office ("sought the nomination
from the state committee"). "sought help from X", "seeks talks with X" stay requests. So is a vote
cast by an electorate or a place ("Ashford County voted for X", "voters in Lindmark voted for Y"):
an election result, no SUPPORT.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.electorate import ELECTORATE_WORDS, is_mass
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.countries import country_by_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of going after something.
SEEKING_VERBS = frozenset({"seek", "pursue"})
# Offices and the steps to them that a candidate runs for.
OFFICE_NOUNS = frozenset({
    "nomination", "reelection", "re-election", "election", "presidency", "governorship", "mayoralty",
    "office", "seat", "candidacy", "chairmanship", "premiership", "leadership",
})
# What a candidate goes after in a race ("seeking a breakout performance", "sought a third term").
RACE_GOALS = frozenset({"victory", "win", "performance", "finish", "comeback", "term"})


def seeks_office(verb: "Token") -> bool:
    """ "seeking the nomination", "will seek reelection": running for an office (rule ``nonevent:candidacy``)."""
    if lemma_of(verb) not in SEEKING_VERBS:
        return False
    return any(c.dep_ in ("dobj", "obj") and (lemma_of(c) in OFFICE_NOUNS | RACE_GOALS or _seat_of_office(c))
               and not _elections_called(c) for c in verb.children)


def _seat_of_office(noun: "Token") -> bool:
    """ "seeking the White House": the house an office sits in stands for the office."""
    return noun.lower_ == "house" and any(c.lower_ == "white" for c in noun.children)


# Modifiers of an election that someone else must call ("early elections", "a snap election").
CALLED_ELECTION_MODIFIERS = frozenset({"early", "snap", "new", "fresh", "free", "immediate", "general"})
# Modifiers of one's own run ("her first election", "a third straight election").
RUN_MODIFIERS = frozenset({"straight", "consecutive", "successive"})


def _elections_called(noun: "Token") -> bool:
    """ "seeking early elections", "seeks a snap election": elections asked of those who call them, a
    demand; "will seek election", "her first election", "a third straight election" are one's own run."""
    if lemma_of(noun) != "election":
        return False
    kids = list(noun.children)
    if any(c.dep_ == "poss" or c.tag_ == "PRP$" or c.ent_type_ == "ORDINAL" or c.like_num or c.lower_ in RUN_MODIFIERS
           for c in kids):
        return False
    return noun.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "amod" and c.lower_ in CALLED_ELECTION_MODIFIERS for c in kids)


# Places that vote as an electorate when they vote for a candidate ("the state voted for X"), and as a
# body otherwise ("the Gulf state of X voted against the resolution").
PLACE_WORDS = frozenset({"county", "district", "precinct", "state", "ward", "township", "parish"})


def _voters(verb: "Token") -> list["Token"]:
    """Who votes: the subject, or for a participle without one ("..., voting for X") its clause's."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def is_electoral_vote(verb: "Token") -> bool:
    """ "Ashford County voted for X", "voters voted for Y", "Paris voted for Z in 2020": a vote of an
    electorate, or of a place for a candidate, is an election result (rule ``nonevent:electoral-vote``); a
    country's vote stays its act, and so does a place's or a capital's vote on anything but a person
    ("Beijing voted against X at the Security Council", "the Gulf state of X voted against Y")."""
    if lemma_of(verb) != "vote":
        return False
    for_person = any(
        t.ent_type_ == "PERSON" for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "against")
        for g in p.children if g.dep_ == "pobj" for t in g.subtree)
    return any(
        lemma_of(v) in ELECTORATE_WORDS or is_mass(v)
        or for_person and (lemma_of(v) in PLACE_WORDS or (
            v.ent_type_ in ("GPE", "LOC") and country_by_name(" ".join(t.text for t in v.subtree)) is None))
        for v in _voters(verb)
    )
