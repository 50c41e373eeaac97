"""Derive occupation and position nouns from WordNet 3.0: nouns whose most frequent sense is a kind of
worker, professional, leader, expert, entertainer, performer, athlete, adviser, creator, businessperson,
lawman, spokesperson, communicator, scientist, intellectual, dissenter, reformer or planner.

Source: Princeton WordNet 3.0 (the Debian package ``wordnet-base``, files under /usr/share/wordnet;
WordNet 3.0 licence: free use, copy, modification and distribution with its copyright notice,
"WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."). A word is kept when it is
one lower-case word (letters, or letters joined by a hyphen) and its first sense in ``index.noun``
(WordNet orders senses by frequency) lies under one of ROOTS by hypernym links, so that a word whose
usual sense is no person ("man", "page") stays out, and is no adjective too ("extra", "heavy"), which
would read a modifier as a title. Writes src/sidelines/data/occupations_wordnet.txt.

usage: python scripts/derive_wordnet_occupations.py [--wordnet DIR]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "occupations_wordnet.txt"
# Synsets (WordNet 3.0 noun offsets) of people named for what they do, and their lemma for the header.
ROOTS = {
    "09632518": "worker", "10480253": "professional", "09623038": "leader", "09617867": "expert",
    "09616922": "entertainer", "10415638": "performer", "09820263": "athlete", "09774266": "adviser",
    "09614315": "creator", "09882716": "businessperson", "10249459": "lawman", "10638385": "spokesperson",
    "09610660": "communicator", "10560637": "scientist", "09621545": "intellectual", "10018021": "dissenter",
    "10515194": "reformer", "10438172": "planner",
}
WORD = re.compile(r"^[a-z]+(?:-[a-z]+)?$")


def read_hyponyms(data_noun: Path) -> dict[str, list[str]]:
    """Synset offset -> offsets of its hyponyms (the ``~`` pointers of data.noun)."""
    children: dict[str, list[str]] = defaultdict(list)
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, n_words = fields[0], int(fields[3], 16)
        k = 4 + 2 * n_words
        n_ptrs = int(fields[k])
        for p in range(n_ptrs):
            symbol, target, pos = fields[k + 1 + 4 * p : k + 4 + 4 * p]
            if symbol == "~" and pos == "n":
                children[offset].append(target)
    return children


def descendants(children: dict[str, list[str]], roots: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(children.get(node, []))
    return seen


def first_senses(index_noun: Path) -> dict[str, str]:
    """Lemma -> offset of its most frequent noun sense."""
    found = {}
    for line in index_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
        offsets = fields[6 + p_cnt : 6 + p_cnt + synset_cnt]
        if offsets:
            found[lemma] = offsets[0]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    people = descendants(read_hyponyms(args.wordnet / "data.noun"), list(ROOTS))
    adjectives = set(first_senses(args.wordnet / "index.adj"))
    words = sorted(w for w, off in first_senses(args.wordnet / "index.noun").items()
                   if off in people and WORD.match(w) and w not in adjectives)
    header = [
        "# Occupation and position nouns derived by scripts/derive_wordnet_occupations.py",
        "# Source: Princeton WordNet 3.0 (Debian wordnet-base). WordNet 3.0 Copyright 2006 by Princeton University.",
        "# All rights reserved. (WordNet 3.0 licence: use, copy, modify and distribute with this notice.)",
        "# Nouns whose first sense lies under: " + ", ".join(ROOTS.values()) + "; no adjectives. One word a line.",
    ]
    OUTPUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUTPUT}")


if __name__ == "__main__":
    main()
