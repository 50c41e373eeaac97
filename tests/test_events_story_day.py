"""Events: the story day a news report's lede dates, for the undated past acts told after it (rule story_day)."""

from __future__ import annotations

import pytest

LEDE = "Dockworkers walked off the job at the harbour of Port Ivanov on Wednesday.\n\n"


def _dated(record, word: str) -> list[tuple[str | None, str | None, str | None]]:
    """(start, end, date decision) of the events whose evidence holds ``word``."""
    return [((ev.date.start, ev.date.end) if ev.date else (None, None)) + (
        ev.explanation.decisions.get("date") if ev.explanation else None,)
        for ev in record.events if ev.evidence and word in ev.evidence[0].text]


@pytest.mark.issue(11)
def test_events_lede_day_dates_a_later_undated_act_on_its_sides(extract) -> None:
    record = extract(LEDE + "The coast guard arrested the dockworkers' leader.", published="2024-03-14")
    assert _dated(record, "arrested") == [("2024-03-13", "2024-03-13", "story_day: 2024-03-13")]


@pytest.mark.issue(11)
def test_events_lede_day_dates_a_reaction_to_the_happening(extract) -> None:
    record = extract("Ruritania expelled three Bordurian diplomats on Tuesday.\n\n"
                     "The Bordurian army condemned the expulsions.", published="2024-03-14")
    assert ("2024-03-12", "2024-03-12", "story_day: 2024-03-12") in _dated(record, "condemned")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "published"), [
    # The past perfect was done before the story.
    (LEDE + "The coast guard had arrested the dockworkers' leader.", "2024-03-14"),
    # Another time told in between starts another happening.
    (LEDE + "The harbour was built in 1870.\n\nThe coast guard arrested the dockworkers' leader.", "2024-03-14"),
    # A lede day weeks before publication is background, not the story's day.
    (LEDE.replace("Wednesday", "March 2"), "2024-03-30"),
    # A planned day is no day of a happening.
    ("Dockworkers will walk off the job at the harbour of Port Ivanov on Friday.\n\n"
     "The coast guard arrested the dockworkers' leader.", "2024-03-14"),
    # Other sides on another matter: another happening.
    (LEDE + "The coast guard arrested a smuggler near the lighthouse.", "2024-03-14"),
    # A habit, a span or an earlier occasion is not the lede's one day.
    (LEDE + "The coast guard repeatedly arrested the dockworkers' leader.", "2024-03-14"),
    (LEDE + "The coast guard arrested the dockworkers' leader every winter.", "2024-03-14"),
    (LEDE + "The coast guard arrested the dockworkers' leader during similar strikes.", "2024-03-14"),
    (LEDE + "The coast guard regularly arrested the dockworkers' leader.", "2024-03-14"),
    (LEDE + "The coast guard arrested the dockworkers' leader every weekend.", "2024-03-14"),
    # A bound in the lede ("since", "until", "after" a day) names no one day of a happening.
    ("Dockworkers have stayed off the job at the harbour of Port Ivanov since Wednesday.\n\n", "2024-03-14"),
    ("Dockworkers worked at the harbour of Port Ivanov until Wednesday.\n\n", "2024-03-14"),
    ("Dockworkers walked off the job at the harbour of Port Ivanov after Wednesday.\n\n", "2024-03-14"),
    # A name nested in a side ("at Port Ivanov") or another group of the same kind is no side of the lede's act.
    ("Dockworkers in Port Ivanov walked off the job on Wednesday.\n\n"
     "Officers at Port Ivanov Station arrested a smuggler near the lighthouse.", "2024-03-14"),
    (LEDE + "Dockworkers at another harbour arrested a smuggler.", "2024-03-14"),
])
def test_events_story_day_is_not_carried_where_the_story_does_not_go_on(extract, text, published) -> None:
    if "arrested" not in text:
        text += "The coast guard arrested the dockworkers' leader."
    record = extract(text, published=published)
    assert _dated(record, "arrested") == [(None, published, None)]


@pytest.mark.issue(11)
@pytest.mark.parametrize("plan", [
    "The harbour board will meet the union again next week.",
    "New talks are due in May.",
])
def test_events_story_day_passes_over_a_plan_told_in_between(extract, plan) -> None:
    # A time after publication tells what is to come, not another happening of the story.
    record = extract(LEDE + plan + "\n\nThe coast guard arrested the dockworkers' leader.", published="2024-03-14")
    assert _dated(record, "arrested") == [("2024-03-13", "2024-03-13", "story_day: 2024-03-13")]


@pytest.mark.issue(11)
def test_events_story_day_stops_at_a_background_time_told_in_between(extract) -> None:
    # A background time is not passed over: what follows it may go on with that earlier story.
    record = extract(LEDE + "The union was founded in 1921.\n\nThe coast guard arrested the dockworkers' leader.",
                     published="2024-03-14")
    assert _dated(record, "arrested") == [(None, "2024-03-14", None)]


@pytest.mark.issue(11)
@pytest.mark.parametrize("between", [
    "The union had called the walkout earlier this week.",
    "It was the third walkout at the harbour this month.",
])
def test_events_story_day_goes_on_past_a_lede_time_that_holds_its_day(extract, between) -> None:
    # A lede time naming no day of its own but holding the lede's day ("earlier this week") tells no other happening.
    record = extract(LEDE + between + "\n\nThe coast guard arrested the dockworkers' leader.", published="2024-03-14")
    assert _dated(record, "arrested") == [("2024-03-13", "2024-03-13", "story_day: 2024-03-13")]


@pytest.mark.issue(11)
@pytest.mark.parametrize("between", [
    "The union had called a walkout in February.",
    "It was the third walkout at the harbour last year.",
])
def test_events_story_day_stops_at_a_lede_time_that_does_not_hold_its_day(extract, between) -> None:
    record = extract(LEDE + between + "\n\nThe coast guard arrested the dockworkers' leader.", published="2024-03-14")
    assert _dated(record, "arrested") == [(None, "2024-03-14", None)]


@pytest.mark.issue(11)
def test_events_story_day_reads_the_subject_a_conjunct_shares(extract) -> None:
    # "... and arrested": the conjunct has no subject of its own; the coast guard, a side of the lede's act, acts.
    record = extract("The coast guard stopped a trawler off Port Ivanov on Wednesday.\n\n"
                     "The coast guard boarded the trawler and arrested its captain.", published="2024-03-14")
    assert _dated(record, "arrested") == [("2024-03-13", "2024-03-13", "story_day: 2024-03-13")]


@pytest.mark.issue(11)
def test_events_infinitive_an_implicative_tells_done_takes_its_date(extract) -> None:
    # "was quick to condemn": the condemning was done, on the day the lede gives (done_by_implicative, story_day).
    record = extract("Borduria fired a rocket over the strait on Tuesday.\n\n"
                     "Ruritania was quick to condemn the Bordurian rocket.", published="2024-03-14")
    assert [(s, e) for s, e, _ in _dated(record, "condemn")] == [("2024-03-12", "2024-03-12")]


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Ivan Petrov managed to meet President Lena Varga.", [(None, "2024-03-14")]),
    ("Senator Ivan Petrov wanted to meet President Lena Varga.", [(None, None)]),
    ("Senator Ivan Petrov tried to meet President Lena Varga.", [(None, None)]),
])
def test_events_only_an_implicative_tells_its_infinitive_done(extract, text, expected) -> None:
    record = extract(text, published="2024-03-14")
    assert [(s, e) for s, e, _ in _dated(record, "meet")] == expected


@pytest.mark.issue(11)
def test_events_a_standing_thing_is_no_happening_of_the_lede(extract) -> None:
    # "the agreement" stood before the lede's day: an act under it is no act of that day.
    record = extract("Ruritania expelled three Bordurian diplomats on Tuesday.\n\n"
                     "Borduria arrested a Korvian sailor under the agreement.", published="2024-03-14")
    assert [(s, e) for s, e, _ in _dated(record, "arrested")] == [(None, "2024-03-14")]


@pytest.mark.issue(11)
def test_events_a_denied_implicative_tells_no_act_done(extract) -> None:
    record = extract("Nobody dared to arrest Senator Ivan Petrov.", published="2024-03-14")
    assert [(s, e) for s, e, _ in _dated(record, "arrest")] == [(None, None)]


@pytest.mark.issue(11)
def test_events_an_act_inside_a_direct_quote_takes_no_story_day(extract) -> None:
    # The speaker tells the arrest in their own words, of some other time: not the lede's day.
    record = extract(LEDE + "\"The coast guard arrested the dockworkers' leader,\" Mira Dolan told reporters.",
                     published="2024-03-14")
    got = _dated(record, "arrested")
    assert got and all(s is None and not (d or "").startswith("story_day") for s, _, d in got)


@pytest.mark.issue(11)
@pytest.mark.parametrize("between", [
    "Earlier this week, the coast guard detained the dockworkers' leader.",
    "This month, the coast guard detained the dockworkers' leader twice.",
])
def test_events_story_day_stops_at_a_vaguer_time_of_an_act_the_act_goes_on_with(extract, between) -> None:
    # The in-between act is a happening of its own told in the simple past: what follows may go on with it.
    record = extract(LEDE + between + "\n\nThe coast guard charged the dockworkers' leader with sabotage.",
                     published="2024-03-14")
    assert _dated(record, "charged") == [(None, "2024-03-14", None)]
