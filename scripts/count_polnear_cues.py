"""Count the cue words of PolNeAR attributions on the TUNE half only, with how often each is a cue.

For every word (spaCy lemma and coarse part of speech) that heads a gold cue span, and for the shape
of its frame in the parse (a clause "said that ...", an infinitive "vowed to ...", an object, a
preposition "talked about ..."), this prints how many times the word stands in that frame in the
tune texts (outside quotation marks) and how many of those stand for a gold attribution's cue. The
share is the precision a finder would have that takes every such frame as a quote: the evidence for
adding a word to (or keeping it out of) the cue lists of lexicon/speech.py.

Source: /work/shared/eval/polnear/dev.jsonl, the tune half only (evaluate/splits.py); never the
check half. Parsed with the project's spaCy pipeline (and its parse cache when given).

usage: PYTHONPATH=src python scripts/count_polnear_cues.py [--cache DIR] [--min-gold N] > counts.tsv
       PYTHONPATH=src python scripts/count_polnear_cues.py [--cache DIR] --stance   (lexicon STANCE_VERBS)
       PYTHONPATH=src python scripts/count_polnear_cues.py [--cache DIR] --judged   (quotes/judged_roles.py)
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from sidelines.evaluate.gold import read_gold
from sidelines.evaluate.splits import select
from sidelines.nlp.engine import NlpEngine

SOURCE = "/work/shared/eval/polnear/dev.jsonl"
# Children that shape a cue's frame, in the order they are looked for.
CLAUSE, INFINITIVE, OBJECT = "clause", "infinitive", "object"


def frame_of(tok: Any) -> str:  # noqa: ANN401 - spaCy Token
    """The shape of what a word governs: a clause, an infinitive, an object, a preposition, or nothing."""
    deps = {c.dep_: c for c in tok.children if c.i > tok.i}
    if "ccomp" in deps:
        return CLAUSE
    if "xcomp" in deps and any(g.lower_ == "to" for g in deps["xcomp"].children):
        return INFINITIVE
    if "dobj" in deps:
        return OBJECT
    if "prep" in deps:
        return "prep:" + deps["prep"].lower_
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return CLAUSE
    return "-"


def cue_head(doc: Any, start: int, end: int) -> Any | None:  # noqa: ANN401 - spaCy Doc/Token
    """The word of a cue span that the rest of it hangs from (a verb or noun first)."""
    toks = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if not toks:
        return None
    inside = {t.i for t in toks}
    tops = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    for pos in (("VERB",), ("NOUN",), ("AUX", "ADJ", "ADP", "PROPN")):
        hit = [t for t in tops if t.pos_ in pos] or [t for t in toks if t.pos_ in pos]
        if hit:
            return hit[0]
    return tops[0] if tops else toks[0]


def quoted(text: str) -> list[bool]:
    """Whether each character lies between double quotation marks (a rough, per-paragraph count)."""
    inside, out = False, []
    for ch in text:
        if ch in "“”\"":
            inside = not inside if ch == '"' else ch == "“"
        elif ch == "\n":
            inside = False
        out.append(inside)
    return out


# A stance verb heads a gold cue at least this often, in at least this share of its object frames.
STANCE_MIN_GOLD, STANCE_MIN_SHARE = 3, 0.4


def stance_verbs(seen: Counter[tuple[str, str, str]], cued: Counter[tuple[str, str, str]]) -> set[str]:
    """Verbs whose object is often a PolNeAR content and that no other cue list of the lexicon holds."""
    from sidelines.lexicon.speech import OBJECT_CUE_VERBS, REPORTING_VERBS

    return {lemma for (lemma, pos, frame), n in cued.items()
            if pos == "VERB" and frame == OBJECT and n >= STANCE_MIN_GOLD
            and n >= STANCE_MIN_SHARE * seen[(lemma, pos, frame)] and lemma not in REPORTING_VERBS | OBJECT_CUE_VERBS}


# A preposition cue of a verb: at least this many gold cues, this share of its frames, and the gold content
# starting at the preposition's object in at least half of them.
PREP_MIN_GOLD, PREP_MIN_SHARE = 3, 0.4
# A clause or infinitive cue verb the lists lack: at least this many gold cues and this share of its frames.
FRAME_MIN_GOLD, FRAME_MIN_SHARE = 3, 0.4
# Verbs whose clause or infinitive the raising and refusal frames read already.
READ_ELSEWHERE = frozenset({"seem", "appear", "refuse", "decline", "hope", "hop"})


def stance_prepositions(seen: Counter[tuple[str, str, str]], cued: Counter[tuple[str, str, str]],
                        at_object: Counter[tuple[str, str, str]]) -> dict[str, set[str]]:
    """(verb, preposition) pairs whose object is often a PolNeAR content, less the hand list's pairs."""
    from sidelines.lexicon.speech import _HAND_PREPOSITIONS

    out: dict[str, set[str]] = {}
    for (lemma, pos, frame), n in cued.items():
        if pos != "VERB" or not frame.startswith("prep:") or n < PREP_MIN_GOLD:
            continue
        prep = frame[len("prep:"):]
        if n >= PREP_MIN_SHARE * seen[(lemma, pos, frame)] and 2 * at_object[(lemma, pos, frame)] >= n \
                and prep not in _HAND_PREPOSITIONS.get(lemma, frozenset()) and lemma not in READ_ELSEWHERE:
            out.setdefault(lemma, set()).add(prep)
    return out


def frame_cue_verbs(seen: Counter[tuple[str, str, str]], cued: Counter[tuple[str, str, str]],
                    frame: str) -> set[str]:
    """Verbs whose clause (or infinitive) is often a PolNeAR content and that no cue list holds."""
    from sidelines.lexicon.speech import OBJECT_CUE_VERBS, REPORTING_VERBS, STANCE_VERBS

    known = REPORTING_VERBS | OBJECT_CUE_VERBS | STANCE_VERBS | READ_ELSEWHERE
    return {lemma for (lemma, pos, fr), n in cued.items()
            if pos == "VERB" and fr == frame and n >= FRAME_MIN_GOLD
            and n >= FRAME_MIN_SHARE * seen[(lemma, pos, fr)] and lemma not in known}


def starts_at_object(tok: Any, start: int) -> bool:  # noqa: ANN401 - spaCy Token
    """Whether a gold content starts at the object of the verb's first preposition after it."""
    prep = next((c for c in tok.children if c.i > tok.i and c.dep_ == "prep"), None)
    objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep is not None else []
    return bool(objs) and abs(objs[0].left_edge.idx - start) <= 2


def judged_preps(tok: Any, end: int, kept: Counter[tuple[str, bool]]) -> None:  # noqa: ANN401 - spaCy Token
    """For an evaluation verb's object cue: whether the preposition right after its object is in the content."""
    from sidelines.lexicon.speech import TARGET_OBJECT_VERBS

    obj = next((c for c in tok.children if c.i > tok.i and c.dep_ == "dobj"), None)
    if tok.lemma_.lower() not in TARGET_OBJECT_VERBS or obj is None:
        return
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
    if prep is not None:
        kept[(prep.lower_, prep.idx < end)] += 1


def main() -> None:
    """Print lemma, part of speech, frame, occurrences, gold cues and their share, most gold first."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="", help="spaCy parse cache folder")
    ap.add_argument("--min-gold", type=int, default=3, help="print rows with at least this many gold cues")
    ap.add_argument("--judged", action="store_true", help="print, for each preposition right after the object "
                    "of an evaluation verb cue, how often the gold content takes it in and leaves it out")
    ap.add_argument("--stance", action="store_true", help="print the derived STANCE_VERBS instead")
    ap.add_argument("--preps", action="store_true", help="print the derived STANCE_PREPOSITIONS, "
                    "CLAUSE_CUE_VERBS and INFINITIVE_CUE_VERBS instead")
    args = ap.parse_args()
    golds = list(select(read_gold(SOURCE), "tune"))
    engine = NlpEngine(cache_dir=args.cache)
    seen: Counter[tuple[str, str, str]] = Counter()
    cued: Counter[tuple[str, str, str]] = Counter()
    at_object: Counter[tuple[str, str, str]] = Counter()
    kept: Counter[tuple[str, bool]] = Counter()
    for gold, doc in zip(golds, engine.parse(g["text"] for g in golds), strict=True):
        heads: dict[int, int] = {}
        for att in gold.get("attributions", []):
            if not att.get("cue") or not att.get("content"):
                continue
            head = cue_head(doc, att["cue"][0]["start"], att["cue"][-1]["end"])
            if head is not None:
                heads[head.i] = att["content"][0]["start"]
                judged_preps(head, att["content"][-1]["end"], kept)
        inside = quoted(gold["text"])
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN", "AUX", "ADJ", "ADP") or (tok.idx < len(inside) and inside[tok.idx]):
                if tok.i not in heads:
                    continue
            key = (tok.lemma_.lower(), tok.pos_, frame_of(tok))
            seen[key] += 1
            cued[key] += tok.i in heads
            at_object[key] += tok.i in heads and starts_at_object(tok, heads[tok.i])
    if args.judged:
        for prep in sorted({p for p, _ in kept}, key=lambda p: -kept[(p, True)] - kept[(p, False)]):
            print(prep, "in", kept[(prep, True)], "out", kept[(prep, False)], sep="\t")
        return
    if args.preps:
        print({lemma: sorted(preps) for lemma, preps in sorted(stance_prepositions(seen, cued, at_object).items())})
        print(sorted(frame_cue_verbs(seen, cued, CLAUSE)), sorted(frame_cue_verbs(seen, cued, INFINITIVE)))
        return
    if args.stance:
        print(sorted(stance_verbs(seen, cued)))
        return
    print("lemma\tpos\tframe\tseen\tcue\tshare")
    for key, n in sorted(cued.items(), key=lambda kv: -kv[1]):
        if n >= args.min_gold:
            print(*key, seen[key], n, f"{n / seen[key]:.2f}", sep="\t")


if __name__ == "__main__":
    main()
