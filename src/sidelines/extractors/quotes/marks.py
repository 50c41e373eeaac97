"""Quotation marks: the stretches of a text that stand inside them.

Marks are classed as opening or closing by their context (the character before and
after), and only where the context does not decide by their glyph, so a mistyped or
unbalanced mark never stops the scan. Straight and curly double marks, the NYT ``''``
digraph and guillemets delimit quotations; single marks do so only where they cannot be
apostrophes. A paragraph that opens a quotation and does not close it continues into the
next paragraph that opens with a mark (the news convention for long quotations); where one
sentence stands on each line, it goes on over unmarked lines to a line whose first mark closes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidelines.lexicon.speech import OPENING_CONTEXT

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
# A single quotation this long that "closes" after an s is more likely cut by a plural
# possessive ("the voters' choice"), so the mark is taken for an apostrophe.
MAX_SINGLE_BEFORE_PLURAL = 80


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


def _spaced_closing(text: str, i: int, opened: int) -> bool:
    """Whether a straight mark after a space closes the open quotation: punctuation ends the words before it."""
    k = i
    while k > opened and text[k - 1] == " ":
        k -= 1
    return k < i and k > opened and text[k - 1] in ",.!?"


def _nested(text: str, marks: list[re.Match[str]], n: int, p_start: int, p_end: int) -> bool:
    """Whether the curly opening mark ``marks[n]``, met while a quotation is open, opens a quotation inside it
    (rule "nested"): the next two marks close, with the outer one's words going on between them."""
    if marks[n].group() != "“" or n + 2 >= len(marks):
        return False
    first, second = marks[n + 1], marks[n + 2]
    if first.group() != "”" or second.group() != "”":
        return False
    between = text[first.end():second.start()]
    return _classify(text, first.start(), first.end(), p_start, p_end) != "o" and bool(between.strip()) and \
        between[:1] == " " and between.strip()[0] not in ",.;:"


def _double_regions(text: str, p_start: int, p_end: int) -> list[Region]:
    """Double-mark quotation regions of one paragraph; an unclosed one runs to its end."""
    regions: list[Region] = []
    open_at: tuple[int, int] | None = None
    marks = list(DOUBLE_MARK_RE.finditer(text, p_start, p_end))
    skip: set[int] = set()
    for n, m in enumerate(marks):
        i, j = m.start(), m.end()
        if n in skip:
            continue
        kind = _classify(text, i, j, p_start, p_end)
        if not kind:
            glyph = m.group()
            if glyph in OPENING_GLYPHS:
                kind = "o"
            elif glyph in CLOSING_GLYPHS:
                kind = "c"
            else:
                kind = "c" if open_at is not None else "o"
        if kind == "o" and open_at is not None and m.group() == '"' and _spaced_closing(text, i, open_at[1]):
            kind = "c"  # '"We will win, "Berg said': a closing mark typed with a space before it
        if kind == "o" and open_at is not None and _nested(text, marks, n, p_start, p_end):
            skip.add(n + 1)  # “many from his “list” are undecided”: a quotation inside the open one
            continue
        if kind == "o":
            if open_at is not None:
                # Unbalanced: a new quotation opens before the last one closed.
                regions.append(Region(open_at[1], trim_end(text, open_at[1], i), open_at[0], i, closed=False))
            open_at = (i, j)
        elif open_at is not None:
            regions.append(Region(open_at[1], trim_end(text, open_at[1], i), open_at[0], j))
            open_at = None
        # A closing mark with nothing open is a stray mark: ignored.
    if open_at is not None:
        regions.append(Region(open_at[1], trim_end(text, open_at[1], p_end), open_at[0], p_end, closed=False))
    return [r for r in regions if r.end > r.start]


def _single_regions(text: str, p_start: int, p_end: int, taken: list[Region]) -> list[Region]:
    """Single-mark quotations of one paragraph, outside double-mark regions; apostrophes excluded."""
    regions: list[Region] = []
    open_at: int | None = None
    k = 0  # the double-mark regions are in order, and so are the marks: one pass over both
    for m in SINGLE_MARK_RE.finditer(text, p_start, p_end):
        i, j = m.start(), m.end()
        while k < len(taken) and taken[k].mark_end <= i:
            k += 1
        if k < len(taken) and taken[k].mark_start <= i:
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
        elif can_close and not (before in "sS" and after == " " and i - open_at > MAX_SINGLE_BEFORE_PLURAL):
            if text[open_at + 1:i].strip():
                regions.append(Region(open_at + 1, i, open_at, j, single=True))
            open_at = None
        elif can_open and before.isspace():
            open_at = i
    return regions


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# Unmarked lines a quotation may run over when one sentence stands on each line.
MAX_CARRIED_LINES = 6


def _closing_line(text: str, paragraphs: list[tuple[int, int]], per_par: list[list[Region]],
                  k: int) -> tuple[int, int] | None:
    """The line, from ``k`` on, and the mark in it that closes the quotation left open before line ``k``.

    Only over single line breaks, through lines without marks, and when the line's first mark is
    typed as a closing one with a space before it ('... white, "club president said') or is a curly
    closing mark right after a sentence's end ('... the bridge stays shut.”').
    """
    for m in range(k, min(k + MAX_CARRIED_LINES, len(paragraphs))):
        p_start, p_end = paragraphs[m]
        if text[paragraphs[m - 1][1]:p_start] != "\n":
            return None
        found = DOUBLE_MARK_RE.search(text, p_start, p_end)
        if found is None:
            if per_par[m]:
                return None
            continue
        i = found.start()
        if text[p_start:i].strip() == "" or any(r.mark_start < i for r in per_par[m]):
            return None
        if found.group() in CLOSING_GLYPHS:  # a curly closing mark after a sentence's end ('... as well.”')
            return (m, i) if text[i - 1] in ",.!?" else None
        return (m, i) if found.group() == '"' and text[i - 1] == " " and text[i - 2] in ",.!?" else None
    return None


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
        closing = _closing_line(text, paragraphs, per_par, k) if carry is not None else None
        if carry is not None and closing is not None:
            # One sentence a line: the quotation goes on over unmarked lines to the line whose first mark closes it.
            end_line, mark = closing
            carry.end, carry.mark_end, carry.closed = trim_end(text, carry.start, mark), mark + 1, True
            per_par[end_line] = sorted(_double_regions(text, mark + 1, paragraphs[end_line][1]) + [
                r for r in per_par[end_line] if r.single and r.mark_start > mark], key=lambda r: r.start)
            regions = per_par[k]
            out.append(carry)
            carry = None
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


__all__ = ["Region", "find_regions", "trim_end"]
