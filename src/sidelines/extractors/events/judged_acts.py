"""Acts judged: "condemned the killing of three farmers" accuses whoever killed them, not the farmers.

A judgement (an ACCUSE trigger) whose object names a hostile act of its own (an event noun of the
trigger lexicon typed ASSAULT, COERCE, SANCTION, RETREAT or THREATEN: "the shooting", "the arrest",
"the withdrawal") is aimed at the act's doer, named by a possessive ("the army's raid") or by "by"
("the killing of X by Y"). Whom or what the act was done to, named after "of", "on", "against"...
("the arrest of the protesters", "the attack on the newspaper"), or the place a retreat leaves ("the
withdrawal from X"), is no target of the judgement: with no doer named the judgement has no target, and
its one side is no gap, since the act judged is named (``EventCandidate.judges_act``). "From" names the
doer of other acts ("threats from X") and "of" the ones who retreat ("the withdrawal of X's troops"):
those stay targets. "Of" after an attack may still name its doer; it is read as the patient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.judged_words import DOER_PREPS, owner_phrases
from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

# The rule noted on an event that judges a hostile act (its targets lose the act's patients; one side stands).
JUDGED_ACT_RULE = ("judged act: whom or where a condemned act was done to is no target of the judgement;"
                   " the act named, one side is enough")
# Event types of acts done to someone or somewhere: their prepositional phrases name the one acted on.
HOSTILE_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT", "THREATEN"})
# Prepositions that name whom or what an act is done to, or the place left (closed class; "by" names the
# doer). Where it happened ("the attacks in X") is left alone: the place may stand for its people.
PATIENT_PREPS = frozenset({"of", "on", "upon", "against", "to", "into", "toward", "towards"})
# A retreat's "from" names the place left and its "of" the ones who leave ("the withdrawal of X's troops
# from Y"); on other acts "from" names the doer ("threats from X", "sanctions from X").
RETREAT_PATIENT_PREPS = PATIENT_PREPS - {"of"} | {"from"}


def act_type(noun: "Token") -> str | None:
    """The event type a noun names by the trigger lexicons: the hand table first, then the CAMEO lexicon."""
    from sidelines.eventtype.lexicon import load_lexicon
    from sidelines.lexicon import plover as lex

    lemma = lemma_of(noun)
    hit = lex.NOUN_TRIGGERS.get(lemma)
    if hit is not None:
        return hit[0]
    entry = load_lexicon().noun_entry(lemma)
    types = entry["types"] if entry else {}
    return max(types, key=lambda t: types[t]) if types else None


def _judged_nouns(cand: "EventCandidate") -> list["Token"]:
    """The nouns a judgement acts on: its event noun ("criticized the withdrawal"), else the verb's objects."""
    verb = cand.verb
    if verb is None:
        return []
    heads = [cand.noun] if cand.noun is not None and cand.noun.i != verb.i else [
        c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [n for h in heads for n in (h, *h.conjuncts)]


def act_patients(noun: "Token", index: "EntityIndex", act: str | None = None) -> tuple[set[str], set[str]]:
    """Whom or where a hostile act was done to, and its doers (possessive, "by"), as entity ids."""
    preps = RETREAT_PATIENT_PREPS if act == "RETREAT" else PATIENT_PREPS
    patients = {e for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                for e in index.actors_in(list(c.subtree))}
    doers = {e for c in noun.children if c.dep_ == "poss" for e in index.actors_in(list(c.subtree))}
    doers |= {e for p in owner_phrases(noun, DOER_PREPS) for e in index.actors_in(list(p.subtree))}
    return patients, doers


def drop_judged_patients(cand: "EventCandidate", index: "EntityIndex") -> list[str]:
    """Take off an ACCUSE event the targets that are only whom or where the act it judges was done to;
    the ids taken off (the rule is noted on the event)."""
    if cand.type != "ACCUSE":
        return []
    dropped: list[str] = []
    for noun in _judged_nouns(cand):
        act = act_type(noun)
        if act not in HOSTILE_ACT_TYPES:
            continue
        cand.judges_act = True
        patients, doers = act_patients(noun, index, act)
        for eid in [e for e, role in cand.actors.items() if role == "target" and e in patients - doers]:
            del cand.actors[eid]
            dropped.append(eid)
    if cand.judges_act:
        cand.side_rules.add(JUDGED_ACT_RULE)  # noted even when no one was dropped: it lets one side stand
    return dropped
