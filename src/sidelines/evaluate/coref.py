"""Coreference: MUC over gold chains of linked entities, with predicted mentions aligned to gold ones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sidelines.evaluate.metrics import Counts, DocumentResult, Row, TaskReport, show_span
from sidelines.model.record import Record


class _Groups:
    """A small union-find over hashable items."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: Any, b: Any) -> None:
        self.parent[self.find(a)] = self.find(b)


def align_mention(start: int, end: int, gold_spans: Sequence[tuple[int, int]]) -> int | None:
    """Index of the smallest gold mention containing ``[start, end)``, or None."""
    best, best_len = None, None
    for i, (gs, ge) in enumerate(gold_spans):
        if gs <= start and end <= ge and (best_len is None or ge - gs < best_len):
            best, best_len = i, ge - gs
    return best


def muc_side(chains: Iterable[set[int]], partition_of: dict[int, Any]) -> tuple[int, int]:
    """MUC numerator and denominator of ``chains`` against another clustering.

    For each chain K: |K| - |p(K)|, where p(K) are the parts of K in the other clustering
    (an item the other clustering lacks is its own part); the denominator sums |K| - 1.
    """
    num = den = 0
    for chain in chains:
        if len(chain) < 2:
            continue
        parts = {partition_of.get(m, ("alone", m)) for m in chain}
        num += len(chain) - len(parts)
        den += len(chain) - 1
    return num, den


def predicted_chains(record: Record, gold_spans: Sequence[tuple[int, int]]) -> list[set[int]]:
    """Each predicted entity as the set of gold mention indexes its mentions align to."""
    chains = []
    for entity in record.entities:
        chain = set()
        for m in entity.mentions:
            i = align_mention(m.start, m.end, gold_spans)
            if i is not None:
                chain.add(i)
        if chain:
            chains.append(chain)
    return chains


def _gold_chain_of(gold: dict[str, Any]) -> dict[int, int]:
    """Gold mention index -> index of its chain (mentions in no chain are left out)."""
    index = {(m["start"], m["end"]): i for i, m in enumerate(gold.get("entities", []))}
    return {
        index[(m["start"], m["end"])]: n
        for n, chain in enumerate(gold.get("clusters", []))
        for m in chain
        if (m["start"], m["end"]) in index
    }


def score_coref_document(gold: dict[str, Any], record: Record) -> tuple[Counts, list[set[int]], list[set[int]]]:
    """MUC counts of one document, with the gold chains scored for recall and the predicted chains."""
    mentions = gold.get("entities", [])
    spans = [(m["start"], m["end"]) for m in mentions]
    index = {s: i for i, s in enumerate(spans)}
    gold_chains: list[set[int]] = []
    linked: list[bool] = []
    for chain in gold.get("clusters", []):
        ids = {index[(m["start"], m["end"])] for m in chain if (m["start"], m["end"]) in index}
        gold_chains.append(ids)
        linked.append(any(mentions[i].get("wikidata") for i in ids))
    gold_of = {m: n for n, chain in enumerate(gold_chains) for m in chain}
    pred = predicted_chains(record, spans)
    # Predicted links may join one gold mention to several predicted entities: merge them.
    groups = _Groups()
    for chain in pred:
        first = next(iter(chain))
        for m in chain:
            groups.union(first, m)
    pred_of = {m: groups.find(m) for chain in pred for m in chain}
    recall_chains = [c for c, is_linked in zip(gold_chains, linked, strict=True) if is_linked]
    r_num, r_den = muc_side(recall_chains, pred_of)
    p_num, p_den = muc_side(pred, gold_of)
    counts = Counts(tp_pred=p_num, n_pred=p_den, tp_gold=r_num, n_gold=r_den)
    return counts, recall_chains, pred


def _chain_view(gold: dict[str, Any], ids: set[int]) -> str:
    """The gold mentions ``ids`` of one chain, shown in their text."""
    text, mentions = gold["text"], gold.get("entities", [])
    return " = ".join(show_span(text, mentions[i]["start"], mentions[i]["end"], limit=30) for i in sorted(ids))


def score_coref(golds: Sequence[dict[str, Any]], records: Sequence[Record]) -> TaskReport:
    """MUC P/R/F1 summed over documents (micro)."""
    total = Counts()
    docs = []
    for gold, record in zip(golds, records, strict=True):
        counts, recall_chains, pred = score_coref_document(gold, record)
        total += counts
        pred_of = {m: n for n, chain in enumerate(pred) for m in chain}
        missed = [f"split: {_chain_view(gold, c)}" for c in recall_chains
                  if len({pred_of.get(m, ('x', m)) for m in c}) > 1]
        gold_of = _gold_chain_of(gold)
        spurious = [f"merged: {_chain_view(gold, c)}" for c in pred if len({gold_of.get(m, ('x', m)) for m in c}) > 1]
        docs.append(DocumentResult(gold["id"], counts.f1 if counts.n_gold or counts.n_pred else 1.0,
                                   missed=missed[:20], spurious=spurious[:20]))
    rows = [Row("MUC", total.precision, total.recall, total.f1, int(total.n_gold), int(total.n_pred))]
    return TaskReport("coref", {"muc_f1": total.f1, "muc_precision": total.precision, "muc_recall": total.recall},
                      rows, docs)
