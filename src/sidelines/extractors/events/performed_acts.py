"""Pledges, offers and gifts of a verbal act: the act the object names ("pledged her support to X").

A commissive or light verb whose direct object names a verbal act performs that act as it is told:
"pledged her support to X", "offered his backing", "lent support", "threw its support behind X" are
SUPPORT; "gave X a stern warning" THREATEN; "offered an apology" CONCEDE (the article guide and
PLOVER's verbal types). The noun's type comes from the hand-listed event nouns, else from the derived
CAMEO lexicon when its patterns name the noun and agree on one type ("backing", "blessing"). A
promise of a material act or a meeting stays a promise (AGREE: "pledged aid", "offered talks"), and
an investigation promised is no charge made; harm promised is a threat ("vowed retaliation against X").
A promise of "action", "measures" or "a response" is harm only when aimed at a party ("vowed action
against the rebels") or told hostile ("promised military action"): "promised action on housing" is a
promise (AGREE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype import load_lexicon
from sidelines.extractors.events.alerts import HARM_NOUNS, is_party
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of promising, offering and giving: with a verbal act for object, they perform it.
COMMISSIVE_LIGHT_VERBS = frozenset({"pledge", "promise", "offer", "vow", "give", "lend", "throw"})
# Verbs of promising: with harm for object, a threat ("vowed retaliation").
PROMISING_VERBS = frozenset({"pledge", "promise", "vow"})
# Types of the harm a promise holds out: acts of force and pressure.
HARM_TYPES = lex.MATERIAL_CONFLICT_TYPES | {"SANCTION"}
# PLOVER types of acts done in words, which pledging or giving them performs.
PERFORMED_TYPES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "CONCEDE", "REJECT", "THREATEN"})
# Nouns that are harm held out whatever they aim at ("vowed retaliation", "pledged a crackdown").
CLEAR_HARM_NOUNS = frozenset({"retaliation", "reprisal", "retribution", "punishment", "crackdown", "revenge",
                              "vengeance", "force"})
# Nouns of harm only when aimed at a party or told hostile ("action against X", "military action").
AIMED_HARM_NOUNS = HARM_NOUNS - CLEAR_HARM_NOUNS
# Prepositions that aim an act at a party ("action against X", "a crackdown on X").
AIMING_PREPS = frozenset({"against", "on"})
# Modifiers that make a general act noun hostile ("military action", "punitive measures").
HOSTILE_MODIFIERS = frozenset({"military", "retaliatory", "punitive", "armed", "forceful", "harsh"})
# Share of a derived noun's CAMEO codes that must agree on its type.
NOUN_MIN_WEIGHT = 0.75


def lexicon_noun_type(noun: "Token") -> tuple[str, str | None] | None:
    """The one PLOVER type the derived lexicon gives an event noun its patterns name ("backing"), or None."""
    entry = load_lexicon().noun_entry(lemma_of(noun))
    if entry is None or "pattern" not in str(entry.get("source", "")):
        return None  # a noun only derived from a verb's form, never seen in a pattern ("approval")
    types = entry.get("types") or {}
    if not types:
        return None
    ptype = max(types, key=lambda t: types[t])
    if ptype not in lex.EVENT_TYPES or types[ptype] < NOUN_MIN_WEIGHT:
        return None
    modes = [m for m in entry.get("modes") or {} if m.startswith(ptype + ":")]
    return ptype, (modes[0].split(":", 1)[1] if modes else None)


def _aimed_or_hostile(noun: "Token") -> bool:
    """Whether a general act noun is aimed at a party ("action against the rebels", the preposition
    on the noun or its verb) or told hostile ("military action")."""
    if any(c.dep_ == "amod" and lemma_of(c) in HOSTILE_MODIFIERS for c in noun.children):
        return True
    preps = [c for t in (noun, noun.head) for c in t.children if c.dep_ == "prep" and c.lower_ in AIMING_PREPS]
    return any(g.dep_ == "pobj" and is_party(g, noun.head) for p in preps for g in p.children)


def promised_harm(noun: "Token", hit: tuple[str, str | None] | None) -> bool:
    """Whether a promise's object is harm: force or pressure, a clear harm noun, or a general one
    aimed at a party or told hostile (see the module)."""
    lemma = lemma_of(noun)
    if lemma in CLEAR_HARM_NOUNS or (hit is not None and hit[0] in HARM_TYPES):
        return True
    return lemma in AIMED_HARM_NOUNS and _aimed_or_hostile(noun)


def performed_act(verb: "Token", noun: "Token",
                  noun_hit: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """The verbal act a pledge, offer or gift performs ("pledged her support"), or None; a phrasal
    verb is another verb ("gave up its demands", "threw out the complaint")."""
    verb_lemma = lemma_of(verb)
    if verb_lemma not in COMMISSIVE_LIGHT_VERBS or any(
            c.dep_ == "prt" and c.lower_ in lex.PHRASAL_PARTICLES for c in verb.children):
        return None  # the light verbs of saying ("voiced support") take the hand-listed nouns' types
    hit = noun_hit or lexicon_noun_type(noun)
    if verb_lemma in PROMISING_VERBS and promised_harm(noun, hit):
        # "vowed retaliation against X", "pledged a crackdown": harm promised is a threat (as "vowed to attack").
        return "THREATEN", lex.STANCE_MODES["THREATEN"].get(hit[0] if hit is not None else "")
    if hit is None or hit[0] not in PERFORMED_TYPES or hit == ("ACCUSE", "investigate"):
        return None
    if verb_lemma in PROMISING_VERBS and lemma_of(noun) in AIMED_HARM_NOUNS:
        return None  # "promised action on housing": a promise, not a threat
    return hit
