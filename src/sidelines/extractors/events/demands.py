"""Demands: the clauses that state an obligation of a party (issue #11).

"Y should resign", "Y must not sign", "Y needs to cut ties with Z", "Y has to go", "Y ought to apologise":
in a clause a reporting verb governs, the speaker asks the party for an act (PLOVER REQUEST, source the
speaker, target the party asked; the demand was made, so it is real whatever the act). "should have
resigned" (a past reproach) and "will need to" (a prediction) state no obligation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.alerts import FUTURE_OR_MODAL

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modal auxiliaries of obligation ("X should go", "X must go", "X ought to go").
DEONTIC_AUX = frozenset({"should", "must", "ought", "shall"})
# Verbs that state an obligation with an infinitive ("X needs to go", "X has to go", "X ought to go").
NEED_VERBS = frozenset({"need", "have", "ought"})


def _infinitive(tok: "Token") -> "Token | None":
    """The infinitive complement of a verb ("needs *to go*"), if any."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _auxes(tok: "Token") -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def is_deontic(head: "Token") -> bool:
    """A clause of obligation: a deontic modal on its verb ("should go", but not the past reproach
    "should have gone"), or "need"/"have"/"ought" with an infinitive complement, no object and no modal of
    its own ("needs to go"; not "will need to go", "had the courage to go")."""
    auxes = _auxes(head)
    if auxes & DEONTIC_AUX:
        return "have" not in auxes
    lemma = head.lemma_.lower()
    if lemma not in NEED_VERBS or head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in head.children):
        return False  # "had the courage to act" states what one had
    infinitive = _infinitive(head)
    return infinitive is not None and infinitive.dep_ == "xcomp" and not (
        auxes & (FUTURE_OR_MODAL - DEONTIC_AUX) or "to" in auxes)
