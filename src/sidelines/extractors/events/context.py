"""What the text around an event tells of it: the domain of its trigger and of the words near it,
and the marks of polls, results, prices, questions and conditions.

A word's domain weight (``data/domain_words.json``, written by ``scripts/build_domain_words.py``) is
how much more political news uses it than general news: "detained" or "sanctions" near a trigger
tell a political act, "scored" or "profit" a match report or a company's results. (The mean over
the whole sentence or document told nothing on the labelled events, out of fold, and is not
used.) Numbers (spaCy's CARDINAL, PERCENT, MONEY, QUANTITY entities) crowd poll findings, scores
and business news; a question or an "if" clause tells an act asked about or supposed. These
are features of the events' confidence model (:mod:`.confidence`), never rules on their own.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sidelines.extractors.lookup import doc_text
from sidelines.lexicon import plover as lex
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A word as scripts/build_domain_words.py counts it: lower-case letters only, at least three.
WORD = re.compile(r"(?<![A-Za-z'’-])[a-z]{3,}(?![A-Za-z'’-])")
NUMBER_LABELS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Tokens either side of the trigger read as its near context.
WINDOW = 6
# Numbers in a sentence beyond which more say nothing new (the feature's scale).
MANY_NUMBERS = 3


@lru_cache(maxsize=1)
def domain_weights() -> dict[str, float]:
    """The packaged word -> domain weight table (empty when there is none)."""
    ref = resources.files("sidelines") / "data" / "domain_words.json"
    if not ref.is_file():
        return {}
    data = json.loads(ref.read_text("utf-8"))
    return {str(k): float(v) for k, v in data.get("weights", {}).items()}


def domain_of(text: str, weights: dict[str, float]) -> float:
    """The mean domain weight of the known words of ``text`` (0 when it has none)."""
    values = [weights[w] for w in WORD.findall(text) if w in weights]
    return sum(values) / len(values) if values else 0.0


def _is_conditional(anchor: "Token", sent: "Span") -> bool:
    """Whether the anchor or a verb above it in its sentence is in an "if"/"unless" clause."""
    cur = anchor
    for _ in range(30):
        if any(c.dep_ == "mark" and c.lower_ in lex.CONDITIONS for c in cur.children):
            return True
        if cur.head.i == cur.i or not (sent.start <= cur.head.i < sent.end):
            return False
        cur = cur.head
    return False


def context_features(anchor: "Token") -> dict[str, float]:
    """The domain of the trigger and of the words near it, the numbers of its sentence, and whether
    it is asked about or supposed."""
    weights = domain_weights()
    analysis = analysis_of(anchor.doc)
    sent = analysis.sent_of(anchor)
    # The document's entities once (``Span.ents`` walks them all on each call), those of the sentence here.
    ents = analysis.ents
    numbers = [e for e in ents if sent.start <= e.start and e.end <= sent.end and e.label_ in NUMBER_LABELS]
    window = analysis.span_text(max(sent.start, anchor.i - WINDOW), min(sent.end, anchor.i + WINDOW + 1))
    return {
        "sent_numbers": min(MANY_NUMBERS, len(numbers)) / MANY_NUMBERS,
        "sent_money_percent": float(any(e.label_ in ("MONEY", "PERCENT") for e in numbers)),
        "near_domain": domain_of(window, weights),
        "trigger_domain": weights.get(anchor.lower_, 0.0),
        "question": float(analysis.span_text(sent.start, sent.end).rstrip().rstrip("\"'”’").endswith("?")),
        "conditional": float(_is_conditional(anchor, sent)),
    }


# The label of a note an outlet appends to its stories ("Editor's note: ..."), at the start of a line.
EDITORS_NOTE = re.compile(r"^\s*editor['’]?s['’]?\s+note\b", re.IGNORECASE)
NOTE_LABEL_ONLY = re.compile(r"\s*(?:editor['’]?s['’]?\s+note\s*[:.—–-]?\s*)?", re.IGNORECASE)


# Words of a sentence about the story itself ("A previous version of this report misstated ...").
STORY_WORDS = frozenset({
    "story", "article", "version", "report", "correction", "corrected", "misstated", "misidentified",
    "misspelled", "misquoted", "incorrectly", "erroneously", "updated", "clarified",
})
# Verbs of an update whose content clause tells a fact ("was updated to add that police arrested X").
UPDATE_VERBS = frozenset({"add", "note", "include", "reflect", "clarify", "show", "say", "state"})


def in_editors_note(sent: "Span") -> bool:
    """Whether a sentence is the boilerplate of an editor's note (rule ``nonevent:editors-note``): the
    sentence the note's label opens, or one of the note about the story itself ("An earlier version
    misstated ..."), not a report of the acts the story tells; a later fact of the note stays."""
    text = doc_text(sent.doc)
    start = _line_start(text, sent.start_char)
    if not EDITORS_NOTE.match(text[start:sent.start_char + 40]):
        return False
    before = text[start:sent.start_char]  # empty, or the label alone when the parser cut after it
    return NOTE_LABEL_ONLY.fullmatch(before) is not None or any(t.lower_ in STORY_WORDS for t in sent)


def _line_start(text: str, at: int) -> int:
    """The offset where the line holding offset ``at`` begins."""
    return text.rfind("\n", 0, at) + 1


def tells_added_fact(anchor: "Token") -> bool:
    """ "This story was updated to add that police arrested X": a fact a note adds, no boilerplate."""
    cur = anchor
    while cur.head.i != cur.i:
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in UPDATE_VERBS:
            return True
        cur = cur.head
    return False


# An answer label opening a transcript line: "A:" or a speaker's name ("HOLT:", "Amy Holt:").
ANSWER_LABEL = re.compile(r"^\s*(?:A|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*:\s")


def authors_own(anchor: "Token", quoted: list[tuple[int, int]]) -> bool:
    """Whether an act is the writer's own (rule ``nonevent:author``): its subject is "I" outside every
    quote ("I met with X in his office"), the article's author, never a side of its events. Read for
    meetings only (the writer's interviews): a speech quoted without quotation marks has its "I" too
    ("I promise to ..."); nor is a line a transcript's answer label opens ("A: I met with X")."""
    if any(s <= anchor.idx < e for s, e in quoted):
        return False
    text = doc_text(anchor.doc)
    if ANSWER_LABEL.match(text[_line_start(text, anchor.idx):anchor.idx]):
        return False  # "A: I met with X": the one interviewed speaks, not the writer
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in anchor.children)
