"""Derive occupation and role nouns from the training stories: nouns that head an apposition to a
person's name ("X, a retired neurosurgeon,") or stand as a title right before one ("entertainer X").

Source: /work/shared/train/plover_synthetic.jsonl (NGEC synthetic news stories, MIT; see its README).
Parsed with the project's spaCy pipeline. A noun is kept when it is seen in these positions at least
MIN_COUNT times, is a lower-case alphabetic common noun never joined to a hyphen there ("president-elect"),
and stands in those positions more often than it is a word of an organisation's or place's name
("Carter Center", "Labour Party"), which are things, not people. Writes src/sidelines/data/occupations.txt.

usage: PYTHONPATH=src python scripts/derive_occupations.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sidelines.lexicon.titles import RELATIONS, TITLE_HEADS
from sidelines.nlp.engine import load_model

SOURCE = Path("/work/shared/train/plover_synthetic.jsonl")
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "occupations.txt"
MIN_COUNT = 3
# Nouns that stand before or beside names without naming what a person does (closed class).
NOT_ROLES = frozenset({"people", "person", "man", "woman", "men", "women", "name", "mr", "mrs", "ms", "dr",
                       "group", "family", "one", "many", "some", "others", "statement", "report", "told",
                       "news", "agency", "conference", "interview", "government", "state"})


def person_spans(doc):  # type: ignore[no-untyped-def]
    return [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]


def _hyphened(tok) -> bool:  # type: ignore[no-untyped-def]
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == "-") or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-")


def in_names(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """Lower-case words inside names of organisations, places and facilities."""
    return [t.lower_ for e in doc.ents if e.label_ in {"ORG", "GPE", "FAC", "LOC", "NORP"} for t in e]


def candidates(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """Nouns in apposition to a PERSON name, or in compound before one."""
    found = []
    for ent in person_spans(doc):
        inside = set(range(ent.start, ent.end))
        # title before the name: "the entertainer X", "union spokesperson X"
        if ent.start > 0:
            tok = ent.doc[ent.start - 1]
            if tok.pos_ == "NOUN" and tok.head.i in inside and tok.dep_ in {"compound", "nmod", "amod"} \
                    and not _hyphened(tok):
                found.append(tok.lower_)
        # apposition: "X, a retired neurosurgeon,"
        for tok in ent.doc[ent.end : min(len(ent.doc), ent.end + 8)]:
            if tok.dep_ == "appos" and tok.head.i in inside and tok.pos_ == "NOUN" and not _hyphened(tok):
                found.append(tok.lemma_.lower() if tok.tag_ == "NNS" else tok.lower_)
    return found


def main() -> None:
    """Parse the stories, count candidate nouns and write the list."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    nlp = load_model()
    texts = [json.loads(line)["text"] for line in SOURCE.open(encoding="utf-8")]
    if args.limit:
        texts = texts[: args.limit]
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for doc in nlp.pipe(texts, batch_size=64):
        counts.update(candidates(doc))
        named.update(in_names(doc))
    kept = sorted(
        w for w, n in counts.items()
        if n >= MIN_COUNT and w.isalpha() and w.islower() and len(w) > 2
        and w not in NOT_ROLES and w not in RELATIONS and w not in TITLE_HEADS and n > named[w]
    )
    header = [
        "# Occupation and role nouns derived by scripts/derive_occupations.py",
        f"# Source: {SOURCE.name} (/work/shared/train; NGEC synthetic news stories, MIT)",
        f"# Nouns heading an apposition to, or standing as a title before, a PERSON name >= {MIN_COUNT} times;",
        "# more often than inside ORG/GPE/FAC/LOC/NORP names; words already in lexicon/titles.py TITLE_HEADS",
    "# or RELATIONS are left out. Format: word<TAB>count",
    ]
    OUTPUT.write_text("\n".join(header + [f"{w}\t{counts[w]}" for w in kept]) + "\n", encoding="utf-8")
    print(f"{len(kept)} nouns -> {OUTPUT}")
    print([(w, n, named[w]) for w, n in counts.most_common(120)])


if __name__ == "__main__":
    main()
