"""Quotes: what a quote's words are (finding, stance, statement) is judged once per candidate (made-up text)."""

from __future__ import annotations

from collections import Counter

import sidelines.extractors.quotes.kinds as kinds


def test_a_mixed_clause_is_judged_once(extract, monkeypatch) -> None:
    judged: Counter[int] = Counter()
    finding = kinds.is_finding

    def counting(cand, parsed):
        judged[id(cand)] += 1
        return finding(cand, parsed)

    monkeypatch.setattr(kinds, "is_finding", counting)
    record = extract('Mayor Ida Berg said the new bridge "will be finished by May at the latest" on Tuesday.\n')
    assert any("finished by May" in q.content.text for q in record.quotes), record.quotes
    assert judged and max(judged.values()) == 1, judged
