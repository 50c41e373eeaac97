"""Fit the acceptance model of quotes: is a quote the rules found an attribution the gold records?

Training data, tune halves only (the check halves are never read here): PolNeAR (``eval/polnear``, tune half by
``evaluate/splits.py``) and the whole-article gold (``tests/golden/articles/tune``). Each is run through the
pipeline with no acceptance model; every quote found gets its features
(:func:`sidelines.extractors.quotes.acceptance.quote_features`) and a label: 1 when the evaluation of its corpus
matches it to a gold attribution (content sharing half the longer span, as the contract says), else 0.
Rows the evaluation cannot judge are left out: in PolNeAR a quote wholly inside a gold content that no gold
matches (PolNeAR annotates no nested attribution), in the articles a quote of another kind than "statement"
(the articles evaluation scores statements only).

The model is a binary logistic regression (scikit-learn at build time only; run time reads the JSON with plain
Python). Out of fold (folds BY DOCUMENT, ``--repeats`` deals of the documents into folds), the script prints
per threshold the precision, recall and F1 each evaluation would show (PolNeAR content and end-to-end, the
articles' statements). Both thresholds are chosen on out-of-fold data only: ``threshold`` (a quote under it
is dropped) is the highest whose PolNeAR end-to-end F1 is not below keeping every quote; ``statement_threshold``
(a statement under it becomes a quote of kind "unsure") is the lowest whose articles quote F0.5 is within one
bootstrap standard error (over articles) of the best and above keeping every statement. Rows of Dec 2026
(62 articles, 432 PolNeAR documents; 448 statements, 8,997 PolNeAR quotes): drop under 0.2 (a handful of
PolNeAR quotes), statement from 0.65 (out of fold articles P/R 0.911/0.823 -> 0.924/0.820; PolNeAR unchanged).

    PYTHONPATH=src python scripts/train_quote_acceptance.py [--parse-cache DIR] [--rows FILE] [--c 0.3]
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

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import linear_training  # noqa: E402

from sidelines.evaluate.articles import occurrences, quote_weight, read_articles  # noqa: E402
from sidelines.evaluate.articles import speaker_right as article_speaker_right  # noqa: E402
from sidelines.evaluate.gold import read_gold  # noqa: E402
from sidelines.evaluate.metrics import match_one_to_one  # noqa: E402
from sidelines.evaluate.quotes import content_weight  # noqa: E402
from sidelines.evaluate.quotes import speaker_right as polnear_speaker_right  # noqa: E402
from sidelines.evaluate.runner import extract_records  # noqa: E402
from sidelines.evaluate.splits import select  # noqa: E402
from sidelines.extractors.quotes.acceptance import quote_features  # noqa: E402
from sidelines.settings import settings_from_kwargs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "sidelines" / "data" / "quote_acceptance.json"
FOLDS = 5
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.0, 0.96, 0.05))
Row = dict[str, Any]
# Gold attributions per corpus (the recall's denominator), counted while the rows are collected.
GOLD = {"polnear": 0, "articles": 0}
# Gold quotes per article of the whole-article gold (the bootstrap of the statement threshold resamples them).
GOLD_DOCS: dict[str, int] = {}


@contextmanager
def recording(features: dict[str, list[dict[str, float]]]) -> Iterator[None]:
    """Run the quotes extractor with no acceptance model, recording every quote's features by document."""
    import sidelines.extractors.quotes as quotes

    original = quotes.QuoteExtractor.__call__

    def call(self: Any, doc: Any, parsed: Any) -> None:
        self.acceptance = None
        original(self, doc, parsed)
        types = {e.id: getattr(e, "type", "") for e in doc.layer("entities")}
        features[doc.id] = [quote_features(doc.text, parsed, q, types) for q in doc.layers["quotes"]]

    quotes.QuoteExtractor.__call__ = call  # type: ignore[method-assign]
    try:
        yield
    finally:
        quotes.QuoteExtractor.__call__ = original  # type: ignore[method-assign]


def polnear_rows(path: Path, settings: Any) -> list[Row]:
    """Labelled quotes of the PolNeAR tune half."""
    golds = list(select(read_gold(path), "tune"))
    feats: dict[str, list[dict[str, float]]] = {}
    with recording(feats):
        records = extract_records(golds, settings)
    rows = []
    for gold, record in zip(golds, records, strict=True):
        atts = [a for a in gold.get("attributions", []) if a.get("content")]
        pairs = dict(match_one_to_one(record.quotes, atts, content_weight))
        spans = [(f["start"], f["end"]) for a in atts for f in a["content"]]
        for i, q in enumerate(record.quotes):
            # nested in a gold content: PolNeAR annotates no nested attribution (scored, never fitted)
            nested = i not in pairs and any(s <= q.content.start and q.content.end <= e for s, e in spans)
            right = i in pairs and polnear_speaker_right(q, atts[pairs[i]])
            rows.append({"doc": "p:" + gold["id"], "corpus": "polnear", "feats": feats[gold["id"]][i],
                         "label": int(i in pairs), "e2e": int(right), "nested": nested,
                         })
        GOLD["polnear"] += len(atts)
    return rows


def article_rows(gold_dir: Path, corpus: Path, settings: Any) -> list[Row]:
    """Labelled statements of the whole-article tune gold."""
    golds = read_articles(gold_dir, corpus)
    feats: dict[str, list[dict[str, float]]] = {}
    with recording(feats):
        records = extract_records(golds, settings)
    rows = []
    for gold, record in zip(golds, records, strict=True):
        entities = {e.id: e for e in record.entities}
        gq = gold.get("quotes") or []
        spans = [occurrences(gold["text"], q["content"]) for q in gq]
        kept = [i for i, q in enumerate(record.quotes) if q.kind == "statement"]
        quotes = [record.quotes[i] for i in kept]
        pairs = dict(match_one_to_one(quotes, list(range(len(gq))), lambda q, j, sp=spans: quote_weight(q, sp[j])))
        for k, i in enumerate(kept):
            right = k in pairs and article_speaker_right(quotes[k], gq[pairs[k]], entities)
            rows.append({"doc": "a:" + gold["id"], "corpus": "articles", "feats": feats[gold["id"]][i],
                         "label": int(k in pairs), "e2e": int(right), "nested": False,
                         })
        GOLD["articles"] += len(gq)
        GOLD_DOCS["a:" + gold["id"]] = len(gq)
    return rows


def fit(rows: list[Row], c: float, article_weight: float, label: str = "label"):  # noqa: ANN201
    """A binary logistic regression; article rows weigh ``article_weight`` each."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if not r["nested"]]
    vec = DictVectorizer()
    x = vec.fit_transform([r["feats"] for r in rows])
    w = np.array([article_weight if r["corpus"] == "articles" else 1.0 for r in rows])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [r[label] for r in rows], sample_weight=w)
    return vec, model


def predict(fitted: Any, rows: list[Row]) -> list[dict[str, float]]:
    vec, model = fitted
    p = model.predict_proba(vec.transform([r["feats"] for r in rows]))[:, list(model.classes_).index(1)]
    return [{"p": float(v)} for v in p]


def scores(rows: list[Row], probs: list[float], corpus: str, threshold: float, label: str) -> dict[str, float]:
    """Precision, recall and F1 of the quotes kept at ``threshold`` as the corpus's evaluation reads them."""
    kept = [i for i, r in enumerate(rows) if r["corpus"] == corpus and probs[i] >= threshold]
    right = sum(rows[i][label] for i in kept)
    p, r = right / max(len(kept), 1), right / max(GOLD[corpus], 1)
    return {"n": len(kept), "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def one_se_threshold(rows: list[Row], deals: list[list[float]], resamples: int = 500) -> float:
    """The lowest threshold whose articles F0.5 (averaged over the deals) is within one bootstrap standard error
    of the best and above that of no threshold; 0.0 when none is."""
    docs = sorted(GOLD_DOCS)
    where = {d: k for k, d in enumerate(docs)}
    gold = np.array([GOLD_DOCS[d] for d in docs], dtype=float)
    kept = np.zeros((len(THRESHOLDS), len(docs)))
    right = np.zeros((len(THRESHOLDS), len(docs)))
    for t, threshold in enumerate(THRESHOLDS):
        for probs in deals:
            for i, r in enumerate(rows):
                if r["corpus"] == "articles" and probs[i] >= threshold:
                    kept[t, where[r["doc"]]] += 1 / len(deals)
                    right[t, where[r["doc"]]] += r["label"] / len(deals)

    def curve(idx: np.ndarray) -> list[float]:
        return [linear_training.f_beta(right[t, idx].sum() / max(kept[t, idx].sum(), 1),
                                       right[t, idx].sum() / max(gold[idx].sum(), 1)) for t in range(len(THRESHOLDS))]

    full = curve(np.arange(len(docs)))
    best = int(np.argmax(full))
    rng = np.random.default_rng(0)
    se = float(np.std([curve(rng.choice(len(docs), size=len(docs)))[best] for _ in range(resamples)]))
    ok = [t for t, f in enumerate(full) if f >= full[best] - se and f > full[0]]
    print(f"articles F0.5 out of fold: best {full[best]:.4f} at {THRESHOLDS[best]}, standard error {se:.4f}, "
          f"without {full[0]:.4f}")
    return THRESHOLDS[ok[0]] if ok else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    parser.add_argument("--parse-cache", default="")
    parser.add_argument("--rows", default="", help="JSON file of labelled rows: read when it exists, else written.")
    # 0.3 and article weight 5: the best out-of-fold articles F1 of C 0.3/1 x weight 5/30 (Dec 2026 rows).
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--article-weight", type=float, default=5.0)
    parser.add_argument("--label", default="label", choices=("label", "e2e"))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=-1.0,
                        help="fixed statement threshold (else chosen out of fold)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    cache = Path(args.rows) if args.rows else None
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text("utf-8"))
        rows = saved["rows"]
        GOLD.update(saved["gold"])
        GOLD_DOCS.update(saved["gold_docs"])
    else:
        settings = settings_from_kwargs(parse_cache=args.parse_cache or None, doc_time_budget=0)
        rows = article_rows(ROOT / "tests" / "golden" / "articles" / "tune",
                            args.shared / "corpus" / "news_dev.jsonl", settings)
        rows += polnear_rows(args.shared / "eval" / "polnear" / "dev.jsonl", settings)
        if cache is not None:
            cache.write_text(json.dumps({"rows": rows, "gold": GOLD, "gold_docs": GOLD_DOCS}), "utf-8")
    deals = [linear_training.out_of_fold(rows, lambda train: fit(train, args.c, args.article_weight, args.label),
                                         predict, FOLDS, seed) for seed in range(args.repeats)]
    lines = []
    measures = (("polnear", "e2e"), ("polnear", "label"), ("articles", "label"))
    for t in THRESHOLDS:
        per = {f"{c}/{lab}": {k: round(float(np.mean([scores(rows, [d[i]["p"] for i in range(len(rows))], c, t, lab)[k]
                                                     for d in deals])), 4) for k in ("n", "precision", "recall", "f1")}
               for c, lab in measures}
        lines.append((t, per))
        print(f"t {t:.2f}  " + "  ".join(f"{c}: n {v['n']:.0f} P {v['precision']:.3f} R {v['recall']:.3f} "
                                         f"F {v['f1']:.3f}" for c, v in per.items()))
    base = lines[0][1]
    # Dropping: the highest threshold whose out-of-fold PolNeAR end-to-end F1 is not below that of keeping all.
    drop = max(t for t, per in lines if per["polnear/e2e"]["f1"] >= base["polnear/e2e"]["f1"])
    # A statement: the lowest threshold whose out-of-fold articles quote F0.5 is within one standard error (a
    # bootstrap over articles) of the best and above keeping every statement (as the other models' thresholds).
    statement = one_se_threshold(rows, [[d[i]["p"] for i in range(len(rows))] for d in deals])
    if args.threshold >= 0:
        statement = args.threshold
    vec, model = fit(rows, args.c, args.article_weight, args.label)
    coef = model.coef_[0]
    weights = {name: round(float(coef[j]), 4) for j, name in enumerate(vec.feature_names_) if abs(coef[j]) >= 1e-4}
    meta = {"trained_on": "PolNeAR tune half and whole-article gold tune half", "rows": len(rows),
            "c": args.c, "article_weight": args.article_weight, "label": args.label,
            "out_of_fold": [{"threshold": t, **per} for t, per in lines]}
    out = {"bias": round(float(model.intercept_[0]), 4), "weights": weights, "threshold": drop,
           "statement_threshold": statement, "meta": meta}
    args.output.write_text(json.dumps(out, sort_keys=True) + "\n", "utf-8")
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:40]
    print("top weights:", top)
    print(f"drop under {drop}, a statement from {statement}; wrote {args.output}")


if __name__ == "__main__":
    main()
