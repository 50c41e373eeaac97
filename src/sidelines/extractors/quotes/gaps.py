"""Gapped contents: a reported clause that is no sentence of its own, doubted as a statement.

"The council lost a memo that the mayor said was drafted by her aides": the cue stands in a relative clause and
the reported clause lacks its subject ("that" stands for the memo, before the cue); its content "was drafted by
her aides" says something only with the noun the relative describes. Likewise a content that is itself a
relative clause or participle of a noun outside it ("the silence Democrats have shown", "an interview aired
Monday"): it describes that noun, it states nothing. Such a quote stays (the parse found someone saying it, and
PolNeAR records it so), but as a statement it is doubted: kind "unsure" (rule "gapped-content"), as the
learned acceptance model doubts one; the whole-article gold records no such fragment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.record import Quote

# The rule of the decision that doubts a gapped content.
GAPPED_RULE = "gapped-content"
# The kind of a statement doubted (the acceptance model's kind, extractors/quotes/acceptance.py).
UNSURE: Final = "unsure"
# Dependencies of a clause's own subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Dependencies that hang a clause on a noun (a relative clause, a participle or infinitive modifier).
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _verb_of(parsed: "Doc", start: int, end: int) -> "Token | None":
    """The verb of a character span whose head lies outside it (the first such), else None."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tops = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    return next((t for t in tops if t.pos_ in ("VERB", "AUX")), None)


def gap_of(parsed: "Doc", quote: "Quote") -> str:
    """Why the content of an indirect statement is no sentence of its own, or "" when it is one: "relative cue"
    (a cue in a relative clause, its clause without a subject) or "noun clause" (the content is a relative
    clause or participle of a noun outside it)."""
    if quote.direct or quote.cue is None:
        return ""
    s, e = quote.content.start, quote.content.end
    verb = _verb_of(parsed, s, e)
    if verb is None:
        return ""
    outer = verb.head
    if verb.dep_ in NOUN_CLAUSE_DEPS and outer.pos_ in ("NOUN", "PROPN", "PRON") and not s <= outer.idx < e \
            and not any(c.dep_ == "mark" for c in verb.children):
        return "noun clause"  # not "concern that X would ...": a clause a "that" opens is the noun's content
    cue = _verb_of(parsed, quote.cue.start, quote.cue.end)
    if cue is None or cue.dep_ not in NOUN_CLAUSE_DEPS or outer.i != cue.i:
        return ""
    own = any(c.dep_ in SUBJECT_DEPS and s <= c.idx < e for c in verb.children)
    return "" if own else "relative cue"


def doubt_gapped(parsed: "Doc", quotes: list["Quote"]) -> list["Quote"]:
    """The quotes, each statement whose content is gapped (:func:`gap_of`) made of kind "unsure", in place."""
    for q in quotes:
        if q.kind != "statement":
            continue
        why = gap_of(parsed, q)
        if why:
            q.kind = UNSURE
            if q.explanation is not None:
                q.explanation.decisions["kind"] = f"quotes: {GAPPED_RULE} ({why})"
    return quotes


__all__ = ["GAPPED_RULE", "doubt_gapped", "gap_of"]
