"""Attendees: people present at a meeting ("attended by", "accompanied by", "also present", delegations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import sent_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

ATTENDEE_TYPES = ("PERSON",)


def _attendee_ids(tok: "Token", index: EntityIndex) -> list[str]:
    return index.actors_in(list(tok.subtree), types=ATTENDEE_TYPES)


def find_attendees(parsed: "Doc", index: EntityIndex, cands: list["EventCandidate"]) -> None:
    """People present at an event: "attended by", "accompanied by", "also present", delegations."""
    # A requested or planned meeting ("invited X to visit") has no one present yet: those listed at
    # a meeting that took place belong to that one.
    consult = sorted((c for c in cands if c.type == "CONSULT" and c.modality is None), key=lambda c: c.head.idx)
    by_head = {c.head.i: c for c in cands}
    lemmas = analysis_of(parsed).lemmas
    for k, word in enumerate(lemmas):
        if word not in lex.ATTENDANCE_VERBS and word not in lex.ATTENDANCE_ADJECTIVES:
            continue  # no token made for the other words
        tok = parsed[k]
        lemma = tok.lemma_.lower()
        found: list[str] = []
        event_tok: Token | None = None
        if lemma in lex.ATTENDANCE_VERBS and tok.pos_ in ("VERB", "AUX"):
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if agent is not None:
                found = _attendee_ids(agent, index)
                event_tok = subj
            elif lemma == "include" and subj is not None and subj.lemma_.lower() in ("delegation", "team", "entourage"):
                dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                found = _attendee_ids(dobj, index) if dobj is not None else []
        elif lemma in lex.ATTENDANCE_ADJECTIVES and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "advmod"):
            found = [e for t in sent_of(tok) if t.i != tok.i for e in index.by_token.get(t.i, ())
                     if index.types.get(e) in ATTENDEE_TYPES]
            found = list(dict.fromkeys(found))
        if not found:
            continue
        target = by_head.get(event_tok.i) if event_tok is not None else None
        if target is None:
            earlier = [c for c in consult if c.head.idx <= tok.idx + 200]
            target = earlier[-1] if earlier else None
        if target is None:
            continue
        for eid in found:
            if eid not in target.actors:
                target.actors[eid] = "attendee"
