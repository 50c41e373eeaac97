"""Plural and body pronouns: "they/them/their" for a group, "it" for an organisation or a state.

The ``entities`` coreference links personal pronouns ("he", "she") and "its"; a group or a body named
before ("the protesters", "Republicans", "the ministry") is what "they" or "it" most often stands for
in news, and an event whose side is such a pronoun otherwise falls back to the reporting speaker or
loses the side. Run by the ``groups`` extractor, once the group actors are entities, each pronoun
outside quotation marks joins an antecedent only when the reading is safe (a wrong side is worse
than none):

* number: "they" takes a plural group (a plural noun or name, "police", a people), "it" a singular
  organisation or state; an entity only named as a modifier ("Russian troops") is none;
* the subject of a clause that governs the pronoun's ("the ministry said it would ..."; "police
  stopped the car and said they had ..."), or the pronoun's own subject for a possessive ("the
  rebels lost their base"), rule ``plural-pronoun:governing-subject``;
* else, for a subject pronoun with nothing before it in its sentence that it could name, the main
  subject of the sentence just before (rule ``plural-pronoun:previous-subject``);
* else, for a "they" that acts, the plural subject of the clause that sentence reports when one person
  or body reports it ("A police spokesman said the gunmen stormed the bank. They then attacked a
  guard", rule ``plural-pronoun:reported-subject``);
* never across another entity or core argument of the same number between the two, never "them"
  for its own verb's subject, and no "it" of a copula or raising verb ("it is clear that").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sidelines.extractors.lookup import quoted_chars, sent_of
from sidelines.lexicon import plover as lex
from sidelines.lexicon.speech import REPORTING_VERBS
from sidelines.model.record import Mention
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import NOMINAL_SUBJECTS, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.model.document import Document

PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# Entity types that act as a body or a group.
BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})
# Singular nouns of a group that take a plural pronoun ("police said they ...").
COLLECTIVE_PLURALS = frozenset({"police", "people"})
# Verbs whose "it" subject is most often empty ("it is clear", "it seems", "it takes time").
EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "happen", "matter", "remain", "become", "take", "make", "mean"})
# Clause links through which a subject governs the clause below it.
GOVERNED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl"})
# Dependencies of a word that only modifies another ("Russian troops", "Pentagon officials").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Core arguments whose noun, between a pronoun and its antecedent, could be what it names instead.
CORE_DEPS = NOMINAL_SUBJECTS | {"dobj", "attr", "appos"}
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
GOVERNING_RULE = "plural-pronoun:governing-subject"
PREVIOUS_RULE = "plural-pronoun:previous-subject"
REPORTED_RULE = "plural-pronoun:reported-subject"
# Speakers that may be the "they" after their own report ("they said the rebels left. They ...").
PLURAL_SPEAKERS = PLURAL_PRONOUNS | {"we", "us"}
# How many clauses up a pronoun looks for the subject that governs it.
GOVERNING_STEPS = 3


@dataclass
class _Candidate:
    """One mention that a pronoun may name: its head token, its token span and its entity."""

    head: int
    start: int
    end: int
    entity: Any
    plural: bool


def _number(entity: Any, head: "Token") -> bool | None:
    """Whether a mention headed by ``head`` is plural (None: no antecedent of a body pronoun)."""
    if head.dep_ in MODIFIER_DEPS or head.pos_ == "ADJ":
        return None
    plural = head.tag_ in PLURAL_TAGS or head.lower_ in COLLECTIVE_PLURALS
    if entity.type == "GPE":
        return False if not plural or head.ent_type_ == "GPE" else None
    if entity.type == "NORP":
        return True if plural else None  # "a Republican" is one person
    return plural


def _candidates(doc: "Document", parsed: "Doc", taken: set[int]) -> list[_Candidate]:
    analysis = analysis_of(parsed, doc)
    found: list[_Candidate] = []
    for entity in doc.layers.get("entities") or []:
        for m in entity.mentions:
            span = analysis.span(m.start, m.end)
            if span is None or len(span) == 0:
                continue
            taken.update(range(span.start, span.end))
            if entity.type not in BODY_TYPES or m.kind == "pronoun":
                continue
            root = span.root  # found by walking the span's heads: once per mention
            plural = _number(entity, root)
            if plural is not None:
                found.append(_Candidate(root.i, span.start, span.end, entity, plural))
    found.sort(key=lambda c: c.head)
    return found


def _clause_verb(tok: "Token") -> "Token | None":
    """The verb of the clause a pronoun stands in (through the noun it possesses or a preposition)."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _subject(verb: "Token") -> "Token | None":
    """The nominal subject of a verb, or of the first verb of its coordination ("X stopped and said")."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS), None)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head
    return None


@lru_cache(maxsize=1)
def _report_words() -> frozenset[str]:
    """Reporting verbs that tell no act of their own (say, add, note; not demand, threaten, warn)."""
    return REPORTING_VERBS - frozenset(lex.VERB_TRIGGERS)


def _empty_it(tok: "Token") -> bool:
    """Whether an "it" is empty or not a subject ("it is clear that", "make it work")."""
    head = tok.head
    return (tok.dep_ not in NOMINAL_SUBJECTS or head.pos_ == "AUX" or head.lemma_.lower() in EMPTY_IT_VERBS
            or head.lower_ in ("'s", "\u2019s"))


class _Linker:
    """Finds the antecedents of one document's body pronouns."""

    def __init__(self, parsed: "Doc", candidates: list[_Candidate]) -> None:
        self.parsed = parsed
        self.candidates = candidates
        self.at_token = {k: c for c in candidates for k in range(c.start, c.end)}

    def add(self, cand: _Candidate) -> None:
        self.candidates.append(cand)
        self.candidates.sort(key=lambda c: c.head)
        self.at_token[cand.head] = cand

    def governing(self, tok: "Token", plural: bool) -> _Candidate | None:
        """The subject over the pronoun's clause (its own for a possessive) that it names."""
        verb = _clause_verb(tok)
        if verb is None:
            return None
        own = tok.lower_ in ("their", "theirs", "themselves")
        for step in range(GOVERNING_STEPS):
            subj = _subject(verb)
            if subj is not None and subj.i != tok.i and (step > 0 or own):
                cand = self.at_token.get(subj.i)
                if subj.i < tok.i and cand is not None and cand.plural == plural:
                    return cand
                if subj.i < tok.i and cand is None and self._same_number(subj, plural):
                    return None  # the nearest subject that could be it is no entity
            if verb.dep_ not in GOVERNED_DEPS or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _sentence_before(self, tok: "Token", plural: bool) -> "Span | None":
        """The sentence before a subject pronoun that stands first in its main clause, or None."""
        if tok.dep_ not in NOMINAL_SUBJECTS and not (tok.dep_ == "poss" and tok.head.dep_ in NOMINAL_SUBJECTS):
            return None
        sent = sent_of(tok)
        if sent.start == 0:
            return None
        verb = tok.head if tok.dep_ in NOMINAL_SUBJECTS else tok.head.head
        if verb.i != sent.root.i or any(c.dep_ == "mark" for c in verb.children):
            return None  # only the main clause's subject: "As they say, ...", "You never know what they ..."
        if any(self._same_number(t, plural) or t.i in self.at_token or t.dep_ in NOMINAL_SUBJECTS
               for t in self.parsed[sent.start:tok.i]):
            return None  # someone else is named (or spoken of) first in the pronoun's own sentence
        return sent_of(self.parsed[sent.start - 1])

    def previous(self, tok: "Token", plural: bool) -> _Candidate | None:
        """The main subject of the sentence before, for a subject pronoun first in its own clause."""
        before = self._sentence_before(tok, plural)
        if before is None:
            return None
        subj = _subject(before.root) if before.root.pos_ in ("VERB", "AUX") else None
        cand = self.at_token.get(subj.i) if subj is not None else None
        if cand is None or cand.plural != plural:
            return None
        return cand if self._alone_after(cand, before, plural) else None

    def reported(self, tok: "Token", plural: bool) -> _Candidate | None:
        """For "they" doing an act, the plural subject of the clause the sentence before reports, when its
        speaker is one person or body ("A police spokesman said the gunmen stormed the bank. They then
        attacked a guard"): no plural speaker ("witnesses said", "police said": either may be meant), and
        no "they" that speaks in turn ("They added that ...": a speaker's words go on)."""
        if not plural or lemma_of(tok.head) in _report_words():
            return None
        before = self._sentence_before(tok, plural)
        if before is None or lemma_of(before.root) not in REPORTING_VERBS:
            return None
        speaker = _subject(before.root)
        if speaker is None or speaker.lower_ in PLURAL_SPEAKERS or self._same_number(speaker, plural):
            return None
        told = next((c for c in before.root.children if c.dep_ == "ccomp"), None)
        subj = _subject(told) if told is not None else None
        if subj is None:
            return None
        cand = self.at_token.get(subj.i)
        if cand is None or cand.plural != plural or cand.head != subj.i:
            return None
        # Another group, or an unrecognised plural name, after it could be meant; plural things ("fired
        # rockets", "with tractors") are not what a "they" that acts names.
        for t in self.parsed[cand.end:before.end]:
            other = self.at_token.get(t.i)
            if (other is not None and other.entity is not cand.entity and other.plural) or (
                    other is None and t.pos_ == "PROPN" and t.tag_ in PLURAL_TAGS):
                return None
        return cand

    def _alone_after(self, cand: _Candidate, before: "Span", plural: bool) -> bool:
        """Whether nothing after the antecedent in its sentence could be what the pronoun names instead: any
        other group or body (a state is no "they"), or a noun of the same number."""
        for t in self.parsed[cand.end:before.end]:
            other = self.at_token.get(t.i)
            if other is not None and other.entity is not cand.entity and not (plural and other.entity.type == "GPE"):
                return False
            if other is None and self._same_number(t, plural):
                return False
        return True

    def _same_number(self, t: "Token", plural: bool) -> bool:
        """Whether token ``t`` heads a noun phrase of the number sought."""
        if t.pos_ not in ("NOUN", "PROPN"):
            return False
        return (t.tag_ in PLURAL_TAGS or t.lower_ in COLLECTIVE_PLURALS) == plural

    def clear_between(self, cand: _Candidate, tok: "Token", plural: bool) -> bool:
        """No other entity or core argument of the same number stands between antecedent and pronoun."""
        for t in self.parsed[cand.end:tok.i]:
            other = self.at_token.get(t.i)
            if other is not None and other.entity is not cand.entity and other.plural == plural \
                    and other.head == t.i:
                return False
            if other is None and t.dep_ in CORE_DEPS and self._same_number(t, plural):
                return False
            if other is None and not plural and t.ent_type_ in ("ORG", "GPE") and t.ent_iob_ == "B":
                return False  # a body the parser hangs on a modifier ("fined X Telecom 200 million euros")
        return True


def link_plural_pronouns(doc: "Document", parsed: "Doc") -> None:
    """Add "they/them/their" and subject "it" as pronoun mentions of the group or body they name."""
    taken: set[int] = set()
    candidates = _candidates(doc, parsed, taken)
    if not candidates:
        return
    quoted = quoted_chars(parsed)
    linker = _Linker(parsed, candidates)
    # Only the pronouns' tokens are made (the shared lower-case list is read for the rest).
    for k, low in enumerate(analysis_of(parsed).lowers):
        if low not in PLURAL_PRONOUNS and low != "it":
            continue
        tok = parsed[k]
        if tok.pos_ != "PRON" or tok.i in taken or tok.idx in quoted:
            continue
        plural = low != "it"
        if not plural and _empty_it(tok):
            continue
        cand = linker.governing(tok, plural)
        rule = GOVERNING_RULE
        if cand is None:
            cand, rule = linker.previous(tok, plural), PREVIOUS_RULE
        if cand is None:
            cand, rule = linker.reported(tok, plural), REPORTED_RULE
        if cand is None or parsed[cand.head].idx in quoted or (
                rule != REPORTED_RULE and not linker.clear_between(cand, tok, plural)):
            continue
        own_subject = _subject(tok.head)
        if low == "them" and own_subject is not None and own_subject.i == cand.head:
            continue  # "they thanked them": not the verb's own subject
        cand.entity.mentions.append(Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                                            kind="pronoun"))
        cand.entity.mentions.sort(key=lambda m: (m.start, m.end))
        why = cand.entity.explanation
        if why is not None:
            rules = set(filter(None, why.decisions.get("pronouns", "").split("+"))) | {rule}
            why.decisions["pronouns"] = "+".join(sorted(rules))
        linker.add(_Candidate(tok.i, tok.i, tok.i + 1, cand.entity, plural))
        taken.add(tok.i)
