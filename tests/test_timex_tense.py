"""Time expressions: the tense a month or weekday borrows from the clause around it.

Sentences written for these tests; expected values worked out by hand from the anchors below.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sidelines.timex import find_times


def times_of(nlp, text: str, anchor: dt.date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found in ``text``."""
    found = find_times(text, nlp(text), anchor)
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # A participle clause without its own auxiliary takes the tense of the clause it hangs from.
        ("Shares of Corvane have swung widely this year, climbing to a peak in June from a low in March.",
         dt.date(2025, 10, 29),
         [("this year", "DATE", "2025"), ("June", "DATE", "2025-06"), ("March", "DATE", "2025-03")]),
        # A past participle after its noun keeps its own past ("shares issued July 1").
        ("Holders will receive 40 crowns for each of the shares issued in March.",
         dt.date(2025, 10, 29), [("March", "DATE", "2025-03")]),
        ("Once approved by regulators in June, the plan will cut fares on every route.",
         dt.date(2025, 3, 12), [("June", "DATE", "2025-06")]),
        # A past-tense report may name the coming month ("told refiners of a cut in September").
        ("Officials told refiners of a cut in crude supplies in September.",
         dt.date(2025, 8, 14), [("September", "DATE", "2025-09")]),
        # ... but a month further ahead in the past tense is the last one.
        ("Officials told refiners of a cut in crude supplies in November.",
         dt.date(2025, 8, 14), [("November", "DATE", "2024-11")]),
    ],
)
def test_month_year_from_clause_tense(nlp, text, anchor, expected):
    assert times_of(nlp, text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one day" under a future or a modal is some time ahead, not an amount of a day.
        ("Analysts say the port will one day rival the biggest in the region.",
         [("one day", "DATE", "FUTURE_REF")]),
        ("She hopes she can one day return to Varnholt.", [("one day", "DATE", "FUTURE_REF")]),
        # An amount of one day stays one.
        ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
        ("Workers will strike for one day next week.",
         [("one day", "DURATION", "P1D"), ("next week", "DATE", "2025-W37")]),
    ],
)
def test_one_day_ahead(nlp, text, expected):
    assert times_of(nlp, text, dt.date(2025, 9, 3)) == expected


def test_clock_word_ending_a_title_is_no_time(nlp):
    text = "The poster showed a still from the western ``High Noon.'' Crowds gathered at noon on Friday."
    assert [v for _t, _k, v in times_of(nlp, text, dt.date(2025, 9, 3))] == ["2025-08-29T12:00"]



def test_possessive_year_names_the_quarter_of_that_year(nlp):
    text = "Profit in 2024's third quarter rose, and this year's first half was weaker."
    assert times_of(nlp, text, dt.date(2025, 9, 3)) == [
        ("2024's third quarter", "DATE", "2024-Q3"), ("this year's first half", "DATE", "2025-H1")]


def test_present_tense_clause_leaves_a_participle_weekday_in_the_past(nlp):
    text = "Speaking Tuesday in Oslo, the minister says the plan failed."
    assert times_of(nlp, text, dt.date(2025, 9, 3)) == [("Tuesday", "DATE", "2025-09-02")]


def test_deadline_month_under_a_past_perfect_lies_before_the_report(nlp):
    text = "By December, the rebels had taken the city."
    assert times_of(nlp, text, dt.date(2025, 9, 3)) == [("December", "DATE", "2024-12")]
