"""Events: a vote cast by an electorate or a place ("Ashford County voted for X", "voters in Ohio voted
for Y") is an election result, no act of support; a vote of a named person or body stays one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ashford County has picked the winner in every race since 1960, voting for Paul Hallam in 2008.",
        "Voters in Lindmark voted for Senator Dana Hallam in 2012.",
        "In 1996, Ashford County voted against Governor Ruth Odell.",
        # A state or a city voting for a candidate is an electorate too.
        "The state of Ohio voted for Senator Dana Hallam in 2016.",
        "Paris voted for Mayor Anne Hidalgo in 2020.",
    ],
)
def test_events_electoral_vote_is_no_event(extract_unfiltered, text) -> None:
    assert not [ev for ev in extract_unfiltered(text).events if ev.type in ("SUPPORT", "REJECT")]


def test_events_vote_of_a_person_stays_support(extract_unfiltered) -> None:
    record = extract_unfiltered("Senator Ada Moreno voted for Paul Hallam at the convention.")
    assert [ev for ev in record.events if ev.type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        # A capital stands for its state's government, and "state" alone is no electorate.
        "Beijing voted against Kartania at the Security Council on Friday.",
        "The Gulf state of Qasra voted against Kartania at the United Nations.",
    ],
)
def test_events_vote_of_a_state_stays_an_act(extract_unfiltered, text) -> None:
    assert [ev for ev in extract_unfiltered(text).events if ev.type == "REJECT"]
