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


# A Wednesday in the fourth calendar quarter: the last complete quarter is 2025-Q3.
AUTUMN = dt.date(2025, 11, 5)


@pytest.mark.parametrize(
    ("lead", "quarter"),
    [("fourth-quarter", "Q4"), ("third-quarter", "Q3")],
)
def test_year_earlier_refers_back_to_the_reported_quarter(nlp, lead, quarter):
    text = (f"The retailer said {lead} profit fell 12%. A year earlier, it earned $3 million. "
            "Sales in the latest period rose 4%.")
    assert times_of(nlp, text, AUTUMN) == [
        (lead, "DATE", f"2025-{quarter}"),
        ("A year earlier", "DATE", f"2024-{quarter}"),
        ("the latest period", "DATE", f"2025-{quarter}"),
    ]


def test_old_quarter_named_first_is_not_the_reported_one(nlp):
    text = "Losses began in the first quarter of 2023. A year ago, the retailer earned $3 million in the quarter."
    found = times_of(nlp, text, AUTUMN)
    assert found[0] == ("the first quarter of 2023", "DATE", "2023-Q1")
    assert ("A year ago", "DATE", "2024-Q3") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit in the third quarter rose to $5 million from $4 million in the 2024 quarter.",
         [("the third quarter", "DATE", "2025-Q3"), ("the 2024 quarter", "DATE", "2024-Q3")]),
        ("Output should recover in the last half of 2026.", [("the last half of 2026", "DATE", "2026-H2")]),
        ("Output fell in the first half of 2024.", [("the first half of 2024", "DATE", "2024-H1")]),
    ],
)
def test_parts_of_a_named_year(nlp, text, expected):
    assert times_of(nlp, text, AUTUMN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A half of a year named relative to the anchor is a half year, as a quarter of one is a quarter.
        ("The economy of Ruritania shrank in the second half of last year.",
         [("the second half of last year", "DATE", "2024-H2")]),
        ("Exports to Borduria rose in the first half of this year.",
         [("the first half of this year", "DATE", "2025-H1")]),
    ],
)
def test_half_of_a_relative_year(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wars marked the 20th century.", [("the 20th century", "DATE", "19")]),
        ("The 20th-century building burned down.", [("20th-century", "DATE", "19")]),
        ("Trade boomed in the late 1980s and the 1990s.",
         [("the late 1980s", "DATE", "198"), ("the 1990s", "DATE", "199")]),
    ],
)
def test_centuries_and_decades(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hate crimes fell through the nineties.", [("the nineties", "DATE", "199")]),
        ("Rents have risen since the early twenties.", [("the early twenties", "DATE", "202")]),
        ("The new minister is in her forties.", []),
    ],
)
def test_spelled_decades(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "later" counts from the date the story is at, not from the document date.
        ("The war began in 2003. Two years later, the rebels signed a truce.",
         [("2003", "DATE", "2003"), ("Two years later", "DATE", "2005")]),
        ("The talks collapsed in March 2024. Three months later, they resumed.",
         [("March 2024", "DATE", "2024-03"), ("Three months later", "DATE", "2024-06")]),
        ("The party was founded two years ago. A year later it split.",
         [("two years ago", "DATE", "2023"), ("A year later", "DATE", "2024")]),
        # Without an earlier date the document date stands in; "ago" always counts from it.
        ("The treaty lapses three years later than planned.", [("three years later", "DATE", "2028")]),
        ("In 2010 the court ruled. It was overturned five years ago.",
         [("2010", "DATE", "2010"), ("five years ago", "DATE", "2020")]),
    ],
)
def test_later_counts_from_the_last_date_told(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_later_after_an_amount_of_time_is_a_signal(nlp):
    text = "The talks collapsed in March 2024. The envoy returned three days later."
    assert times_of(nlp, text) == [("March 2024", "DATE", "2024-03"), ("three days", "DURATION", "P3D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales were hurt earlier in the year by heavy rains.", [("earlier in the year", "DATE", "2025")]),
        ("The vote is expected later in the week.", [("later in the week", "DATE", "2025-W36")]),
    ],
)
def test_part_of_the_current_unit(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_a_later_date_is_the_future(nlp):
    text = "The hearing was postponed to a later date."
    assert times_of(nlp, text) == [("a later date", "DATE", "FUTURE_REF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that time" refers back to the amount of time just told ...
        ("The company ended a five-year restructuring effort. During that time, it lost $1 billion.",
         [("five-year", "DURATION", "P5Y"), ("that time", "DURATION", "P5Y")]),
        # ... and is left alone after a date, or with nothing before it.
        ("The rebels held the city in 2014. During that time, thousands fled.", [("2014", "DATE", "2014")]),
        ("During that time, thousands fled.", []),
    ],
)
def test_that_time_after_an_amount(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_quarter_to_quarter_is_not_a_quarter(nlp):
    text = "The quarter-to-quarter comparison was hurt by charges. Sales rose in the quarter."
    assert times_of(nlp, text) == [("the quarter", "DATE", "2025-Q2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He told the network's 60 Minutes that he would run.", []),
        ("The senator said on the network's ''60 Minutes.'' He left.", []),
        ("The strike lasted three weeks.", [("three weeks", "DURATION", "P3W")]),
    ],
)
def test_programme_names_are_not_amounts_of_time(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day counted back or on from the date the story is at, with the date left unsaid.
        ("The bomb exploded on Aug. 7. The day before, the embassy had received a warning.",
         [("Aug. 7", "DATE", "2025-08-07"), ("The day before", "DATE", "2025-08-06")]),
        ("He was arrested on Aug. 7. The night before, he had visited the embassy.",
         [("Aug. 7", "DATE", "2025-08-07"), ("The night before", "TIME", "2025-08-06TNI")]),
        ("The treaty was signed on Aug. 7. The day after, the ministers left Paris.",
         [("Aug. 7", "DATE", "2025-08-07"), ("The day after", "DATE", "2025-08-08")]),
        # The weekend or the season of the date the story is at.
        ("The treaty was signed on Friday, Aug. 1. That weekend, the ministers left Paris.",
         [("Friday, Aug. 1", "DATE", "2025-08-01"), ("That weekend", "DATE", "2025-W31-WE")]),
        ("The treaty was signed in March 2019. That summer, the troops withdrew.",
         [("March 2019", "DATE", "2019-03"), ("That summer", "DATE", "2019-SU")]),
        # "the day after his death" counts from an event, whose date is not known.
        ("Police came to the house the day after his death.", []),
    ],
)
def test_unit_before_or_after_the_last_date(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date in front of the noun it dates takes the nearest year, whatever the verb's tense.
        ("Investigators are still searching for suspects in the Aug. 7 bombings.",
         [("Aug. 7", "DATE", "2025-08-07")]),
        ("Voters were urged to turn out in the Nov. 4 election.", [("Nov. 4", "DATE", "2025-11-04")]),
    ],
)
def test_date_before_its_noun_is_the_nearest(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue word before a possessive weekday belongs to the noun after it.
        ("Officials counted votes from Sunday's election.", [("Sunday", "DATE", "2025-08-31")]),
        ("The ceasefire lasts from Sunday until further notice.", [("Sunday", "DATE", "2025-09-07")]),
    ],
)
def test_cue_before_a_possessive_weekday(nlp, text, expected):
    assert times_of(nlp, text) == expected


# A Friday; the summit runs from the day before to the day after.
SUMMIT = dt.date(2024, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day a few days from the anchor is in the anchor's year, whatever the tense.
        ("Delegates are gathering in the capital from November 14 to 16.",
         [("November 14", "DATE", "2024-11-14"), ("16", "DATE", "2024-11-16")]),
        ("The ministers will meet again on November 12 to review the talks.",
         [("November 12", "DATE", "2024-11-12")]),
        ("The envoy left the capital on November 19, officials said.",
         [("November 19", "DATE", "2024-11-19")]),
        # Across the new year, the nearest occurrence still wins.
        ("The new tariffs took effect on Jan. 2.", [("Jan. 2", "DATE", "2025-01-02")]),
    ],
)
def test_a_day_close_to_the_anchor_is_the_nearest(nlp, text, expected):
    anchor = dt.date(2024, 12, 30) if "Jan." in text else SUMMIT
    assert times_of(nlp, text, anchor) == expected


def test_a_day_months_away_still_follows_the_tense(nlp):
    assert times_of(nlp, "The talks will resume on May 3.", SUMMIT) == [("May 3", "DATE", "2025-05-03")]
    assert times_of(nlp, "The talks collapsed on March 20.", SUMMIT) == [("March 20", "DATE", "2024-03-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock time opening a range shares the day written at its other end.
        ("Polls in Ostrava are open from 7 a.m. to 9 p.m. on Friday.",
         [("7 a.m.", "TIME", "2025-09-05T07:00"), ("9 p.m. on Friday", "TIME", "2025-09-05T21:00")]),
        # A start later in the day than the end is the evening before.
        ("The bridge will be closed from 10 p.m. until 6 a.m. Saturday.",
         [("10 p.m.", "TIME", "2025-09-05T22:00"), ("6 a.m. Saturday", "TIME", "2025-09-06T06:00")]),
    ],
)
def test_a_clock_range_shares_its_day(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the day after <event>" counts from the last date told, the event's own date ...
        ("The dam was breached on Aug. 14. Engineers reached the valley the day after the flood.",
         [("Aug. 14", "DATE", "2025-08-14"), ("the day", "DATE", "2025-08-15")]),
        ("The council met on Aug. 20. The day before the meeting, farmers blocked the road.",
         [("Aug. 20", "DATE", "2025-08-20"), ("The day", "DATE", "2025-08-19")]),
        # ... and set off by a comma right after a date it restates that date.
        ("The port closed on Aug. 12, the day before the storm reached the coast.",
         [("Aug. 12", "DATE", "2025-08-12"), ("the day", "DATE", "2025-08-12")]),
        # Without a date told to the day it is no time expression.
        ("The day after the flood, engineers reached the valley.", []),
    ],
)
def test_day_next_to_an_event(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two calendar units away from the anchor's: "the week before last", "the year after next".
        ("The harbour board raised its fees the week before last.",
         [("the week before last", "DATE", "2025-W34")]),
        ("The harbour board will vote on the fees the month after next.",
         [("the month after next", "DATE", "2025-11")]),
        ("The harbour was dredged the year before last.", [("the year before last", "DATE", "2023")]),
    ],
)
def test_two_units_away(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The event is dated by a time word later in its own clause, not by the last date told.
        ("On Monday, the mayor said the bridge would close the day before the race next month.",
         [("Monday", "DATE", "2025-09-01"), ("next month", "DATE", "2025-10")]),
        # A modal between the date and the phrase: the event lies ahead of that date.
        ("The mayor said on Aug. 14 that she would resign the day after the budget vote.",
         [("Aug. 14", "DATE", "2025-08-14")]),
        # The date is more than a sentence back: too far to be the event's own.
        ("The mill closed on Aug. 14. The owners sold the land. Workers recall the day after the closure.",
         [("Aug. 14", "DATE", "2025-08-14")]),
    ],
)
def test_day_next_to_an_event_needs_a_near_date(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last"/"next" that starts a time of its own is not the "before last" of a unit.
        ("The dockers struck the week before last year's harvest.", [("last year", "DATE", "2024")]),
        ("The ferry resumes the week after next Monday's inspection.", [("next Monday", "DATE", "2025-09-08")]),
        ("Tolls rise the month after next year's census.", [("next year", "DATE", "2026")]),
    ],
)
def test_last_or_next_of_a_following_time_stays_its_own(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Now," opening a sentence turns the telling; it names no time.
        ("The plant closed in 2019. Now, the question is who will pay for the clean-up.", [("2019", "DATE", "2019")]),
        ('The council met twice. "Now, we have to act," the mayor said.', []),
        # Without the comma, or inside the sentence, it is the present.
        ("The plant closed in 2019. Now the town wants it back.",
         [("2019", "DATE", "2019"), ("Now", "DATE", "PRESENT_REF")]),
        ("The rebels now control the north, and the talks, for now, are stalled.",
         [("now", "DATE", "PRESENT_REF"), ("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_discourse_now(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A four-figure clock time before GMT or UTC, as wire services write it.
        ("Shelling resumed at 0800 GMT.", [("0800 GMT", "TIME", "2025-09-03T08:00")]),
        ("Trading stopped at 2330 UTC on Monday.", [("2330 UTC on Monday", "TIME", "2025-09-01T23:30")]),
        # In brackets it restates the clock time before it.
        ("The blast came at 9:50 a.m. (0650 GMT) Monday.",
         [("9:50 a.m.", "TIME", "2025-09-01T09:50"), ("Monday", "DATE", "2025-09-01")]),
    ],
)
def test_military_clock(nlp, text, expected):
    assert times_of(nlp, text) == expected
