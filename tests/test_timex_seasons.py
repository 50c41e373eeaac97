"""Time expressions: seasons resolved by tense, named days, and generic "tomorrow".

Sentences written for these tests; expected values worked out by hand from the anchors below.
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_timex import ANCHOR, times_of

# ANCHOR is a Wednesday in early autumn; WINTER a Wednesday in late winter, before this year's spring.
WINTER = dt.date(2016, 2, 17)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # A season ahead of the anchor, in the past tense, is last year's ...
        ("Campaign workers said they had been in the state since the spring.", WINTER,
         [("the spring", "DATE", "2015-SP")]),
        ("The fighting in the north began in late summer.", WINTER, [("late summer", "DATE", "2015-SU")]),
        # ... and a season already over, in the future tense, is next year's.
        ("The ministry will publish its report in the spring.", ANCHOR, [("the spring", "DATE", "2026-SP")]),
        ("The new law would take effect in early summer, officials said.", ANCHOR,
         [("early summer", "DATE", "2026-SU")]),
        # The current season, or one that agrees with the tense, keeps the anchor's year.
        ("The army regained the town in the spring.", ANCHOR, [("the spring", "DATE", "2025-SP")]),
        ("The ruling party hopes to pass the bill in the spring.", WINTER, [("the spring", "DATE", "2016-SP")]),
    ],
)
def test_season_year_follows_tense(nlp, text, anchor, expected):
    assert times_of(nlp, text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Parliament will vote on the budget in the fall.", WINTER, [("the fall", "DATE", "2016-FA")]),
        ("Talks stalled during the fall, diplomats said.", WINTER, [("the fall", "DATE", "2015-FA")]),
        # A fall that is a drop or a collapse is no season.
        ("The fall of the regime surprised diplomats.", ANCHOR, []),
        ("Analysts blamed the fall in oil prices.", ANCHOR, []),
    ],
)
def test_the_fall_as_a_season(nlp, text, anchor, expected):
    assert times_of(nlp, text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The candidates campaigned across the Super Tuesday states.", []),
        ("The candidates campaigned on Tuesday.", [("Tuesday", "DATE", "2025-09-02")]),
    ],
)
def test_named_weekday_is_no_date(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the party must train the leaders of tomorrow.", [("tomorrow", "DATE", "FUTURE_REF")]),
        ("Schools are not preparing tomorrow's workers.", [("tomorrow", "DATE", "FUTURE_REF")]),
        ("The minister will visit the border tomorrow.", [("tomorrow", "DATE", "2025-09-04")]),
    ],
)
def test_generic_tomorrow_is_the_future(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names that hold a time word are no times.
        ("The senator told USA TODAY that he would run.", []),
        ("She appeared on NBC's Today show.", []),
        ("The studio was sold to 21st Century Fox.", []),
        ("Wars marked the 20th Century, historians say.", [("the 20th Century", "DATE", "19")]),
        ("The senator said today that he would run.", [("today", "DATE", "2025-09-03")]),
    ],
)
def test_names_holding_a_time_word(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deadline word bounds the act from ahead: the season is not last year's ...
        ("The vote was postponed until after the summer.", [("the summer", "DATE", "2016-SU")]),
        ("The ministry said the talks were delayed until the summer.", [("the summer", "DATE", "2016-SU")]),
        # ... unless the past perfect puts it before the report.
        ("The rebels had withdrawn by the summer.", [("the summer", "DATE", "2015-SU")]),
    ],
)
def test_season_after_a_deadline_word(nlp, text, expected):
    assert times_of(nlp, text, WINTER) == expected
