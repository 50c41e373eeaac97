"""Time expressions: recognition spans and TIMEX3 values on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sidelines.timex import document_anchor, find_times, value_to_range

# A Wednesday, in ISO week 36.
ANCHOR = dt.date(2025, 9, 3)


def times_of(nlp, text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found in ``text``."""
    found = find_times(text, nlp(text), anchor)
    for t in found:
        assert text[t.start:t.end] == t.text
    assert [t.start for t in found] == sorted(t.start for t in found)
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministers met on Tuesday in Geneva.", [("Tuesday", "DATE", "2025-09-02")]),
        ("The foreign ministers will meet on Tuesday in Geneva.", [("Tuesday", "DATE", "2025-09-09")]),
        ("The envoy said on Wednesday that talks would go on.", [("Wednesday", "DATE", "2025-09-03")]),
        ("The two leaders spoke by telephone last Friday.", [("last Friday", "DATE", "2025-08-29")]),
    ],
)
def test_weekday_follows_tense(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between the delegations have been held since May 2025.", [("May 2025", "DATE", "2025-05")]),
        ("The treaty was signed on March 14, 2019, in Vienna.", [("March 14, 2019", "DATE", "2019-03-14")]),
        ("The ceasefire collapsed in July.", [("July", "DATE", "2025-07")]),
        ("Parliament will vote on the budget in December.", [("December", "DATE", "2025-12")]),
        ("The delegation arrived in mid-2024.", [("mid-2024", "DATE", "2024")]),
        ("Relations were frosty in the 1990s.", [("the 1990s", "DATE", "199")]),
        ("Exports rose in the third quarter.", [("the third quarter", "DATE", "2025-Q3")]),
        ("The ministry may review the decision.", []),
    ],
)
def test_calendar_dates(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister resigned yesterday.", [("yesterday", "DATE", "2025-09-02")]),
        ("Opposition leaders met last week.", [("last week", "DATE", "2025-W35")]),
        ("Trade fell sharply last year.", [("last year", "DATE", "2024")]),
        ("The embassy reopened two years ago.", [("two years ago", "DATE", "2023")]),
        ("The summit opens next month.", [("next month", "DATE", "2025-10")]),
        ("The government is now under pressure.", [("now", "DATE", "PRESENT_REF")]),
        ("The two sides recently resumed contacts.", [("recently", "DATE", "PAST_REF")]),
    ],
)
def test_relative_dates(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The negotiators talked for three days.", [("three days", "DURATION", "P3D")]),
        ("After a two-hour meeting the envoys left.", [("two-hour", "DURATION", "PT2H")]),
        ("Prices doubled over the past three years.", [("the past three years", "DURATION", "P3Y")]),
        ("The mission lasted nearly six months.", [("nearly six months", "DURATION", "P6M")]),
        ("The council meets every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
        ("The envoys hold weekly calls.", [("weekly", "SET", "P1W")]),
        ("A 52-year-old man was detained.", []),
        ("He spent thirty-seven years in exile.", [("thirty-seven years", "DURATION", "P37Y")]),
        ("A decision is expected within two to three weeks.", [("two to three weeks", "DURATION", "P2W")]),
    ],
)
def test_durations_and_sets(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_clock_time_with_day(nlp):
    text = "The vote is scheduled for 3 p.m. Friday."
    assert times_of(nlp, text) == [("3 p.m. Friday", "TIME", "2025-09-05T15:00")]


def test_range_ends_share_the_year():
    text = "The forum, held from August 31 to September 1, 2025, closed with a declaration."
    found = [(t.text, t.value) for t in find_times(text, None, None)]
    assert found == [("August 31", "2025-08-31"), ("September 1, 2025", "2025-09-01")]


def test_dash_range_ends_share_the_year():
    text = "The conference runs August 31–September 1, 2025 in the capital."
    found = [(t.text, t.value) for t in find_times(text, None, None)]
    assert found == [("August 31", "2025-08-31"), ("September 1, 2025", "2025-09-01")]


def test_range_year_carries_forward():
    text = "Fighting raged from November 2023 to February, then eased."
    found = [(t.text, t.value) for t in find_times(text, None, ANCHOR)]
    assert found == [("November 2023", "2023-11"), ("February", "2024-02")]


def test_between_months_gives_both_ends(nlp):
    text = "The fighting was heaviest between May and June."
    assert [v for _, _, v in times_of(nlp, text)] == ["2025-05", "2025-06"]


def test_live_blog_stamp_is_not_a_time(nlp):
    text = "The envoys shook hands.\n12:12\nThe talks began at 14:30 local time."
    assert times_of(nlp, text, None) == [("14:30 local time", "TIME", "XXXX-XX-XXT14:30")]


def test_unanchored_values_keep_placeholders(nlp):
    assert times_of(nlp, "The talks resumed on Monday.", None) == [("Monday", "DATE", "XXXX-WXX-1")]
    assert times_of(nlp, "The talks resumed today.", None) == [("today", "DATE", "XXXX-XX-XX")]


def test_text_years_anchor_month_without_published():
    text = "The accord was signed in 2019. In May, both parliaments ratified it."
    values = [t.value for t in find_times(text, None, None)]
    assert values == ["2019", "2019-05"]


def test_document_anchor_prefers_published_then_dateline():
    assert document_anchor("2025-09-01T08:30:00Z", "text") == dt.date(2025, 9, 1)
    assert document_anchor("Mon, 01 Sep 2025 10:00:00 GMT", "text") == dt.date(2025, 9, 1)
    assert document_anchor("not a date", "text") is None
    assert document_anchor(None, "GENEVA, March 3, 2024 — Talks resumed.") == dt.date(2024, 3, 3)
    assert document_anchor(None, "Talks resumed on Monday.") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05", ("2025-05-01", "2025-05-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2025-W36", ("2025-09-01", "2025-09-07")),
        ("2025-W36-WE", ("2025-09-06", "2025-09-07")),
        ("2025-Q3", ("2025-07-01", "2025-09-30")),
        ("2025-H1", ("2025-01-01", "2025-06-30")),
        ("2025-WI", ("2025-12-01", "2026-02-28")),
        ("2025", ("2025-01-01", "2025-12-31")),
        ("199X", ("1990-01-01", "1999-12-31")),
        ("2025-09-01T12:12", ("2025-09-01", "2025-09-01")),
        ("PRESENT_REF", None),
        ("P3D", None),
        ("XXXX-WXX-1", None),
    ],
)
def test_value_to_range(value, expected):
    assert value_to_range(value) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "In", "May", "2025", "the", "talks", "last", "week", "three", "days", "ago", "on", "Friday", ",", "-",
    "every", "Monday", "since", "August", "31", "to", "September", "1", "12:12", "\n", "p.m.", "now", "quarter",
]), max_size=25))
def test_spans_always_match_the_text(words):
    text = " ".join(words)
    for anchor in (None, ANCHOR):
        found = find_times(text, None, anchor)
        assert [t.start for t in found] == sorted(t.start for t in found)
        for t in found:
            assert 0 <= t.start < t.end <= len(text)
            assert text[t.start:t.end] == t.text
            assert t.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire was agreed in March 2022. Later that year, talks collapsed.",
         [("March 2022", "DATE", "2022-03"), ("Later that year", "DATE", "2022")]),
        ("The envoy arrived on June 4, 2024. The following day he met the president.",
         [("June 4, 2024", "DATE", "2024-06-04"), ("The following day", "DATE", "2024-06-05")]),
        ("Exports fell in the second quarter of 2023. Results for that quarter were weak.",
         [("the second quarter of 2023", "DATE", "2023-Q2"), ("that quarter", "DATE", "2023-Q2")]),
    ],
)
def test_anaphoric_units_follow_the_last_date(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_anaphor_without_any_date_keeps_placeholders(nlp):
    assert times_of(nlp, "That year, the war ended.", None) == [("That year", "DATE", "XXXX")]


def test_second_day_of_a_month(nlp):
    text = "The summit will be held on April 24 and 25."
    assert times_of(nlp, text) == [("April 24", "DATE", "2026-04-24"), ("25", "DATE", "2026-04-25")]
    text = "The talks ran from May 3 to 5, 2024."
    assert times_of(nlp, text) == [("May 3", "DATE", "2024-05-03"), ("5, 2024", "DATE", "2024-05-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Past tense, but the verb looks ahead: the Thursday after the Wednesday anchor.
        ("The court has scheduled a hearing Thursday.", [("Thursday", "DATE", "2025-09-04")]),
        ("The minister said he would travel to Paris Thursday.", [("Thursday", "DATE", "2025-09-04")]),
    ],
)
def test_weekday_after_verbs_that_look_ahead(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce lasted only six months.", [("six months", "DURATION", "P6M")]),
        ("Earlier Friday, the envoys met in Doha.", [("Friday", "DATE", "2025-08-29")]),
        ("In today's world, alliances shift quickly.", [("today", "DATE", "PRESENT_REF")]),
        ("The prisoners were soon released.", []),
        ("Revenue rose 4% for the year.", [("the year", "DATE", "2025")]),
        ("Growth could pick up in next year's first quarter.", [("next year's first quarter", "DATE", "2026-Q1")]),
    ],
)
def test_extents_and_generic_uses(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
         [("about 10:35 a.m.", "TIME", "2025-08-29T10:35"), ("Friday", "DATE", "2025-08-29")]),
        ("The offer had been scheduled to expire at midnight Friday.",
         [("midnight Friday", "TIME", "2025-08-29T24:00")]),
        ("The talks began on Monday. At 3 p.m., the envoys left.",
         [("Monday", "DATE", "2025-09-01"), ("3 p.m.", "TIME", "2025-09-01T15:00")]),
        ("Peacekeepers will stay for a while.", [("a while", "DURATION", "PXX")]),
    ],
)
def test_clock_times_and_vague_durations(nlp, text, expected):
    assert times_of(nlp, text) == expected


def test_quoted_programme_title_is_not_a_time(nlp):
    assert times_of(nlp, 'The envoy spoke on the "This Week" programme.') == []
    assert times_of(nlp, "The envoy spoke this week.") == [("this week", "DATE", "2025-W36")]




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The merger should save Orvane Foods $40 million a year.", []),
        ("Brightair will add four flights a week to Port Selva.", []),
        ("Sales are expected to rise 6% annually.", []),
        # Not a rate: a span of time, and a comparison counted back from the anchor.
        ("The strike lasted a year.", [("a year", "DURATION", "P1Y")]),
        ("Profit fell to $3 million from $5 million a year ago.", [("a year ago", "DATE", "2024")]),
    ],
)
def test_rate_units_are_not_times(nlp, text, expected):
    assert times_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dalmer market opens on Tuesdays.", [("Tuesdays", "SET", "XXXX-WXX-2")]),
        ("Ferries to Oskel run on Monday and Thursday nights.",
         [("Monday", "SET", "XXXX-WXX-1TNI"), ("Thursday nights", "SET", "XXXX-WXX-4TNI")]),
        ("The council meets every Friday morning.", [("every Friday morning", "SET", "XXXX-WXX-5TMO")]),
        ("Inspectors visit the mine every other week.", [("every other week", "SET", "P2W")]),
        # One past day each, not a recurrence.
        ("The envoy left on Monday and returned Thursday.",
         [("Monday", "DATE", "2025-09-01"), ("Thursday", "DATE", "2025-08-28")]),
    ],
)
def test_recurring_weekdays_are_sets(nlp, text, expected):
    assert times_of(nlp, text) == expected
