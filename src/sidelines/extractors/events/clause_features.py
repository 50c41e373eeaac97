"""How the clause of an event trigger is built: its tense and verb form, its place in the sentence, who
its subject is.

A news report tells the acts it reports in the past ("the ministers met", "has signed"); commentary
and general truths come in the simple present ("a law that bans"), a participle clause describes
rather than reports ("asking voters to ..."), and a subject that is "I", "we" or "you" speaks of a
speaker's rhetoric. These are features of the events' confidence model (:mod:`.confidence`), learned
from labelled events, never rules on their own. A headline keeps its clause role (its verb is mostly
the root) but no tense: headlinese drops the auxiliaries. A bare-plural subject ("critics attack")
and adverbs of frequency ("often attack") were tried as features and left out: the first weighed the
wrong way, the second almost never fired in the training events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Auxiliaries that put a clause in the past ("did not meet", "had signed", "was arrested").
PAST_AUX = frozenset({"did", "had", "was", "were", "'d"})
# Auxiliaries of the present perfect, told of a recent act ("has met", "have signed"); "'s" is one only
# before a past participle with an object ("he's met X" but not "he's meeting X", "it's banned").
PERFECT_AUX = frozenset({"has", "have", "'ve"})
# Auxiliaries of the simple present's emphasis or question ("does not allow", "do they support").
PRESENT_AUX = frozenset({"do", "does"})
# Modal auxiliaries: ability, possibility, advice ("can ask", "might meet", "should talk").
MODAL_AUX = frozenset({"can", "could", "may", "might", "would", "should", "must", "ca", "wo"})
# Pronouns of the speaker and the listener (a closed class).
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "me", "us"})
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
    """The lower-case auxiliaries of a verb, or of the verb it is joined to when it has none of its own;
    a perfect's "'s" reads as "has"."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not own and verb.dep_ == "conj":
        verb, own = verb.head, [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    # The parser reads "he's met X" as a passive: a participle with an object after "'s" is a perfect.
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
    return ["has" if c.lower_ == "'s" and perfect else c.lower_ for c in own]


def clause_features(anchor: "Token", *, headline: bool = False) -> dict[str, float]:
    """Tense and form, clause role and subject kind of the trigger's clause; in a ``headline``, whose
    verbs drop their auxiliaries and tense by custom, only the clause role."""
    is_verb = anchor.pos_ in ("VERB", "AUX") or anchor.tag_.startswith("VB")
    verbal = is_verb and not headline
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
    }
    role = CLAUSE_ROLES.get(anchor.dep_, "other") if is_verb else "noun"  # a noun has no clause role
    if headline and anchor.dep_ == "acl" and anchor.tag_ == "VBN":
        role = "root"  # "Two reporters jailed in ...": headlinese drops the "were", the parser reads a modifier
    for name in ("root", "ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp", "other"):
        feats[f"clause_{name}"] = float(role == name)
    subj = _subject(anchor) if verbal else None
    feats["subject_personal"] = float(subj is not None and subj.lower_ in PERSONAL_PRONOUNS)
    feats["subject_none"] = float(verbal and subj is None)
    return feats
