"""The content of an evaluation verb's object keeps its judged role ("as ...", "for ...") and leaves other
adjuncts out (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Maria Costa praised the harbour board as a model for the whole coast.",
     "the harbour board as a model for the whole coast"),
    ("The union endorsed Anna Lind for governor on Monday.", "Anna Lind for governor"),
    ("Councillor Tomas Berg blamed the port authority for the flooding of the lower town.",
     "the port authority for the flooding of the lower town"),
    ("Consumer groups decried the fee as a tax on the poor.", "the fee as a tax on the poor"),
])
def test_a_judged_object_keeps_its_role(extract, text, content):
    assert [q.content.text for q in extract(text).quotes] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Maria Costa endorsed Tomas Berg at a rally in Bergen.", "Tomas Berg"),
    ("Governor Ivan Petrov criticized the plan during a radio interview.", "the plan"),
    ("The opposition attacked the minister for months.", "the minister"),
])
def test_a_judged_object_leaves_other_adjuncts_out(extract, text, content):
    assert [q.content.text for q in extract(text).quotes] == [content]
