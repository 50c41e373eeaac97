"""Events: a participle adjunct shares its main clause's time; "since" and a noun's own year date nothing."""

from __future__ import annotations

import pytest


def _dates(record, etype: str) -> list[tuple[str | None, str | None]]:
    return [(ev.date.start, ev.date.end) if ev.date else (None, None) for ev in record.events if ev.type == etype]


@pytest.mark.issue(11)
def test_events_since_a_time_never_dates_the_event(extract) -> None:
    record = extract("The senator has opposed the pipeline since 2015.", published="2021-03-12")
    dates = _dates(record, "REJECT")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_fronted_since_never_dates_the_event(extract) -> None:
    record = extract("Since March 1, police have arrested dozens of activists.", published="2021-03-12")
    dates = _dates(record, "COERCE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_trailing_participle_shares_the_main_clause_time(extract) -> None:
    record = extract("Troops fired on protesters in the capital on Sunday, killing four people.",
                     published="2021-03-12")
    assert _dates(record, "ASSAULT") and all(d == ("2021-03-07", "2021-03-07") for d in _dates(record, "ASSAULT"))


@pytest.mark.issue(11)
def test_events_noun_in_trailing_participle_shares_the_main_clause_time(extract) -> None:
    record = extract("Kovac visited the flooded town on Wednesday, launching a fresh attack on the government.",
                     published="2021-03-12")
    dated = [ev.date for ev in record.events if any("attack" in s.text for s in ev.evidence)]
    assert dated and all(d is not None and (d.start, d.end) == ("2021-03-10", "2021-03-10") for d in dated)


@pytest.mark.issue(11)
def test_events_year_of_another_noun_does_not_date_the_verb(extract) -> None:
    # The year is the decision's, not the criticism's.
    record = extract("Varga criticized the 2016 decision to close the mine.", published="2021-03-12")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_named_speaker_goes_on_after_a_time_parsed_under_an_infinitive(extract) -> None:
    # The time hangs (in the parse) on "examine", an infinitive without a subject of its own: the act of the
    # day is still Kovac's urging, so Kovac named again goes on that day.
    record = extract("Kovac urged an outside auditor to examine the accounts at a campaign rally in Lyon on Monday "
                     "night. Kovac also criticized the minister.", published="2021-03-12")
    assert ("2021-03-08", "2021-03-08") in _dates(record, "ACCUSE")


@pytest.mark.issue(11)
def test_events_named_speaker_never_goes_on_to_a_planned_day(extract) -> None:
    record = extract("Kovac pledged to visit the flooded villages near Lyon on March 20. Kovac also criticized "
                     "the minister.", published="2021-03-12")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Marlow declined to attend the budget session on Thursday. Marlow also accused the treasurer of hiding losses.",
    "Pereira promised to open the new clinic on Friday. Pereira also criticized the health ministry.",
])
def test_events_infinitive_time_without_an_occasion_of_saying_stays_the_infinitive(extract, text: str) -> None:
    # The time is the planned or refused act's ("to attend ... on Thursday"); no rally, interview or statement
    # comes before it in the infinitive, so the speaker named again does not go on that day.
    dates = _dates(extract(text, published="2021-03-12"), "ACCUSE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "etype", "day"), [
    ("Demonstrators stormed a Tuesday hearing of the water board.", "ASSAULT", "2021-03-09"),
    ("Union members attacked a Tuesday rally of the ruling party.", "ASSAULT", "2021-03-09"),
])
def test_events_time_before_a_gathering_noun_frames_the_act(extract, text: str, etype: str, day: str) -> None:
    # A hearing, a debate, a vote or a protest is a gathering: the act against it happens on its day.
    assert (day, day) in _dates(extract(text, published="2021-03-12"), etype)


@pytest.mark.issue(11)
def test_events_marked_clause_below_a_trailing_participle_keeps_its_own_time(extract) -> None:
    # "killing" shares Tuesday; the "because" clause below it tells an earlier act, not Tuesday's.
    record = extract("The army shelled the town on Tuesday, killing five civilians because militants attacked a "
                     "convoy.", published="2021-03-12")
    dated = [ev.date for ev in record.events if any(s.text == "attacked" for s in ev.evidence)]
    assert dated and all(d is None or d.start is None for d in dated)
    assert ("2021-03-09", "2021-03-09") in _dates(record, "ASSAULT")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Senator Anna Kovac and her allies went after Mayor Ivan Petrov's record Wednesday, accusing the mayor of "
    "hiding the debts of the city.",
    "Interior Minister Pavel Moric spoke about the bombing Wednesday, accusing the rebels of terrorism.",
])
def test_events_weekday_after_the_object_dates_a_trailing_participle(extract, text) -> None:
    # The parse hangs "Wednesday" on the object noun; a bare time after the object is the verb's, shared by the
    # participle told after it.
    record = extract(text, published="2021-03-12")
    assert ("2021-03-10", "2021-03-10") in _dates(record, "ACCUSE")


@pytest.mark.issue(11)
def test_events_time_before_a_noun_stays_that_nouns(extract) -> None:
    record = extract("Senator Ilse Marek praised the Tuesday vote, accusing Governor Tomas Brenner of stalling "
                     "before it.", published="2021-03-12")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None for start, _ in dates)
