"""Demands: the clauses that state an obligation of a party (issue #11).

"Y should resign", "Y must not sign", "Y needs to cut ties with Z", "Y has to go", "Y ought to apologise":
in a clause a reporting verb governs, the speaker asks the party for an act (PLOVER REQUEST, source the
speaker, target the party asked; the demand was made, so it is real whatever the act). "should have
resigned" (a past reproach), "will need to" (a prediction), "does not need to" (no obligation), "had
to" (a past necessity: the act was done) and the speaker's own "I have to go" state no demand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.phrases import is_infinitive, reporting_speaker
from sidelines.lexicon.plover import FUTURE_OR_MODAL
from sidelines.nlp.syntax import NOMINAL_SUBJECTS, auxiliaries

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modal auxiliaries of obligation ("X should go", "X must go", "X ought to go").
DEONTIC_AUX = frozenset({"should", "must", "ought", "shall"})
# Verbs that state an obligation with an infinitive ("X needs to go", "X has to go", "X ought to go").
NEED_VERBS = frozenset({"need", "have", "ought"})
# Pronouns of a person speaking of themself ("he said he had to go": the speaker's own necessity).
PERSON_SELF_PRONOUNS = frozenset({"i", "he", "she"})


def _infinitive(tok: "Token") -> "Token | None":
    """The infinitive complement of a verb ("needs *to go*"), if any."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and is_infinitive(c)), None)


def _speaker_own(head: "Token") -> bool:
    """Whether the subject of ``head`` is the one who says it: "I", or "he"/"she" told by a person."""
    subj = next((c for c in head.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if subj is None or subj.lower_ not in PERSON_SELF_PRONOUNS:
        return False
    if subj.lower_ == "i":
        return True
    speaker = reporting_speaker(head)
    return speaker is not None and (speaker.ent_type_ == "PERSON" or speaker.lower_ in PERSON_SELF_PRONOUNS)


def is_deontic(head: "Token") -> bool:
    """A clause of obligation: a deontic modal on its verb ("should go", but not the past reproach
    "should have gone"), or "need"/"have"/"ought" with an infinitive complement, no object and no modal of
    its own ("needs to go"; not "will need to go", "had the courage to go"), neither negated ("does not
    need to go"), past ("had to go": done of necessity) nor the speaker's own ("he said he had to go")."""
    auxes = auxiliaries(head)
    if auxes & DEONTIC_AUX:
        return "have" not in auxes
    lemma = head.lemma_.lower()
    if lemma not in NEED_VERBS or head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in head.children):
        return False  # "had the courage to act" states what one had
    if head.tag_ == "VBD" or any(c.dep_ == "neg" for c in head.children) or _speaker_own(head):
        return False
    infinitive = _infinitive(head)
    return infinitive is not None and infinitive.dep_ == "xcomp" and not (
        auxes & (FUTURE_OR_MODAL - DEONTIC_AUX) or "to" in auxes)
