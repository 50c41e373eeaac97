"""A charge told after what it charges: "Greek police used force against migrants, a rights group charged
on Friday" is an ACCUSE by the group against the police (side rule ``fronted-charge``).

The parser often hangs such a closing report on the last noun of the fronted clause as a reduced
relative ("migrants, a rights group charged"), so that the verb has neither its clause nor its
subject. A verb of charging or protesting read so is the report of the whole sentence when it
closes the sentence after a comma, has no object, clause or auxiliary of its own, and the sentence's
main verb comes before the comma: the noun it hangs on is the accuser, the main clause's subject
the accused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor_by
from sidelines.extractors.events.phrases import entities_at
from sidelines.extractors.lookup import lemma_of, sent_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

RULE = "fronted-charge"
# Entity types of places, which accuse only when they head the report themselves.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Verbs of charging that report a fronted clause ("..., the ministry charged", "..., X protested").
CHARGE_VERBS = (lex.ACCUSE_VERBS - {"suspect", "blame", "condemn", "criticize", "criticise"}) | {
    "protest", "complain"}
# Prepositions of what a person is charged with or accused of: a suspect described, no closing report.
CHARGED_WITH = frozenset({"with", "of", "for", "over", "by"})
# Children that make the verb a clause of its own, not a closing report.
OWN_CLAUSE_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "nsubj", "nsubjpass", "aux", "auxpass", "agent",
                             "dative", "prt"})


def fronted_parts(verb: "Token") -> "tuple[Token, Token] | None":
    """(the accuser noun, the fronted clause's verb) of a closing charge the parser read as a relative clause."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or lemma_of(verb) not in CHARGE_VERBS:
        return None
    if any(c.dep_ in OWN_CLAUSE_DEPS or c.dep_ == "prep" and c.lower_ in CHARGED_WITH for c in verb.children):
        return None  # "arrested two men, both charged with theft": the men are charged
    accuser = verb.head
    start = accuser.left_edge.i
    if accuser.i > verb.i or accuser.pos_ not in ("NOUN", "PROPN") or start == 0 or verb.doc[start - 1].text != ",":
        return None
    sent = sent_of(verb)
    if any(not t.is_punct for t in verb.doc[verb.right_edge.i + 1 : sent.end]):
        return None  # the report closes the sentence
    root = sent.root
    if root.i >= start - 1 or root.pos_ not in ("VERB", "AUX"):
        return None
    return accuser, root


def fronted_charge(verb: "Token") -> EventCandidate | None:
    """The ACCUSE mention of a closing charge (see the module), else None."""
    if fronted_parts(verb) is None:
        return None
    cand = EventCandidate("ACCUSE", lex.VERB_TRIGGERS.get(lemma_of(verb), ("ACCUSE", None))[1] or "disapprove",
                          verb, verb, "verb", [(verb.idx, verb.idx + len(verb))])
    cand.side_rules.add(RULE)
    return cand


def _accusers(accuser: "Token", index: "EntityIndex") -> list[str]:
    """The accuser noun's entities, less places in a locative role: "detained students in Rabat, a researcher
    charged" is the researcher's charge, never Rabat's (a capital heading the report, "..., Moscow charged",
    stays: there the place acts)."""
    heads = accuser.ent_type_ in PLACE_TYPES and accuser.dep_ != "pobj"
    own = set(index.by_token.get(accuser.i, ())) if heads else set()
    return [e for e in entities_at(accuser, index) if index.types.get(e) not in PLACE_TYPES or e in own]


def fronted_charge_sides(cand: EventCandidate, index: "EntityIndex") -> None:
    """The accuser is the source, the fronted clause's subject the target; the rest of the sides go."""
    parts = fronted_parts(cand.head) if RULE in cand.side_rules else None
    if parts is None:
        return
    accuser, root = parts
    cand.actors.clear()
    add_actor_by(cand, _accusers(accuser, index), "source", RULE)
    for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        add_actor_by(cand, entities_at(subj, index), "target", RULE)
