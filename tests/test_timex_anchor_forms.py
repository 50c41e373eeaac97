"""The document date from a dateline in the forms news pages print, and cues that set a date's side of it.

Sentences and datelines written for these tests; expected values worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sidelines.timex import document_anchor
from test_timex import times_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Months in capitals or abbreviated with a full stop, a weekday before them.
        ("Storm floods the harbour of Port Ivanov MAR. 14, 2013, 8:12 PM Residents fled.", dt.date(2013, 3, 14)),
        ("Mayor resigns SATURDAY, SEPTEMBER 14, 2013, 9:29 PM The mayor of Ruritania quit.", dt.date(2013, 9, 14)),
        ("Bridge reopens JUNE 6, 2013 11:34PM Traffic resumed.", dt.date(2013, 6, 6)),
        # A day with an ordinal ending before the month.
        ("Minister sacked Published on 21st March 2019 The minister was dismissed.", dt.date(2019, 3, 21)),
        # ISO dates with spaces around the hyphens, as tokenised text prints them.
        ("Vote set for spring published: 2019 - 07 - 02 10:21:05 The vote was called.", dt.date(2019, 7, 2)),
        # Dates in figures: month first unless the first number cannot be a month; two-digit years.
        ("Guard injured in prison break 11 / 30 / 09 05:40 PM ET A guard was hurt.", dt.date(2009, 11, 30)),
        ("Driver charged Updated 09 / 14 / 2013 01:03 PM A driver was charged.", dt.date(2013, 9, 14)),
        ("Climber rescued Last updated 13:26 14 / 09 / 2013 A climber was found.", dt.date(2013, 9, 14)),
        ("Player arrested Posted 2/3/2009 11:11 PM A player was arrested.", dt.date(2009, 2, 3)),
    ],
)
def test_dateline_forms(text, expected):
    assert document_anchor(None, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fund lost 3 / 4 of its value.",  # a fraction, no year
        "Scores of 12 / 40 / 95 were posted.",  # no month 40
        "Turnout was 60 percent in MAY.",  # a month without day and year
    ],
)
def test_no_dateline(text):
    assert document_anchor(None, text) is None


def test_long_form_dateline_wins_over_figures_later():
    text = "GENEVA, March 3, 2024 — Talks resumed. A memo dated 4/5/2023 was read out."
    assert document_anchor(None, text) == dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A modal other than "could"/"would" with a bare verb looks ahead of the report.
        ("The ruling party must hold its congress in April.", [("April", "DATE", "2026-04")]),
        ("The envoy may arrive on Monday.", [("Monday", "DATE", "2025-09-08")]),
        ("Ivan Petrov should sign the decree on Friday.", [("Friday", "DATE", "2025-09-05")]),
        # "since" puts the date before the report, whatever the verb.
        ("Prices are up five percent since Friday.", [("Friday", "DATE", "2025-08-29")]),
        ("Thousands of refugees, thousands since November 1st.", [("November 1st", "DATE", "2024-11-01")]),
    ],
)
def test_modal_and_since_cues(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_same_period_of_a_named_year(nlp):
    text = "Exports from Ruritania rose 4 percent compared with the same period in 2019."
    assert times_of(nlp, text) == [("the same period in 2019", "DATE", "2019")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tokenised text prints "p. m." with a space.
        ("The final will start on Saturday at 4:30 p. m. in Ruritania.",
         [("Saturday", "DATE", "2025-09-06"), ("4:30 p. m.", "TIME", "2025-09-06T16:30")]),
        ("The polls closed at 10 P. M. yesterday.", [("10 P. M. yesterday", "TIME", "2025-09-02T22:00")]),
        # A range of amounts before "ago" still counts back from the report (the first amount).
        ("The ministry closed the office two or three days ago.", [("two or three days ago", "DATE", "2025-09-01")]),
        ("Ivan Petrov received the file five or six weeks ago.", [("five or six weeks ago", "DATE", "2025-W31")]),
    ],
)
def test_spaced_clock_and_ranges_before_ago(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised "Now"/"Today" after a capitalised word inside a sentence ends a name ...
        ("Ivan Petrov, director of the group One Ruritania Now, said turnout was high.", []),
        ("In an interview with Trending Today Ruritania on Monday, Petrov spoke.", [("Monday", "DATE", "2025-09-01")]),
        # ... and a capitalised "Daily" before a capitalised word opens one (a newspaper) ...
        ("A witness told the Daily Herald that the youth was unarmed.", []),
        ("Daily Herald reporters saw the crowd.", []),
        ("The ministry publishes a daily report.", [("daily", "SET", "P1D")]),
        # ... but not in a headline set in title case, nor at a sentence start.
        ("Petrov Is Now Leading In Every Poll Across Ruritania", [("Now", "DATE", "PRESENT_REF")]),
        ("Ruritania lost the vote. Now the minister faces a crisis.", [("Now", "DATE", "PRESENT_REF")]),
    ],
)
def test_time_word_inside_a_name(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_labelled_date_after_a_long_headline():
    headline = "Crowds gather in the capital of Ruritania " * 8
    text = headline + "PUBLISHED: 08:40 GMT, 3 May 2019 | UPDATED: 07:10 GMT, 4 May 2019 Crowds gathered."
    assert len(headline) > 300
    assert document_anchor(None, text) == dt.date(2019, 5, 3)


def test_weekday_under_a_present_reporting_verb_looks_back(nlp):
    # The parser hangs "on Saturday" from "say" here; the present tense of a verb of saying does not look ahead.
    text = "Police say that on Saturday around 10:15 p. m. Ivan Petrov was standing outside his home."
    assert times_of(nlp, text) == [
        ("Saturday", "DATE", "2025-08-30"), ("around 10:15 p. m.", "TIME", "2025-08-30T22:15"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Quarters and halves in business shorthand; a bare "H2" is left alone.
        ("Ruritanian exports rose in Q3 2017.", [("Q3 2017", "DATE", "2017-Q3")]),
        ("Sales fell in 2016 Q4.", [("2016 Q4", "DATE", "2016-Q4")]),
        ("Profit rose in H1 2015 but fell in H2.", [("H1 2015", "DATE", "2015-H1")]),
        ("The H1N1 virus spread to Ruritania.", []),
        # A fiscal or calendar year named with its number belongs to one expression.
        ("Revenue rose in FY2015, the ministry said.", [("FY2015", "DATE", "2015")]),
        ("The budget for fiscal year 2019 was approved.", [("fiscal year 2019", "DATE", "2019")]),
        # "next fiscal year" counts like "next year".
        ("The deficit will narrow next fiscal year.", [("next fiscal year", "DATE", "2026")]),
        ("The deficit narrowed last fiscal year.", [("last fiscal year", "DATE", "2024")]),
        # A quarter of a fiscal year named with its number is that year's quarter, in one expression.
        ("Orvel Mining lost money in the second quarter of fiscal 2023.",
         [("the second quarter of fiscal 2023", "DATE", "2023-Q2")]),
        ("Orvel Mining lost money in fiscal 2023's third quarter.",
         [("fiscal 2023's third quarter", "DATE", "2023-Q3")]),
        # A quarter still to come, in a future tense, is this year's, not last year's ...
        ("Orvel Mining will open its second smelter in the fourth quarter.",
         [("the fourth quarter", "DATE", "2025-Q4")]),
        # ... but a quarter's results are reported after it: last year's.
        ("Orvel Mining will report its fourth-quarter results to investors.",
         [("fourth-quarter", "DATE", "2024-Q4")]),
        ("Orvel Mining will publish results for the fourth quarter to investors.",
         [("the fourth quarter", "DATE", "2024-Q4")]),
        ("Orvel Mining opened its second smelter in the fourth quarter.",
         [("the fourth quarter", "DATE", "2024-Q4")]),
    ],
)
def test_quarter_shorthand_and_fiscal_years(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "UPDATED: 1052 GMT (1852 HKT), March 14, 2013. Floods hit Port Ivanov.",
    "The ceasefire took hold at 2200 UTC along the border of Ruritania.",
])
def test_a_clock_time_with_its_zone_is_no_year(nlp, text):
    from sidelines.timex import find_times

    values = [t.value for t in find_times(text, nlp(text), dt.date(2013, 3, 14))]
    assert not any(v in ("1052", "1852", "2200") for v in values), values
