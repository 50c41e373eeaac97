"""Parse slips mended in reporting frames: a subject read as the clause its cue reports, or one clause read in two.

"One pilot, who has crossed the fjord for years, said ...": a long relative clause on the subject can
make the parser read the subject as a clause the cue reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.quotes.syntax import CLAUSE_DEPS, FINITE_TAGS, TextIndex, active_subject, is_cue_verb
from sidelines.lexicon.speech import SOURCE_NOUNS
from sidelines.lexicon.titles import ORG_WORDS, TITLE_HEADS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Token


# Relative pronouns that open a non-restrictive clause on a subject ("X, who ..., said").
RELATIVE_PRONOUNS = frozenset({"who", "whose", "which"})


def subject_read_as_clause(index: TextIndex, cue: "Token", clauses: list["Token"]) -> "Token | None":
    """ "One pilot, who has crossed the fjord for years, said ...": a long relative clause on the subject
    can make the parser read the subject as a clause the cue reports, leaving the cue without a subject.
    When a subjectless cue has such a clause before it whose own subject opens it and is followed by a
    comma and a relative pronoun, that subject is the speaker (a subject the cue seems to have inside that
    clause is a word of the relative clause: "X, whose firm helps shippers find crews, said")."""
    found = active_subject(cue)
    for clause in clauses:
        if clause.i > cue.i or index.regions_in(clause.left_edge.idx, cue.idx):
            continue
        if found is not None and not clause.left_edge.i <= found.i <= clause.right_edge.i:
            continue
        subs = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
        if not subs or subs[0].left_edge.i != clause.left_edge.i:
            continue
        sub = subs[0]
        after = sub.i + 1
        doc = cue.doc
        if after + 1 < cue.i and doc[after].text == "," and doc[after + 1].lower_ in RELATIVE_PRONOUNS:
            return sub
    return None


def clause_read_as_dep(cue: "Token") -> "Token | None":
    """ "The share of voters who say X has dropped, Y said.": a long subject with a relative clause can make
    the parser hang the reported sentence's subject on a trailing cue as a bare "dep" and bury its verb in
    the relative clause. When a cue with its own subject after a comma has such a "dep" before it, whose
    words run up to that comma and hold a finite verb, that word's phrase is the clause the cue reports
    (rule "clause": the sentence is the speaker's, no finding of those counted)."""
    subject = active_subject(cue)
    if subject is None or subject.i > cue.i:
        return None
    doc = cue.doc
    for dep in cue.children:
        if dep.dep_ != "dep" or dep.i > subject.i or dep.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        comma = dep.right_edge.i + 1
        if comma < subject.left_edge.i and doc[comma].text == "," and comma + 1 == subject.left_edge.i \
                and any(t.tag_ in ("VBD", "VBZ", "VBP") for t in dep.subtree):
            return dep
    return None


# Dependents that give a verb its own subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def finite_without_subject(verb: "Token") -> bool:
    """A finite verb ("was", "would cut", "is") with no subject of its own among its dependents."""
    finite = verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                             for c in verb.children)
    return finite and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def mend_clauses(cue: "Token", clauses: list["Token"], frame_verbs: frozenset[str]) -> list[tuple["Token", "Token"]]:
    """Each clause a cue reports with the last token of its content, parse slips mended.

    "says the woman accused of X is Y": the parser can read a subject with a participle as a clause of its
    own ("the woman accused of X") and the verb after it as a second clause with no subject ("is Y"); the
    two touch, and are one clause (only a participle with no auxiliary: a clause of its own stays). A clause
    whose subject is a relative pronoun before the cue ("the letter that X said was written by ...") stays
    as it is: PolNeAR annotates that clause as the content. A verb that reports a clause of its own ("said
    the plan failed, added that ...") is a second cue, no tail.
    """
    tails: dict[int, "Token"] = {}
    for clause in clauses:
        for other in clauses:
            if other.i > clause.i and other.left_edge.i == clause.right_edge.i + 1 \
                    and finite_without_subject(other) and not _reports_clause(other, frame_verbs) \
                    and _participle_with_subject(clause):
                tails[clause.i] = other
    ends = {t.i for t in tails.values()}
    return [(c, tails.get(c.i, c).right_edge) for c in clauses if c.i not in ends]


def _participle_with_subject(verb: "Token") -> bool:
    """ "the woman accused of X": a past participle (or a past form the tagger took for one) with no
    auxiliary, whose subject opens its phrase: a noun with a participle the parser read as a clause."""
    return verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == verb.left_edge.i for c in verb.children)


def _reports_clause(verb: "Token", frame_verbs: frozenset[str]) -> bool:
    """ "added that costs rose", "insisted the dams were safe": a cue verb with a clause of its own."""
    return is_cue_verb(verb, frame_verbs) and any(c.dep_ in CLAUSE_DEPS for c in verb.children)


def name_after_inner_cue(cue: "Token") -> "Token | None":
    """ "The talks, however, said Kovac, had gone nowhere", "The plan, said board chairman X, would ...": a cue set
    off by commas inside the sentence it reports, its speaker's name right after it. The parser gives the cue
    the reported subject before it and hangs the name on the cue or on the reported clause as a subject; the
    name (a proper name, or a phrase ending in one) is the speaker (rule "inverted-speaker"). Only a cue after a
    comma, whose name is closed by a comma and followed by the rest of the sentence, and whose subject before it
    is no one who speaks ("Police, meanwhile, said Kovac, 34, had fled": the police speak, Kovac is reported)."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.i + 2 >= len(doc):
        return None
    before = active_subject(cue)
    if before is None or before.i > cue.i or _may_speak(before):
        return None
    heads = [cue, *(c for c in cue.children if c.dep_ in CLAUSE_DEPS and c.i > cue.i)]
    for head in heads:
        for sub in head.children:
            if sub.dep_ != "nsubj" or sub.i <= cue.i or sub.left_edge.i != cue.i + 1 or sub.pos_ != "PROPN":
                continue
            last = sub.right_edge.i
            while doc[last].is_punct and last > sub.i:
                last -= 1  # the parser may hang the closing comma on the name
            comma = last + 1
            if comma + 1 < len(doc) and doc[comma].text == "," and not doc[comma + 1].is_punct:
                return sub
    return None


# Entity types of a subject that speaks for itself.
SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _may_speak(tok: "Token") -> bool:
    """A subject that can be the one saying: a name, a pronoun, a title, an occupation, a source or an
    organisation's word ("Police", "the party", "Prosecutors", "officials")."""
    lemma = tok.lemma_.lower()
    return (tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in SPEAKER_TYPES
            or any(w in TITLE_HEADS or w in ORG_WORDS or w in SOURCE_NOUNS or w in occupations()
                   for w in (lemma, tok.lower_)))


def speaker_slip(index: TextIndex, cue: "Token", clauses: list["Token"]) -> "Token | None":
    """The speaker of a cue that a parse slip hid (:func:`subject_read_as_clause`, :func:`name_after_inner_cue`),
    else None."""
    return subject_read_as_clause(index, cue, clauses) or name_after_inner_cue(cue)
