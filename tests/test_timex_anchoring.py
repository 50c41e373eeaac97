"""Time expressions: which way a weekday points, and which date a relative expression counts from.

Sentences written for these tests; expected values worked out by hand from the anchor below.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sidelines.timex import find_times

# A Wednesday, in ISO week 36 and the third quarter.
ANCHOR = dt.date(2025, 9, 3)


def times_of(nlp, text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found in ``text``."""
    found = find_times(text, nlp(text), anchor)
    for t in found:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deadline word points ahead, but not under a past perfect.
        ("Reports had been filed with the commission by Monday, officials said.",
         [("Monday", "DATE", "2025-09-01")]),
        ("The offer had been due to expire Friday evening.", [("Friday evening", "TIME", "2025-08-29TEV")]),
        # A present tense two nouns away says nothing of the weekday.
        ("The statement by the ministry on Thursday is false.", [("Thursday", "DATE", "2025-08-28")]),
        # A present tense on the weekday's own verb still points ahead.
        ("The talks resume on Monday.", [("Monday", "DATE", "2025-09-08")]),
        ("Protesters gathered Saturday night outside the parliament.",
         [("Saturday night", "DATE", "2025-08-30")]),
    ],
)
def test_weekday_direction(nlp, text, expected):
    assert times_of(nlp, text) == expected
