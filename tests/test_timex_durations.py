"""Time expressions: amounts of time with halves and fractions of long units.

Sentences written for these tests; expected values worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sidelines.timex import find_times

ANCHOR = dt.date(2025, 9, 3)


def times_of(nlp, text: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found in ``text``."""
    found = find_times(text, nlp(text), ANCHOR)
    for t in found:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks dragged on for a year and a half.", [("a year and a half", "DURATION", "P1Y6M")]),
        ("The envoy waited an hour and a half outside the ministry.",
         [("an hour and a half", "DURATION", "PT1H30M")]),
        ("He spent two and a half years in prison.", [("two and a half years", "DURATION", "P2Y6M")]),
        ("The embargo has been in place for more than half a century.",
         [("more than half a century", "DURATION", "P50Y")]),
        ("The region was at war for half a decade.", [("half a decade", "DURATION", "P5Y")]),
    ],
)
def test_halves_of_units(nlp, text, expected):
    assert times_of(nlp, text) == expected
