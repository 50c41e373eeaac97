"""Measure the event typer at sentence level on the dev sets, per half and per method.

For each sentence the typer's best trigger is taken (the most probable event trigger, discounted
per clause level below the main clause; none = no event). Reported, on the ``check`` half (never
tuned on) and on the ``tune`` half (trained and tuned on, so optimistic):

- PLOVER dev: top-type accuracy (one gold record per line, as the events scorer reads it);
- Multi-CoPED dev: coarse class accuracy (REQUEST and no event are class 0);

for the lexicon alone, the classifier alone, the classifier with the lexicon's types as features
("combined") and the product of classifier and lexicon ("product"); then the five-fold
cross-validation numbers recorded by the training script, and the time to type 1,000 sentences.

    .venv/bin/python scripts/eval_event_typer.py --shared ../shared [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eventtype_data as data  # noqa: E402

from sidelines.evaluate.splits import in_split  # noqa: E402
from sidelines.eventtype import METHODS, EventTyper, coarse_class  # noqa: E402


def sentence_type(typer: EventTyper, doc: Any, method: str) -> str | None:
    best = typer.best(doc[:], method)
    return best.type if best is not None else None


def evaluate(typer: EventTyper, shared: Path) -> dict[str, Any]:
    golds_p, docs_p = data.plover(shared)
    golds_m, docs_m = data.multicoped(shared)
    out: dict[str, Any] = {}
    for half in ("check", "tune"):
        for method in METHODS:
            ok = n = 0
            per_type: Counter[str] = Counter()
            for gold, doc in zip(golds_p, docs_p):
                if not in_split(gold, half):
                    continue
                got = sentence_type(typer, doc, method)
                n += 1
                ok += int(got == gold["event"])
                per_type[gold["event"]] += int(got == gold["event"])
            out[f"plover/{half}/{method}"] = {"accuracy": round(ok / n, 4), "right": ok, "n": n}
            ok = n = 0
            for gold, doc in zip(golds_m, docs_m):
                if not in_split(gold, half):
                    continue
                got = sentence_type(typer, doc, method)
                n += 1
                ok += int(coarse_class(got) == int(gold["pentaclass"]))
            out[f"multicoped/{half}/{method}"] = {"accuracy": round(ok / n, 4), "right": ok, "n": n}
    return out


def speed(typer: EventTyper, shared: Path, n: int = 1000) -> dict[str, float]:
    _, docs = data.multicoped(shared)
    docs = docs[:n]
    out = {}
    for method in METHODS:
        typer.lexicon._cache.clear()
        t0 = time.perf_counter()
        for doc in docs:
            typer.find(doc[:], method)
        out[method] = round(time.perf_counter() - t0, 3)
    out["sentences"] = len(docs)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    typer = EventTyper.load()
    results = evaluate(typer, args.shared)
    print(f"{'set':<11} {'half':<6} " + " ".join(f"{m:>10}" for m in METHODS))
    for corpus in ("plover", "multicoped"):
        for half in ("check", "tune"):
            cells = [results[f"{corpus}/{half}/{m}"] for m in METHODS]
            n = cells[0]["n"]
            print(f"{corpus:<11} {half:<6} " + " ".join(f"{c['accuracy']:>10.3f}" for c in cells) + f"   (n={n})")
    meta = typer.classifier.meta if typer.classifier is not None else {}
    print("\nDefault method:", typer.method)
    for name in ("classifier", "combined"):
        cv = meta.get(f"cv_{name}", {})
        if cv:
            print(f"5-fold CV ({name}): " + ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in cv.items()))
    if "product" in meta:
        print("product (out-of-fold tuned):", meta["product"])
    timing = speed(typer, args.shared)
    print("\nTime to type {} parsed sentences (s): ".format(timing["sentences"])
          + ", ".join(f"{m}={timing[m]}" for m in METHODS))
    if args.json:
        args.json.write_text(json.dumps({"results": results, "cv": {k: v for k, v in meta.items() if k.startswith("cv_") or k == "product"},
                                         "timing": timing, "default": typer.method}, indent=1))


if __name__ == "__main__":
    main()
