"""Attacks warded off: "X repelled an attack by Y", "X fought off an offensive by Y", "X survived an attack".

The subject of a verb of warding off an attack noun is the side attacked (the target); the attack's own
doer ("by Y", "Y's attack") stays its source. Without this the subject reads as the attacker, as the
subject of "launched an attack" does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from sidelines.extractors.events.candidates import EventCandidate

WARDED_RULE = "warded: the subject of 'repelled an attack by Y' is attacked, Y attacks"
# Verbs whose object is an act suffered and stopped or outlived (a closed class of warding verbs).
WARDING_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "survive", "withstand", "resist", "rebuff", "avert"})
# Verbs that ward off with a particle ("fought off", "beat back", "fended off").
WARDING_PHRASAL = frozenset({"fight", "beat", "fend", "ward", "hold", "drive", "push"})
WARDING_PARTICLES = frozenset({"off", "back"})
# Verbs whose subject may stop an attack aimed at someone else ("police foiled an attack on the embassy").
PREVENTING_VERBS = frozenset({"foil", "thwart", "avert"})


def wards_off(cand: "EventCandidate") -> bool:
    """Whether the candidate is an attack noun that its verb's subject wards off."""
    verb = cand.verb
    noun = cand.noun if cand.noun is not None else cand.head
    if cand.type != "ASSAULT" or verb is None or noun.i == verb.i:
        return False
    if noun.dep_ not in ("dobj", "obj") or noun.head.i != verb.i:
        return False
    lemma = lemma_of(verb)
    if lemma in WARDING_VERBS:
        return True
    return lemma in WARDING_PHRASAL and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in WARDING_PARTICLES for c in verb.children)


def wards_for_another(cand: "EventCandidate") -> bool:
    """Whether a preventing verb's attack names its own target ("foiled an attack on X"): the subject is no side."""
    noun = cand.noun if cand.noun is not None else cand.head
    return cand.verb is not None and lemma_of(cand.verb) in PREVENTING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children)
