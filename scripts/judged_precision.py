"""Event precision on hand-judged unseen articles: a measuring set, never to tune rules on.

``eval/judged_unseen.jsonl`` holds the events that main at b2289c5 output (confidence filter off, as the
confidence model's trainer sees them) on 40 articles of ``news_dev.jsonl`` named nowhere else in the
repository (42 were drawn; two gave no event), each judged right or wrong by hand by the contract's rule, with
a few words on why (see ``tests/golden/articles/README.md``, "Unseen judged events"). An event is known by its
document, the start of its first evidence and its type; after an engine change, the script counts the judged
events still output (right and wrong), the judged events no longer output, and the new events no one has
judged (listed, to be judged by hand before a count is trusted).

``--filtered`` counts the events as a user gets them instead: with the packaged confidence model and its
``min_confidence`` (a judged event the filter drops counts as no longer output).

    python scripts/judged_precision.py --shared ../shared [--parse-cache DIR] [--new] [--filtered]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sidelines.evaluate.runner import extract_records
from sidelines.settings import settings_from_kwargs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder")
    parser.add_argument("--judged", default="eval/judged_unseen.jsonl", help="hand-judged output events")
    parser.add_argument("--parse-cache", default="", help="a folder caching spaCy parses")
    parser.add_argument("--new", action="store_true", help="list the new, unjudged events")
    parser.add_argument("--filtered", action="store_true", help="keep the confidence filter on (the defaults)")
    args = parser.parse_args()
    lines = [json.loads(x) for x in Path(args.judged).read_text("utf-8").splitlines() if x.strip()]
    judged = {(j["id"], j["start"], j["type"]): bool(j["right"]) for j in lines}
    ids = {j["id"] for j in lines}
    corpus = Path(args.shared) / "corpus" / "news_dev.jsonl"
    docs = [{"id": t["id"], "text": t["text"]} for t in map(json.loads, corpus.read_text("utf-8").splitlines())
            if t["id"] in ids]
    unfiltered = {"events": {"confidence_model": "none", "min_confidence": 0.0}}
    settings = settings_from_kwargs(parse_cache=args.parse_cache or None, doc_time_budget=0,
                                    extractor_config=None if args.filtered else unfiltered)
    seen: set[tuple[str, int, str]] = set()
    new = []
    for record in extract_records(docs, settings):
        for event in record.events:
            first = event.evidence[0] if event.evidence else None
            key = (record.id, first.start if first else -1, event.type)
            if key in judged:
                seen.add(key)
            else:
                new.append((record.id, event.type, first.text[:160] if first else ""))
    right = sum(judged[k] for k in seen)
    gone_right = sum(1 for k, v in judged.items() if v and k not in seen)
    print(f"{len(docs)} articles, {len(judged)} judged events ({sum(judged.values())} right)")
    print(f"still output: {len(seen)} (right {right}, wrong {len(seen) - right}, precision "
          f"{right / max(1, len(seen)):.3f}); no longer output: {gone_right} right, "
          f"{len(judged) - len(seen) - gone_right} wrong; new, unjudged: {len(new)}")
    if args.new:
        for doc, kind, evidence in new:
            print(f"  new {kind:9} {doc}: {evidence}")


if __name__ == "__main__":
    main()
