"""Events: dates from the event's own time expression; durations date nothing."""

from __future__ import annotations

import pytest


def _judged(record) -> list:
    """The events the learned quote judgements made."""
    return [ev for ev in record.events if ev.explanation and ev.explanation.rule == "quote_judgement"]


def _dates(record, etype: str) -> list[tuple[str | None, str | None]]:
    return [(ev.date.start, ev.date.end) if ev.date else (None, None) for ev in record.events if ev.type == etype]


@pytest.mark.issue(11)
def test_events_noun_keeps_its_own_date_over_the_verbs(extract) -> None:
    record = extract("Kenya criticised Somalia on Tuesday over the 2019 attack on its embassy.",
                     published="2024-03-14")
    assert ("2019-01-01", "2019-12-31") in _dates(record, "ASSAULT")
    assert ("2024-03-12", "2024-03-12") in _dates(record, "ACCUSE")


@pytest.mark.issue(11)
def test_events_duration_does_not_date_an_ongoing_event_on_publication_day(extract) -> None:
    record = extract("Kenya has protested against the dam for three years.", published="2024-03-14")
    assert _dates(record, "PROTEST") == [(None, "2024-03-14")]


@pytest.mark.issue(11)
def test_events_present_perfect_is_on_or_before_publication(extract) -> None:
    record = extract("Kenya has repeatedly criticized Somalia over the border dispute.", published="2024-03-14")
    assert _dates(record, "ACCUSE") == [(None, "2024-03-14")]


@pytest.mark.issue(11)
def test_events_since_a_date_is_only_a_bound_up_to_publication(extract) -> None:
    # "since X" tells a period running up to now: no day of the event (issue #11).
    record = extract("The two delegations have met three times since January 20.", published="2024-03-14")
    assert _dates(record, "CONSULT") == [(None, "2024-03-14")]


@pytest.mark.issue(11)
def test_events_past_passive_is_on_or_before_publication(extract) -> None:
    record = extract("The fisheries agreement was signed by Peru and Chile in Lima.", published="2024-03-14")
    assert (None, "2024-03-14") in _dates(record, "SUPPORT")


@pytest.mark.issue(11)
def test_events_future_without_a_time_gets_no_publication_day(extract) -> None:
    # Nothing says when the signing will be: no date at all ("start" alone would read as that very day).
    record = extract("Ruritania will meet Borduria for talks on the fisheries dispute.", published="2024-03-14")
    dates = _dates(record, "CONSULT")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_ongoing_present_progressive_gets_no_publication_day(extract) -> None:
    record = extract("Prosecutors in Ruritania are investigating Mayor Ivan Petrov over the contracts.",
                     published="2024-03-14")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_now_does_not_date_an_ongoing_state(extract) -> None:
    record = extract("Ivan Petrov now openly supports Anna Berg.", published="2024-03-14")
    dates = _dates(record, "SUPPORT")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_fronted_time_dates_the_coordinated_verb(extract) -> None:
    record = extract("In early March, a gunman shot and wounded three people at a factory near Port Ivanov.",
                     published="2024-04-10")
    assert _dates(record, "ASSAULT") == [("2024-03-01", "2024-03-31")]


@pytest.mark.issue(11)
def test_events_fronted_time_dates_the_subordinate_clause(extract) -> None:
    record = extract("In February, a gunman killed five people at a mall in Port Ivanov before a police officer "
                     "shot the gunman.", published="2024-04-10")
    dates = _dates(record, "ASSAULT")
    assert len(dates) == 2 and set(dates) == {("2024-02-01", "2024-02-29")}


@pytest.mark.issue(11)
def test_events_reported_event_does_not_take_the_date_of_saying(extract) -> None:
    record = extract("Ivan Petrov said on Tuesday that rebels had attacked the convoy near Port Ivanov.",
                     published="2024-03-14")
    dates = _dates(record, "ASSAULT")
    assert dates and ("2024-03-12", "2024-03-12") not in dates


@pytest.mark.issue(11)
def test_events_fronted_time_dates_a_gerund_after_a_preposition(extract) -> None:
    record = extract("In early March, rebels attacked a convoy near Port Ivanov before killing a police officer "
                     "in Ruritania.", published="2024-04-10")
    dates = _dates(record, "ASSAULT")
    assert len(dates) == 2 and set(dates) == {("2024-03-01", "2024-03-31")}


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "last"), [
    ("Ivan Petrov met Anna Berg before March 5 in Port Ivanov.", "2024-03-04"),
    ("Ruritania and Borduria had reached a fisheries agreement by March 5.", "2024-03-05"),
])
def test_events_before_or_by_a_day_is_not_that_day(extract, text, last) -> None:
    record = extract(text, published="2024-03-14")
    dates = [d for ev in record.events if ev.date for d in [(ev.date.start, ev.date.end)]]
    assert dates and all(start is None and end == last for start, end in dates), dates


@pytest.mark.issue(11)
def test_events_after_a_day_runs_up_to_publication(extract) -> None:
    record = extract("Ivan Petrov met Anna Berg after March 5 in Port Ivanov.", published="2024-03-14")
    assert _dates(record, "CONSULT") == [("2024-03-06", "2024-03-14")]


@pytest.mark.issue(11)
def test_events_speech_act_in_progress_is_on_publication_day(extract) -> None:
    # "is calling on" reports a demand being made as the story is told: the day of publication.
    record = extract("The opposition alliance is calling on Prime Minister Ivan Petrov to resign over the "
                     "harbour contracts.", published="2024-03-14")
    assert _dates(record, "REQUEST") == [("2024-03-14", "2024-03-14")]


@pytest.mark.issue(11)
def test_events_fronted_time_before_a_present_report_dates_the_reported_event(extract) -> None:
    # "say" is now: the fronted Tuesday can only be when the shooting happened.
    record = extract("On Tuesday, police say a gunman shot two guards outside the Ruritanian embassy.",
                     published="2024-03-14")
    assert _dates(record, "ASSAULT") == [("2024-03-12", "2024-03-12")]


@pytest.mark.issue(11)
def test_events_time_of_a_past_report_does_not_date_the_reported_event(extract) -> None:
    record = extract("On Tuesday, police said a gunman had shot two guards outside the Ruritanian embassy.",
                     published="2024-03-14")
    dates = _dates(record, "ASSAULT")
    assert dates and all(start != "2024-03-12" for start, _ in dates)


@pytest.mark.issue(11)
def test_events_concessive_clause_does_not_share_the_main_clause_date(extract) -> None:
    # "despite being criticized": the criticism came before; Wednesday is the closure's day.
    record = extract("The carmaker on Wednesday closed its plant despite being criticized by Governor Anna Berg.",
                     published="2024-03-14")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start != "2024-03-13" for start, _ in dates)


@pytest.mark.issue(11)
def test_events_speaker_going_on_keeps_the_date_of_the_interview(extract) -> None:
    # "He criticized ..." goes on telling what the senator said in Thursday's interview.
    record = extract("\"We will not back down,\" Senator Ivan Petrov told reporters on Thursday.\n\n"
                     "He criticized Governor Anna Berg over the harbour contracts.", published="2024-03-16")
    assert _dates(record, "ACCUSE") == [("2024-03-14", "2024-03-14")]


@pytest.mark.issue(11)
def test_events_a_date_of_another_happening_is_not_carried_on(extract) -> None:
    record = extract("The ferry sank off Port Ivanov on Thursday.\n\n"
                     "Senator Ivan Petrov criticized Governor Anna Berg over the harbour contracts.",
                     published="2024-03-16")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_named_speaker_going_on_keeps_the_day_of_the_lead(extract) -> None:
    # "Petrov also criticized ..." goes on telling what he did on Tuesday, the day the lead gives.
    record = extract("Senator Ivan Petrov on Tuesday rejected the harbour plan drafted by the port authority.\n\n"
                     "\"This plan is a disgrace,\" he said. \"We deserve better.\"\n\n"
                     "Petrov also criticized Governor Anna Berg over the contracts.", published="2024-03-14")
    assert _dates(record, "ACCUSE") == [("2024-03-12", "2024-03-12")]


@pytest.mark.issue(11)
def test_events_named_speaker_going_on_after_a_possessive_day(extract) -> None:
    record = extract("Senator Ivan Petrov used Tuesday's debate to defend his record on the harbour.\n\n"
                     "\"I have nothing to hide,\" he said.\n\n"
                     "Petrov criticized Governor Anna Berg over the harbour contracts.", published="2024-03-14")
    assert _dates(record, "ACCUSE") == [("2024-03-12", "2024-03-12")]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "\"Prime Minister Ivan Petrov must resign at once,\" Governor Anna Berg said in a statement on Tuesday.",
    "Governor Anna Berg said on Tuesday that Prime Minister Ivan Petrov should resign.",
    "Governor Anna Berg met union leaders on Tuesday and said Prime Minister Ivan Petrov should resign.",
    "The Berg campaign filed papers on Tuesday and declared it would seek a new count of the northern "
    "ballots.",
])
def test_events_demand_in_what_is_said_is_made_when_it_is_said(extract, text) -> None:
    # The demand is the saying itself: it is made on the day the statement is dated.
    record = extract(text, published="2024-03-14")
    assert _dates(record, "REQUEST") == [("2024-03-12", "2024-03-12")]


@pytest.mark.issue(11)
def test_events_other_subject_does_not_take_the_day_of_the_lead(extract) -> None:
    record = extract("Senator Ivan Petrov on Tuesday rejected the harbour plan drafted by the port authority.\n\n"
                     "Governor Anna Berg criticized the port authority over the contracts.", published="2024-03-14")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_named_person_in_what_is_said_does_not_take_the_day_of_the_lead(extract) -> None:
    record = extract("Senator Ivan Petrov on Tuesday rejected the harbour plan drafted by the port authority.\n\n"
                     "\"Petrov attacked our members,\" Governor Anna Berg said.", published="2024-03-14")
    assert all(start != "2024-03-12" for ev in record.events if ev.type != "REJECT"
               for start, _ in [(ev.date.start, ev.date.end) if ev.date else (None, None)])


@pytest.mark.issue(11)
def test_events_speech_act_joined_in_the_present_progressive_is_on_publication_day(extract) -> None:
    # "is joining X in calling for": the call is being made as the story is told.
    record = extract("The opposition alliance is joining Governor Anna Berg in calling for an inquiry into the "
                     "harbour contracts.", published="2024-03-14")
    assert _dates(record, "REQUEST") == [("2024-03-14", "2024-03-14")]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "In a statement on Tuesday, Ruritania condemned Borduria over the border clash.",
    "At a rally in Varna on Tuesday, Senator Ivan Petrov criticized Governor Anna Berg.",
    "Senator Ivan Petrov criticized Governor Anna Berg during a televised debate on Tuesday night.",
    "Senator Ivan Petrov, speaking to reporters on Tuesday, criticized Governor Anna Berg.",
])
def test_events_time_of_the_occasion_of_the_act_dates_it(extract, text) -> None:
    # The statement, rally, debate or interview the act is made at is dated: so is the act.
    record = extract(text, published="2024-03-14")
    assert _dates(record, "ACCUSE") == [("2024-03-12", "2024-03-12")]


@pytest.mark.issue(11)
def test_events_time_of_a_past_participle_on_the_subject_does_not_date_the_act(extract) -> None:
    # "elected on March 3, 2019" tells of the senator, not of when he criticized.
    record = extract("Senator Ivan Petrov, elected on March 3, 2019, criticized Governor Anna Berg.",
                     published="2024-03-14")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None or not start.startswith(("2024-03-03", "2019")) for start, _ in dates)


@pytest.mark.issue(11)
def test_events_time_of_a_subordinate_clause_does_not_date_the_main_verb(extract) -> None:
    # "last week" is when he spoke at the briefing, not when he was criticized.
    record = extract("Governor Ilse Brandt has been criticized by the unions, though at a briefing last week "
                     "she defended the cuts.", published="2024-03-14")
    dates = _dates(record, "ACCUSE")
    assert dates and all(start is None for start, _ in dates)


@pytest.mark.issue(11)
def test_events_when_clause_takes_the_time_of_the_occasion_it_describes(extract) -> None:
    record = extract("Critics recalled the fair in Carvel on Monday, when Petrov accused Dragan of lying.",
                     published="2024-03-14")
    assert ("2024-03-11", "2024-03-11") in _dates(record, "ACCUSE")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("body", "day"), [
    ('"Karl Odeon is weak, dishonest and corrupt," Mayor Ines Varga said on Tuesday.', "2024-03-12"),
    ("Mayor Ines Varga on Monday told reporters the harbour plan was dead.\n\n"
     '"Karl Odeon is weak, dishonest and corrupt," Varga said.', "2024-03-11"),
])
def test_events_judgement_in_a_quote_is_dated_by_its_saying(extract, body, day) -> None:
    record = extract("Harbour row deepens in Oskarby\n\n" + body + "\n\nThe council meets again next month.",
                     published="2024-03-14")
    judged = _judged(record)
    assert judged and all(ev.date and (ev.date.start, ev.date.end) == (day, day) for ev in judged), judged


@pytest.mark.issue(11)
def test_events_noun_after_a_time_preposition_does_not_take_its_clause_time(extract) -> None:
    # The attack came before the criticism: Tuesday is the criticism's day only.
    record = extract("After the bombing of its embassy, Kenya criticised Somalia on Tuesday.", published="2024-03-14")
    assert ("2024-03-12", "2024-03-12") in _dates(record, "ACCUSE")
    assert ("2024-03-12", "2024-03-12") not in _dates(record, "ASSAULT")


@pytest.mark.issue(11)
@pytest.mark.parametrize("period", ["over the past week", "in the past month", "during the last week"])
def test_events_the_past_period_runs_up_to_publication(extract, period) -> None:
    # "over the past week": some time in the days up to the story, not the calendar week before it.
    record = extract(f"Police in Oskarby arrested forty protesters {period}.", published="2024-03-14")
    dates = _dates(record, "COERCE")
    assert dates and all(start is None for start, _ in dates), dates


@pytest.mark.issue(11)
def test_events_a_later_time_of_a_planned_act_does_not_date_the_past_agreement(extract) -> None:
    record = extract("The fire chiefs of Leeds and York met in Leeds, and the two services agreed to run a joint "
                     "exercise next year.", published="2024-03-14")
    assert all(start is None or start <= "2024-03-14" for start, _ in _dates(record, "CONSULT"))
    assert all(start is None or start <= "2024-03-14" for start, _ in _dates(record, "AGREE"))


@pytest.mark.issue(11)
def test_events_an_invitation_is_not_dated_by_the_visit_it_asks_for(extract) -> None:
    record = extract("The Danish minister invited her Estonian counterpart to visit Copenhagen later this year.",
                     published="2024-03-14")
    assert _dates(record, "REQUEST") == [(None, "2024-03-14")]


@pytest.mark.issue(11)
def test_events_quote_of_a_speaker_named_in_a_when_clause_of_a_dated_lead(extract) -> None:
    # "The hall fell silent Thursday, when Petrov spoke out": what Petrov says next was said that day.
    record = extract("Harbour row deepens in Oskarby\n\n"
                     "The hall fell silent on Thursday when Mayor Ines Varga spoke out about the harbour plan.\n\n"
                     '"Karl Odeon is weak, dishonest and corrupt," Varga said.', published="2024-03-16")
    judged = _judged(record)
    assert judged and all(ev.date and (ev.date.start, ev.date.end) == ("2024-03-14", "2024-03-14")
                          for ev in judged), judged


@pytest.mark.issue(11)
def test_events_quote_said_by_a_pronoun_after_a_dated_act_of_a_named_person(extract) -> None:
    # "Varga used Tuesday's debate to ... . '...,' she said": the saying is part of that day's act (same
    # paragraph; rule person_acted_that_day).
    record = extract("Harbour row deepens in Oskarby\n\n"
                     "Senator Ivan Petrov took the chance during Tuesday's debate to defend his harbour plan. "
                     '"Karl Odeon is weak, dishonest and corrupt," he said.', published="2024-03-14")
    judged = _judged(record)
    assert judged and all(ev.date and (ev.date.start, ev.date.end) == ("2024-03-12", "2024-03-12")
                          for ev in judged), judged


@pytest.mark.issue(11)
def test_events_quote_said_by_a_pronoun_after_another_happening_is_not_dated(extract) -> None:
    record = extract("Harbour row deepens in Oskarby\n\n"
                     "Senator Ivan Petrov spoke at the harbour.\n\nThe ferry sank off Port Ivanov on Tuesday.\n\n"
                     '"Karl Odeon is weak, dishonest and corrupt," he said.', published="2024-03-14")
    judged = _judged(record)
    assert all(not (ev.date and ev.date.start) for ev in judged), judged


@pytest.mark.issue(11)
def test_events_named_speaker_going_on_past_a_now_keeps_the_day_of_the_lead(extract) -> None:
    # "now" names no calendar time: the nearest day told before is still the lead's.
    record = extract("Harbour row deepens in Oskarby\n\n"
                     "Mayor Ines Varga on Tuesday rejected the harbour plan drafted by the port authority.\n\n"
                     '"We are angry now," Varga said.\n\n'
                     '"Karl Odeon is weak, dishonest and corrupt," Varga said.', published="2024-03-14")
    judged = _judged(record)
    assert judged and all(ev.date and (ev.date.start, ev.date.end) == ("2024-03-12", "2024-03-12")
                          for ev in judged), judged


@pytest.mark.issue(11)
def test_events_pronoun_speaker_a_few_quoted_sentences_on_keeps_the_day(extract) -> None:
    # Quoted sentences without a time in between tell no other happening.
    record = extract("Harbour row deepens in Oskarby\n\n"
                     "Senator Ivan Petrov took the chance during Tuesday's debate to defend his harbour plan. "
                     '"I have no problem with questions," he said. "I have a problem with lies. We built the '
                     'quay. We paid the workers. Karl Odeon is weak, dishonest and corrupt," he said.',
                     published="2024-03-14")
    judged = _judged(record)
    assert judged and all(ev.date and (ev.date.start, ev.date.end) == ("2024-03-12", "2024-03-12")
                          for ev in judged), judged



@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    # The pronoun is another person, named after the dated act.
    "Senator Anna Marek toured the shipyard on Monday. Its owner, Ivan Petrov, has struggled with debt. "
    "He accused Governor Tom Baker of cutting his credit.",
    # Another person is named as a subject in between.
    "Senator Anna Marek toured the shipyard on Monday. Ivan Petrov runs the yard. "
    "He accused Governor Tom Baker of cutting his credit.",
    # A paragraph break: the pronoun no longer goes on with the dated act.
    "Senator Ivan Petrov toured the shipyard on Monday.\n\n"
    "He accused Governor Tom Baker of cutting the yard's credit.",
])
def test_events_pronoun_speaker_takes_only_the_day_its_own_person_acted(extract, body) -> None:
    # person_acted_that_day: the dated act must be the pronoun's own person's, in the same paragraph,
    # with no other person named as a subject in between.
    record = extract(f"Harbour row deepens in Oskarby\n\n{body}", published="2024-03-13")
    assert _dates(record, "ACCUSE") and ("2024-03-11", "2024-03-11") not in _dates(record, "ACCUSE"), record.events


@pytest.mark.issue(11)
def test_events_pronoun_speaker_after_the_same_person_dated_act_takes_its_day(extract) -> None:
    record = extract("Harbour row deepens in Oskarby\n\n"
                     "Senator Ivan Petrov toured the shipyard on Monday. He accused Governor Tom Baker "
                     "of cutting the yard's credit.", published="2024-03-13")
    assert ("2024-03-11", "2024-03-11") in _dates(record, "ACCUSE"), record.events
