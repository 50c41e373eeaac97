"""Events: a habit or stance in a relative clause that classifies a party is no event; acts told stay."""

from __future__ import annotations

import pytest


def _triggers(record) -> list[tuple[str, str]]:
    return [(ev.type, " ".join(e.text for e in ev.evidence)) for ev in record.events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The allotments were handed to beekeepers, a lobby that opposes the pesticide rules.", "opposes"),
        ("The seats go to local officials, a constituency that backs the incumbent.", "backs"),
        ("The district is home to veterans, a community that strongly supports the senator.", "supports"),
    ],
)
def test_events_describing_relative_clause_is_no_event(extract, text, word) -> None:
    assert not any(word in trigger for _, trigger in _triggers(extract(text)))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Smith, a senator who attacked Jones on Monday, resigned.", "attacked"),
        ("Reyes is a strategist who criticized the governor on Tuesday.", "criticized"),
        ("Governor Reed, who supports the bill, signed it on Monday.", "supports"),
        ("Senator Ann Holt strongly opposes the bill.", "opposes"),
        ("Mara Quill, a pilot who backs the strike, spoke to reporters at the airfield.", "backs"),
        ("The senator, a man who was arrested by police in 2010, denied the charges.", "arrested"),
        # a party already known (a definite or possessive noun) in apposition keeps its own stance
        ("The bakers' union, a body that rejects the wage offer, walked out on Monday.", "rejects"),
        ("China's ally, a nation that supports the blockade, abstained in the vote.", "supports"),
    ],
)
def test_events_acts_in_relative_clauses_stay(extract, text, word) -> None:
    assert any(word in trigger for _, trigger in _triggers(extract(text)))

