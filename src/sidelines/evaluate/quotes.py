"""Quotes and attribution: content overlap matching, speaker accuracy, end-to-end F1."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sidelines.evaluate.metrics import (
    Counts,
    DocumentResult,
    Row,
    TaskReport,
    match_one_to_one,
    overlap,
    safe_div,
    show_span,
)
from sidelines.model.record import Quote, Record

# A predicted and a gold content match when they share at least this share of the longer one.
MIN_SHARED = 0.5

Fragments = list[tuple[int, int]]


def fragments(spans: list[dict[str, Any]]) -> Fragments:
    """(start, end) of each fragment of a gold role."""
    return [(s["start"], s["end"]) for s in spans]


def shared_chars(start: int, end: int, frags: Fragments) -> int:
    """Characters of ``[start, end)`` that lie inside any of the (non-overlapping) fragments."""
    return sum(overlap(start, end, fs, fe) for fs, fe in frags)


def content_weight(quote: Quote, gold: dict[str, Any]) -> float:
    """Shared characters when the two contents match (>= half of the longer one), else 0."""
    frags = fragments(gold.get("content", []))
    if not frags:
        return 0.0
    shared = shared_chars(quote.content.start, quote.content.end, frags)
    longer = max(quote.content.end - quote.content.start, sum(e - s for s, e in frags))
    return float(shared) if longer and shared >= MIN_SHARED * longer else 0.0


def speaker_right(quote: Quote, gold: dict[str, Any]) -> bool:
    """The speaker mention overlaps the gold source span, or both are absent."""
    sources = fragments(gold.get("source", []))
    mention = quote.speaker_mention
    if mention is None or not sources:
        return mention is None and not sources
    return shared_chars(mention.start, mention.end, sources) > 0


def nested_quotes(quotes: list[Quote], attributions: list[dict[str, Any]], matched: set[int]) -> int:
    """Unmatched predictions lying wholly inside a gold content span.

    PolNeAR does not annotate attributions nested inside another one's content, so these
    may be right; the contract counts them as wrong, and this count is only a diagnostic.
    """
    spans = [(f["start"], f["end"]) for a in attributions for f in a.get("content", [])]
    return sum(
        1 for i, q in enumerate(quotes)
        if i not in matched and any(s <= q.content.start and q.content.end <= e for s, e in spans)
    )


def further_pieces(quotes: list[Quote], attributions: list[dict[str, Any]], pairs: list[tuple[int, int]]) -> int:
    """Unmatched predictions that are another piece of a gold attribution a prediction matched.

    PolNeAR joins an utterance interrupted by its cue ("A," she said. "B.") into one attribution
    of several fragments; the contract's record gives two quotes, so the second costs precision.
    Counted here (at least half of the prediction inside one of the matched attribution's
    fragments) for a diagnostic row only.
    """
    matched_p = {i for i, _ in pairs}
    frags = [fragments(attributions[j].get("content", [])) for _, j in pairs]
    count = 0
    for i, q in enumerate(quotes):
        if i in matched_p:
            continue
        length = q.content.end - q.content.start
        if length and any(2 * shared_chars(q.content.start, q.content.end, f) >= length for f in frags):
            count += 1
    return count


def score_quotes(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """Content P/R/F1, speaker accuracy on matched quotes, end-to-end F1, direct-quote recall.

    Read as the contract says: each quote of the record on its own. An utterance interrupted by
    its cue is two quotes there, while PolNeAR annotates one attribution of two fragments, so such
    splits cost content recall here.
    """
    content, e2e, direct, outer, joined = Counts(), Counts(), Counts(), Counts(), Counts()
    matched = speaker_ok = 0
    docs = []
    for gold, record in zip(golds, records, strict=True):
        attributions = [a for a in gold.get("attributions", []) if a.get("content")]
        quotes = list(record.quotes)
        pairs = match_one_to_one(quotes, attributions, content_weight)
        right = sum(1 for i, j in pairs if speaker_right(quotes[i], attributions[j]))
        content.add(len(pairs), len(quotes), len(attributions))
        nested = nested_quotes(quotes, attributions, {i for i, _ in pairs})
        outer.add(len(pairs), len(quotes) - nested, len(attributions))
        joined.add(len(pairs), len(quotes) - further_pieces(quotes, attributions, pairs), len(attributions))
        e2e.add(right, len(quotes), len(attributions))
        matched += len(pairs)
        speaker_ok += right
        gold_direct = [j for j, a in enumerate(attributions) if a.get("direct")]
        hit_gold = {j for _, j in pairs}
        direct.add(sum(1 for j in gold_direct if j in hit_gold), 0, len(gold_direct))
        docs.append(_document_result(gold, quotes, attributions, pairs))
    rows = [
        Row.of("content", content),
        Row.of("end-to-end", e2e),
        Row.of("content, nested not counted", outer),
        Row.of("content, further pieces not counted", joined),
        Row.share("speaker (matched)", speaker_ok, matched),
        Row("direct (recall)", None, direct.recall, None, int(direct.n_gold), None),
    ]
    headline = {
        "content_f1": content.f1, "content_precision": content.precision, "content_recall": content.recall,
        "speaker_accuracy": safe_div(speaker_ok, matched), "end_to_end_f1": e2e.f1,
        "direct_recall": direct.recall,
    }
    return TaskReport("quotes", headline, rows, docs)


def _document_result(
    gold: dict[str, Any], quotes: list[Quote], attributions: list[dict[str, Any]], pairs: list[tuple[int, int]]
) -> DocumentResult:
    text = gold["text"]
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    missed = []
    for j, a in enumerate(attributions):
        if j in hit_g:
            continue
        s, e = a["content"][0]["start"], a["content"][-1]["end"]
        src = a["source"][0]["text"] if a.get("source") else "-"
        missed.append(show_span(text, s, e, f"<- {src}"))
    spurious = [
        show_span(text, q.content.start, q.content.end, f"<- {q.speaker_mention.text if q.speaker_mention else '-'}")
        for i, q in enumerate(quotes) if i not in hit_p
    ]
    notes = []
    for i, j in pairs:
        if not speaker_right(quotes[i], attributions[j]):
            q, a = quotes[i], attributions[j]
            said = q.speaker_mention.text if q.speaker_mention else "-"
            want = a["source"][0]["text"] if a.get("source") else "-"
            where = show_span(text, q.content.start, q.content.end, limit=50)
            notes.append(f"speaker {said!r} should be {want!r}: {where}")
    counts = Counts()
    counts.add(len(pairs) - len(notes), len(quotes), len(attributions))
    score = counts.f1 if quotes or attributions else 1.0
    return DocumentResult(gold["id"], score, missed, spurious, notes)
