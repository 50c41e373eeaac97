"""Events: harm done by accident ("shot his friend in a hunting accident", "accidentally shot") is no assault,
and firing people named by a group noun or a body ("staff members were fired", "fired the board") is a
dismissal, not an attack; shooting at people stays an assault."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Tom Greer shot and killed his brother in a hunting accident in Maine in 1988.",
        "A hunter accidentally shot his friend Carl Dunn during a deer hunt near Bangor.",
        "Several campaign staff members were fired in March after the primary losses.",
        "Governor Ann Ruiz responded by firing the whole board of the dairy agency.",
    ],
)
def test_events_accident_or_dismissal_is_no_assault(extract_unfiltered, text) -> None:
    assert not [ev for ev in extract_unfiltered(text).events if ev.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired on the protesters in the capital, killing four people.",
        "A gunman shot and killed two police officers in Dallas on Thursday.",
    ],
)
def test_events_shooting_stays_assault(extract_unfiltered, text) -> None:
    assert [ev for ev in extract_unfiltered(text).events if ev.type == "ASSAULT"]
