"""How the clause of an event trigger is built: its tense and verb form, its place in the sentence, who
its subject is.

A news report tells the acts it reports in the past ("the ministers met", "has signed"); commentary,
habits and general truths come in the simple present ("critics often attack", "a law that bans"), a
participle clause describes rather than reports ("asking voters to ..."), and a subject that is
"I", "we", "you", a bare plural or "anyone" speaks of people in general or of a speaker's
rhetoric. These are features of the events' confidence model (:mod:`.confidence`), learned from
labelled events, never rules on their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Auxiliaries that put a clause in the past ("did not meet", "had signed", "was arrested").
PAST_AUX = frozenset({"did", "had", "was", "were", "'d"})
# Auxiliaries of the present perfect, told of a recent act ("has met", "have signed").
PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
# Auxiliaries of the simple present's emphasis or question ("does not allow", "do they support").
PRESENT_AUX = frozenset({"do", "does"})
# Modal auxiliaries: ability, possibility, advice ("can ask", "might meet", "should talk").
MODAL_AUX = frozenset({"can", "could", "may", "might", "would", "should", "must", "ca", "wo"})
# Pronouns of the speaker and the listener, and those of no one in particular (a closed class).
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "me", "us"})
INDEFINITE_PRONOUNS = frozenset({
    "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "whoever",
})
# Adverbs of frequency, which tell a habit rather than one act (a closed class).
FREQUENCY_ADVERBS = frozenset({
    "often", "usually", "always", "frequently", "typically", "routinely", "regularly", "sometimes",
    "generally", "rarely", "seldom", "constantly", "repeatedly", "habitually", "normally", "ever",
})
# The clause roles a trigger verb may hold, as one-hot features (others count as "clause_other").
CLAUSE_ROLES = {
    "ROOT": "root", "ccomp": "ccomp", "xcomp": "xcomp", "advcl": "advcl", "relcl": "relcl", "acl": "relcl",
    "conj": "conj", "pcomp": "pcomp", "csubj": "pcomp",
}


def _subject(verb: "Token") -> "Token | None":
    """The verb's own subject, or that of the verb it is joined to ("met X and signed ...")."""
    cur = verb
    for _ in range(5):
        subj = next((c for c in cur.children if c.dep_ in NOMINAL_SUBJECTS), None)
        if subj is not None or cur.dep_ != "conj" or cur.head.i == cur.i:
            return subj
        cur = cur.head
    return None


def _auxiliaries(verb: "Token") -> list[str]:
    """The lower-case auxiliaries of a verb, or of the verb it is joined to when it has none of its own."""
    own = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if own or verb.dep_ != "conj":
        return own
    return [c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")]


def is_generic_subject(subj: "Token") -> bool:
    """A bare plural ("critics say"), an indefinite pronoun ("anyone who ..."), or "people" with no
    article, number or possessive."""
    if subj.lower_ in INDEFINITE_PRONOUNS:
        return True
    if subj.pos_ != "NOUN" or subj.tag_ not in ("NNS", "NN"):
        return False
    if subj.tag_ == "NN" and subj.lower_ != "people":
        return False
    return not any(c.dep_ in ("det", "nummod", "poss") for c in subj.children)


def clause_features(anchor: "Token", *, headline: bool = False) -> dict[str, float]:
    """Tense and form, clause role, subject kind and frequency adverbs of the trigger's clause; all
    zero in a ``headline``, whose verbs drop their auxiliaries and tense by custom."""
    verbal = not headline and (anchor.pos_ in ("VERB", "AUX") or anchor.tag_.startswith("VB"))
    aux = _auxiliaries(anchor) if verbal else []
    tag = anchor.tag_
    feats = {
        "clause_past": float(verbal and (tag == "VBD" or any(a in PAST_AUX for a in aux))),
        "clause_perfect": float(verbal and any(a in PERFECT_AUX for a in aux)),
        "clause_present": float(verbal and not any(a in MODAL_AUX or a in PAST_AUX or a in PERFECT_AUX
                                                    for a in aux)
                                and (tag in ("VBZ", "VBP") or any(a in PRESENT_AUX for a in aux))),
        "clause_bare_participle": float(verbal and tag in ("VBG", "VBN") and not aux),
        "clause_infinitive": float(verbal and "to" in aux),
        "clause_modal": float(any(a in MODAL_AUX for a in aux)),
        "clause_frequency": float(verbal and any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS
                                                 for c in anchor.children)),
    }
    role = CLAUSE_ROLES.get(anchor.dep_, "other") if verbal else "noun"  # a noun or a headline: no role
    for name in ("root", "ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp", "other"):
        feats[f"clause_{name}"] = float(role == name)
    subj = _subject(anchor) if verbal else None
    feats["subject_personal"] = float(subj is not None and subj.lower_ in PERSONAL_PRONOUNS)
    feats["subject_generic"] = float(subj is not None and is_generic_subject(subj))
    feats["subject_none"] = float(verbal and subj is None)
    return feats
