"""Time expressions: amounts of time with halves and fractions of long units.

Sentences written for these tests; expected values worked out by hand.
"""

from __future__ import annotations

import pytest

from test_timex import times_of


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock time takes the date written right after it, which stays an expression of its own.
        ("The polls close at 8 p.m. on Nov. 3.",
         [("8 p.m.", "TIME", "2025-11-03T20:00"), ("Nov. 3", "DATE", "2025-11-03")]),
        ("The bomb went off at 10:35 a.m. on Aug. 7, 2024, near the embassy.",
         [("10:35 a.m.", "TIME", "2024-08-07T10:35"), ("Aug. 7, 2024", "DATE", "2024-08-07")]),
        ("The ferry sank at 2:30 a.m. on Sunday, Aug. 24.",
         [("2:30 a.m. on Sunday", "TIME", "2025-08-24T02:30"), ("Aug. 24", "DATE", "2025-08-24")]),
    ],
)
def test_clock_time_takes_the_date_after_it(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in the final quarter of last year.", [("the final quarter of last year", "DATE", "2024-Q4")]),
        ("Output rose in the last quarter of 2023.", [("the last quarter of 2023", "DATE", "2023-Q4")]),
        ("The bank expects losses in the final quarter of 2026.",
         [("the final quarter of 2026", "DATE", "2026-Q4")]),
    ],
)
def test_final_quarter_of_a_year(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" after a modal or "to" is the verb, not a qualifier of the amount of time.
        ("The inquiry in Brelle will last a few days.", [("a few days", "DURATION", "PXD")]),
        ("The strike could last several weeks, union leaders said.", [("several weeks", "DURATION", "PXW")]),
        ("The repairs are expected to last two months.", [("two months", "DURATION", "P2M")]),
        # As a qualifier it still belongs to the span.
        ("Prices have doubled in the last two years.", [("the last two years", "DURATION", "P2Y")]),
    ],
)
def test_last_as_a_verb_stays_outside_the_span(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whole quarters keep TimeML's quarter unit, as an unknown number of them does ("PXQ").
        ("The ferry operator lost money for two quarters.", [("two quarters", "DURATION", "P2Q")]),
        ("The co-op pays its members every quarter.", [("every quarter", "SET", "P1Q")]),
        ("Margins at the mill should recover over the next three quarters.",
         [("the next three quarters", "DURATION", "P3Q")]),
        ("The mill's margins shrank for several quarters.", [("several quarters", "DURATION", "PXQ")]),
    ],
)
def test_quarters_keep_their_unit(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_that_period_takes_a_whole_number_of_quarters(nlp):
    # "that period" takes back a definite amount of time told just before, quarters included.
    text = "The mill lost money for two quarters. During that period, it cut 40 jobs."
    assert times_of(nlp, text) == [("two quarters", "DURATION", "P2Q"), ("that period", "DURATION", "P2Q")]
