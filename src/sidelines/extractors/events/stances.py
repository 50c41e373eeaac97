"""Stances: verbs that fold an embedded act into their own type and lend it modality.

"agreed to withdraw" is AGREE, "threatened to impose sanctions" is THREATEN, while the embedded
act stays an event with its modality ("planned", "threatened", "refused", "requested", "alleged")
or its polarity ("denied", "stopped").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.alerts import read_warning
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.phrases import ADJUNCT_GERUND_PREPS, is_for_clause
from sidelines.extractors.lookup import lemma_of, same_line
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token


def _stance_class(lemma: str) -> str | None:
    if lemma in lex.THREAT_VERBS:
        return "THREATEN"
    if lemma in lex.REJECT_VERBS:
        return "REJECT"
    if lemma in lex.REQUEST_VERBS:
        return "REQUEST"
    if lemma in lex.ACCUSE_VERBS:
        return "ACCUSE"
    if lemma in lex.DENIAL_VERBS:
        return "DENY"
    if lemma in lex.INTENT_VERBS:
        return "AGREE"
    if lemma in lex.STOP_VERBS:
        return "STOP"
    return None


def _governor(tok: "Token") -> "Token | None":
    """The verb that embeds ``tok`` as a complement ("agreed [to withdraw]", "accused X [of violating]")."""
    if tok.dep_ in ("xcomp", "ccomp"):
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        # "criticised X after imposing sanctions": a gerund of time or manner is no content of the verb.
        return None if tok.head.lower_ in ADJUNCT_GERUND_PREPS else tok.head.head
    if tok.dep_ in ("acl", "advcl") and tok.head.pos_ == "NOUN":
        return tok.head
    if is_for_clause(tok):
        return tok.head  # "called [for X to resign]"
    return None


def fold_stances(cands: list[EventCandidate], only: list[EventCandidate] | None = None) -> None:
    """Let stance verbs take their type from, and lend modality to, the act they embed (the acts of
    ``only`` when given: mentions found after the others were folded, "denied calling X a liar")."""
    by_head = {c.head.i: c for c in cands}
    for cand in cands if only is None else only:
        anchor = cand.verb if cand.verb is not None else cand.head
        gov = _governor(anchor)
        if gov is not None and not same_line(gov, anchor):
            gov = None
        if gov is None and cand.kind == "noun" and cand.head.dep_ == "dobj":
            gov = cand.head.head
        elif gov is None and cand.kind == "noun" and cand.head.dep_ == "pobj" and (
            cand.head.head.lower_ in ("to", "for")
            or cand.head.head.lower_ == "of" and lemma_of(cand.head.head.head) in lex.THREAT_VERBS
        ):
            gov = cand.head.head.head
        if gov is None:
            continue
        outer = by_head.get(gov.i)
        stance = _stance_class(lemma_of(gov))
        warning = read_warning(gov)
        if warning is not None:
            # "warned that X was massing troops": a charge against X; "warned X against
            # sending troops": a request (:mod:`.alerts`); a prediction folds nothing.
            stance = warning[0] or None
        if stance is None and outer is not None and outer.kind == "noun":
            stance = outer.type if outer.type in ("REQUEST", "AGREE", "THREATEN", "REJECT") else None
        if stance is None:
            continue
        if stance == "DENY":
            cand.polarity = "negative"
            continue
        if stance == "STOP":
            if outer is not None and cand.type in ("CONSULT", "AID", "COOPERATE", "SUPPORT"):
                outer.type, outer.mode = "SANCTION", "discontinue"
            cand.polarity = "negative"
            continue
        if outer is None:
            continue
        cand.stance_of = outer
        if stance == "AGREE":
            cand.modality = "planned"
            if cand.type in lex.MATERIAL_CONFLICT_TYPES or cand.type == "THREATEN":
                outer.type, outer.mode = "THREATEN", lex.STANCE_MODES["THREATEN"].get(cand.type)
            else:
                outer.type, outer.mode = "AGREE", None
        elif stance == "THREATEN":
            cand.modality = "threatened"
            outer.type = "THREATEN"
            outer.mode = lex.STANCE_MODES["THREATEN"].get(cand.type, outer.mode)
        elif stance == "REJECT":
            cand.polarity = "negative"
            cand.modality = "refused"
            outer.type = "REJECT"
            outer.mode = lex.STANCE_MODES["REJECT"].get(cand.type, "change")
        elif stance == "REQUEST":
            cand.modality = "requested"
            outer.mode = outer.mode or lex.STANCE_MODES["REQUEST"].get(cand.type, "change")
        elif stance == "ACCUSE":
            cand.modality = "alleged"
