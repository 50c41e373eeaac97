"""Quotes: direct, indirect and mixed reported speech, with its cue and speaker.

The extractor works in three passes over one spaCy parse of the document:

1. ``find_regions`` scans the text for stretches inside quotation marks (straight and
   curly double marks, the NYT ``''`` digraph, guillemets, and single marks where they
   clearly delimit a quotation). Marks are classed as opening or closing by their
   context, so a mistyped or unbalanced mark never stops the scan; a paragraph that opens
   a quote and does not close it continues into the next paragraph that opens with a mark.
2. Reporting frames found in the dependency parse ("X said (that) ...", "X expressed
   confidence that ...", "according to X, ...", "..., X said.") give a cue, a speaker and
   the reported clause. A clause made of quoted text is a direct quote; a clause that only
   contains quoted words is a mixed quote: ONE quote with ``direct=False`` whose content is
   the whole reported clause (quote marks included where they fall inside it).
3. Regions left over are attributed by a cue right before ("X said: “...”") or right after
   ("“...,” X said") them, joined across an interrupting cue ("“...,” she said, “...”"),
   or carried on from the previous quote when they stand alone as a paragraph or follow
   the attributed sentence. Short regions that nothing attributes are scare quotes or
   titles and are not quotes.

A direct quote's content never includes its outer quote marks. When a cue interrupts a
quotation, the content runs from the first quoted word to the last, cue included, so that
one utterance stays one quote.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sidelines.extractors.base import BaseExtractor
from sidelines.lexicon.speech import (
    CUE_NOUNS,
    CUE_PREPOSITIONS,
    OBJECT_CUE_VERBS,
    FRAME_VERBS,
    NEEDS_PARTICLE,
    OPENING_CONTEXT,
    PARTICLE_CUES,
    PRONOUN_GENDER,
    QUOTING_VERBS,
    REPORTING_VERBS,
    STANCE_NOUNS,
    UNRESOLVED_PRONOUNS,
)
from sidelines.model.record import Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document
    from sidelines.settings import Settings

log = logging.getLogger(__name__)

# Double quotation marks, the two-apostrophe digraph and guillemets.
DOUBLE_MARK_RE = re.compile(r"''|[\"“”„«»]")
# Single marks that may open or close a quotation.
SINGLE_MARK_RE = re.compile(r"[‘’'‚‹›]")
PARAGRAPH_RE = re.compile(r"[^\n]+")
# Characters after which a closing mark may stand.
CLOSING_FOLLOWERS = frozenset(" \t\r\n.,;:!?)]}—–-…")
OPENING_GLYPHS = frozenset("“„«")
CLOSING_GLYPHS = frozenset("”»")
SINGLE_OPENING_GLYPHS = frozenset("‘‚‹")
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
# Longest speaker mention kept whole, in tokens; longer subjects shrink to their head phrase.
MAX_SPEAKER_TOKENS = 12
# Fewest words a quotation needs to be a quote without a cue (else a scare quote or a title).
MIN_UNCUED_WORDS = 5
WORD_RE = re.compile(r"\w+")
# "Name: what they said" at the start of a line (a headline or a transcript turn).
COLON_LINE_RE = re.compile(r"^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})(:)[ \t]+(?=\S)[^\n]*$", re.MULTILINE)


@dataclass
class Region:
    """A stretch of text inside quotation marks; ``start``/``end`` exclude the marks."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    closed: bool = True
    single: bool = False
    used: bool = False


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
# Pass 1: quotation regions
# ---------------------------------------------------------------------------


def _classify(text: str, i: int, j: int, p_start: int, p_end: int) -> str:
    """Whether the mark at ``text[i:j]`` opens (``"o"``), closes (``"c"``) or is undecided (``""``)."""
    before = text[i - 1] if i > p_start else ""
    after = text[j] if j < p_end else ""
    opens = (before == "" or before.isspace() or before in OPENING_CONTEXT) and after != "" and not after.isspace()
    closes = (after == "" or after.isspace() or after in CLOSING_FOLLOWERS or after in "\"”'’") and (
        before != "" and not before.isspace()
    )
    if opens and not closes:
        return "o"
    if closes and not opens:
        return "c"
    return ""


def _double_regions(text: str, p_start: int, p_end: int) -> list[Region]:
    """Double-mark quotation regions of one paragraph; an unclosed one runs to its end."""
    regions: list[Region] = []
    open_at: tuple[int, int] | None = None
    for m in DOUBLE_MARK_RE.finditer(text, p_start, p_end):
        i, j = m.start(), m.end()
        kind = _classify(text, i, j, p_start, p_end)
        if not kind:
            glyph = m.group()
            if glyph in OPENING_GLYPHS:
                kind = "o"
            elif glyph in CLOSING_GLYPHS:
                kind = "c"
            else:
                kind = "c" if open_at is not None else "o"
        if kind == "o":
            if open_at is not None:
                # Unbalanced: a new quotation opens before the last one closed.
                regions.append(Region(open_at[1], _rstrip(text, open_at[1], i), open_at[0], i, closed=False))
            open_at = (i, j)
        elif open_at is not None:
            regions.append(Region(open_at[1], i, open_at[0], j))
            open_at = None
        # A closing mark with nothing open is a stray mark: ignored.
    if open_at is not None:
        regions.append(Region(open_at[1], _rstrip(text, open_at[1], p_end), open_at[0], p_end, closed=False))
    return [r for r in regions if r.end > r.start]


def _single_regions(text: str, p_start: int, p_end: int, taken: list[Region]) -> list[Region]:
    """Single-mark quotations of one paragraph, outside double-mark regions; apostrophes excluded."""
    regions: list[Region] = []
    open_at: int | None = None
    for m in SINGLE_MARK_RE.finditer(text, p_start, p_end):
        i, j = m.start(), m.end()
        if any(r.mark_start <= i < r.mark_end for r in taken):
            continue
        before = text[i - 1] if i > p_start else ""
        after = text[j] if j < p_end else ""
        glyph = m.group()
        can_open = (before == "" or before.isspace() or before in OPENING_CONTEXT) and after.isalpha()
        can_close = (before.isalnum() or before in ".,!?") and (after == "" or after in CLOSING_FOLLOWERS)
        if glyph in SINGLE_OPENING_GLYPHS and not can_close:
            can_open = after != "" and not after.isspace()
        if open_at is None:
            if can_open:
                open_at = i
        elif can_close and not (before in "sS" and after == " " and text[open_at + 1:i].count(" ") > 12):
            if text[open_at + 1:i].strip():
                regions.append(Region(open_at + 1, i, open_at, j, single=True))
            open_at = None
        elif can_open and before.isspace():
            open_at = i
    return regions


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_regions(text: str) -> list[Region]:
    """Every quotation region of the text in order, multi-paragraph quotations joined."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text)]
    per_par: list[list[Region]] = []
    for p_start, p_end in paragraphs:
        doubles = _double_regions(text, p_start, p_end)
        singles = _single_regions(text, p_start, p_end, doubles)
        per_par.append(sorted(doubles + singles, key=lambda r: r.start))
    out: list[Region] = []
    carry: Region | None = None
    for k, regions in enumerate(per_par):
        p_start = paragraphs[k][0]
        if carry is not None:
            first = regions[0] if regions else None
            if first is not None and not first.single and text[p_start:first.mark_start].strip() == "":
                # The open quotation goes on in this paragraph.
                carry.end = first.end
                carry.mark_end = first.mark_end
                carry.closed = first.closed
                regions = regions[1:]
                if not carry.closed:
                    out.extend(regions)
                    continue
            out.append(carry)
            carry = None
        for r in regions:
            if not r.closed and r is regions[-1] and not r.single:
                carry = r
            else:
                out.append(r)
    if carry is not None:
        out.append(carry)
    out.sort(key=lambda r: r.start)
    return out


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
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBG", "VBN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in lexicon:
        return False
    if lemma in NEEDS_PARTICLE:
        return any(c.dep_ == "prt" and (lemma, c.lower_) in PARTICLE_CUES for c in tok.children)
    return True


def _paragraph(text: str, char: int) -> tuple[int, int]:
    """The paragraph (line) around a character offset."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, (len(text) if end < 0 else end)


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
    if end - start < 3:
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
                if c.lower_ in RELATIVE_WORDS and cur.dep_ == "relcl":
                    return cur.head
                return c
        if cur.dep_ in INHERIT_DEPS and cur.head is not cur:
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
        cands = self._drop_nested(cands)
        for c in cands:
            for r in c.regions:
                r.used = True
        cands.extend(self._find_cued_regions(text, parsed, index))
        cands.extend(self._find_colon_lines(text, parsed, index, cands))
        cands.sort(key=lambda c: c.start)
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
            if lemma in self.STANCE_NOUNS and tok.pos_ == "NOUN":
                cand = self._stance_frame(text, index, tok)
                if cand is not None:
                    out.append(cand)
                continue
            if not _is_cue_verb(tok, self._frame_verbs):
                continue
            p_start, p_end = _paragraph(text, tok.idx)
            clauses = [c for c in tok.children if c.dep_ in CLAUSE_DEPS and p_start <= c.idx < p_end]
            spans: list[tuple[int, int]] = []
            if not clauses and tok.dep_ == "parataxis" and tok.head.i < tok.i:
                spans.append((max(tok.head.sent.start_char, p_start), tok.left_edge.idx))
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
            out.extend(made)
        return out

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
        sub = speaker if speaker is not None else _subject(cue)
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

    def _according_to(self, text: str, parsed: "Doc", index: _Index, tok: "Token") -> Candidate | None:
        """ "according to X, ..." / "..., according to X": the rest of the sentence, said by X."""
        to = parsed[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        if not objs:
            return None
        src = objs[0]
        phrase_end = max(src.right_edge.i, to.i)
        sent = tok.sent
        if tok.i - sent.start <= 1:
            start, end = parsed[phrase_end].idx + len(parsed[phrase_end].text), sent.end_char
        elif phrase_end >= sent.end - 2:
            start, end = sent.start_char, tok.idx
        else:
            head = tok.head
            while head.dep_ not in ("ROOT",) and head.head is not head and head.i != head.head.i:
                if head.dep_ in ("ccomp", "advcl", "conj"):
                    break
                head = head.head
            start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
            if start >= tok.idx:
                start = parsed[phrase_end].idx + len(parsed[phrase_end].text)
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
            last = text[_rstrip(text, r.start, r.end) - 1] if r.end > r.start else ""
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
            if not toks or not all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or t.is_punct
                                   or (t.pos_ == "NOUN" and t.i == j) for t in toks):
                continue
            if not any(t.pos_ == "PROPN" for t in toks):
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
                cand = Candidate(r.start, r.end, True, cue=(tok.idx, parsed[j + 1].idx + 2), cue_token=j,
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
        end_tok = index.token_at(r.mark_start) - (1 if index.parsed[index.token_at(r.mark_start)].idx >= r.mark_start else 0)
        lo = max(end_tok - MAX_CUE_GAP - 6, 0)
        for j in range(end_tok, lo - 1, -1):
            tok = parsed[j]
            if "\n" in tok.text or index.region_of(tok.idx) is not None:
                return None
            if tok.text in SENTENCE_END:
                return None
            if tok.lower_ == "according" and j + 1 < len(parsed) and parsed[j + 1].lower_ == "to":
                objs = [c for c in parsed[j + 1].children if c.dep_ == "pobj"]
                cand = Candidate(r.start, r.end, True, cue=(tok.idx, parsed[j + 1].idx + 2), cue_token=j,
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
        sub = _subject(verb)
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
            p_start = text.rfind("\n", 0, r.mark_start) + 1
            tail = text[r.mark_end:_paragraph(text, r.mark_end)[1]]
            whole_par = text[p_start:r.mark_start].strip() == "" and tail.strip(" .,;:!?…") == ""
            words = len(WORD_RE.findall(text, r.start, r.end))
            if prev is not None and prev.direct and prev.end <= r.start:
                last = max(prev.end, prev.cue[1] if prev.cue else 0, prev.speaker[1] if prev.speaker else 0)
                gap = text[last:r.mark_start]
                if "\n" not in gap and gap.strip(" .”\"'’") in ("", ",") and words >= 2:
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
    def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
        """Keep one quote where one content holds another's cue (the writer's, not the quoted one's)."""
        cands = sorted(cands, key=lambda c: (c.start, -c.end))
        drop: set[int] = set()
        for a_i, a in enumerate(cands):
            for b_i in range(a_i + 1, len(cands)):
                b = cands[b_i]
                if b.start >= a.end:
                    break
                if b.cue is None or not (a.start <= b.cue[0] < a.end):
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
        if head_tok is not None and head_tok.lower_ in PRONOUN_GENDER:
            k = bisect_left(self.person_starts, start) - 1
            if k >= 0:
                return self.persons[k][2]
        return None


__all__ = ["QuoteExtractor", "Region", "find_regions", "UNRESOLVED_PRONOUNS"]
