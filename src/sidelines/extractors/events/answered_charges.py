"""Charges answered: "X rejected criticism from Y" tells Y's criticism of X as well as X's rejection.

A verb that rejects or answers a noun of accusation ("rejected the criticism", "dismissed the
accusations": a light mention whose event noun the trigger lexicon types ACCUSE, the mention itself
being of another type) names an accusation that was made. When the noun names who made it (a
possessive, "from X", "by X"), that party accused the verb's subject: the criticism is an event of
its own, ACCUSE from its maker to the one who answers it. With no maker named, or when the subject is
the maker, nothing is added ("rejected the accusations" names no accuser); nor when the noun names
whom the charge was aimed at ("criticism of X", "accusations against X") and that is not the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.judged_acts import act_type
from sidelines.extractors.events.phrases import entities_at, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# The rule noted on the accusation an answering verb names.
ANSWERED_RULE = "answered charge: who made the criticism or accusation a verb rejects accused its subject"
# Prepositions that name the maker of an accusation ("criticism from X", "the accusations by X").
MAKER_PREPS = frozenset({"from", "by"})
# Prepositions that name whom an accusation is aimed at ("criticism of X", "the accusations against X").
ACCUSED_PREPS = frozenset({"of", "against"})


def _makers(noun: "Token", index: "EntityIndex") -> list[str]:
    """Who made an accusation: the possessor ("X's accusation"), or the object of "from"/"by"."""
    out = [e for c in noun.children if c.dep_ == "poss" for e in entities_at(c, index)]
    out += [e for c in noun.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS
            for g in c.children if g.dep_ == "pobj" for e in entities_at(g, index)]
    return list(dict.fromkeys(out))


def answered_charge(cand: EventCandidate, index: "EntityIndex") -> EventCandidate | None:
    """The ACCUSE event of the accusation a non-ACCUSE light mention answers, when its maker is named."""
    noun, verb = cand.noun, cand.verb
    if cand.kind != "light" or noun is None or verb is None or cand.type == "ACCUSE" or act_type(noun) != "ACCUSE":
        return None
    makers = _makers(noun, index)
    subj, passive = subject_of(verb)
    answerers = [] if subj is None or passive else [e for e in entities_at(subj, index) if e not in makers]
    accused = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in ACCUSED_PREPS
               for e in index.actors_in(list(c.subtree))]
    if accused and not set(accused) & set(answerers):
        return None  # "rejected Y's criticism of Z": the criticism was aimed at Z, not at the one who rejects it
    if not makers or not answerers:
        return None
    charge = EventCandidate("ACCUSE", "disapprove", noun, None, "noun", [(noun.idx, noun.idx + len(noun))],
                            date=cand.date)
    charge.actors = {**dict.fromkeys(makers, "source"), **dict.fromkeys(answerers, "target")}
    charge.confidence = cand.confidence
    charge.side_rules.add(ANSWERED_RULE)
    return charge
