"""Time expressions built from a date and the words around it (TIMEX3 extents that hold an anchor).

Every sentence is written for these tests; the anchor is a Wednesday, 3 September 2025 (ISO week 36).
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_timex_anchoring import times_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TIMEX3: "the day before yesterday" is one expression; so is a day counted from a named day.
        ("The convoy left the border town the day before last Tuesday.",
         [("the day before last Tuesday", "DATE", "2025-09-01")]),
        ("The two delegations met again the day after March 3.",
         [("the day after March 3", "DATE", "2025-03-04")]),
        ("Aid workers arrived the day after Friday's storm.",
         [("the day after Friday", "DATE", "2025-08-30")]),
    ],
)
def test_day_counted_from_a_named_day(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week of March 10" names the calendar week that holds the day (TIMEX3 week value).
        ("Hearings were held the week of March 10 in the capital.",
         [("the week of March 10", "DATE", "2025-W11")]),
        ("The council will sit during the week of Oct. 6.", [("the week of Oct. 6", "DATE", "2025-W41")]),
    ],
)
def test_week_of_a_date(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_month_with_spelled_year(nlp):
    text = "The mill closed in January nineteen ninety-seven after a long strike."
    assert times_of(nlp, text) == [("January nineteen ninety-seven", "DATE", "1997-01")]


def test_quarter_a_year_ago_is_the_year_earlier_quarter(nlp):
    text = ("The bank said its third-quarter profit rose 5%. For the quarter a year ago, "
            "the bank earned $3 million.")
    found = times_of(nlp, text)
    assert ("the quarter a year ago", "DATE", "2024-Q3") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the day before its day is the same time as after it ("yesterday afternoon").
        ("Shelling resumed in mid-afternoon yesterday near the port.",
         [("mid-afternoon yesterday", "TIME", "2025-09-02TAF")]),
        ("The envoy lands late morning tomorrow.", [("late morning tomorrow", "TIME", "2025-09-04TMO")]),
        ("Rebels attacked the convoy yesterday afternoon.", [("yesterday afternoon", "TIME", "2025-09-02TAF")]),
    ],
)
def test_part_of_day_before_its_day(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Broadcast transcripts spell the day out: "March eighth", "the twenty-first of May".
        ("The rally is planned for Sunday, March eighth, in the capital.",
         [("Sunday, March eighth", "DATE", "2026-03-08")]),
        ("Voters go to the polls on October twenty-first.", [("October twenty-first", "DATE", "2025-10-21")]),
        ("The strike began on the second of June.", [("the second of June", "DATE", "2025-06-02")]),
        # An ordinal that counts something else is no day.
        ("Profits fell in June, second-quarter figures showed.",
         [("June", "DATE", "2025-06"), ("second-quarter", "DATE", "2025-Q2")]),
    ],
)
def test_spelled_ordinal_day(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the first hours of", "the final months of": a stretch of unknown length at one end of a period.
        ("Hundreds fled in the first hours of the offensive.", [("the first hours", "DURATION", "PTXH")]),
        ("During the final months of the talks, both sides hardened.", [("the final months", "DURATION", "PXM")]),
    ],
)
def test_first_or_final_plural_units(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past decade" is the ten years up to now, as "the past ten years" is (TIMEX3 DURATION),
        # not the calendar decade before this one; "this century" stays the calendar century.
        ("Trade between the two countries doubled over the past decade.",
         [("the past decade", "DURATION", "P10Y")]),
        ("It was the worst flood of the past century, officials said.", [("the past century", "DURATION", "P100Y")]),
        ("Exports grew in the last decade.", [("the last decade", "DURATION", "P10Y")]),
        ("It is the worst drought this century.", [("this century", "DATE", "20")]),
    ],
)
def test_past_decade_is_a_stretch_up_to_now(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The two weekdays of a range lie in one week, the second after the first.
        ("Negotiators will meet from Monday through Friday.",
         [("Monday", "DATE", "2025-09-08"), ("Friday", "DATE", "2025-09-12")]),
        ("The talks ran from Tuesday to Friday.", [("Tuesday", "DATE", "2025-08-26"), ("Friday", "DATE", "2025-08-29")]),
    ],
)
def test_weekday_range_runs_forward(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Christmas week", "the Thanksgiving weekend": the ISO week (or its weekend) that holds the holiday.
        ("The ferry line will add sailings in Christmas week.", [("Christmas week", "DATE", "2025-W52")]),
        ("Roads into the valley will be crowded over the Thanksgiving weekend.",
         [("Thanksgiving weekend", "DATE", "2025-W48-WE")]),
        # "weekly" is no week, and a plural "weeks" leaves the holiday alone.
        ("The Christmas weeks ahead will be busy for the bakers.", [("Christmas", "DATE", "2025-12-25")]),
    ],
)
def test_week_of_a_holiday(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_weekend_before_a_monday_holiday(nlp):
    # Christmas 2023 fell on a Monday: its weekend is the one that runs into it (23-24 December, week 51).
    text = "Booksellers expect a rush over the Christmas weekend."
    assert times_of(nlp, text, dt.date(2023, 11, 15)) == [("Christmas weekend", "DATE", "2023-W51-WE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year after the week belongs to the week, not to the holiday's own year: both are left as they are
        # (the holiday read from the past tense).
        ("Christmas week 2022 was the wettest on record.",
         [("Christmas", "DATE", "2024-12-25"), ("2022", "DATE", "2022")]),
        ("The ferry line stayed full through Christmas week, 2021.",
         [("Christmas", "DATE", "2024-12-25"), ("2021", "DATE", "2021")]),
        # "weekly" is no week.
        ("The Christmas weekly market opens on the square.",
         [("Christmas", "DATE", "2025-12-25"), ("weekly", "SET", "P1W")]),
    ],
)
def test_holiday_week_leaves_a_following_year_and_weekly(nlp, text, expected):
    assert times_of(nlp, text) == expected
