"""Fit the events' side model: which entities of a kept event's sentence are its source or target.

Training data, tuning halves only (the check halves are never read here):
- Multi-CoPED ``tune``: the sentences run through the pipeline with the model switched off; every
  (kept event, entity of its sentence that is no actor of it) pair the extractor offers
  (``sides.side_options``) is labelled ``source`` when the entity shares a content word with a gold
  source (or reciprocal) span, ``target`` when with a gold target span, else ``none``;
- PLOVER ``tune``: the same, with the record's source and target actors as the spans.

The model is a multinomial logistic regression over the sparse path features of
``sidelines.extractors.events.sides`` (scikit-learn, at build time only); the file it writes
(``src/sidelines/data/event_sides.json``) is read at run time with plain Python. Five-fold
cross-validation by sentence gives, per threshold, how many gold spans the added sides newly cover
(the Multi-CoPED actor recall they add) and what share of the added sides are right, when each
empty slot of an event takes the one entity likeliest to fill it (as the extractor does); the threshold
written is the lowest whose out-of-fold precision of added sides reaches ``--min-precision``.

    python scripts/train_event_sides.py --shared ../shared [--parse-cache DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import linear_training  # noqa: E402

from sidelines.evaluate.gold import read_gold  # noqa: E402
from sidelines.evaluate.multicoped import actor_words, content_words, gold_spans  # noqa: E402
from sidelines.evaluate.runner import extract_records  # noqa: E402
from sidelines.evaluate.splits import select  # noqa: E402
from sidelines.extractors.events import sides  # noqa: E402
from sidelines.settings import settings_from_kwargs  # noqa: E402

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "event_sides.json"
SOURCE_ROLES = frozenset({"source", "participant", "host"})
TARGET_ROLES = frozenset({"target", "participant"})
FOLDS = 5
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
# Weights under this are dropped from the file (they change no decision).
MIN_WEIGHT = 1e-3

Row = dict[str, Any]


@contextmanager
def recording(rows: list[Row]) -> Iterator[None]:
    """Run the extractor with a model that adds nothing and records every pair it is offered."""
    options = sides.side_options

    def record(cand: Any, index: Any, elsewhere: Any = None) -> list[tuple[str, dict[str, float]]]:
        out = options(cand, index, elsewhere)
        words = {}
        for ent in index.doc.layer("entities"):
            words[ent.id] = frozenset().union(content_words(ent.name), *(content_words(m.text) for m in ent.mentions))
        for eid, feats in out:
            rows.append({"doc": index.doc.id, "entity": eid, "words": words.get(eid, frozenset()),
                         "type": cand.type, "feats": feats, "event": cand.head.i,
                         "empty": {"source": not cand.roles("source", "participant", "host"),
                                   "target": not cand.roles("target", "participant")}})
        return []

    never = sides.SideModel({"labels": list(sides.SIDE_LABELS), "bias": [0.0, 0.0, 0.0], "weights": {},
                             "threshold": 2.0})
    sides.side_options = record  # type: ignore[assignment]
    previous = sides.load_side_model
    import sidelines.extractors.events as events

    events.load_side_model = lambda path="": never  # type: ignore[assignment]
    try:
        yield
    finally:
        sides.side_options = options  # type: ignore[assignment]
        events.load_side_model = previous  # type: ignore[assignment]


def gold_sets(task: str, gold: dict[str, Any]) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """The content words of each gold source span and each gold target span."""
    if task == "multicoped":
        src, tgt = gold_spans(gold, "source"), gold_spans(gold, "target")
    else:
        src = [a.get("text") or "" for a in gold.get("sources") or []]
        tgt = [a.get("text") or "" for a in gold.get("targets") or []]
    return [content_words(s) for s in src if content_words(s)], [content_words(t) for t in tgt if content_words(t)]


def collect(shared: Path, parse_cache: str) -> tuple[list[Row], dict[str, dict[str, Any]]]:
    """The offered pairs of both tuning halves, labelled, and per sentence the gold spans still missed."""
    settings = settings_from_kwargs(parse_cache=parse_cache or None, doc_time_budget=0)
    rows: list[Row] = []
    missed: dict[str, dict[str, Any]] = {}
    for task, path in (("multicoped", shared / "eval" / "multicoped" / "dev.jsonl"),
                       ("plover", shared / "eval" / "plover" / "dev.jsonl")):
        golds = list(select(read_gold(path), "tune"))
        start = len(rows)
        with recording(rows):
            records = extract_records(golds, settings)
        by_doc = {}
        for gold, record in zip(golds, records, strict=True):
            src, tgt = gold_sets(task, gold)
            have_src, have_tgt = actor_words(record, SOURCE_ROLES), actor_words(record, TARGET_ROLES)
            doc = f"{task}:{gold['id']}"
            by_doc[gold["id"]] = (src, tgt)
            missed[doc] = {"task": task, "source": [s for s in src if not s & have_src],
                           "target": [t for t in tgt if not t & have_tgt], "spans": len(src) + len(tgt)}
        for row in rows[start:]:
            src, tgt = by_doc.get(row["doc"], ([], []))
            row["doc"] = f"{task}:{row['doc']}"
            row["label"] = ("source" if any(s & row["words"] for s in src)
                            else "target" if any(t & row["words"] for t in tgt) else "none")
        logging.info("%s: %d sentences, %d pairs", task, len(golds), len(rows) - start)
    return rows, missed


def fit(rows: list[Row], c: float):  # noqa: ANN201
    """A multinomial logistic regression over the rows' sparse features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r["feats"] for r in rows])
    y = [r["label"] for r in rows]
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(x, y)
    return vec, model


def predict(vec: Any, model: Any, rows: list[Row]) -> list[dict[str, float]]:
    return linear_training.predict(vec, model, rows)


def out_of_fold(rows: list[Row], c: float) -> list[dict[str, float]]:
    """Each row's probabilities from a model fitted without its document's fold."""
    return linear_training.out_of_fold(rows, lambda train: fit(train, c), lambda fitted, part: predict(*fitted, part),
                             FOLDS, 7)


def gains(rows: list[Row], probs: list[dict[str, float]], missed: dict[str, dict[str, Any]],
          threshold: float, task: str) -> tuple[int, int, int, int]:
    """(gold spans newly covered, spans in all, sides added, sides added that are right) at a threshold.

    As ``sides.fill_sides`` does: each empty slot of an event takes the one entity likeliest to fill it.
    """
    events: dict[tuple[str, int], list[int]] = {}
    for i, row in enumerate(rows):
        if missed[row["doc"]]["task"] == task:
            events.setdefault((row["doc"], row["event"]), []).append(i)
    newly: set[tuple[str, str, int]] = set()
    added = right = 0
    for (doc, _), members in events.items():
        taken: set[str] = set()
        for side in ("source", "target"):
            fits = [(probs[i][side], i) for i in members if rows[i]["empty"][side]
                    and rows[i]["entity"] not in taken and probs[i][side] >= threshold
                    and max(probs[i], key=lambda k: probs[i][k]) == side]
            if not fits:
                continue
            _, i = max(fits)
            taken.add(rows[i]["entity"])
            added += 1
            right += int(rows[i]["label"] == side)
            for k, span in enumerate(missed[doc][side]):
                if span & rows[i]["words"]:
                    newly.add((doc, side, k))
    total = sum(m["spans"] for m in missed.values() if m["task"] == task)
    return len(newly), total, added, right


def export(vec: Any, model: Any, threshold: float, meta: dict[str, Any]) -> dict[str, Any]:
    """The run-time file: labels, bias, per feature its weights by label index, and the threshold."""
    return {**linear_training.linear_export(vec, model, list(sides.SIDE_LABELS), MIN_WEIGHT),
            "threshold": threshold, "meta": meta}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--c", type=float, default=1.0, help="Inverse regularisation strength.")
    parser.add_argument("--min-precision", type=float, default=0.6,
                        help="Out-of-fold share of added sides that must be right at the chosen threshold.")
    parser.add_argument("--parse-cache", default="", help="Folder of cached spaCy parses (as for `sidelines eval`).")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows, missed = collect(args.shared, args.parse_cache)
    probs = out_of_fold(rows, args.c)
    table = []
    print("threshold  task        newly/spans  recall+  added  precision")
    for t in THRESHOLDS:
        line: dict[str, Any] = {"threshold": t}
        for task in ("multicoped", "plover"):
            new, total, added, right = gains(rows, probs, missed, t, task)
            prec = right / added if added else 1.0
            line[task] = {"newly_covered": new, "spans": total, "added": added, "precision": round(prec, 3)}
            print(f"{t:9.2f}  {task:10}  {new:4d}/{total:<6d}  {new / max(total, 1):7.3f}  {added:5d}  {prec:9.3f}")
        table.append(line)
    ok = [ln for ln in table if ln["multicoped"]["precision"] >= args.min_precision]
    threshold = float(ok[0]["threshold"]) if ok else THRESHOLDS[-1]
    vec, model = fit(rows, args.c)
    meta = {"trained_on": "Multi-CoPED and PLOVER dev, tune halves", "pairs": len(rows), "c": args.c,
            "min_precision": args.min_precision, "out_of_fold": table}
    args.output.write_text(json.dumps(export(vec, model, threshold, meta), sort_keys=True) + "\n", "utf-8")
    print(f"threshold {threshold}; wrote {args.output}")


if __name__ == "__main__":
    main()
