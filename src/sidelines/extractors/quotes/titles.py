"""Quoted names and titles: “Perceptions 301”, “The Evening Hour with Ann Lee”, “Safe Ride Home” name a
course, a show or a firm; they are no one's words.

A quotation is a title when its words are few (at most ``MAX_TITLE_WORDS``), every word but the small
ones of titles starts with a capital or is a number, it holds no verb and no sentence's end, and it
stands inside a sentence rather than as a sentence of its own (a full stop closing a title that ends the
writer's sentence is that sentence's): two words or more, or one word right
before a noun that it names (“the ‘Cosmos’ syllabus”) or right after a naming participle (“a class called
‘Cosmos’”). A lone capitalised word said on its own
(“No,” she said) stays a quote. A web address (“https://example.org/form”, “www.example.org”) names a page:
it is no one's words either.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Verbs that give a name: their participle right before a quotation ("a class called “Seafaring”") names it.
NAMING_VERBS = frozenset({"call", "name", "title", "entitle", "dub", "nickname"})
# The most words a quoted title has here.
MAX_TITLE_WORDS = 6
# The small words a title leaves in lower case.
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "with", "on", "in", "for", "to", "at", "by",
                               "from", "vs", "vs.", "de", "la"})
WORD = re.compile(r"[^\W_][\w'’.-]*")
# A web address alone inside the marks.
WEB_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S+\s*", re.IGNORECASE)
# A sentence's end inside the marks: a full stop after a word of three letters or more, "!" or "?".
SENTENCE_END = re.compile(r"(?:[^\W\d_]{3,}\.|[!?])")


def is_title(text: str, start: int, end: int, parsed: "Doc") -> bool:
    """Whether the quoted text between ``start`` and ``end`` is a name or title, not anyone's words."""
    if WEB_ADDRESS.fullmatch(text, start, end):
        return True  # “http://example.org/video”: a page's address
    words = WORD.findall(text, start, end)
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if SENTENCE_END.search(text, start, _before_closing_stop(parsed, text, start, end)):
        return False  # “Only the mayor.”, “Happy New Year!”: said, not named
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    if len([w for w in words if w.lower() not in TITLE_SMALL_WORDS]) >= 2:
        return True
    if _after_naming_participle(parsed, span.start):
        return True
    after = parsed[span.end:span.end + 2]
    nxt = next((t for t in after if not t.is_punct and not t.is_space), None)
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.i == span.end + (1 if span.end < len(parsed)
                                                                          and parsed[span.end].is_punct else 0)


# Verbs whose quoted object may be a work's title as well as words ("wrote “The River Home.”").
WORK_VERBS = frozenset({"write", "title", "call", "name", "dub", "publish", "release", "pen"})


def _before_closing_stop(parsed: "Doc", text: str, start: int, end: int) -> int:
    """Where the quotation's words end: before a full stop that closes it when the quotation follows a word of
    the writer's sentence ("is now host of “The Morning Hour with Ann Lee.”"), the stop being the sentence's,
    set inside the marks; a quotation after a comma, a colon, a verb (“replied “Not Yet.””: said, or chanted)
    or on its own keeps its stop (“Welcome Home.”)."""
    before = text[:start].rstrip(" \u201c\u2018\"'")
    if end - start < 2 or text[end - 1] != "." or not before or not before[-1].isalnum():
        return end
    word = parsed.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if word is None or word[-1].pos_ in ("VERB", "AUX") and word[-1].lemma_.lower() not in WORK_VERBS:
        return end
    return end - 1


def _after_naming_participle(parsed: "Doc", first: int) -> bool:
    """ "a history class called “Seafaring”": a quotation right after the participle of a naming verb that
    hangs on a noun is the name it gives."""
    before = [t for t in parsed[max(0, first - 3):first] if not t.is_quote and not t.is_space]
    verb = before[-1] if before else None
    return verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in NAMING_VERBS
