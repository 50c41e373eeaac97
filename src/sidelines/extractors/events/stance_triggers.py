"""Triggers of stances towards a party that the verb lists do not hold (:mod:`sidelines.lexicon.stances`).

* a predicate adjective with its preposition: "she was critical of the mayor", "he is opposed to X";
* a vote or campaign for or against a party: "voted for X", "campaigned for Y" (a bill voted for
  is no party: no event);
* holding a party to blame: "held the ministry responsible", "should be held accountable";
* yielding: "surrendered to the police";
* quitting a race: "dropped his bid", "suspended her campaign", "dropped out of the race";
* campaigning on a party's behalf: "campaigned on his behalf";
* hostile words aimed at a party: "hurled insults at X" (:mod:`.aimed_words`);
* a stance noun naming both sides: "the senator's criticism of the mayor", "praise for X from Y", or
  received by one, who is its target: "X gained support from farmers", "the praise X earned".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sidelines.extractors.events.aimed_words import HOSTILE_WORDS, aimed_words_trigger, hostile_noun_trigger
from sidelines.extractors.events.appointments import appointee_nouns
from sidelines.extractors.events.candidacy import is_electoral_vote
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover
from sidelines.lexicon import stances as st

if TYPE_CHECKING:
    from spacy.tokens import Token



def prep_objects(tok: "Token", word: str, conjuncts: bool = True) -> list["Token"]:
    """The objects of ``tok``'s preposition ``word`` ("of X" on "critical"), with their conjuncts unless
    ``conjuncts`` is False (the "by Y" the parser hung on a warding verb: "repulsed an offensive | by Y")."""
    out = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == word:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out += [pobj, *pobj.conjuncts] if conjuncts else [pobj]
    return out


def _names_party(tok: "Token") -> bool:
    """A person, body or group: a name of one, or a personal pronoun."""
    return tok.ent_type_ in ACTOR_TYPES or (tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them", "us", "me"))


#: The verbs of :data:`~sidelines.lexicon.stances.PARTY_PREP_TRIGGERS` ("voted for X").
PARTY_PREP_VERBS = frozenset(verb for verb, _ in st.PARTY_PREP_TRIGGERS)


def stance_trigger(tok: "Token") -> EventCandidate | None:
    """A stance trigger headed by ``tok`` (see the module docstring), or None."""
    lemma = lemma_of(tok)
    evidence = [(tok.idx, tok.idx + len(tok))]
    if tok.pos_ == "ADJ" or tok.lower_ in st.STANCE_ADJECTIVES:
        entry = st.STANCE_ADJECTIVES.get(tok.lower_)
        if entry is None or tok.dep_ not in ("acomp", "conj", "amod", "advcl", "oprd"):
            return None
        (ptype, mode), word = entry
        if any(_names_party(o) for o in prep_objects(tok, word)):
            return EventCandidate(ptype, mode, tok, tok, "verb", evidence)
        return None
    if tok.pos_ != "VERB":
        return None
    for (verb, word), (ptype, mode) in st.PARTY_PREP_TRIGGERS.items() if lemma in PARTY_PREP_VERBS else ():
        if lemma == verb and any(_names_party(o) for o in prep_objects(tok, word)) and not is_electoral_vote(tok):
            return EventCandidate(ptype, mode, tok, tok, "verb", evidence)
    if lemma == "hold" and any(lemma_of(c) in st.BLAME_COMPLEMENTS for c in _complements(tok)):
        return EventCandidate("ACCUSE", "allege", tok, tok, "verb", evidence)
    if quits_race(tok):
        return EventCandidate("RETREAT", "withdraw", tok, tok, "verb", evidence)
    if lemma in st.CAMPAIGN_VERBS and behalf_of(tok):
        return EventCandidate("SUPPORT", None, tok, tok, "verb", evidence)
    if lemma in st.YIELDING_VERBS:
        ptype, mode = st.YIELDING_VERBS[lemma]
        return EventCandidate(ptype, mode, tok, tok, "verb", evidence)
    return aimed_words_trigger(tok)


def _complements(verb: "Token") -> list["Token"]:
    """The complements of "hold" and of its object ("held [him] [responsible]" parses either way)."""
    out = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advmod", "dep")]
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        out += [c for c in obj.children if c.dep_ in ("amod", "acomp", "oprd")]
    return out


def stance_noun_trigger(tok: "Token") -> EventCandidate | None:
    """A stance noun whose phrase names both who takes the stance and towards whom."""
    if tok.pos_ != "NOUN":
        return None
    if lemma_of(tok) not in st.STANCE_NOUNS:
        return hostile_noun_trigger(tok)
    from sidelines.extractors.events.lexicon_triggers import givers
    from sidelines.lexicon.plover import NOUN_TRIGGERS

    ptype, mode = NOUN_TRIGGERS[lemma_of(tok)]
    doer = any(c.dep_ == "poss" and (_names_party(c) or c.lower_ in ("his", "her", "their")) for c in tok.children)
    doer = doer or any(_names_party(o) for word in st.STANCE_NOUN_DOER_PREPS for o in prep_objects(tok, word))
    target = any(_names_party(o) for word in st.STANCE_NOUN_TARGET_PREPS for o in prep_objects(tok, word))
    # "won the backing of X": the "of" party of support a party receives gives it (``givers``); "received
    # criticism of X" makes X the target, as main reads it, so a targeted stance of another type has no receiver.
    receiver = received_by(tok) if ptype == "SUPPORT" or not target else None
    if receiver is not None and (givers(receiver) or (receiver.dep_ == "relcl" and not target)):
        # "X gained support from farmers": the subject of a receiving verb is the target, "from" the source;
        # with no giver, only what a relative clause says the party received ("the praise she earned").
        cand = EventCandidate(ptype, mode, tok, receiver, "noun", [(tok.idx, tok.idx + len(tok))], found_by_stance=True)
        cand.undergone = True
        return cand
    if not (doer and target):
        return None
    return EventCandidate(ptype, mode, tok, None, "noun", [(tok.idx, tok.idx + len(tok))], found_by_stance=True)


def received_by(noun: "Token") -> "Token | None":
    """The verb of undergoing or receiving whose object ``noun`` is ("won praise", "the praise she
    earned"), with a party for subject, or None."""
    from sidelines.extractors.events.lexicon_triggers import UNDERGOING_VERBS, is_party

    verbs = [noun.head] if noun.dep_ in ("dobj", "obj") else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"]  # "the praise she earned"
    for verb in verbs:
        if verb.pos_ == "VERB" and lemma_of(verb) in UNDERGOING_VERBS and any(
                c.dep_ == "nsubj" and is_party(c) for c in verb.children):
            return verb
    return None


#: The lemmas :func:`quits_race` can hold: its verbs and the verbs of its phrasals.
QUITTING_LEMMAS = st.QUITTING_VERBS | {lemma for lemma, _ in st.QUITTING_PHRASALS}


def quits_race(verb: "Token") -> bool:
    """ "dropped his bid", "ended her campaign", "dropped out of the race": a candidate quits."""
    lemma = lemma_of(verb)
    if verb.pos_ != "VERB" or lemma not in QUITTING_LEMMAS:
        return False
    if any(c.dep_ in ("prt", "prep") and (lemma, c.lower_) in st.QUITTING_PHRASALS for c in verb.children):
        return True
    if lemma not in st.QUITTING_VERBS:
        return False
    # Only a person's own run: "his bid", "her campaign" (not "ended its bombing campaign").
    return any(c.dep_ in ("dobj", "obj") and lemma_of(c) in st.CANDIDACY_NOUNS
               and not any(g.dep_ == "compound" for g in c.children)
               and any(g.dep_ == "poss" and (g.lower_ in ("his", "her", "their") or g.ent_type_ == "PERSON")
                       for g in c.children) for c in verb.children)


def behalf_of(verb: "Token") -> list["Token"]:
    """The party of "on X's behalf" / "on behalf of X" on a verb."""
    out = []
    for behalf in prep_objects(verb, "on"):
        if behalf.lower_ != "behalf":
            continue
        out += [c for c in behalf.children if c.dep_ == "poss"]
        out += prep_objects(behalf, "of")
    return out


@lru_cache(maxsize=1)
def trigger_noun_lemmas() -> frozenset[str]:
    """The lemmas a noun trigger can have: those :func:`.triggers.noun_trigger_of` (through ``_noun_type``),
    :func:`stance_noun_trigger` and :func:`.appointments.appointee_trigger` read; any
    other noun makes none, so it need not be made a token."""
    modified = {noun for _, noun in plover.NOUN_MODIFIER_TRIGGERS}
    return frozenset(plover.NOUN_TRIGGERS) | plover.GENERIC_EVENT_NOUNS | modified | st.STANCE_NOUNS | HOSTILE_WORDS | (
        appointee_nouns())
