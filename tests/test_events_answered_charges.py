"""Charges answered (issue #11): "X rejected criticism from Y" tells Y's criticism of X as well.

The rejection stays X's; the accusation it answers, when its maker is named, is an ACCUSE event from
the maker to the one who answers it. Texts are made up.
"""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides

HEADLINE = "Budget row deepens in Carrow\n\n"
TAIL = "\n\nThe council meets again next month."


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "Governor Lorna Quist rejected criticism from Senator Oren Falk over the cuts.",
    "Governor Lorna Quist dismissed the accusations by Senator Oren Falk as nonsense.",
])
def test_the_maker_of_a_rejected_charge_accuses_the_one_who_rejects_it(extract, body) -> None:
    record = extract(HEADLINE + body + TAIL)
    assert any(s.get("Oren Falk") == "source" and s.get("Lorna Quist") == "target"
               for s in _sides(record, "ACCUSE")), record.events
    assert any(s.get("Lorna Quist") == "source" for s in _sides(record, "REJECT")), record.events


@pytest.mark.issue(11)
def test_a_rejected_charge_with_no_maker_adds_no_accuser(extract) -> None:
    record = extract(HEADLINE + "Governor Lorna Quist rejected the accusations on Monday." + TAIL)
    assert not any(s.get("Lorna Quist") == "source" for s in _sides(record, "ACCUSE")), record.events
    assert not any("source" in s.values() for s in _sides(record, "ACCUSE")), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize(("body", "aimed_at"), [
    ("Governor Lorna Quist rejected Senator Oren Falk's criticism of the Teller Union.", "Teller Union"),
    ("Senator Oren Falk rejected Governor Lorna Quist's accusations against the Teller Union.", "Teller Union"),
])
def test_a_charge_aimed_at_another_party_accuses_no_one_who_rejects_it(extract, body, aimed_at) -> None:
    record = extract(HEADLINE + body + TAIL)
    accused = [s for s in _sides(record, "ACCUSE") if "source" in s.values()]
    assert not any(s.get("Lorna Quist") == "target" or s.get("Oren Falk") == "target" for s in accused), accused
