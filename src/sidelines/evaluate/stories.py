"""Stories: each article's largest predicted story against the gold grouping of articles (B-cubed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sidelines.evaluate.metrics import DocumentResult, Row, TaskReport, f1_of, safe_div

# Gold fields naming an article's real-world event, in order of preference (ECB+: the sub-topic).
GOLD_GROUP_FIELDS = ("story", "subtopic")


def gold_group(gold: dict[str, Any]) -> str:
    """The gold real-world event of an article (its own id when the format has none)."""
    for key in GOLD_GROUP_FIELDS:
        if gold.get(key) is not None:
            return str(gold[key])
    return f"alone:{gold['id']}"


def largest_story(doc_ids: Sequence[str], stories: Sequence[Sequence[str]]) -> dict[str, frozenset[str]]:
    """For each article, the members of the largest story holding it (itself alone when none does)."""
    best: dict[str, frozenset[str]] = {d: frozenset([d]) for d in doc_ids}
    for story in stories:
        members = frozenset(story)
        for d in members:
            if d in best and len(members) > len(best[d]):
                best[d] = members
    return best


def score_stories(golds: Sequence[dict[str, Any]], stories: Sequence[Sequence[str]]) -> TaskReport:
    """B-cubed precision, recall and F1 averaged over the gold articles."""
    ids = [g["id"] for g in golds]
    group = {g["id"]: gold_group(g) for g in golds}
    members: dict[str, set[str]] = {}
    for d, grp in group.items():
        members.setdefault(grp, set()).add(d)
    chosen = largest_story(ids, stories)
    p_sum = r_sum = 0.0
    docs = []
    for d in ids:
        # Predicted stories may hold articles outside the gold file; they count against precision.
        pred = chosen[d]
        truth = members[group[d]]
        shared = len(pred & truth)
        p, r = safe_div(shared, len(pred)), safe_div(shared, len(truth))
        p_sum += p
        r_sum += r
        docs.append(DocumentResult(
            d, f1_of(p, r),
            missed=sorted(truth - pred)[:10], spurious=sorted(pred - truth)[:10],
            notes=[f"gold {group[d]}: {len(truth)} articles; story: {len(pred)} articles, {shared} shared"],
        ))
    n = len(ids)
    precision, recall = safe_div(p_sum, n), safe_div(r_sum, n)
    f1 = f1_of(precision, recall)
    rows = [Row("B-cubed", precision, recall, f1, len(members), len({c for c in chosen.values()}))]
    headline = {"bcubed_f1": f1, "bcubed_precision": precision, "bcubed_recall": recall}
    return TaskReport("stories", headline, rows, docs)
