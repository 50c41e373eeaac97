"""Named entities: exact span and type of every name mention (CoNLL-2003 labels)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sidelines.evaluate.metrics import Counts, DocumentResult, Row, TaskReport, show_span
from sidelines.model.record import Record

# Record entity types -> scored labels; types not listed (NORP, EVENT, ...) are not scored.
TYPE_TO_LABEL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
# Gold labels that are scored (CoNLL-2003 MISC is not part of the contract).
SCORED_LABELS = ("PER", "ORG", "LOC")

Spans = set[tuple[int, int, str]]


def predicted_names(record: Record) -> Spans:
    """(start, end, label) of every name mention whose entity type is scored."""
    out: Spans = set()
    for entity in record.entities:
        label = TYPE_TO_LABEL.get(entity.type)
        if label is None:
            continue
        for m in entity.mentions:
            if m.kind == "name":
                out.add((m.start, m.end, label))
    return out


def gold_names(gold: dict[str, Any]) -> Spans:
    """(start, end, label) of the gold entities with a scored label."""
    return {(e["start"], e["end"], e["label"]) for e in gold.get("entities", []) if e["label"] in SCORED_LABELS}


def score_ner(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """Exact span+type P/R/F1, per label and overall (micro)."""
    per_label = {label: Counts() for label in SCORED_LABELS}
    total = Counts()
    docs = []
    for gold, record in zip(golds, records, strict=True):
        g, p = gold_names(gold), predicted_names(record)
        hit = g & p
        doc = Counts()
        doc.add(len(hit), len(p), len(g))
        total += doc
        for label, counts in per_label.items():
            counts.add(
                sum(1 for s in hit if s[2] == label),
                sum(1 for s in p if s[2] == label),
                sum(1 for s in g if s[2] == label),
            )
        text = gold["text"]
        docs.append(DocumentResult(
            gold["id"], doc.f1 if (g or p) else 1.0,
            missed=[show_span(text, s, e, lab) for s, e, lab in sorted(g - p)],
            spurious=[show_span(text, s, e, lab) for s, e, lab in sorted(p - g)],
        ))
    rows = [Row.of(label, c) for label, c in per_label.items()] + [Row.of("all", total)]
    return TaskReport("ner", {"f1": total.f1, "precision": total.precision, "recall": total.recall}, rows, docs)
