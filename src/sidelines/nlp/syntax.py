"""Syntax helpers over a spaCy parse that several extractors share: dependency-label sets, lemmas, subjects.

Each set of labels is named for what it picks out, so that two extractors that want different
sets say so by name rather than each defining its own ``SUBJECT_DEPS``. The sets keep the exact
contents each caller had when they were gathered here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.nlp.analysis import ANALYSIS_KEY, DocAnalysis, analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# -- subjects ---------------------------------------------------------------------------------------
#: Subjects of an active clause, nominal or clausal ("X said", "What he did angered Y").
ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
#: Subjects of a passive clause ("X was arrested", "That he lied was denied").
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
#: The nominal passive subject only: the patient a verb pattern reads as its object.
NOMINAL_PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
#: Nominal subjects of either voice: the mention a sentence is about (salience for coreference, roles).
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Any subject a speaker can be, passive included ("X was quoted as saying").
SUBJECTS_WITH_PASSIVE = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Every subject label, either voice.
ALL_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
#: Where the doer of a verb sits: its subject, passive subject or "by" agent (a capital that acts).
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})

# -- objects ----------------------------------------------------------------------------------------
#: Direct objects only, as verb patterns key them ("* TALKS").
CORE_OBJECTS = frozenset({"dobj", "obj"})
#: Objects and object-like complements of a verb: direct, dative, attribute and predicate ("called it X").
OBJECTS_AND_COMPLEMENTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
#: Object positions of a pronoun: the verb's objects and a preposition's ("urged him", "spoke to him").
PRONOUN_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "pobj"})
#: A subjectless verb borrows its head's subject through these labels ("..., adding that").
INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "acl", "pcomp", "prep", "pobj"})
#: Relative pronouns stand for the noun their clause modifies ("X, who supports Y").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Relative pronouns that can be a clause's subject ("X, who said ...").
SUBJECT_RELATIVES = frozenset({"who", "that", "which"})
#: Dependents of a verb that carry what it reports ("urged Congress to act", "called for a ban").
REPORTED_OBJECT_DEPS = frozenset({"dobj", "xcomp", "prep", "oprd", "attr", "pcomp", "dative"})


def auxiliaries(tok: "Token") -> set[str]:
    """The lowercased auxiliaries of a verb, passive ones included ("would", "to", "have", "been")."""
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def lemma_of(tok: "Token") -> str:
    """The lower-case lemma of a token (its lower-case form where a pipeline set no lemma), read from
    the document's shared list (:attr:`sidelines.nlp.analysis.DocAnalysis.lemmas`) when an analysis is
    attached; a parse without one (scripts, a released document) gets none attached by this."""
    found = tok.doc.user_data.get(ANALYSIS_KEY)
    if isinstance(found, DocAnalysis):
        return found.lemmas[tok.i]
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def inherited_subject(tok: "Token") -> "Token | None":
    """The subject of a verb, borrowed from its head for subjectless clauses ("..., adding that").

    When the parser lost it, the nearest subject to the left in the sentence (the quotes
    extractor's reading of who speaks).
    """
    cur = tok
    for _ in range(5):
        for c in cur.children:
            if c.dep_ in SUBJECTS_WITH_PASSIVE:
                return c
        if cur.dep_ in INHERIT_DEPS and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    # The parser lost the subject ("Sanders, who ..., said"): the nearest subject to the left.
    sent_start = analysis_of(tok.doc).sent_bounds(tok.i)[0]
    for j in range(tok.i - 1, max(sent_start, tok.i - 16) - 1, -1):
        cand = tok.doc[j]
        if cand.dep_ in SUBJECTS_WITH_PASSIVE and cand.lower_ not in SUBJECT_RELATIVES and cand.head.i < tok.i:
            return cand
    return None


__all__ = [
    "ACTIVE_SUBJECTS",
    "ALL_SUBJECTS",
    "CORE_OBJECTS",
    "DOER_DEPS",
    "INHERIT_DEPS",
    "NOMINAL_PASSIVE_SUBJECTS",
    "NOMINAL_SUBJECTS",
    "OBJECTS_AND_COMPLEMENTS",
    "PASSIVE_SUBJECTS",
    "PRONOUN_OBJECT_DEPS",
    "RELATIVE_PRONOUNS",
    "REPORTED_OBJECT_DEPS",
    "SUBJECTS_WITH_PASSIVE",
    "SUBJECT_RELATIVES",
    "inherited_subject",
    "lemma_of",
]
