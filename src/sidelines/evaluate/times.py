"""Time expressions, TempEval-3 style: strict and overlap span F1, value F1, type accuracy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sidelines.evaluate.metrics import Counts, DocumentResult, Row, TaskReport, match_one_to_one, overlap, show_span
from sidelines.model.record import Record, TimeExpr


def _overlap_weight(pred: TimeExpr, gold: dict[str, Any]) -> float:
    shared = overlap(pred.start, pred.end, gold["start"], gold["end"])
    # Prefer the exact span, then the larger overlap, when a prediction overlaps several gold ones.
    return shared + (0.5 if (pred.start, pred.end) == (gold["start"], gold["end"]) else 0.0) if shared else 0.0


def score_times(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """Strict span, overlap span and value P/R/F1 (value: overlap with the right value); type accuracy."""
    strict, relaxed, value = Counts(), Counts(), Counts()
    per_type: dict[str, Counts] = {}
    type_ok = 0
    docs = []
    for gold, record in zip(golds, records, strict=True):
        timexes = gold.get("timexes", [])
        preds = list(record.times)
        pairs = match_one_to_one(preds, timexes, _overlap_weight)
        exact = sum(1 for i, j in pairs if (preds[i].start, preds[i].end) == (timexes[j]["start"], timexes[j]["end"]))
        right_value = [(i, j) for i, j in pairs if preds[i].value == timexes[j]["value"]]
        strict.add(exact, len(preds), len(timexes))
        relaxed.add(len(pairs), len(preds), len(timexes))
        value.add(len(right_value), len(preds), len(timexes))
        type_ok += sum(1 for i, j in pairs if preds[i].type == timexes[j]["type"])
        for t in timexes:
            per_type.setdefault(t["type"], Counts())
        for _i, j in right_value:
            per_type[timexes[j]["type"]].tp_gold += 1
        for t in timexes:
            per_type[t["type"]].n_gold += 1
        text = gold["text"]
        hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
        doc = Counts()
        doc.add(len(right_value), len(preds), len(timexes))
        docs.append(DocumentResult(
            gold["id"], doc.f1 if preds or timexes else 1.0,
            missed=[show_span(text, t["start"], t["end"], f"{t['type']} {t['value']}")
                    for j, t in enumerate(timexes) if j not in hit_g],
            spurious=[show_span(text, p.start, p.end, f"{p.type} {p.value}")
                      for i, p in enumerate(preds) if i not in hit_p],
            notes=[f"value {preds[i].value!r} should be {timexes[j]['value']!r}: "
                   + show_span(text, timexes[j]["start"], timexes[j]["end"])
                   for i, j in pairs if preds[i].value != timexes[j]["value"]],
        ))
    rows = [Row.of("span (strict)", strict), Row.of("span (overlap)", relaxed), Row.of("value", value)]
    rows += [Row(f"value recall: {t}", None, c.recall, None, int(c.n_gold), None) for t, c in sorted(per_type.items())]
    rows.append(Row.share("type (matched)", type_ok, int(relaxed.tp_gold)))
    headline = {"value_f1": value.f1, "strict_f1": strict.f1, "overlap_f1": relaxed.f1}
    return TaskReport("times", headline, rows, docs)
