"""Build ``src/sidelines/data/domain_words.json``: how much a word leans to political-event news.

Each word's weight is a smoothed log-odds of its rate in two bodies of text:

- political news: ``train/plover_synthetic.jsonl`` (short news stories, each written to tell one
  PLOVER event: protests, talks, sanctions, attacks, ...) and the PolNeAR articles of
  ``corpus/news_dev.jsonl`` (US political news);
- general news: the other articles of the corpus (ECB+: disasters, crime, sports, business,
  technology, some conflicts) and the Reuters sample of CoNLL-2003 (sports results, markets, companies).

Every article with labelled events (both halves of the whole-article gold, the judged events) is
left out, so that the confidence model trained on them, and its scores, see them as unseen text.

A word that political-event stories use more than general news weighs above zero ("ceasefire",
"envoy"); one of the other domains below it ("quarterback", "revenue", "poll"). Only words written
all in lower case are counted (capitalised words are mostly names, which say nothing of a domain
in general and must not be stored); a word must be seen in both bodies together often enough, and
each document adds at most ``PER_DOC_CAP`` of a word's uses, so that one long article does not make
a word its own. The events' confidence model (``extractors/events/confidence.py``) averages the
weights over an event's sentence and its document.

    python scripts/build_domain_words.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from pathlib import Path

# A word as counted here and read at run time: lower-case letters only, at least three of them.
WORD = re.compile(r"(?<![A-Za-z'’-])[a-z]{3,}(?![A-Za-z'’-])")
PER_DOC_CAP = 3
MIN_DOCS = 8  # documents (of both bodies together) a word must be seen in
SMOOTHING = 1.0
DECIMALS = 2


def words_of(text: str) -> list[str]:
    """The lower-case words of a text (as :data:`WORD` finds them)."""
    return WORD.findall(text)


def counts(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """Capped word counts and document frequencies over ``texts``."""
    total: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    for text in texts:
        seen = Counter(words_of(text))
        for word, n in seen.items():
            total[word] += min(n, PER_DOC_CAP)
            docs[word] += 1
    return total, docs


def log_odds(event: Counter[str], general: Counter[str], docs: Counter[str]) -> dict[str, float]:
    """Smoothed log-odds of each word's rate in ``event`` against ``general``, centred on their mean."""
    n_event, n_general = sum(event.values()), sum(general.values())
    vocab = [w for w, d in docs.items() if d >= MIN_DOCS]
    raw = {}
    for word in vocab:
        p = (event[word] + SMOOTHING) / (n_event + SMOOTHING * len(vocab))
        q = (general[word] + SMOOTHING) / (n_general + SMOOTHING * len(vocab))
        raw[word] = math.log(p / q)
    centre = sum(raw.values()) / len(raw) if raw else 0.0
    return {w: round(v - centre, DECIMALS) for w, v in sorted(raw.items())}


def read_jsonl(path: Path) -> list[dict[str, object]]:
    """The lines of a JSONL file."""
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def main() -> None:
    """Count both bodies and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder")
    parser.add_argument("--gold", default="tests/golden/articles", help="gold articles (left out)")
    parser.add_argument("--judged", default="eval/event_judgments.jsonl", help="judged articles (left out)")
    parser.add_argument("--political", default="polnear", help="corpus sources counted as political news")
    parser.add_argument("--general", default="eval/conll2003/train_sample.jsonl", help="more general news")
    parser.add_argument("--out", default="src/sidelines/data/domain_words.json")
    args = parser.parse_args()
    shared = Path(args.shared)
    # Every article with labels (both halves of the gold, the judged events) is left out: a model
    # trained on their events must not see their own words counted as political or general.
    held_out = {json.loads(p.read_text("utf-8"))["id"] for p in Path(args.gold).glob("*/*.json")}
    if Path(args.judged).exists():
        held_out |= {json.loads(x)["id"] for x in Path(args.judged).read_text("utf-8").splitlines() if x.strip()}
    synthetic = read_jsonl(shared / "train" / "plover_synthetic.jsonl")
    stories = [f"{s.get('headline') or ''}\n{s['text']}" for s in synthetic]
    corpus = [a for a in read_jsonl(shared / "corpus" / "news_dev.jsonl") if a["id"] not in held_out]
    political = set(args.political.split(",")) if args.political else set()
    stories += [str(a["text"]) for a in corpus if a["source"] in political]
    news = [str(a["text"]) for a in corpus if a["source"] not in political]
    if args.general:
        news += [str(a["text"]) for a in read_jsonl(shared / args.general)]
    event, event_docs = counts(stories)
    general, general_docs = counts(news)
    weights = log_odds(event, general, event_docs + general_docs)
    out = {"_about": "Log-odds of lower-case words in political news (shared/train/plover_synthetic."
                     "jsonl, PolNeAR articles of the corpus) against general news (the corpus's other "
                     "articles, the CoNLL-2003 sample), labelled articles left out; written by "
                     "scripts/build_domain_words.py.",
           "stories": len(stories), "articles": len(news), "weights": weights}
    Path(args.out).write_text(json.dumps(out, separators=(",", ":")) + "\n", "utf-8")
    ranked = sorted(weights.items(), key=lambda kv: kv[1])
    print(len(weights), "words; lowest:", ranked[:25], "\nhighest:", ranked[-25:])


if __name__ == "__main__":
    main()
