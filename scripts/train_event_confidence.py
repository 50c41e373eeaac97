"""Fit the events' confidence model: P(an output event is right) from the features it rests on.

Training data, tuning halves only (the check halves are never read here):
- the whole-article gold of ``tests/golden/articles/tune``: every output event is right when the
  contract's matching pairs it with a gold event (type, sides, status), wrong otherwise;
- the ``tune`` half of Multi-CoPED: an event is right when its coarse class is the sentence's
  class and one of its actors shares a content word with a gold source or target span; these
  single-event sentences weigh half as much as article events (their labels ignore status and
  are lenient on sides; a weight of 0.1 gave a slightly better out-of-fold average precision on
  the article and judged events, 0.59 against 0.56, but lowered PLOVER's top-event type 0.881 ->
  0.833 on its tune half: 0.5 keeps the sentence-level top-event choice of PLOVER and Multi-CoPED);
- ``eval/event_judgments.jsonl``: the events the engine output on 80 further articles of
  ``news_dev.jsonl`` (in neither half of the whole-article gold; two batches of 40), each judged right or wrong by
  hand by the contract's rule (type, sides, status); an output event is labelled when its first
  evidence starts where a judged one did with the same type, and left out otherwise. These are
  articles no rule was tuned on, so their events err as the engine errs on unseen news.

The model is a logistic regression on standardised features (scikit-learn, at build time only),
strongly regularised (C 0.03: out of fold, 0.03 ranked the article and judged events better than
0.1, 0.3 or 1, with some 50 features over a few hundred labelled article events);
the file it writes (``src/sidelines/data/event_confidence.json``) is read at run time with plain
Python. Out-of-fold scores (folds by document) give the precision/recall table printed at the end,
from which the ``min_confidence`` default is chosen: the lowest threshold whose out-of-fold F0.5
(precision weighed twice as much as recall; scores averaged over several deals of the documents
into folds) is within one standard error (a bootstrap over documents) of the best, written to the
model file beside the table (``min_confidence = "model"`` reads it).

    python scripts/train_event_confidence.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linear_training import f_beta  # noqa: E402

from sidelines.evaluate.article_matching import match_events
from sidelines.evaluate.articles import read_articles
from sidelines.evaluate.gold import read_gold
from sidelines.evaluate.multicoped import content_words, event_class, gold_spans
from sidelines.evaluate.runner import extract_records
from sidelines.evaluate.splits import select
from sidelines.extractors.events.confidence import MAX_DEVIATIONS
from sidelines.model.record import Record
from sidelines.settings import settings_from_kwargs

SOURCE_ROLES = frozenset({"source", "participant", "host"})
TARGET_ROLES = frozenset({"target", "participant"})
MULTICOPED_WEIGHT = 0.5
JUDGED_WEIGHT = 1.0
PRECISION_TARGET = 0.85


def scored(event: Any) -> bool:
    """An event the model scores: one whose explanation holds the model's features (a quote judgement,
    added after the mentions are scored, keeps its own fixed confidence)."""
    return event.explanation is not None and "rule_score" in event.explanation.features


def article_rows(records: list[Record], golds: list[dict[str, Any]]) -> list[tuple[dict[str, float], int, str]]:
    """(features, right?, document) for every event output on the whole-article gold."""
    rows = []
    for record, gold in zip(records, golds, strict=True):
        entities = {e.id: e for e in record.entities}
        matched = match_events(record.events, gold.get("events") or [], entities)
        for i, event in enumerate(record.events):
            if scored(event):
                rows.append((event.explanation.features, int(i in matched), record.id))
    return rows


Judgments = dict[tuple[str, int, str], bool]


def judged_rows(records: list[Record], judged: Judgments) -> list[tuple[dict[str, float], int, str]]:
    """(features, right?, document) for every output event judged by hand (same first evidence and type)."""
    rows = []
    for record in records:
        for event in record.events:
            key = (record.id, event.evidence[0].start if event.evidence else -1, event.type)
            if scored(event) and key in judged:
                rows.append((event.explanation.features, int(judged[key]), record.id))
    return rows


def read_judged(path: Path, corpus: Path) -> tuple[list[dict[str, Any]], Judgments]:
    """The judged articles (id and text from the corpus) and the judgments by (id, start, type)."""
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()] if path.exists() else []
    judged = {(j["id"], j["start"], j["type"]): bool(j["right"]) for j in lines}
    ids = {j["id"] for j in lines}
    texts = [json.loads(x) for x in corpus.read_text("utf-8").splitlines() if x.strip()]
    return [{"id": t["id"], "text": t["text"]} for t in texts if t["id"] in ids], judged


def _side_found(record: Record, event_actors: list[tuple[str, str]], spans: list[str], roles: frozenset[str]) -> bool:
    names = {e.id: [e.name, *(m.text for m in e.mentions)] for e in record.entities}
    words = {w for eid, role in event_actors if role in roles for n in names.get(eid, []) for w in content_words(n)}
    return any(content_words(span) & words for span in spans)


def multicoped_rows(records: list[Record], golds: list[dict[str, Any]]) -> list[tuple[dict[str, float], int, str]]:
    """(features, right?, sentence) for every event output on a Multi-CoPED sentence with a class."""
    rows = []
    for record, gold in zip(records, golds, strict=True):
        if gold.get("pentaclass") is None:
            continue
        sources, targets = gold_spans(gold, "source"), gold_spans(gold, "target")
        for event in record.events:
            if not scored(event):
                continue
            actors = [(a.entity, a.role) for a in event.actors]
            right = event_class(event.type) == gold["pentaclass"]
            if right and (sources or targets):
                right = _side_found(record, actors, sources, SOURCE_ROLES) or _side_found(
                    record, actors, targets, TARGET_ROLES)
            rows.append((event.explanation.features, int(right), record.id))
    return rows


def clipped(x: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Standardised features, clipped as the run-time model clips them (``MAX_DEVIATIONS``)."""
    return np.clip((x - mean) / scale, -MAX_DEVIATIONS, MAX_DEVIATIONS)


def fit(rows: list[tuple[dict[str, float], int, str]], weights: list[float], names: list[str], c: float):  # noqa: ANN201
    """A logistic regression on standardised features, and the standardisation."""
    from sklearn.linear_model import LogisticRegression

    x = np.array([[f.get(n, 0.0) for n in names] for f, _, _ in rows])
    y = np.array([label for _, label, _ in rows])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(clipped(x, mean, scale), y, sample_weight=np.array(weights))
    return model, mean, scale


def out_of_fold(rows, weights, names, c, folds: int = 5, seed: int = 0) -> np.ndarray:  # noqa: ANN001
    """Scores of each row from a model fitted without its document (folds by document).

    ``seed`` 0 deals the documents into folds in sorted order; another seed shuffles them first.
    """
    docs = sorted({d for _, _, d in rows})
    if seed:
        np.random.default_rng(seed).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    scores = np.zeros(len(rows))
    for k in range(folds):
        train = [i for i, r in enumerate(rows) if fold_of[r[2]] != k]
        test = [i for i, r in enumerate(rows) if fold_of[r[2]] == k]
        if not test:
            continue
        model, mean, scale = fit([rows[i] for i in train], [weights[i] for i in train], names, c)
        x = np.array([[rows[i][0].get(n, 0.0) for n in names] for i in test])
        scores[test] = model.predict_proba(clipped(x, mean, scale))[:, 1]
    return scores


def pr_table(scores: np.ndarray, labels: np.ndarray, gold_real: int) -> list[dict[str, float]]:
    """Precision and recall (of right events, over ``gold_real``) at a range of thresholds."""
    table = []
    for t in np.arange(0.0, 0.95, 0.05):
        keep = scores >= t
        right = int(labels[keep].sum())
        table.append({"threshold": round(float(t), 2), "kept": int(keep.sum()), "right": right,
                      "precision": round(right / keep.sum(), 3) if keep.sum() else 0.0,
                      "recall": round(right / gold_real, 3) if gold_real else 0.0})
    return table


THRESHOLDS = [round(float(t), 2) for t in np.arange(0.0, 0.95, 0.05)]


def f05_curve(scores: np.ndarray, labels: np.ndarray, gold_real: int, beta: float = 0.5) -> np.ndarray:
    """F0.5 (or F-``beta``) of the events kept at each of ``THRESHOLDS`` (recall over ``gold_real``)."""
    out = []
    for t in THRESHOLDS:
        keep = scores >= t
        right = float(labels[keep].sum())
        precision = right / keep.sum() if keep.sum() else 0.0
        out.append(f_beta(precision, right / gold_real if gold_real else 0.0, beta))
    return np.array(out)


def chosen_threshold(scores: np.ndarray, labels: np.ndarray, docs: list[str], gold_real: dict[str, int],
                     resamples: int = 500) -> tuple[float, dict[str, float]]:
    """The ``min_confidence``: the lowest threshold within one standard error of the best F0.5.

    ``scores`` are out-of-fold (averaged over deals of documents into folds). On a few dozen
    article events the F0.5 curve is flat and its top moves by chance from one deal to the next;
    the standard error of the best F0.5 over resamples of the documents (a bootstrap) says how
    flat, and the lowest threshold as good as the best within it keeps the most events.
    """
    names = sorted(set(docs))
    rows_of = {d: [i for i, x in enumerate(docs) if x == d] for d in names}
    curve = f05_curve(scores, labels, sum(gold_real.get(d, 0) for d in names))
    best = int(np.argmax(curve))
    rng = np.random.default_rng(0)
    curves = []
    for _ in range(resamples):
        picked = rng.choice(len(names), size=len(names), replace=True)
        idx = [i for k in picked for i in rows_of[names[k]]]
        real = sum(gold_real.get(names[k], 0) for k in picked)
        curves.append(f05_curve(scores[idx], labels[idx], real))
    tops = [c[best] for c in curves]
    se = float(np.std(tops))
    bagged = THRESHOLDS[int(np.argmax(np.mean(curves, axis=0)))]
    lowest = next(i for i, f in enumerate(curve) if f >= curve[best] - se)
    return THRESHOLDS[lowest], {"best_threshold": THRESHOLDS[best], "best_f05": round(float(curve[best]), 4),
                                "standard_error": round(se, 4), "chosen_f05": round(float(curve[lowest]), 4),
                                "bagged_best_threshold": bagged}


def best_f1_threshold(scores: np.ndarray, labels: np.ndarray, docs: list[str], gold_real: dict[str, int],
                      resamples: int = 500) -> float:
    """The threshold of best F1 (precision and recall weighed alike), on the mean curve of resamples.

    Recorded as ``min_confidence_by_f1`` and read by ``min_confidence = "model_f1"``; the default,
    ``"model"``, reads F0.5's choice (:func:`chosen_threshold`). It is there for a user who weighs
    recall as much as precision. The curve is averaged over a bootstrap of the documents, as for
    F0.5, so that one document does not move the choice (it need not fall below F0.5's choice,
    which is the lowest threshold within one standard error of F0.5's best).
    """
    names = sorted(set(docs))
    rows_of = {d: [i for i, x in enumerate(docs) if x == d] for d in names}
    rng = np.random.default_rng(0)
    curves = []
    for _ in range(resamples):
        picked = rng.choice(len(names), size=len(names), replace=True)
        idx = [i for k in picked for i in rows_of[names[k]]]
        real = sum(gold_real.get(names[k], 0) for k in picked)
        curves.append(f05_curve(scores[idx], labels[idx], real, beta=1.0))
    return THRESHOLDS[int(np.argmax(np.mean(curves, axis=0)))]


def main() -> None:
    """Run the pipeline on the tuning halves, fit, report out-of-fold precision, write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder")
    parser.add_argument("--gold", default="tests/golden/articles/tune", help="whole-article gold (tuning half)")
    parser.add_argument("--multicoped-weight", type=float, default=MULTICOPED_WEIGHT,
                        help="weight of a Multi-CoPED sentence's event against an article's")
    parser.add_argument("--judged", default="eval/event_judgments.jsonl", help="hand-judged output events")
    parser.add_argument("--out", default="src/sidelines/data/event_confidence.json")
    parser.add_argument("--parse-cache", default="", help="a folder for cached parses")
    parser.add_argument("--c", type=float, default=0.03, help="inverse regularisation strength")
    parser.add_argument("--repeats", type=int, default=10, help="deals of documents into folds to average over")
    parser.add_argument("--rows", default="", help="a JSON file of labelled rows: read when it exists, else written")
    parser.add_argument("--without", default="", help="features to leave out, comma-separated (to compare)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    shared = Path(args.shared)
    # No per-document time budget: on a loaded machine a budget silently drops documents' events.
    settings = settings_from_kwargs(parse_cache=args.parse_cache or None, doc_time_budget=0,
                                    extractor_config={"events": {"confidence_model": "none", "min_confidence": 0.0}})

    articles = read_articles(args.gold, shared / "corpus" / "news_dev.jsonl")
    cache = Path(args.rows) if args.rows else None
    if cache is not None and cache.exists():
        # Rows saved by an earlier run of the same pipeline: compare feature sets without re-running it.
        saved = json.loads(cache.read_text("utf-8"))
        art_rows = [tuple(r) for r in saved["articles"]]
        mc_rows = [tuple(r) for r in saved["multicoped"]]
        jd_rows = [tuple(r) for r in saved.get("judged", [])]
    else:
        art_rows = article_rows(extract_records(articles, settings), articles)
        sentences = list(select(read_gold(shared / "eval" / "multicoped" / "dev.jsonl"), "tune"))
        mc_rows = multicoped_rows(extract_records(sentences, settings), sentences)
        judged_docs, judged = read_judged(Path(args.judged), shared / "corpus" / "news_dev.jsonl")
        jd_rows = judged_rows(extract_records(judged_docs, settings), judged)
        if cache is not None:
            cache.write_text(json.dumps({"articles": art_rows, "multicoped": mc_rows, "judged": jd_rows}), "utf-8")
    if args.without:
        left_out = set(args.without.split(","))
        art_rows = [({k: v for k, v in f.items() if k not in left_out}, y, d) for f, y, d in art_rows]
        mc_rows = [({k: v for k, v in f.items() if k not in left_out}, y, d) for f, y, d in mc_rows]
        jd_rows = [({k: v for k, v in f.items() if k not in left_out}, y, d) for f, y, d in jd_rows]

    rows = art_rows + jd_rows + mc_rows
    weights = [1.0] * len(art_rows) + [JUDGED_WEIGHT] * len(jd_rows) + [args.multicoped_weight] * len(mc_rows)
    names = sorted({n for f, _, _ in rows for n in f})
    art_labels = np.array([r[1] for r in art_rows])
    gold_real = sum(1 for g in articles for e in g.get("events") or [] if (e.get("status") or "real") == "real")
    deals = [out_of_fold(rows, weights, names, args.c, seed=seed) for seed in range(args.repeats)]
    all_scores = np.mean(deals, axis=0)
    art_scores = all_scores[: len(art_rows)]
    jd_scores = all_scores[len(art_rows): len(art_rows) + len(jd_rows)]
    # Judged events have no gold list to count recall against: their table counts right events kept.
    jd_table = pr_table(jd_scores, np.array([r[1] for r in jd_rows]), 1)
    table = pr_table(art_scores, art_labels, gold_real)
    real_by_doc = {g["id"]: sum(1 for e in g.get("events") or [] if (e.get("status") or "real") == "real")
                   for g in articles}
    # The threshold is chosen over the whole-article gold and the judged articles together (out-of-fold
    # scores): a judged article's recall counts the right events the engine output there at all (a
    # list of every event it holds was never written), so its recall is one of the engine's own finds.
    for _, label, doc in jd_rows:
        real_by_doc[doc] = real_by_doc.get(doc, 0) + label
    pooled_labels = np.concatenate([art_labels, np.array([r[1] for r in jd_rows], dtype=int)])
    threshold, choice = chosen_threshold(np.concatenate([art_scores, jd_scores]), pooled_labels,
                                         [r[2] for r in art_rows + jd_rows], real_by_doc)
    f1_threshold = best_f1_threshold(np.concatenate([art_scores, jd_scores]), pooled_labels,
                                     [r[2] for r in art_rows + jd_rows], real_by_doc)
    rule = np.array([f["rule_score"] for f, _, _ in art_rows])
    rule_table = pr_table(rule, art_labels, gold_real)

    model, mean, scale = fit(rows, weights, names, args.c)
    out = {
        "_about": "Logistic model of P(event right) over the events extractor's features; fitted by "
                  "scripts/train_event_confidence.py on the tuning halves of the whole-article gold and "
                  "of Multi-CoPED (class and actor labels; Multi-CoPED sentences are news text of the "
                  "ConfliBERT repository, used here only as labels, none of their text is stored).",
        "weights": {n: round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True)},
        "bias": round(float(model.intercept_[0]), 5),
        "mean": {n: round(float(m), 5) for n, m in zip(names, mean, strict=True)},
        "scale": {n: round(float(s), 5) for n, s in zip(names, scale, strict=True)},
        "training": {"article_events": len(art_rows), "article_right": int(art_labels.sum()),
                     "judged_events": len(jd_rows), "judged_right": int(sum(r[1] for r in jd_rows)),
                     "multicoped_events": len(mc_rows), "multicoped_right": int(sum(r[1] for r in mc_rows)),
                     "c": args.c},
        "min_confidence_by_f05": threshold,
        "min_confidence_by_f1": f1_threshold,
        "threshold_choice": {**choice, "repeats": args.repeats},
        "out_of_fold_articles": table,
        "rule_score_articles": rule_table,
        "out_of_fold_judged": [{k: v for k, v in row.items() if k != "recall"} for row in jd_table],
    }
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    print(json.dumps(out["training"]))
    print("threshold  kept right precision recall | rule score: kept right precision recall"
          " | judged: kept right precision")
    for learned, hand, jd in zip(table, rule_table, jd_table, strict=True):
        print(f"{learned['threshold']:>9} {learned['kept']:>5} {learned['right']:>5} {learned['precision']:>9} "
              f"{learned['recall']:>6} | {hand['kept']:>5} {hand['right']:>5} {hand['precision']:>9} "
              f"{hand['recall']:>6} | {jd['kept']:>5} {jd['right']:>5} {jd['precision']:>9}")
    print(f"min_confidence (lowest within one standard error of the best out-of-fold F0.5): {threshold} {choice}")
    print(f"min_confidence of the best out-of-fold F1 (mean of a bootstrap over documents): {f1_threshold}")


if __name__ == "__main__":
    main()
