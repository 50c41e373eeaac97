"""Events: the electorate and the public backing or opposing someone ("most voters support X", "her
supporters voted for Y", "workers at the plant oppose Z") tell a vote or an opinion, no act of a party;
bodies, office holders and named parties who back or reject someone still act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Most voters in the county said they support Governor Alan Pryce, according to a new poll.", "SUPPORT"),
        ("Many workers at the plant oppose Senator Lisa Marlow because of her trade votes.", "REJECT"),
        ("Rural voters rejected Governor Alan Pryce in large numbers in 2014.", "REJECT"),
        ("Her supporters voted for Mayor Tom Reyes in the first round.", "SUPPORT"),
        ("Party members who backed Senator Ruth Dane in 2012 now favor her rival.", "SUPPORT"),
        ("Many of the union's members backed Senator Lisa Marlow in the last two primaries.", "SUPPORT"),
        ("Delegates in the third round are expected to back Senator Ruth Dane.", "SUPPORT"),
    ],
)
def test_events_mass_opinion_is_no_event(extract_unfiltered, text, kind) -> None:
    assert not [ev for ev in extract_unfiltered(text).events if ev.type == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The teachers' union endorsed Senator Ruth Dane on Thursday.", "SUPPORT"),
        ("Senate Republicans rejected the president's budget proposal on Tuesday.", "REJECT"),
        ("Lawmakers backed the government's plan to buy new fighter jets.", "SUPPORT"),
        ("Governor Alan Pryce backed Mayor Tom Reyes for the Senate seat on Monday.", "SUPPORT"),
        ("Members of the Democratic National Committee backed Senator Ruth Dane on Friday.", "SUPPORT"),
    ],
)
def test_events_backing_by_a_party_stays(extract_unfiltered, text, kind) -> None:
    assert [ev for ev in extract_unfiltered(text).events if ev.type == kind]


def test_events_mass_opinion_light_reading_is_no_event(extract_unfiltered) -> None:
    record = extract_unfiltered("A survey showed that 58 percent of independents supported her call for a new bridge toll.")
    assert not [ev for ev in record.events if ev.type == "SUPPORT"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    # Backers named by whom they back are no members of a party acting for it ("Reyes supporters").
    "Party leaders are confident that Reyes supporters will eventually back Senator Ruth Dane in the fall.",
    # A participle of backing tells of the noun it qualifies ("voters backing X").
    "The poll found strong support among Marlow voters, with 71 percent of Marlow voters backing Governor Alan Pryce.",
    # A share of a people answering a poll ("45 percent of Mexican Americans saying they will support X").
    "With 45 percent of Mexican Americans saying they will support Governor Alan Pryce, the race is close.",
])
def test_events_poll_shares_and_backers_of_a_candidate_are_no_event(extract_unfiltered, text) -> None:
    assert not [ev for ev in extract_unfiltered(text).events if ev.type in ("SUPPORT", "AGREE")]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    # A people's share placed in a body is of its members, who vote as the body ("Democrats in the Senate").
    "About 40 percent of Democrats in the Senate voted to reject Judge Amara Osei on Thursday.",
    "Some 70 percent of Republicans in the House opposed Speaker Dana Kirk on the first ballot.",
])
def test_events_a_share_of_a_body_s_members_still_acts(extract_unfiltered, text) -> None:
    assert [ev for ev in extract_unfiltered(text).events if ev.type in ("REJECT", "DISAPPROVE")]
