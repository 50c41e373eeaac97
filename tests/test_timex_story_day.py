"""The story's own day from a dateline that gives month and day, filed a day or two before the published date."""

import datetime as dt

from sidelines.timex import document_anchor, find_times


def test_dateline_day_before_published_is_the_anchor() -> None:
    text = "NAIROBI, March 4 (Reuters) --\n\nThe minister resigned today after a week of protests."
    assert document_anchor("2024-03-05", text) == dt.date(2024, 3, 4)


def test_dateline_day_resolves_today_and_weekdays() -> None:
    text = "LIMA, June 6 (Andina) --\n\nPeru's congress on Thursday approved the budget. The vote ends today."
    anchor = document_anchor("2024-06-07", text)
    values = {t.text: t.value for t in find_times(text, None, anchor)}
    assert values["today"] == "2024-06-06"
    assert values["Thursday"] == "2024-06-06"


def test_dateline_across_new_year() -> None:
    text = "OSLO, December 31 (NTB) --\n\nNorway's king gave his address."
    assert document_anchor("2025-01-01", text) == dt.date(2024, 12, 31)


def test_dateline_same_day_or_far_keeps_published() -> None:
    same = "ROME, May 2 (ANSA) --\n\nItaly's cabinet met."
    assert document_anchor("2024-05-02", same) == dt.date(2024, 5, 2)
    far = "ROME, April 2 (ANSA) --\n\nItaly's cabinet met."
    assert document_anchor("2024-05-02", far) == dt.date(2024, 5, 2)


def test_date_later_in_text_is_no_dateline() -> None:
    text = "The cabinet met. It said that on May 1 (a holiday) -- no one came."
    assert document_anchor("2024-05-02", text) == dt.date(2024, 5, 2)
