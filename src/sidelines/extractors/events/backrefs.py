"""Back references: "the leaders also discussed X" names the sides of the meeting told before.

A definite plural noun ("the leaders", "the two ministers") with no name of its own, the only side
of a meeting or an agreement, stands for the named sides of the last such event before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import sent_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

JOINT_TYPES = frozenset({"CONSULT", "AGREE"})
SIDE_ROLES = ("source", "participant")
DEFINITE = frozenset({"the", "both"})


def _definite_plural(tok: "Token") -> bool:
    """ "the leaders", "both ministers", "the two leaders": a plural noun with a definite determiner."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in tok.children)


def _back_reference(cand: "EventCandidate", index: EntityIndex) -> bool:
    """Whether the only sides of a candidate are a definite plural noun without a name."""
    sides = cand.roles(*SIDE_ROLES)
    if not sides or any(e in index.named for e in sides):
        return False
    if any(r not in SIDE_ROLES for r in cand.actors.values()):
        return False
    tokens = [t for t in sent_of(cand.head) if any(e in sides for e in index.by_token.get(t.i, ()))]
    return bool(tokens) and all(_definite_plural(t) for t in tokens if t.pos_ == "NOUN")


def resolve_back_references(cands: list["EventCandidate"], index: EntityIndex) -> None:
    """Give a meeting told by "the leaders" the named sides of the meeting or agreement before it."""
    ordered = sorted(cands, key=lambda c: c.head.i)
    for i, cand in enumerate(ordered):
        if cand.type not in JOINT_TYPES or not _back_reference(cand, index):
            continue
        before = next((c for c in reversed(ordered[:i]) if c.type in JOINT_TYPES and c.modality is None
                       and len([e for e in c.roles(*SIDE_ROLES) if e in index.named]) >= 2), None)
        if before is None:
            continue
        named = [e for e, r in before.actors.items() if r in SIDE_ROLES and e in index.named]
        cand.actors = {e: "participant" for e in named}
