"""Toponyms: overlap span F1 and the share of matched toponyms geocoded within 161 km, per corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sidelines.evaluate.metrics import (
    Counts,
    DocumentResult,
    Row,
    TaskReport,
    haversine_km,
    match_one_to_one,
    overlap,
    safe_div,
    show_span,
)
from sidelines.model.record import Place, Record

# The usual "accuracy at 161 km" (100 miles) of geocoding evaluations.
MAX_DISTANCE_KM = 161.0


def _weight(pred: Place, gold: dict[str, Any]) -> float:
    return float(overlap(pred.start, pred.end, gold["start"], gold["end"]))


def within(pred: Place, gold: dict[str, Any]) -> bool | None:
    """Whether the predicted point lies within 161 km of the gold one; None when gold has no point."""
    if gold.get("lat") is None or gold.get("lon") is None:
        return None
    if pred.lat is None or pred.lon is None:
        return False
    return haversine_km(pred.lat, pred.lon, gold["lat"], gold["lon"]) <= MAX_DISTANCE_KM


def score_places(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """Per corpus (gold ``source``) and overall: span F1 (overlap) and share within 161 km."""
    spans: dict[str, Counts] = {}
    near: dict[str, list[int]] = {}  # corpus -> [within, matched with a gold point]
    docs = []
    for gold, record in zip(golds, records, strict=True):
        corpus = str(gold.get("source") or "all")
        toponyms = gold.get("toponyms", [])
        preds = list(record.places)
        pairs = match_one_to_one(preds, toponyms, _weight)
        spans.setdefault(corpus, Counts()).add(len(pairs), len(preds), len(toponyms))
        tally = near.setdefault(corpus, [0, 0])
        far = []
        for i, j in pairs:
            ok = within(preds[i], toponyms[j])
            if ok is None:
                continue
            tally[1] += 1
            tally[0] += int(ok)
            if not ok:
                far.append((i, j))
        text = gold["text"]
        hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
        doc = Counts()
        doc.add(len(pairs), len(preds), len(toponyms))
        docs.append(DocumentResult(
            gold["id"], doc.f1 if preds or toponyms else 1.0,
            missed=[show_span(text, t["start"], t["end"], str(t.get("type") or "")) for j, t in enumerate(toponyms)
                    if j not in hit_g],
            spurious=[show_span(text, p.start, p.end, p.kind) for i, p in enumerate(preds) if i not in hit_p],
            notes=[f"{preds[i].text!r} -> {preds[i].name} ({preds[i].lat}, {preds[i].lon}), gold "
                   f"({toponyms[j]['lat']}, {toponyms[j]['lon']})" for i, j in far],
        ))
    rows = []
    headline: dict[str, float] = {}
    total = Counts()
    all_near = [0, 0]
    for corpus in sorted(spans):
        c = spans[corpus]
        total += c
        all_near[0] += near[corpus][0]
        all_near[1] += near[corpus][1]
        rows.append(Row.of(f"{corpus}: toponyms", c))
        rows.append(Row.share(f"{corpus}: within 161 km", *near[corpus]))
        headline[f"{corpus}_f1"] = c.f1
        headline[f"{corpus}_within_161km"] = safe_div(*near[corpus])
    if len(spans) > 1:
        rows.append(Row.of("all: toponyms", total))
        rows.append(Row.share("all: within 161 km", *all_near))
    return TaskReport("places", headline, rows, docs)
