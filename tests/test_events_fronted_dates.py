"""Events: a time fronted before the main clause ("In 2019, ...", "Late on Sunday, ...") dates the events
of the clauses that share the main clause's time; never a plan, a relative clause or an ongoing state."""

from __future__ import annotations

import pytest


def _dates(record, etype: str) -> list[tuple[str | None, str | None]]:
    return [(ev.date.start, ev.date.end) if ev.date else (None, None) for ev in record.events if ev.type == etype]


@pytest.mark.issue(11)
def test_events_a_fronted_year_bounds_what_the_report_tells_in_the_past_perfect(extract_unfiltered) -> None:
    # The arrest came before the saying, which may be early in 2019: done by the year's end, not in it.
    record = extract_unfiltered("In 2019, prosecutors said police had arrested Ivan Petrov in Sofia.",
                                published="2024-03-14")
    assert _dates(record, "COERCE") == [(None, "2019-12-31")]


@pytest.mark.issue(11)
def test_events_a_fronted_month_bounds_a_reported_threat_in_the_past_perfect(extract_unfiltered) -> None:
    record = extract_unfiltered("In March 2021, Senator Maria Lopez said Governor Ivan Petrov had threatened her "
                                "staff.", published="2024-03-14")
    assert _dates(record, "THREATEN") == [(None, "2021-03-31")]


@pytest.mark.issue(11)
def test_events_a_fronted_month_bounds_a_reported_past_perfect_by_publication(extract_unfiltered) -> None:
    record = extract_unfiltered("Earlier this month, Senator Lena Brandt said she had endorsed Governor Tom Reyes.",
                                published="2024-03-14")
    assert _dates(record, "SUPPORT") == [(None, "2024-03-14")]


@pytest.mark.issue(11)
def test_events_a_fronted_year_dates_a_reported_act_in_the_simple_past(extract_unfiltered) -> None:
    record = extract_unfiltered("In 2019, prosecutors said police arrested Ivan Petrov in Sofia.",
                                published="2024-03-14")
    assert _dates(record, "COERCE") == [("2019-01-01", "2019-12-31")]


@pytest.mark.issue(11)
def test_events_a_fronted_day_dates_what_a_participle_clause_writes(extract_unfiltered) -> None:
    record = extract_unfiltered("Late on Sunday, Maria Lopez sent a message to her followers, writing “Forgive me, "
                                "Ivan Petrov.”", published="2024-03-14")
    assert _dates(record, "SUPPORT") == [("2024-03-10", "2024-03-10")]


@pytest.mark.issue(11)
def test_events_a_fronted_time_does_not_date_a_plan(extract_unfiltered) -> None:
    record = extract_unfiltered("On Monday, Maria Lopez said she would meet Ivan Petrov in Madrid.",
                                published="2024-03-14")
    dates = _dates(record, "AGREE") + _dates(record, "CONSULT")
    assert dates and all(start is None for start, _ in dates), dates


@pytest.mark.issue(11)
def test_events_a_fronted_time_does_not_date_a_relative_clause(extract_unfiltered) -> None:
    record = extract_unfiltered("In 2018, Ivan Petrov met Maria Lopez, who had criticized him in a speech.",
                                published="2024-03-14")
    assert _dates(record, "CONSULT") == [("2018-01-01", "2018-12-31")]
    assert all(start is None for start, _ in _dates(record, "ACCUSE"))


@pytest.mark.issue(11)
def test_events_a_fronted_time_does_not_date_an_ongoing_state(extract_unfiltered) -> None:
    record = extract_unfiltered("In 2019, the mayor said protesters have attacked the city hall for years.",
                                published="2024-03-14")
    assert all(start is None for start, _ in _dates(record, "ASSAULT"))


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Speaking at a rally in Varna on Tuesday, Senator Ivan Petrov criticized Governor Anna Berg.",
    "Senator Ivan Petrov, in an interview on Tuesday, criticized Governor Anna Berg.",
])
def test_events_an_occasion_set_before_the_verb_dates_the_act(extract, text) -> None:
    # A fronted participle clause or a parenthetical on the subject tells the occasion of the act.
    record = extract(text, published="2024-03-14")
    assert _dates(record, "ACCUSE") == [("2024-03-12", "2024-03-12")]


@pytest.mark.issue(11)
def test_events_a_perfect_participle_before_the_verb_does_not_date_the_act(extract_unfiltered) -> None:
    record = extract_unfiltered("Having won the primary on Tuesday, Senator Ivan Petrov criticized Governor Anna "
                                "Berg.", published="2024-03-14")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start != "2024-03-12" for start, _ in dates)


@pytest.mark.issue(11)
def test_events_a_fronted_time_dates_a_where_clause_on_the_occasion(extract_unfiltered) -> None:
    record = extract_unfiltered("In 2019, the two leaders travelled to Geneva, where Ivan Petrov met Maria Lopez.",
                                published="2024-03-14")
    assert _dates(record, "CONSULT") and all(d == ("2019-01-01", "2019-12-31") for d in _dates(record, "CONSULT"))


@pytest.mark.issue(11)
def test_events_a_fronted_year_dates_what_a_participle_clause_tells(extract_unfiltered) -> None:
    record = extract_unfiltered("In 2019, Maria Lopez left the party, telling reporters that she endorsed Ivan "
                                "Petrov.", published="2024-03-14")
    assert _dates(record, "SUPPORT") == [("2019-01-01", "2019-12-31")]


@pytest.mark.issue(11)
@pytest.mark.parametrize("opening", ["Since 2019", "From 2019 to 2021"])
def test_events_a_fronted_bound_or_period_does_not_date_a_reported_act(extract_unfiltered, opening) -> None:
    record = extract_unfiltered(f"{opening}, prosecutors said police had arrested Ivan Petrov in Sofia.",
                                published="2024-03-14")
    dates = _dates(record, "COERCE")
    assert dates and all(d != ("2019-01-01", "2019-12-31") for d in dates), dates


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Senator Lena Brandt criticized Governor Tom Reyes in a statement about the 2016 election.",
    "Senator Lena Brandt criticized Governor Tom Reyes at a hearing on the 2008 crisis.",
    "Senator Lena Brandt, in a reference to the 2016 race, criticized Governor Tom Reyes.",
])
def test_events_a_time_of_the_topic_does_not_date_the_act(extract_unfiltered, text) -> None:
    # The year names what the statement or hearing is about, not when the act was done.
    dates = _dates(extract_unfiltered(text, published="2024-03-14"), "ACCUSE")
    assert dates and all(start is None for start, _ in dates), dates


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Facing a confidence vote on Friday, Governor Tom Reyes criticized Senator Lena Brandt.",
    "Looking back at the election in 2016, Senator Lena Brandt criticized Governor Tom Reyes.",
])
def test_events_a_fronted_participle_of_no_occasion_does_not_date_the_act(extract_unfiltered, text) -> None:
    # Facing a vote or looking back tells no occasion the act was done at: its time is not the act's.
    dates = _dates(extract_unfiltered(text, published="2024-03-14"), "ACCUSE")
    assert dates and all(start is None for start, _ in dates), dates


@pytest.mark.issue(11)
def test_events_heading_into_a_dated_vote_does_not_date_the_endorsement(extract_unfiltered) -> None:
    record = extract_unfiltered("Heading into the primary on March 5, Senator Lena Brandt endorsed Governor Tom "
                                "Reyes.", published="2024-03-14")
    dates = _dates(record, "SUPPORT")
    assert dates and all(start is None for start, _ in dates), dates


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Addressing supporters in Varna on Tuesday, Senator Ivan Petrov criticized Governor Anna Berg.",
    "Senator Ivan Petrov criticized Governor Anna Berg in a Tuesday interview.",
])
def test_events_an_occasion_of_speech_still_dates_the_act(extract_unfiltered, text) -> None:
    assert _dates(extract_unfiltered(text, published="2024-03-14"), "ACCUSE") == [("2024-03-12", "2024-03-12")]
