"""Cues that report nothing said: a negated cue ("would not confirm that ...") and a cue in a condition
("if the agency finds that ..."). Their quotes are of kind "stance", no statement."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subordinators of a condition: what is said in it is supposed, not said.
CONDITIONS = frozenset({"if", "unless"})
# Focus adverbs that take a negation before them off the verb ("did not just say that ...": said, and more).
FOCUS_ADVERBS = frozenset({"just", "only", "merely", "simply", "solely"})


def unsaid(cue: "Token") -> bool:
    """A cue under negation or inside a condition: what it reports was not (yet) said."""
    return negated(cue) or conditional(cue) or generic(cue)


def negated(cue: "Token") -> bool:
    """ "would not confirm that ...", "never said that ...", "would neither confirm nor deny that ...": a cue
    under negation reports what the speaker did not say (a refusal)."""
    lefts = list(cue.lefts)
    nots = [c.i for c in lefts if _negation(c)]
    if nots:
        # "did not just say that ...": the negation bears on the focus adverb after it, not on the saying
        return not any(c.lower_ in FOCUS_ADVERBS and nots[0] < c.i for c in lefts)
    # "would not confirm nor deny": a verb joined by "nor" shares the negation ("did not resign and said" does not)
    first = cue.head
    return cue.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in first.children) and any(
        _negation(c) for c in first.lefts)


def _negation(tok: "Token") -> bool:
    """A negation before its verb ("did not say", "neither confirm"); one after it is the parse's slip over
    quoted words ("replied: “Absolutely not.”")."""
    return tok.dep_ == "neg" or (tok.dep_ == "preconj" and tok.lower_ == "neither")


def conditional(cue: "Token") -> bool:
    """ "If the agency finds that the dam is unsafe, ...", "unless the union says that ...": a cue that heads a
    condition reports a supposed statement, not one made ("said that if the river rises, ..." is made)."""
    verb = cue.head if cue.dep_ == "conj" else cue
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)


def generic(cue: "Token") -> bool:
    """ "When a doctor tells a patient that ...", "whenever a minister says that ...": a cue in the present
    tense, in a clause of time, said by anyone of a kind (an indefinite subject) tells what happens, not what
    was said ("when the minister said that ..." was said)."""
    verb = cue.head if cue.dep_ == "conj" else cue
    mark = next((c.lower_ for c in verb.lefts if c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever")),
                None)
    if verb.dep_ != "advcl" or mark not in ("when", "whenever") or cue.tag_ not in ("VBZ", "VBP"):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if mark == "whenever" or subject is None:
        return mark == "whenever"
    dets = [c.lower_ for c in subject.children if c.dep_ in ("det", "poss")]
    return dets in (["a"], ["an"]) or (subject.tag_ == "NNS" and not dets)


# Verbs by which a thing bears out a fact ("tests show that ...", "records indicate that ..."); "confirm" is
# left out: it is what a body says ("the bank confirmed that ...").
EVIDENCE_VERBS = frozenset({"show", "indicate", "suggest", "prove", "demonstrate", "reveal",
                            "illustrate", "underscore", "highlight"})
# Of those, the verbs of proof, which no body speaks with: a finding in any tense ("the audit proved that ...").
PROOF_VERBS = frozenset({"show", "prove", "demonstrate"})


def thing_shows(subject: "Token", cue: "Token") -> bool:
    """ "Records show that ...", "a glance at the accounts shows that ...": what a thing (no person, no body,
    no text of someone's) bears out is a finding, no one's statement."""
    from sidelines.extractors.events.people_words import is_people
    from sidelines.extractors.quotes.speakers import TEXT_NOUNS

    # a thing bears out in the present ("data suggest that ..."); in the past the verb is a body's speech
    # ("the ministry indicated that ..."), save the verbs of proof
    verb = cue.lemma_.lower()
    told_now = cue.tag_ in ("VBZ", "VBP") or verb in PROOF_VERBS
    return (told_now and verb in EVIDENCE_VERBS and subject.pos_ == "NOUN" and not is_people(subject)
            and subject.lemma_.lower() not in TEXT_NOUNS)
