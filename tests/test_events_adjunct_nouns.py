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
