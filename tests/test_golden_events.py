"""Golden fact lists for events: facts that must be found ("with") and false friends ("without").

Real articles are read from ../shared at test time (only their ids are stored here); our own
articles carry their text in the JSON file.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
FILES = sorted(GOLDEN.glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


@lru_cache(maxsize=1)
def _corpus(shared: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in (shared / "corpus" / "news_dev.jsonl").open(encoding="utf-8"))
    return {r["id"]: r for r in rows}


_RECORDS: dict[str, object] = {}


def _record(spec: dict, request: pytest.FixtureRequest):
    if spec["id"] not in _RECORDS:
        _RECORDS[spec["id"]] = _extract(spec, request)
    return _RECORDS[spec["id"]]


def _extract(spec: dict, request: pytest.FixtureRequest):
    # Every event the rules find, before an article's weak ones are trimmed by min_confidence (whose
    # effect the whole-article evaluation measures): these facts check the rules.
    extract = request.getfixturevalue("extract_unfiltered")
    if "text" in spec:
        return extract(spec["text"], spec["id"])
    shared = request.getfixturevalue("shared_dir")
    if "path" in spec:
        return extract((shared / spec["path"]).read_text("utf-8"), spec["id"])
    row = _corpus(shared)[spec["id"]]
    return extract(row["text"], spec["id"], published=row.get("published"))


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _name_ok(want: str, got: str) -> bool:
    w, g = _fold(want), _fold(got)
    return w == g or w in g or (len(g) > 3 and g in w)


def event_matches(fact: dict, ev, names: dict[str, str], ignore_type: bool = False) -> bool:
    """Whether one event carries every field a fact states."""
    types = fact.get("type")
    if types and not ignore_type and ev.type not in ([types] if isinstance(types, str) else types):
        return False
    for key in ("mode", "polarity"):
        if key in fact and getattr(ev, key) != fact[key]:
            return False
    if "modality" in fact and ev.modality != fact["modality"]:
        return False
    actors = [(names[a.entity], a.role) for a in ev.actors]
    for want in fact.get("actors", []):
        name, role = (want, None) if isinstance(want, str) else want
        if not any(_name_ok(name, n) and (role is None or r == role) for n, r in actors):
            return False
    attendees = [n for n, r in actors if r == "attendee"]
    if any(not any(_name_ok(a, n) for n in attendees) for a in fact.get("attendees", [])):
        return False
    if "location" in fact and not (ev.location and _name_ok(fact["location"], ev.location.name)):
        return False
    if "context" in fact and not (ev.context and fact["context"].lower() in ev.context.name.lower()):
        return False
    if "date" in fact:
        lo, hi = fact["date"]
        if not (ev.date and ev.date.start and ev.date.end and lo <= ev.date.start and ev.date.end <= hi):
            return False
    if "date_start" in fact and not (ev.date and ev.date.start == fact["date_start"]):
        return False
    if fact.get("no_start") and ev.date and ev.date.start:
        return False
    if fact.get("no_end") and ev.date and ev.date.end:
        return False
    topics = [t.lower() for t in ev.topics]
    if any(not any(t.lower() in got for got in topics) for t in fact.get("topics", [])):
        return False
    evidence = " ".join(s.text for s in ev.evidence)
    return all(word in evidence for word in fact.get("evidence_contains", []))


def _cases():
    for path in FILES:
        spec = _load(path)
        for kind in ("with", "without"):
            for n, fact in enumerate(spec[kind]):
                marks = [pytest.mark.xfail(reason="known weakness", strict=False)] if fact.get("known_miss") else []
                yield pytest.param(path.stem, kind, n, marks=marks, id=f"{path.stem}-{kind}{n}")


@pytest.mark.parametrize(("stem", "kind", "n"), list(_cases()))
def test_golden_events_fact(stem: str, kind: str, n: int, request: pytest.FixtureRequest) -> None:
    spec = _load(GOLDEN / f"{stem}.json")
    record = _record(spec, request)
    names = {e.id: e.name for e in record.entities}
    fact = spec[kind][n]
    hits = [ev for ev in record.events if event_matches(fact, ev, names)]
    if kind == "with":
        assert hits, f"missing {fact}"
    else:
        assert not hits, f"false friend {fact}: {hits}"


def type_precision(records_and_specs) -> tuple[int, int]:
    """Events identified by the other fields of "with" facts, and how many of them have the type of a fact
    that identifies them (an event that two facts share counts once, right when either fact's type fits)."""
    right = total = 0
    for record, spec in records_and_specs:
        names = {e.id: e.name for e in record.entities}
        wanted: dict[int, set[str]] = {}
        for fact in spec["with"]:
            if "type" not in fact or not (fact.get("actors") or fact.get("location")):
                continue
            types = [fact["type"]] if isinstance(fact["type"], str) else fact["type"]
            for n, ev in enumerate(record.events):
                if event_matches(fact, ev, names, ignore_type=True):
                    wanted.setdefault(n, set()).update(types)
        total += len(wanted)
        right += sum(record.events[n].type in types for n, types in wanted.items())
    return right, total


def test_golden_events_type_precision(request: pytest.FixtureRequest) -> None:
    pairs = []
    for path in FILES:
        spec = _load(path)
        try:
            pairs.append((_record(spec, request), spec))
        except pytest.skip.Exception:
            continue
    right, total = type_precision(pairs)
    assert total and right / total >= 0.85, (right, total)
