"""Events on PLOVER gold records: top event type accuracy and source/target country accuracy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sidelines.evaluate.metrics import DocumentResult, Row, TaskReport, safe_div
from sidelines.model.record import Record

# CAMEO codes of the gold file that are not ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SOURCE_ROLES = frozenset({"source", "participant"})
TARGET_ROLES = frozenset({"target", "participant"})


@lru_cache(maxsize=512)
def country_code(code: str | None) -> str | None:
    """The ISO alpha-3 code a gold code stands for, or None when it is no country (IGO, NGO, ...)."""
    if not code:
        return None
    import pycountry

    iso = CAMEO_TO_ISO.get(code.upper(), code.upper())
    return iso if pycountry.countries.get(alpha_3=iso) is not None else None


def top_event_type(record: Record) -> str | None:
    """The type of the event with the highest confidence (the first such one on ties)."""
    if not record.events:
        return None
    return max(record.events, key=lambda ev: ev.confidence).type


def actor_countries(record: Record, roles: frozenset[str]) -> set[str]:
    """Countries of the entities that take one of ``roles`` in some event of the record."""
    country = {e.id: e.country for e in record.entities}
    return {
        c for ev in record.events for a in ev.actors
        if a.role in roles and (c := country.get(a.entity))
    }


def score_events(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """Type accuracy (per gold type and overall), source and target country accuracy."""
    type_ok: Counter[str] = Counter()
    type_all: Counter[str] = Counter()
    sides = {"source": [0, 0], "target": [0, 0]}
    docs = []
    for gold, record in zip(golds, records, strict=True):
        want: str = gold["event"]  # every gold document of this task has its event type
        got = top_event_type(record)
        type_all[want] += 1
        type_ok[want] += int(got == want)
        notes = [] if got == want else [f"type {got} should be {want}"]
        missed = []
        right = total = 0
        for side, key, roles in (("source", "sources", SOURCE_ROLES), ("target", "targets", TARGET_ROLES)):
            found = actor_countries(record, roles)
            for actor in gold.get(key, []):
                iso = country_code(actor.get("code"))
                if iso is None:
                    continue
                ok = iso in found
                sides[side][0] += int(ok)
                sides[side][1] += 1
                right += int(ok)
                total += 1
                if not ok:
                    missed.append(f"{side} {iso} ({actor.get('text')!r}); found {sorted(found) or '-'}")
        score = (int(got == want) + safe_div(right, total)) / 2 if total else float(got == want)
        docs.append(DocumentResult(gold["id"], score, missed=missed, notes=notes))
    n = sum(type_all.values())
    rows = [Row.share(f"type: {t}", type_ok[t], type_all[t]) for t in sorted(type_all)]
    rows.append(Row.share("type (top event)", sum(type_ok.values()), n))
    rows.append(Row.share("source country", *sides["source"]))
    rows.append(Row.share("target country", *sides["target"]))
    both = [sides["source"][0] + sides["target"][0], sides["source"][1] + sides["target"][1]]
    rows.append(Row.share("country (all)", *both))
    headline = {
        "type_accuracy": safe_div(sum(type_ok.values()), n),
        "source_country_accuracy": safe_div(*sides["source"]),
        "target_country_accuracy": safe_div(*sides["target"]),
        "country_accuracy": safe_div(*both),
    }
    return TaskReport("events", headline, rows, docs)
