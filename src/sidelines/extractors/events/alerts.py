"""Warnings: a threat, a request, a charge or a prediction, by what is warned of (issue #11).

PLOVER's THREATEN is a warning of harm the source would do (the article guide: "warnings of harm").
What a warning ("warn", "caution") tells is read from its complement:

* "warned X against doing Y", "warned X not to do Y", "cautioned against it": asking X not to
  (REQUEST, CAMEO's appeal "WARN * AGAINST PULLOUT"); "warned against X", X a party, charges X;
* "warned that X was a danger", "warned that X would ruin Y", "warned about X": a charge against X,
  a third party (ACCUSE, as the dictionaries code "warned that X prepares an attack"); whoever was
  warned is only told of it;
* a threat: the warner or its side announces an act ("warned it would close the border", "we will
  respond"), an act to come under a condition ("if ... we will"), harm the warned party would
  suffer ("that it would face consequences", "to disarm or face an assault"), an act of force
  against the one warned ("warned X that Y would impose sanctions"), or harm itself ("warned of
  retaliation", "of consequences");
* "warned that X must act", "that X needs to act": a demand of X (REQUEST, X the target);
* a prediction of things ("warned that the economy could slow", "warned of rising prices") or of a
  party's act that does no harm ("warned that X would win the primary"): no event (CAMEO's
  pessimistic comment, a statement). A party charged must do harm or a hostile act in the clause
  ("would ruin", "would invade", "was a danger"); told to the party warned, a party's act to come is
  a threat ("warned Dravia that the alliance would defend its ally"), as is harm that meets an act
  ("any attack would be met with force"). The warner's own side may be named with its possessive
  ("his government would not ...").

A bare "warned" (or "warned X") keeps the verb's threat; a bare "cautioned" tells nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.extractors.events.demands import is_deontic
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.events.phrases import entities_at
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

WARNING_VERBS = frozenset({"warn", "caution", "alert"})
# What a warning tells: the PLOVER type it is, or no event.
THREAT, REQUEST, CHARGE, NO_EVENT = "THREATEN", "REQUEST", "ACCUSE", ""
# Prepositions that name whom or what a warning is about ("warned about X", "warned of X").
ABOUT_PREPS = frozenset({"about", "of"})
# Pronouns that stand for a third party in the warned-of clause ("warned that he was a danger").
THIRD_PARTY_PRONOUNS = frozenset({"he", "she"})
# Pronouns of a person ("he warned that they would ...": they are others).
PERSON_PRONOUNS = frozenset({"he", "she", "i"})
# Pronouns of the warner's own side ("warned that we will respond").
OWN_SIDE_PRONOUNS = frozenset({"i", "we"})
# Pronouns that stand for a warner that is not a person ("the army warned that it would ...").
BODY_PRONOUNS = frozenset({"it", "they"})
# Verbs whose subject suffers what is warned of ("would face consequences", "will pay a price").
SUFFERING_VERBS = frozenset({"face", "suffer", "pay", "regret", "bear", "incur"})
# Nouns of harm a warner holds out ("warned of retaliation", "there will be consequences").
HARM_NOUNS = frozenset({"consequence", "retaliation", "reprisal", "repercussion", "response", "action",
                        "measure", "countermeasure", "punishment", "retribution", "force"})
# Verbs of harm a party charged would do ("warned that X would ruin the economy").
HARM_VERBS = frozenset({"ruin", "wreck", "destroy", "damage", "harm", "hurt", "undermine", "endanger", "imperil",
                        "jeopardize", "jeopardise", "weaken", "erode", "cripple", "devastate", "ravage", "bankrupt",
                        "sabotage", "betray", "threaten", "exploit", "abuse", "crush", "silence", "destabilize",
                        "destabilise"})
# Nouns that say a party is a danger ("warned that X was a danger to the public").
DANGER_NOUNS = frozenset({"danger", "threat", "menace", "risk", "liability", "disaster"})
# The warner's side named by its possessive ("his government", "our army"): the pronoun it stands for.
POSSESSIVE_PRONOUNS = {"my": "i", "our": "we", "his": "he", "her": "she", "its": "it", "their": "they"}
# Types of acts of force and pressure, warned of against the one warned, or as harm.
FORCE_TYPES = lex.MATERIAL_CONFLICT_TYPES | {"SANCTION", "THREATEN"}
# Types of event nouns that are harm held out ("warned of sanctions"); an attack or a war warned of
# may be anyone's (CAMEO codes "warned of fighting" as criticism).
HARM_NOUN_TYPES = FORCE_TYPES - {"ASSAULT"}
# Subordinators of a condition ("if they attack us, we will respond").
CONDITIONS = frozenset({"if", "unless"})


def _warner_is_person(verb: "Token") -> bool:
    """Whether the warner is a person: a named one, or "he", "she", "I"."""
    for child in verb.children:
        if child.dep_ == "nsubj" and (child.ent_type_ == "PERSON" or child.lower_ in PERSON_PRONOUNS):
            return True
        if child.dep_ == "agent" and any(g.ent_type_ == "PERSON" for g in child.children):
            return True
    return False


def is_party(tok: "Token", verb: "Token") -> bool:
    """A named party, one named in apposition ("the militia leader, Marko Horvat"), or people ("his
    rival", "the leading candidate"); "he"/"she" only when the warner is no person."""
    if tok.pos_ == "PRON":
        return tok.lower_ in THIRD_PARTY_PRONOUNS and not _warner_is_person(verb)
    named = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    return any(t.ent_type_ in ACTOR_TYPES or t.pos_ == "PROPN" for t in named) or is_people(tok)


def _is_own_side(subj: "Token", verb: "Token") -> bool:
    """The warner or its side as subject of the warned-of clause: "I", "we", "he"/"she" of a person,
    "it"/"they" of a body."""
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if poss is not None:
        # "his government", "our troops": the side of the warner the possessive stands for
        return POSSESSIVE_PRONOUNS[poss.lower_] in OWN_SIDE_PRONOUNS | THIRD_PARTY_PRONOUNS or (
            POSSESSIVE_PRONOUNS[poss.lower_] in BODY_PRONOUNS and not _warner_is_person(verb))
    if subj.lower_ in OWN_SIDE_PRONOUNS:
        return True
    if subj.lower_ in THIRD_PARTY_PRONOUNS:
        return _warner_is_person(verb)
    return subj.lower_ in BODY_PRONOUNS and not _warner_is_person(verb)


def _is_harm(noun: "Token") -> bool:
    """A noun of harm held out: retaliation, consequences, sanctions, a crackdown."""
    lemma = lemma_of(noun)
    return lemma in HARM_NOUNS or lex.NOUN_TRIGGERS.get(lemma, ("", None))[0] in HARM_NOUN_TYPES


def _tells_force(clause: "Token") -> bool:
    """Whether a clause's verb, or its object noun, is an act of force or pressure ("would impose sanctions")."""
    if lex.VERB_TRIGGERS.get(lemma_of(clause), ("", None))[0] in FORCE_TYPES:
        return True
    return any(c.dep_ in ("dobj", "obj") and lex.NOUN_TRIGGERS.get(lemma_of(c), ("", None))[0] in FORCE_TYPES
               for c in clause.children)


def _is_hostile(clause: "Token") -> bool:
    """Whether a clause tells harm or a hostile act of its subject: force or pressure, a verb of harm
    ("would ruin"), or being a danger ("was a danger to the public")."""
    for verb in (clause, *clause.conjuncts):
        if _tells_force(verb) or lemma_of(verb) in HARM_VERBS:
            return True
        if any(c.dep_ == "attr" and (lemma_of(c) in DANGER_NOUNS or _is_harm(c)) for c in verb.children):
            return True
    return False


def _met_with_harm(clause: "Token") -> bool:
    """ "any attack would be met with force": a passive clause whose act is answered with harm."""
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    return any(g.dep_ == "pobj" and _is_harm(g) for p in clause.children if p.dep_ == "prep" and p.lower_ == "with"
               for g in p.children)


def _is_warned(verb: "Token") -> bool:
    """Whether the warning names whom it is told to ("warned Dravia that ...")."""
    return any(c.dep_ in ("dobj", "obj", "dative", "nsubjpass") for c in verb.children)


def _clause_reading(verb: "Token", clause: "Token") -> tuple[str, "Token | None"]:
    """What a warning tells by its that-clause (see the module)."""
    subj = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if subj is None:
        harm = any(c.dep_ == "attr" and _is_harm(c) for c in clause.children)  # "there will be consequences"
        return (THREAT, None) if harm or clause.tag_ != "VB" else (REQUEST, None)  # "Don't go there."
    if subj.lower_ == "it" and lemma_of(clause) == "be":
        return NO_EVENT, None  # "warned that it would be a mistake": a judgement, no act
    if is_deontic(clause):
        return REQUEST, (subj if is_party(subj, verb) else None)  # "warned that Congress must act"
    if _is_own_side(subj, verb):
        return THREAT, None
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
                      for c in clause.children)
    if conditional or lemma_of(clause) in SUFFERING_VERBS or _met_with_harm(clause):
        return THREAT, None
    if is_party(subj, verb):
        if _is_warned(verb) and (_tells_force(clause) or _to_come(clause) and not _is_hostile(clause)):
            # "warned X that Y would impose sanctions", "that Y would defend its ally": told to the one warned
            return THREAT, None
        return (CHARGE, subj) if _is_hostile(clause) else (NO_EVENT, None)
    return (THREAT, None) if _is_harm(subj) else (NO_EVENT, None)


def _to_come(clause: "Token") -> bool:
    """Whether a clause tells an act to come ("would defend", "will respond")."""
    return any(c.dep_ == "aux" and c.lower_ in lex.FUTURE_OR_MODAL for c in clause.children)


def read_warning(verb: "Token") -> tuple[str, "Token | None"] | None:
    """What a warning verb tells: (PLOVER type or ``NO_EVENT``, the party charged); None for other verbs."""
    lemma = lemma_of(verb)
    if lemma not in WARNING_VERBS:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ == "against"):
        party = next((g for g in prep.children if g.dep_ == "pobj" and is_party(g, verb)), None)
        return (CHARGE, party) if party is not None else (REQUEST, None)
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        if any(lemma_of(c) in SUFFERING_VERBS for c in comp.conjuncts):
            return THREAT, None  # "warned X to lay down their arms or face an assault": an ultimatum
        return REQUEST, None  # "warned X not to close the port"
    for prep in (p for p in preps if p.lower_ in ABOUT_PREPS):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is not None and is_party(pobj, verb):
            return CHARGE, pobj
        if pobj is not None:
            return (THREAT, None) if _is_harm(pobj) else (NO_EVENT, None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return _clause_reading(verb, clause)
    return (THREAT, None) if lemma == "warn" else (NO_EVENT, None)


def warned_party(verb: "Token", told: str = CHARGE) -> "Token | None":
    """Whom a warning charges (the third party it tells of), or asks to act (``told`` REQUEST), or None."""
    reading = read_warning(verb)
    return reading[1] if reading is not None and reading[0] == told else None


def retype_alert(cand: EventCandidate) -> bool:
    """Type a THREATEN warning by what it warns of; False when it tells no event (a prediction)."""
    reading = read_warning(cand.head) if cand.kind == "verb" and cand.type == "THREATEN" else None
    if reading is None:
        return True
    if reading[0] == CHARGE:
        cand.type, cand.mode = "ACCUSE", "disapprove"
    elif reading[0] == REQUEST:
        cand.type, cand.mode = "REQUEST", None
    return reading[0] != NO_EVENT


def alert_sides(cand: EventCandidate, index: "EntityIndex") -> None:
    """The party warned about is the target; those warned (object, passive subject) are no side."""
    if cand.type == "REQUEST" and cand.kind == "verb" and (asked := warned_party(cand.head, REQUEST)) is not None:
        add_actor(cand, entities_at(asked, index), "target")  # "warned that Congress must act"
        return
    party = warned_party(cand.head) if cand.type == "ACCUSE" and cand.kind == "verb" else None
    if party is None:
        return
    told = {e for c in cand.head.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")
            for e in entities_at(c, index)}
    for eid in [e for e, role in cand.actors.items() if e in told and role == "target"]:
        del cand.actors[eid]
    add_actor(cand, entities_at(party, index), "target")
