"""Acts judged: whom a condemned act was done to is no target of the judgement (issue #11).

"The minister condemned the shooting of two guards" accuses whoever shot them (when named), never
the guards; "criticized the pullout from the region" does not accuse the region.
"""

from __future__ import annotations

import pytest
from tests.conftest import sides_of


def _accuse_sides(extract, text: str) -> list[dict[str, str]]:
    record = extract(text)
    return [sides_of(record, e) for e in record.events if e.type == "ACCUSE"]


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "source", "victim"), [
    ("Mayor Lorna Quist condemned the shooting of two Ardell Security guards near the depot.",
     "Lorna Quist", "Ardell Security"),
    ("Mayor Lorna Quist denounced the attack on the Varnow Tribune last week.", "Lorna Quist", "Varnow Tribune"),
    ("Senator Oren Falk criticized the withdrawal from Moldova.", "Oren Falk", "Moldova"),
    ("Senator Oren Falk condemned the arrest of the Teller Union organisers in Brest.", "Oren Falk", "Teller Union"),
])
def test_the_victim_of_a_condemned_act_is_no_target(extract, text, source, victim) -> None:
    found = _accuse_sides(extract, text)
    assert any(s.get(source) == "source" for s in found), found
    assert all(s.get(victim) != "target" for s in found), found


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "doer"), [
    ("Mayor Lorna Quist condemned the shooting of two guards by the Red Kestrel militia.", "Red Kestrel"),
    ("Senator Oren Falk criticized the Calder administration's withdrawal from Moldova.", "Calder"),
])
def test_the_doer_of_a_condemned_act_stays_the_target(extract, text, doer) -> None:
    found = _accuse_sides(extract, text)
    assert any(any(doer in name and role == "target" for name, role in s.items()) for s in found), found
    assert all(s.get("Moldova") != "target" for s in found), found


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "doer"), [
    ("Mayor Lorna Quist condemned the threats from the Grey Lantern Front against local judges.", "Grey Lantern"),
    ("Mayor Lorna Quist denounced the sanctions from Moldova against the Teller Union.", "Moldova"),
])
def test_from_names_the_doer_of_an_act_other_than_a_retreat(extract, text, doer) -> None:
    found = _accuse_sides(extract, text)
    assert any(any(doer in name and role == "target" for name, role in s.items()) for s in found), found


@pytest.mark.issue(11)
def test_of_names_the_ones_who_withdraw(extract) -> None:
    found = _accuse_sides(extract, "Senator Oren Falk criticized the withdrawal of the Calder militia from Moldova.")
    assert any(any("Calder" in name and role == "target" for name, role in s.items()) for s in found), found
    assert all(s.get("Moldova") != "target" for s in found), found


@pytest.mark.issue(11)
def test_the_judged_act_rule_is_noted_when_no_one_is_dropped(extract) -> None:
    from sidelines.extractors.events.judged_acts import JUDGED_ACT_RULE

    record = extract("Mayor Lorna Quist condemned the shooting near the depot on Friday.")
    told = [ev for ev in record.events if ev.type == "ACCUSE"]
    assert told, record.events
    assert all(JUDGED_ACT_RULE in ev.explanation.decisions.get("side rules", "") for ev in told), told


@pytest.mark.issue(11)
def test_a_party_judged_directly_stays_the_target(extract) -> None:
    found = _accuse_sides(extract, "Mayor Lorna Quist condemned Senator Oren Falk for the attack on the press.")
    assert any(s.get("Lorna Quist") == "source" and s.get("Oren Falk") == "target" for s in found), found
