"""Quotes: direct, indirect and mixed reported speech, with its cue and speaker.

The extractor works over the one spaCy parse of the document, in passes:

1. ``find_regions`` (quote_marks.py) finds the stretches inside quotation marks, whatever
   the glyphs and however unbalanced; a quotation left open at the end of a paragraph goes
   on in the next paragraph when that one opens with a mark.
2. Reporting frames of the dependency parse give a cue, a speaker and the reported clause:
   "X said (that) ...", "..., X said.", "X, he said, is ...", "X expressed confidence that
   ...", "according to X, ...", "In a statement, ...", and verbs whose object is what they
   report ("urged Congress to act", "called for a ban"). A clause made only of quoted text
   is a direct quote; a clause that merely contains quoted words is a mixed quote, kept as
   ONE quote with ``direct=False`` whose content is the whole clause (inner marks included).
3. Quotations that no frame covers are attributed by a cue right after ("“...,” X said") or
   right before ("X told reporters: “...”") them; "Name: ..." lines (headlines, transcripts)
   are attributed to the name.
4. A quotation cut by its cue ("“...,” she said, “...”") is one quote; a quotation that
   follows its attributed sentence in the same paragraph joins that quote; a quotation that
   stands as its own paragraph after a quote keeps that quote's speaker (as a new quote).
   Other quotations are scare quotes or titles ("a “historic step”") and are not quotes.

A direct quote's content excludes its outer marks. When one quote's content is
interrupted by its cue, the content runs from the first quoted word to the last, cue
included, so that one utterance stays one quote. Speakers: ``speaker_mention`` is the local
phrase ("he", "the Turkish president", "officials"); ``speaker`` is the entity with a
mention over the phrase's head word (or over the possessor in "X's spokesman"), else for
"he"/"she" the nearest preceding person of that gender when known, else null.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sidelines.extractors.base import BaseExtractor
from sidelines.extractors.quote_marks import Region, find_regions, trim_end
from sidelines.lexicon.speech import (
    CUE_NOUNS,
    CUE_PREPOSITIONS,
    FRAME_VERBS,
    HONORIFIC_GENDER,
    NEEDS_PARTICLE,
    OBJECT_CUE_VERBS,
    PARTICLE_CUES,
    PRONOUN_GENDER,
    QUOTING_VERBS,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    STANCE_NOUNS,
)
from sidelines.model.record import Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document
    from sidelines.settings import Settings

log = logging.getLogger(__name__)

# Punctuation trimmed from the ends of a content span.
TRIM_CHARS = " \t\r\n,;:—–-"
SENTENCE_END = frozenset({".", "!", "?", ";"})
# Dependency labels of a subject, and of the clause a reporting verb governs.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"ccomp"})
# A verb without a subject borrows its head's subject through these labels ("..., adding that").
INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "acl", "pcomp", "prep", "pobj"})
RELATIVE_WORDS = frozenset({"who", "that", "which"})
# Tokens between a cue and the quotation it introduces ("told reporters on Tuesday:").
MAX_CUE_GAP = 9
# Tokens after a closing mark in which the cue of that quotation is looked for.
MAX_AFTER_WINDOW = 9
# Person mentions looked back over for the antecedent of "he" or "she".
MAX_PRONOUN_LOOKBACK = 20
# Longest speaker mention kept whole, in tokens; longer subjects shrink to their head phrase.
MAX_SPEAKER_TOKENS = 12
# Extend "said A, but B" over the coordinated clause B.
EXTEND_OVER_CONJ = True
# Join "“...,” X said after the talks. “...”" into one quote (the annotators' usual choice).
MERGE_AFTER_CUE_SENTENCE = True
# Fewest tokens of an object that is a content ("urged restraint" is too thin to report).
MIN_OBJECT_TOKENS = 1
# Fewest words a quotation needs to be a quote without a cue (else a scare quote or a title).
MIN_UNCUED_WORDS = 5
WORD_RE = re.compile(r"\w+")
NEWLINE_RE = re.compile(r"\n")
# Line labels that are not speakers ("Update: ...", "Q: ...").
COLON_LABELS = frozenset({
    "update", "updated", "note", "photo", "photos", "video", "watch", "read", "editor", "correction",
    "related", "q", "a", "exclusive", "breaking", "analysis", "opinion", "live", "see", "also",
    "more", "listen", "click", "warning", "disclosure", "clarification", "advertisement", "caption",
    "credit", "source", "sources", "contact", "email", "tags", "topics", "filed", "posted", "by",
})
# "Name: what they said" at the start of a line (a headline or a transcript turn).
COLON_LINE_RE = re.compile(r"^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})(:)[ \t]+(?=\S)[^\n]*$", re.MULTILINE)


@dataclass
class Candidate:
    """A quote under construction, before ids and speakers are resolved."""

    start: int
    end: int
    direct: bool
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    speaker_head: int | None = None
    cue_token: int | None = None
    after_cue: bool = False
    rule: str = ""
    regions: list[Region] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Helpers over the parse
# ---------------------------------------------------------------------------


class _Index:
    """Character offsets to tokens and regions, with binary search (no per-character tables)."""

    def __init__(self, text: str, parsed: "Doc", regions: list[Region]) -> None:
        self.text = text
        self.parsed = parsed
        self.starts = [t.idx for t in parsed]
        self.regions = regions
        self.r_starts = [r.mark_start for r in regions]
        self.newlines = [m.start() for m in NEWLINE_RE.finditer(text)]

    def paragraph(self, char: int) -> tuple[int, int]:
        """The paragraph (line) around a character offset, by binary search over the newlines."""
        k = bisect_left(self.newlines, char)
        start = self.newlines[k - 1] + 1 if k > 0 else 0
        end = self.newlines[k] if k < len(self.newlines) else len(self.text)
        return start, end

    def token_at(self, char: int) -> int:
        """Index of the token that contains or starts after ``char``."""
        return min(bisect_right(self.starts, char) - 1 if char >= 0 else 0, len(self.starts) - 1)

    def region_of(self, char: int, closed_only: bool = False) -> Region | None:
        """The region whose marks enclose ``char``."""
        k = bisect_right(self.r_starts, char) - 1
        if k < 0:
            return None
        r = self.regions[k]
        if r.mark_start <= char < r.mark_end and (r.closed or not closed_only):
            return r
        return None

    def regions_in(self, start: int, end: int) -> list[Region]:
        """Regions that overlap ``[start, end)``."""
        k = max(bisect_left(self.r_starts, start) - 1, 0)
        out = []
        while k < len(self.regions) and self.regions[k].mark_start < end:
            r = self.regions[k]
            if r.mark_end > start:
                out.append(r)
            k += 1
        return out


def _is_cue_verb(tok: "Token", lexicon: frozenset[str]) -> bool:
    """Whether a token is a verb of the lexicon, with its particle where the verb needs one."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBG", "VBN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in lexicon:
        return False
    if lemma in NEEDS_PARTICLE:
        preps = CUE_PREPOSITIONS.get(lemma, frozenset())
        return any((c.dep_ == "prt" and (lemma, c.lower_) in PARTICLE_CUES) or (c.dep_ == "prep" and c.lower_ in preps)
                   for c in tok.children)
    return True


def _that_clause(verb: "Token") -> "Token | None":
    """A that-clause the parser hung lower down ("said during a conference that ...")."""
    for tok in verb.rights:
        if tok.dep_ in ("advcl", "conj", "ccomp", "xcomp", "parataxis"):
            continue  # a clause of its own, with its own cue
        for sub in tok.subtree:
            if sub.dep_ == "mark" and sub.lower_ == "that" and sub.head.pos_ in ("VERB", "AUX") \
                    and sub.head.i > sub.i and sub.i - verb.i <= 12:
                return sub.head
    return None


# Dependents of a verb that carry its attributed object ("urged Congress to act").
OBJECT_DEPS = frozenset({"dobj", "xcomp", "prep", "oprd", "attr", "pcomp", "dative"})


def _object_content(verb: "Token") -> tuple[int, int, int] | None:
    """Content start, end and cue end of a verb whose object is what it reports."""
    deps = [c for c in verb.rights if c.dep_ in OBJECT_DEPS]
    if not deps:
        return None
    cue_end = verb.idx + len(verb.text)
    preps = CUE_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
    first = deps[0]
    for c in verb.rights:
        if c.dep_ == "prt" and c.i == verb.i + 1:
            cue_end = c.idx + len(c.text)
    if first.dep_ == "prep" and first.lower_ in preps and first.i <= verb.i + 2:
        cue_end = first.idx + len(first.text)
        objs = [g for g in first.children if g.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        start = objs[0].left_edge.idx
    elif first.dep_ == "prep":
        return None
    else:
        start = first.left_edge.idx
    last = deps[-1]
    end = last.right_edge.idx + len(last.right_edge.text)
    if end - start < 3 or last.right_edge.i - first.left_edge.i + 1 < MIN_OBJECT_TOKENS:
        return None
    return start, end, cue_end


def _cue_span(tok: "Token") -> tuple[int, int]:
    """The cue: the verb, its particle, and a following "in a statement"-like phrase."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            end = c.idx + len(c.text)
        if c.dep_ == "prep" and c.lower_ in ("in", "on") and tok.i < c.i <= tok.i + 3:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() in CUE_NOUNS and objs[0].i <= c.i + 3:
                end = objs[0].idx + len(objs[0].text)
    return start, end


def _subject(tok: "Token") -> "Token | None":
    """The subject of a verb, borrowed from its head for subjectless clauses ("..., adding that")."""
    cur = tok
    for _ in range(5):
        for c in cur.children:
            if c.dep_ in SUBJECT_DEPS:
                return c
        if cur.dep_ in INHERIT_DEPS and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    # The parser lost the subject ("Sanders, who ..., said"): the nearest subject to the left.
    sent_start = tok.sent.start
    for j in range(tok.i - 1, max(sent_start, tok.i - 16) - 1, -1):
        cand = tok.doc[j]
        if cand.dep_ in SUBJECT_DEPS and cand.lower_ not in RELATIVE_WORDS and cand.head.i < tok.i:
            return cand
    return None


def _active_subject(verb: "Token") -> "Token | None":
    """The speaker of a cue verb: its subject, or for a passive ("X was asked") the "by" agent."""
    sub = _subject(verb)
    if sub is not None and sub.dep_ == "nsubjpass" and sub.head.i == verb.i:
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents[0] if agents else None
    return sub


def _speaker_span(sub: "Token", index: _Index) -> tuple[int, int]:
    """The speaker mention: the subject's phrase, cut to its head phrase when long or quoted."""
    left, right = sub.left_edge, sub.right_edge
    start, end = left.idx, right.idx + len(right.text)
    if right.i - left.i + 1 > MAX_SPEAKER_TOKENS or index.regions_in(start, end):
        # Keep the head with its compounds, modifiers and possessor.
        lefts = [c for c in sub.lefts if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod")]
        left = lefts[0].left_edge if lefts else sub
        start, end = left.idx, sub.idx + len(sub.text)
    text = index.text
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation, and a leading "that"."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS + ".":
        end -= 1
    if text.startswith("that ", start) and end - start > 5:
        start += 5
    return start, end


def _alnum_outside(text: str, start: int, end: int, regions: list[Region]) -> int:
    """Alphanumeric characters of ``[start, end)`` outside the given regions."""
    count = 0
    pos = start
    for r in sorted(regions, key=lambda r: r.mark_start):
        if r.mark_start > pos:
            count += sum(ch.isalnum() for ch in text[pos:min(r.mark_start, end)])
        pos = max(pos, r.mark_end)
        if pos >= end:
            break
    if pos < end:
        count += sum(ch.isalnum() for ch in text[pos:end])
    return count


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------


class QuoteExtractor(BaseExtractor):
    """Direct, indirect and mixed quotes with cue, content and speaker (mention and entity)."""

    name = "quotes"
    version = "v1"
    requires = ("entities",)
    produces = ("quotes",)

    #: Verbs that report a clause (lemmas); override per instance to change the vocabulary.
    REPORTING_VERBS: frozenset[str] = REPORTING_VERBS
    #: Verbs that introduce a quotation placed before or after them.
    QUOTING_VERBS: frozenset[str] = QUOTING_VERBS
    #: Verbs whose object is the attributed content ("urged Congress to act").
    OBJECT_CUE_VERBS: frozenset[str] = OBJECT_CUE_VERBS
    #: Nouns of stance frames ("expressed confidence that").
    STANCE_NOUNS: frozenset[str] = STANCE_NOUNS

    def __init__(self, settings: "Settings | None" = None, **overrides: Any) -> None:
        super().__init__(settings)
        for key, value in overrides.items():
            if key not in ("REPORTING_VERBS", "QUOTING_VERBS", "OBJECT_CUE_VERBS", "STANCE_NOUNS"):
                raise TypeError(f"unknown override {key!r}")
            setattr(self, key, frozenset(value))
        self._frame_verbs = self.REPORTING_VERBS | self.OBJECT_CUE_VERBS

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write the ``quotes`` layer of ``doc`` from its parse and its ``entities`` layer."""
        candidates = self.find(doc.text, parsed)
        doc.layers["quotes"] = self.annotate(doc, candidates, parsed)

    # -- finding -------------------------------------------------------------

    def find(self, text: str, parsed: "Doc") -> list[Candidate]:
        """Quote candidates of a parsed text, in text order, without ids or entities."""
        if not text.strip() or len(parsed) == 0:
            return []
        regions = find_regions(text)
        index = _Index(text, parsed, regions)
        cands = self._find_frames(text, parsed, index)
        cands = self._drop_nested(text, parsed, cands)
        for c in cands:
            for r in c.regions:
                r.used = True
        cands.extend(self._find_cued_regions(text, parsed, index))
        cands.extend(self._find_colon_lines(text, parsed, index, cands))
        cands.sort(key=lambda c: c.start)
        cands = self._join_interrupted(text, cands)
        cands = self._carry_on(text, index, cands)
        cands.sort(key=lambda c: c.start)
        return self._drop_overlaps(cands)

    def _find_frames(self, text: str, parsed: "Doc", index: _Index) -> list[Candidate]:
        """Reporting frames of the parse: verb + clause, stance noun + clause, "according to"."""
        out: list[Candidate] = []
        for tok in parsed:
            if index.region_of(tok.idx, closed_only=True) is not None:
                continue  # words inside a quotation are not the writer's attribution
            lemma = tok.lemma_.lower()
            if lemma == "accord" and tok.lower_ == "according" and tok.i + 1 < len(parsed) \
                    and parsed[tok.i + 1].lower_ == "to":
                cand = self._according_to(text, parsed, index, tok)
                if cand is not None:
                    out.append(cand)
                continue
            if tok.lower_ == "in" and tok.dep_ == "prep" and tok.i - tok.sent.start <= 1:
                cand = self._source_in(text, parsed, index, tok)
                if cand is not None:
                    out.append(cand)
                continue
            if lemma in self.STANCE_NOUNS and tok.pos_ == "NOUN":
                cand = self._stance_frame(text, index, tok)
                if cand is not None:
                    out.append(cand)
                continue
            if _is_cue_verb(tok, self._frame_verbs):
                out.extend(self._verb_frame(text, index, tok))
        return out

    def _verb_frame(self, text: str, index: _Index, tok: "Token") -> list[Candidate]:
        """A reporting verb with its clause ("said (that) ...", "..., she said") or its object."""
        p_start, p_end = index.paragraph(tok.idx)
        clauses = [c for c in tok.children if c.dep_ in CLAUSE_DEPS and p_start <= c.idx < p_end]
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
            # "X said: “...”" introduces what follows; a clause before it is someone else's.
            clauses = [c for c in clauses if c.i > tok.i]
        spans: list[tuple[int, int]] = []
        if not clauses and tok.dep_ == "parataxis" and tok.head.i != tok.i:
            # "The goal, he said, is ...": the head clause around the cue, as one span.
            head = tok.head
            spans.append((max(head.left_edge.idx, p_start),
                          min(head.right_edge.idx + len(head.right_edge.text), p_end)))
        elif not clauses:
            that = _that_clause(tok)
            if that is not None:
                clauses = [that]
        for clause in clauses:
            start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
            if clause.i > tok.i and clause.left_edge.i < tok.i:
                start = tok.idx + len(tok.text)
            if clause.i < tok.i and end > tok.idx:
                end = tok.left_edge.idx
            if clause.i > tok.i and EXTEND_OVER_CONJ:
                # "said A, but B": the reported sentence goes on in a coordinated clause.
                for conj in tok.rights:
                    if conj.dep_ == "conj" and conj.idx >= end and conj.pos_ in ("VERB", "AUX") \
                            and any(c.dep_ in SUBJECT_DEPS for c in conj.children) \
                            and not _is_cue_verb(conj, self._frame_verbs):
                        end = conj.right_edge.idx + len(conj.right_edge.text)
            spans.append((max(start, p_start), min(end, p_end)))
        cue_span = None
        if not spans and tok.lemma_.lower() in self.OBJECT_CUE_VERBS:
            obj = _object_content(tok)
            if obj is not None:
                spans.append((max(obj[0], p_start), min(obj[1], p_end)))
                cue_span = (tok.idx, obj[2])
        made = []
        for start, end in spans:
            cand = self._clause_candidate(text, index, tok, start, end, cue_span=cue_span,
                                          rule="object" if cue_span else "clause")
            if cand is not None:
                cand.after_cue = end <= tok.idx
                made.append(cand)
        if len(made) == 2 and made[0].direct and made[1].direct:
            # "“...,” she said, “...”": one quotation around its cue.
            first, second = sorted(made, key=lambda c: c.start)
            first.end = max(first.end, second.end)
            first.regions += second.regions
            first.after_cue = True
            made = [first]
        return made

    def _clause_candidate(self, text: str, index: _Index, cue: "Token", start: int, end: int,
                          speaker: "Token | None" = None, cue_span: tuple[int, int] | None = None,
                          rule: str = "clause") -> Candidate | None:
        """A quote whose content is ``[start, end)``: direct when it is all quotation, else mixed."""
        start, end = _trim(text, start, end)
        if end - start < 2 or not WORD_RE.search(text, start, end):
            return None
        regions = index.regions_in(start, end)
        # A quotation that overlaps the clause joins it whole ("said it was “..., ...”").
        for r in regions:
            start, end = min(start, r.start), max(end, r.end)
        direct = bool(regions) and _alnum_outside(text, start, end, regions) <= 2
        if direct:
            start, end = min(r.start for r in regions), max(r.end for r in regions)
        else:
            start = min([start] + [r.mark_start for r in regions if r.mark_start < start + 2])
            end = max([end] + [r.mark_end for r in regions if r.mark_end > end - 2])
            start, end = _trim(text, start, end)
        sub = speaker if speaker is not None else _active_subject(cue)
        cand = Candidate(start, end, direct, cue=cue_span or _cue_span(cue), cue_token=cue.i,
                         rule=rule, regions=regions)
        if sub is not None:
            cand.speaker = _speaker_span(sub, index)
            cand.speaker_head = sub.i
        return cand

    def _stance_frame(self, text: str, index: _Index, noun: "Token") -> Candidate | None:
        """ "X expressed confidence that ...": the noun's that-clause, spoken by the verb's subject."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "attr", "nsubjpass", "pobj") or verb.lemma_.lower() not in FRAME_VERBS:
            return None
        clause = next(
            (c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl", "appos")
             and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)),
            None,
        )
        if clause is None:
            return None
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        cue = (verb.idx, noun.idx + len(noun.text)) if verb.i < noun.i else (noun.idx, noun.idx + len(noun.text))
        return self._clause_candidate(text, index, verb, start, end, cue_span=cue, rule="stance")

    def _source_in(self, text: str, parsed: "Doc", index: _Index, tok: "Token") -> Candidate | None:
        """ "In a statement, ..." / "In the poll, ...": the rest of the sentence, from that source."""
        objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_NOUNS]
        if not objs:
            return None
        src = objs[0]
        if _is_cue_verb(tok.head, self._frame_verbs) or any(
                _is_cue_verb(c, self._frame_verbs) for c in tok.head.children if c.dep_ == "conj"):
            return None  # "In an interview, X said ...": the verb is the cue
        after = src.right_edge.i + 1
        if after >= tok.sent.end or parsed[after].text != ",":
            return None
        start, end = parsed[after].idx + 1, tok.sent.end_char
        if "\n" in text[start:end]:
            end = text.index("\n", start)
        cand = self._clause_candidate(text, index, tok, start, end, speaker=src,
                                      cue_span=(tok.idx, tok.idx + len(tok.text)), rule="source-in")
        if cand is not None:
            cand.speaker = _speaker_span(src, index)
            cand.speaker_head = src.i
        return cand

    def _according_to(self, text: str, parsed: "Doc", index: _Index, tok: "Token") -> Candidate | None:
        """ "according to X, ..." / "..., according to X": the rest of the sentence, said by X."""
        to = parsed[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        if not objs:
            return None
        src = objs[0]
        phrase_end = max(src.right_edge.i, to.i)
        if tok.i > 0 and parsed[tok.i - 1].lemma_ == "be":
            return None  # "That's according to ...": the source of the previous sentence
        p_start, p_end = index.paragraph(tok.idx)
        sent = tok.sent
        first, last = sent.start, sent.end - 1
        while last > tok.i and (parsed[last].is_space or parsed[last].is_punct or parsed[last].idx >= p_end):
            last -= 1
        while first < tok.i and (parsed[first].is_space or parsed[first].idx < p_start):
            first += 1
        if tok.i - first <= 1:
            start, end = parsed[phrase_end].idx + len(parsed[phrase_end].text), parsed[last].idx + len(parsed[last].text)
        elif phrase_end >= last:
            start, end = parsed[first].idx, tok.idx
        else:
            # "X, according to Y, did Z": the sentence around the phrase, as one span.
            start, end = parsed[first].idx, parsed[last].idx + len(parsed[last].text)
        cue = (tok.idx, to.idx + len(to.text))
        cand = self._clause_candidate(text, index, tok, start, end, speaker=src, cue_span=cue, rule="according")
        if cand is not None:
            cand.after_cue = end <= tok.idx
            # The source phrase is "X", not the whole "according to X" subtree.
            cand.speaker = _speaker_span(src, index)
            cand.speaker_head = src.i
        return cand

    def _find_cued_regions(self, text: str, parsed: "Doc", index: _Index) -> list[Candidate]:
        """Quotations that a cue right after or right before attributes; interrupted ones joined."""
        out: list[Candidate] = []
        regions = index.regions
        for k, r in enumerate(regions):
            if r.used:
                continue
            last = text[trim_end(text, r.start, r.end) - 1] if r.end > r.start else ""
            ends_open = last in ",?!" or text[r.mark_end:r.mark_end + 1] == ","
            cand = None
            if ends_open or not r.closed:
                cand = self._cue_after(text, parsed, index, r) or self._cue_before(text, parsed, index, r)
            else:
                cand = self._cue_before(text, parsed, index, r) or self._cue_after(text, parsed, index, r)
            if cand is None:
                continue
            r.used = True
            cand.regions = [r]
            # "“...,” she said, “...”": the quotation goes on after the interrupting cue.
            if cand.after_cue and k + 1 < len(regions):
                nxt = regions[k + 1]
                gap = text[max(cand.cue[1] if cand.cue else r.mark_end, r.mark_end):nxt.mark_start]
                if not nxt.used and "\n" not in gap and len(gap) < 80 and gap.rstrip().endswith((",", ":")) \
                        and not any(ch in ".!?;" for ch in gap):
                    nxt.used = True
                    cand.end = nxt.end
                    cand.regions.append(nxt)
            out.append(cand)
        return out

    def _find_colon_lines(self, text: str, parsed: "Doc", index: _Index, known: list[Candidate]) -> list[Candidate]:
        """ "Name: what they said" lines (headlines, transcripts): the name is the speaker."""
        out: list[Candidate] = []
        taken = sorted((c.start, c.end) for c in known)
        for m in COLON_LINE_RE.finditer(text):
            name_start, name_end, colon = m.start(1), m.end(1), m.start(2)
            start, end = _trim(text, m.end(2), m.end())
            if end - start < 8 or len(WORD_RE.findall(text, start, end)) < 3:
                continue
            k = bisect_left(taken, (start, -1))
            if (k < len(taken) and taken[k][0] < end) or (k > 0 and taken[k - 1][1] > start):
                continue
            i, j = index.token_at(name_start), index.token_at(name_end - 1)
            toks = parsed[i:j + 1]
            words = [t for t in toks if t.is_alpha]
            # Headlines are badly tagged: a capitalised name that is not a section label will do.
            if not words or not all(t.text[0].isupper() for t in words) \
                    or all(t.lower_ in COLON_LABELS for t in words):
                continue
            head = max(toks, key=lambda t: (t.pos_ == "PROPN", t.i))
            cand = Candidate(start, end, False, cue=(colon, colon + 1), speaker=(name_start, name_end),
                             speaker_head=head.i, rule="colon")
            regions = index.regions_in(start, end)
            for r in regions:
                r.used = True
            cand.regions = regions
            cand.direct = bool(regions) and _alnum_outside(text, start, end, regions) <= 2
            if cand.direct:
                cand.start, cand.end = regions[0].start, regions[-1].end
            out.append(cand)
        return out

    def _cue_after(self, text: str, parsed: "Doc", index: _Index, r: Region) -> Candidate | None:
        """ "“...,” X said" / "“...,” said X" / "“...,” according to X"."""
        if r.mark_end >= len(text) or text[r.mark_end:r.mark_end + 1] == "\n":
            return None
        i = index.token_at(r.mark_end)
        if parsed[i].idx < r.mark_end:
            i += 1
        for j in range(i, min(i + MAX_AFTER_WINDOW, len(parsed))):
            tok = parsed[j]
            if "\n" in tok.text or index.region_of(tok.idx) is not None:
                return None
            if tok.text in SENTENCE_END and j > i:
                return None
            if tok.lower_ == "according" and j + 1 < len(parsed) and parsed[j + 1].lower_ == "to":
                objs = [c for c in parsed[j + 1].children if c.dep_ == "pobj"]
                cand = Candidate(r.start, r.end, True, cue=(tok.idx, parsed[j + 1].idx + len(parsed[j + 1].text)), cue_token=j,
                                 after_cue=True, rule="according-after")
                if objs:
                    cand.speaker, cand.speaker_head = _speaker_span(objs[0], index), objs[0].i
                return cand
            if _is_cue_verb(tok, self.QUOTING_VERBS):
                return self._region_candidate(parsed, index, r, tok, after=True)
        return None

    def _cue_before(self, text: str, parsed: "Doc", index: _Index, r: Region) -> Candidate | None:
        """ "X said: “...”" / "X told reporters, “...”" / "According to X, “...”"."""
        k = r.mark_start
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        before = text[k - 1] if k > 0 else "\n"
        if before == "\n" or (before not in ",:—–-" and not before.isalpha()):
            return None
        end_tok = index.token_at(r.mark_start)
        if parsed[end_tok].idx >= r.mark_start:
            end_tok -= 1  # the last token before the opening mark
        lo = max(end_tok - MAX_CUE_GAP - 6, 0)
        for j in range(end_tok, lo - 1, -1):
            tok = parsed[j]
            if "\n" in tok.text or index.region_of(tok.idx) is not None:
                return None
            if tok.text in SENTENCE_END:
                return None
            if tok.lower_ == "according" and j + 1 < len(parsed) and parsed[j + 1].lower_ == "to":
                objs = [c for c in parsed[j + 1].children if c.dep_ == "pobj"]
                cand = Candidate(r.start, r.end, True, cue=(tok.idx, parsed[j + 1].idx + len(parsed[j + 1].text)), cue_token=j,
                                 rule="according-before")
                if objs:
                    cand.speaker, cand.speaker_head = _speaker_span(objs[0], index), objs[0].i
                return cand
            if end_tok - j > MAX_CUE_GAP:
                continue
            if _is_cue_verb(tok, self.QUOTING_VERBS):
                return self._region_candidate(parsed, index, r, tok, after=False)
            if tok.lemma_.lower() in CUE_NOUNS and tok.pos_ == "NOUN" and before == ":":
                verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
                if verb is not None and verb.lemma_.lower() in REPORTING_VERBS | FRAME_VERBS:
                    return self._region_candidate(parsed, index, r, verb, after=False)
        return None

    def _region_candidate(self, parsed: "Doc", index: _Index, r: Region, verb: "Token", after: bool) -> Candidate:
        """A direct quote of region ``r`` with its cue verb and the verb's speaker."""
        sub = _active_subject(verb)
        if sub is not None and index.region_of(sub.idx) is not None:
            sub = None
        if sub is None:
            sub = self._nearby_name(parsed, index, verb)
        cand = Candidate(r.start, r.end, True, cue=_cue_span(verb), cue_token=verb.i, after_cue=after,
                         rule="after" if after else "before")
        if sub is not None:
            cand.speaker, cand.speaker_head = _speaker_span(sub, index), sub.i
        return cand

    @staticmethod
    def _nearby_name(parsed: "Doc", index: _Index, verb: "Token") -> "Token | None":
        """A noun or pronoun right next to a cue the parser left without a subject."""
        for j in (verb.i + 1, verb.i + 2, verb.i - 1, verb.i - 2):
            if 0 <= j < len(parsed):
                tok = parsed[j]
                if tok.pos_ in ("PROPN", "PRON", "NOUN") and index.region_of(tok.idx) is None:
                    # climb compounds to their head ("Ms. Clinton")
                    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                        tok = tok.head
                    return tok
        return None

    def _carry_on(self, text: str, index: _Index, cands: list[Candidate]) -> list[Candidate]:
        """Unattributed quotations that continue the previous quote's speaker."""
        out = list(cands)
        ordered = sorted(cands, key=lambda c: c.start)
        starts = [c.start for c in ordered]
        for r in index.regions:
            if r.used:
                continue
            k = bisect_left(starts, r.start) - 1
            prev = ordered[k] if k >= 0 else None
            p_start = index.paragraph(r.mark_start)[0]
            tail = text[r.mark_end:index.paragraph(r.mark_end)[1]]
            whole_par = text[p_start:r.mark_start].strip() == "" and tail.strip(" .,;:!?…") == ""
            words = len(WORD_RE.findall(text, r.start, r.end))
            if prev is not None and prev.direct and prev.end <= r.start:
                last = max(prev.end, prev.cue[1] if prev.cue else 0, prev.speaker[1] if prev.speaker else 0)
                gap = text[last:r.mark_start]
                quoted = sum(x.end - x.start for x in prev.regions) + r.end - r.start
                # Joined only when the words between are fewer than the quoted ones.
                if "\n" not in gap and words >= 2 and r.mark_start - prev.end <= quoted and (gap.strip(" .”\"'’") in ("", ",") or (
                        MERGE_AFTER_CUE_SENTENCE and len(gap) < 120 and gap.rstrip().endswith(".")
                        and sum(gap.count(ch) for ch in ".!?") == 1)):
                    # "“...,” he said. “...”": the same speaker goes on in the same paragraph.
                    prev.end = max(prev.end, r.end)
                    prev.regions.append(r)
                    r.used = True
                    continue
            if whole_par or (words >= MIN_UNCUED_WORDS and text[r.start:r.end].rstrip()[-1:] in ".!?,"):
                cand = Candidate(r.start, r.end, True, rule="standalone", regions=[r])
                if prev is not None and text.count("\n", prev.start, r.start) <= 4:
                    cand.speaker, cand.speaker_head = prev.speaker, prev.speaker_head
                    cand.rule = "carried"
                elif not whole_par:
                    continue
                r.used = True
                out.append(cand)
                ordered.insert(k + 1, cand)
                starts.insert(k + 1, cand.start)
        return out

    @staticmethod
    def _join_interrupted(text: str, cands: list[Candidate]) -> list[Candidate]:
        """ "“...,” she said, “...”": a quotation cut by its cue is one quote."""
        out: list[Candidate] = []
        for c in cands:
            p = out[-1] if out else None
            if p is not None and p.direct and c.direct and p.after_cue and p.cue is not None and p.regions \
                    and c.regions and p.cue[0] >= p.regions[-1].mark_end:
                gap = text[p.regions[-1].mark_end:c.regions[0].mark_start]
                own_cue = c.cue is not None and c.cue != p.cue and c.cue[0] >= p.regions[-1].mark_end
                if "\n" not in gap and len(gap) < 100 and gap.rstrip().endswith((",", ":")) and not own_cue \
                        and not any(ch in ".!?;" for ch in gap) and p.cue[1] <= c.regions[0].mark_start:
                    p.end = max(p.end, c.end)
                    p.regions += c.regions
                    continue
            out.append(c)
        return out

    @staticmethod
    def _drop_nested(text: str, parsed: "Doc", cands: list[Candidate]) -> list[Candidate]:
        """Keep one quote where one content holds another's cue (the writer's, not the quoted one's).

        A cue coordinated with the first ("told X that ... and said ...") starts a second
        statement of the same speaker: the first content stops before it.
        """
        cands = sorted(cands, key=lambda c: (c.start, -c.end))
        drop: set[int] = set()
        for a_i, a in enumerate(cands):
            for b_i in range(a_i + 1, len(cands)):
                b = cands[b_i]
                if b.start >= a.end:
                    break
                if b.cue is None or not (a.start <= b.cue[0] < a.end) or a_i in drop:
                    continue
                j = b.cue_token - 1 if b.cue_token is not None else -1
                while j > 0 and parsed[j].pos_ == "ADV":
                    j -= 1
                if not a.direct and not a.after_cue and j > 0 and parsed[j].lower_ in ("and", "but") \
                        and parsed[j].idx > a.start:
                    end = _trim(text, a.start, parsed[j].idx)[1]
                    if end - a.start > 2:
                        a.end = end
                        if b.speaker is None or a.start <= b.speaker[0] < parsed[j].idx:
                            b.speaker, b.speaker_head = a.speaker, a.speaker_head
                        continue
                # "X said (that) Y said Z": X's quote; "Y said Z, X reports": Y's quote.
                drop.add(a_i if a.after_cue else b_i)
        return [c for i, c in enumerate(cands) if i not in drop]

    @staticmethod
    def _drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
        """Remove a quote whose content mostly repeats an earlier, longer or cued one."""
        out: list[Candidate] = []
        for c in cands:
            if out:
                p = out[-1]
                ov = min(p.end, c.end) - max(p.start, c.start)
                if ov > 0 and ov * 2 >= min(p.end - p.start, c.end - c.start):
                    better = c if (c.cue is not None, c.end - c.start) > (p.cue is not None, p.end - p.start) else p
                    out[-1] = better
                    continue
            out.append(c)
        return out

    # -- writing -------------------------------------------------------------

    def annotate(self, doc: "Document", cands: list[Candidate], parsed: "Doc") -> list[Quote]:
        """Quotes of the record from the candidates: spans, speaker entities and ids."""
        text = doc.text
        resolver = _SpeakerResolver(doc.layer("entities"), parsed)
        quotes: list[Quote] = []
        for c in cands:
            if c.end <= c.start:
                continue
            speaker_mention = Span.of(text, *c.speaker) if c.speaker and c.speaker[1] > c.speaker[0] else None
            speaker = resolver.resolve(c.speaker, c.speaker_head) if speaker_mention else None
            quotes.append(Quote(
                id=f"q{len(quotes) + 1}",
                speaker=speaker,
                speaker_mention=speaker_mention,
                cue=Span.of(text, *c.cue) if c.cue else None,
                content=Span.of(text, c.start, c.end),
                direct=c.direct,
            ))
        return quotes


class _SpeakerResolver:
    """Speaker mentions to entity ids: the entity with an overlapping mention, else for he/she the
    nearest preceding person."""

    def __init__(self, entities: list[Any], parsed: "Doc") -> None:
        self.parsed = parsed
        rows = []
        for e in entities:
            for m in getattr(e, "mentions", []):
                rows.append((m.start, m.end, e.id, e.type))
        rows.sort()
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.max_len = max((r[1] - r[0] for r in rows), default=0)
        self.persons = [r for r in rows if r[3] == "PERSON"]
        self.person_starts = [r[0] for r in self.persons]
        self.gender = {e.id: _gender_of(e) for e in entities if getattr(e, "type", "") == "PERSON"}

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """Entity mentions overlapping ``[start, end)``."""
        hi = bisect_left(self.starts, end)
        lo = bisect_left(self.starts, start - self.max_len)
        return [r for r in self.rows[lo:hi] if r[1] > start]

    def resolve(self, span: tuple[int, int] | None, head: int | None) -> str | None:
        """The entity id of a speaker mention, or None for unnamed groups and unknown speakers."""
        if span is None:
            return None
        start, end = span
        head_tok = self.parsed[head] if head is not None else None
        if head_tok is not None and head_tok.lower_ in RELATIVE_WORDS and head_tok.head.dep_ == "relcl":
            # "Smith, who ... said": the relative pronoun stands for the noun it hangs on.
            head_tok = head_tok.head.head
            start, end = head_tok.left_edge.idx, head_tok.idx + len(head_tok.text)
        if head_tok is not None:
            h0, h1 = head_tok.idx, head_tok.idx + len(head_tok.text)
            covering = self.overlapping(h0, h1)
            if covering:
                return max(covering, key=lambda r: (r[3] in ("PERSON", "ORG", "GPE", "NORP"), r[1] - r[0]))[2]
        if head_tok is not None and head_tok.pos_ != "PRON":
            # A name that owns the head ("Clinton's spokesman", "the spokesman for X") or is
            # the head's own name; a modifier ("the Turkish president") is not the speaker.
            owners = [t for t in head_tok.children if t.dep_ in ("poss", "appos")]
            owners += [g for p in head_tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                       for g in p.children if g.dep_ == "pobj"]
            for owner in owners:
                found = self.overlapping(owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge.text))
                if found:
                    return max(found, key=lambda r: (r[3] in ("PERSON", "ORG"), r[1] - r[0]))[2]
        if head_tok is None:
            found = self.overlapping(start, end)
            return max(found, key=lambda r: r[1] - r[0])[2] if found else None
        if head_tok.lower_ in PRONOUN_GENDER:
            # The nearest person mentioned before, skipping one of the other gender when known.
            want = PRONOUN_GENDER[head_tok.lower_]
            k = bisect_left(self.person_starts, start) - 1
            for j in range(k, max(k - MAX_PRONOUN_LOOKBACK, -1), -1):
                if self.gender.get(self.persons[j][2], "") in ("", want):
                    return self.persons[j][2]
        return None


def _gender_of(entity: Any) -> str:
    """ "m" or "f" from an entity's honorifics and pronoun mentions, "" when unknown."""
    votes = {"m": 0, "f": 0}
    for m in getattr(entity, "mentions", []):
        word = m.text.split(" ", 1)[0].lower().rstrip(".")
        if word in HONORIFIC_GENDER:
            votes[HONORIFIC_GENDER[word]] += 1
        elif m.kind == "pronoun" and word in PRONOUN_GENDER:
            votes[PRONOUN_GENDER[word]] += 1
    if votes["m"] == votes["f"]:
        return ""
    return "m" if votes["m"] > votes["f"] else "f"


__all__ = ["Candidate", "QuoteExtractor", "find_regions"]
