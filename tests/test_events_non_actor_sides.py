"""Events: a prize is never a side of an event."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The Wendell Harris Award for excellence in reporting recognizes Jane Porter.", "Wendell Harris Award"),
        ("The Ostrander Prize honored Jane Porter for her reporting on the flood.", "Ostrander Prize"),
    ],
)
def test_events_a_prize_is_no_side(extract, text, thing) -> None:
    assert not any(thing in s for s in _sides(extract(text)))


@pytest.mark.issue(11)
def test_events_a_person_honored_by_a_prize_stays_its_target(extract) -> None:
    record = extract("The Wendell Harris Award for excellence in reporting recognizes Jane Porter.")
    assert any(s.get("Jane Porter") == "target" for s in _sides(record))

