"""Events: a relation's "of" phrase ("the brother of X", "the victims of Y") names another party, no side."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Friends of Mayor Ilse Brandt marched outside the stadium on Sunday.", "Ilse Brandt"),
        ("Tessa Lund, the sister of the jailed blogger Amir Haddad, demanded a retrial.", "Amir Haddad"),
        ("The widow of Colonel Rupert Gale accused the army of a cover-up.", "Rupert Gale"),
    ],
)
def test_events_the_party_a_relation_is_to_is_no_side(extract_unfiltered, text, other) -> None:
    assert not any(other in s for s in _sides(extract_unfiltered(text)))


@pytest.mark.issue(11)
def test_events_the_body_a_leader_heads_still_acts(extract_unfiltered) -> None:
    record = extract_unfiltered("The leader of the Farmers Union criticised the trade deal with Peru.")
    assert any(s.get("Farmers Union") == "source" for s in _sides(record, "ACCUSE"))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The city council approved the stadium despite protests from the Green League.", "city council"),
        ("The Senate passed the mining bill amid protests from Chile.", "Senate"),
    ],
)
def test_events_a_noun_event_despite_or_amid_which_one_acts_is_not_ones_own(extract_unfiltered, text, doer) -> None:
    record = extract_unfiltered(text)
    names = {e.id: e.name for e in record.entities}
    noun_events = [ev for ev in record.events if ev.evidence[0].text in ("protests", "objections")]
    assert noun_events and not any(names[a.entity] == doer for ev in noun_events for a in ev.actors)
