"""Events: an event noun in an "in" phrase of another act ("in protest", "in retaliation") is its doer's."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
def test_events_in_protest_is_the_doers_protest(extract_unfiltered) -> None:
    record = extract_unfiltered("Norway recalled its envoy to Belarus on Monday in protest at the detention of "
                                "two reporters in Minsk, the foreign ministry said.")
    protests = _sides(record, "PROTEST")
    assert protests, record.events
    assert all(s.get("Norway") != "target" for s in protests)
    assert any(s.get("Norway") == "source" for s in protests)


@pytest.mark.issue(11)
def test_events_the_acts_objects_are_no_sides_of_the_protest(extract_unfiltered) -> None:
    record = extract_unfiltered("Norway recalled its envoy to Belarus on Monday in protest at the detention of "
                                "two reporters in Minsk, the foreign ministry said.")
    assert all("Minsk" not in s for s in _sides(record, "PROTEST"))


@pytest.mark.issue(11)
def test_events_the_act_behind_an_at_phrase_keeps_its_own_sides(extract_unfiltered) -> None:
    record = extract_unfiltered("Norway recalled its envoy to Belarus on Monday in protest at the arrest of "
                                "two reporters in Minsk, the foreign ministry said.")
    recalls = _sides(record, "SANCTION")
    assert recalls and all(set(s) <= {"Norway", "Belarus"} for s in recalls), recalls
    arrests = _sides(record, "COERCE")
    assert all("Norway" not in s for s in arrests), arrests
