"""Multi-CoPED sentences: coarse event class of the top event, and source/target span recall.

As shared/eval/multicoped/README.md defines it:

- class accuracy: the type of the most confident event, mapped to its CAMEO class (REQUEST counts
  as class 0, no event is class 0), against ``pentaclass``; sentences whose ``pentaclass`` is null
  are not scored for class;
- actor recall: each gold ``sources`` (and ``reciprocal``) span must share a content word with an
  actor of some event in role source or participant; each ``targets`` (and ``reciprocal``) span
  likewise with role target or participant. An actor's words are those of its entity's name and
  of every one of its mentions' texts (names, nominals and pronouns alike).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sidelines.evaluate.events import SOURCE_ROLES, TARGET_ROLES, top_event_type
from sidelines.evaluate.metrics import DocumentResult, Row, TaskReport, safe_div
from sidelines.model.record import Record

CLASS_NAMES = {
    0: "statements and appeals",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
# PLOVER type -> pentaclass (the README's table). REQUEST is class 0, not 3 (CAMEO 01-02).
CLASS_OF_TYPE = {
    "REQUEST": 0,
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "CONCEDE": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
NO_EVENT_CLASS = 0

_WORD = re.compile(r"[^\W\d_]+")
# Dotted abbreviations ("U.S.", "U.K.") are read as one word without their dots.
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}")


def event_class(event_type: str | None) -> int:
    """The pentaclass of a PLOVER type; no event, or a type outside the table, is class 0."""
    if event_type is None:
        return NO_EVENT_CLASS
    return CLASS_OF_TYPE.get(event_type, NO_EVENT_CLASS)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    # Only the word list: no spaCy model is loaded.
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """The content words of a text: lower-cased alphabetic tokens that are not English stop words.

    Deliberately simple. Tokens are runs of letters. Two small additions keep common actor
    names from vanishing: a dotted abbreviation reads as one word ("U.S." -> "us"), and a token
    written in capitals is an acronym, kept even when its lower-case form is a stop word ("US",
    not the pronoun "us"). Single letters (the "s" of "Russia's", initials) are not words.
    """
    stop = _stop_words()
    text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)
    words = set()
    for match in _WORD.finditer(text):
        token = match.group()
        if len(token) < 2:
            continue
        low = token.lower()
        if low not in stop or token.isupper():
            words.add(low)
    return frozenset(words)


def actor_words(record: Record, roles: frozenset[str]) -> set[str]:
    """Content words of the names and mentions of every entity taking one of ``roles`` in some event."""
    by_id = {e.id: e for e in record.entities}
    words: set[str] = set()
    for ev in record.events:
        for actor in ev.actors:
            entity = by_id.get(actor.entity)
            if actor.role not in roles or entity is None:
                continue
            words |= content_words(entity.name)
            for m in entity.mentions:
                words |= content_words(m.text)
    return words


def actor_names(record: Record, roles: frozenset[str]) -> list[str]:
    """Names of the entities in ``roles``, for error listings."""
    by_id = {e.id: e for e in record.entities}
    return sorted({by_id[a.entity].name for ev in record.events for a in ev.actors
                   if a.role in roles and a.entity in by_id})


def gold_spans(gold: dict[str, Any], side: str) -> list[str]:
    """The gold spans scored on one side: ``sources`` or ``targets``, plus ``reciprocal``."""
    own = gold.get("sources" if side == "source" else "targets") or []
    return [s for s in [*own, *(gold.get("reciprocal") or [])] if isinstance(s, str)]


def score_multicoped(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """Class accuracy (overall and per gold class) and source/target span recall."""
    class_ok: Counter[int] = Counter()
    class_all: Counter[int] = Counter()
    confusion: dict[int, Counter[int]] = {}
    sides = {"source": [0, 0], "target": [0, 0]}
    no_word = 0
    docs = []
    for gold, record in zip(golds, records, strict=True):
        notes, missed = [], []
        class_score = None
        want = gold.get("pentaclass")
        if want is not None:
            want = int(want)
            got_type = top_event_type(record)
            got = event_class(got_type)
            class_all[want] += 1
            class_ok[want] += int(got == want)
            confusion.setdefault(want, Counter())[got] += 1
            class_score = float(got == want)
            if got != want:
                notes.append(f"class {got} ({got_type or 'no event'}) should be {want} ({CLASS_NAMES.get(want, '?')})")
        right = total = 0
        for side, roles in (("source", SOURCE_ROLES), ("target", TARGET_ROLES)):
            spans = gold_spans(gold, side)
            if not spans:
                continue
            found = actor_words(record, roles)
            for span in spans:
                words = content_words(span)
                no_word += int(not words)
                ok = bool(words & found)
                sides[side][0] += int(ok)
                sides[side][1] += 1
                right += int(ok)
                total += 1
                if not ok:
                    names = actor_names(record, roles)
                    missed.append(f"{side} {span!r}; {side} actors: {', '.join(names) if names else '-'}")
        parts = [s for s in (class_score, safe_div(right, total) if total else None) if s is not None]
        docs.append(DocumentResult(gold["id"], sum(parts) / len(parts) if parts else 1.0, missed=missed, notes=notes))
    n_class = sum(class_all.values())
    rows = [Row.share(f"class {c}: {CLASS_NAMES.get(c, '?')}", class_ok[c], class_all[c]) for c in sorted(class_all)]
    rows.append(Row.share("class (top event)", sum(class_ok.values()), n_class))
    both = [sides["source"][0] + sides["target"][0], sides["source"][1] + sides["target"][1]]
    rows.append(Row("source spans (recall)", None, safe_div(*sides["source"]), None, sides["source"][1]))
    rows.append(Row("target spans (recall)", None, safe_div(*sides["target"]), None, sides["target"][1]))
    rows.append(Row("source/target spans (recall)", None, safe_div(*both), None, both[1]))
    rows.append(Row("sentences", None, None, None, len(docs)))
    headline = {
        "class_accuracy": safe_div(sum(class_ok.values()), n_class),
        "source_recall": safe_div(*sides["source"]),
        "target_recall": safe_div(*sides["target"]),
        "actor_recall": safe_div(*both),
    }
    report = TaskReport("multicoped", headline, rows, docs)
    report.extra.update({
        "sentences": len(docs),
        "sentences_with_class": n_class,
        "confusion": {str(g): {str(p): c for p, c in sorted(row.items())} for g, row in sorted(confusion.items())},
        "spans_without_content_word": no_word,
    })
    return report
