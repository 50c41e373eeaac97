"""The content around an "according to X" phrase: which side of the sentence X is the source of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.quotes.syntax import TextIndex, has_verb, open_ended, tokens_in, trim_content

if TYPE_CHECKING:
    from spacy.tokens import Token


def source_end(index: TextIndex, first: "Token", tok: "Token", src: "Token") -> int:
    """The index of the last token of the source phrase of "according to X".

    The phrase runs to the end of the source's subtree, except where the words before "according" stop at
    a bare copula and the parser hung the complement on the source as an apposition ("Mostly it was,
    according to Y, the wiring that failed"): the source then ends before that comma.
    """
    end = max(src.right_edge.i, tok.i + 1)
    if not open_ended(index, first.idx, tok.idx):
        return end
    appos = [c for c in src.children if c.dep_ == "appos" and c.i > src.i and c.doc[c.left_edge.i - 1].text == ","]
    return appos[0].left_edge.i - 2 if appos else end


def before_according(index: TextIndex, start: int, end: int) -> int:
    """The end of a span before an "according to" phrase inside it: the phrase is a cue of its own."""
    for t in tokens_in(index, start, end):
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to" and t.idx > start:
            return trim_content(index.text, start, t.idx)[1]
    return end


def around_according(index: TextIndex, first: "Token", tok: "Token", phrase_end: "Token",
                      last: "Token") -> tuple[int, int]:
    """The content of an "according to X" phrase inside its sentence, never the phrase itself.

    "X did Z, according to Y - a record": the clause before the phrase; "But, according to Y, X did Z":
    the clause after it; "X, according to Y, did Z" (no side a clause of its own): the whole sentence.
    """
    before = (first.idx, tok.idx)
    after = (phrase_end.idx + len(phrase_end.text), last.idx + len(last.text))
    if has_verb(index, *before) and not open_ended(index, *before):
        return before
    opener_only = not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in tokens_in(index, *before))
    if opener_only and has_verb(index, *after):
        return after
    return first.idx, last.idx + len(last.text)
