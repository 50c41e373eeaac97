"""Events: sides named by a list after "including", by a passive's "from"/"in" phrase, by the maker
of a thing acted on, and by whom a taken thing is given back to."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _has(record, name: str, roles: tuple[str, ...], etype: str | None = None) -> bool:
    return any(s.get(name) in roles for s in _sides(record, etype))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "member", "role", "etype"),
    [
        ("Several farmers' unions including the National Dairy Council and the Rural Workers Union "
         "held a rally against the new tax.", "Rural Workers Union", ("source",), "PROTEST"),
        ("Several Gulf states such as Oman and Kuwait signed the agreement with Iran on Tuesday.",
         "Kuwait", ("source", "participant"), None),
        ("The European Union imposed sanctions on six companies, including Orlova Trading.",
         "Orlova Trading", ("target",), "SANCTION"),
    ],
)
def test_events_members_listed_after_including_share_the_side(extract, text, member, role, etype) -> None:
    # "groups including A and B": A and B act (or are acted on) with the group they are listed in.
    assert _has(extract(text), member, role, etype)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "expeller", "expelled"),
    [
        ("Two British diplomats were expelled from Russia last week.", "Russia", "British diplomats"),
        ("Three foreign aid workers have been deported from Sudan.", "Sudan", "foreign aid workers"),
    ],
)
def test_events_the_one_expelled_from_is_the_source_of_a_passive_expulsion(extract, text, expeller, expelled) -> None:
    # With no "by" agent, who expels is the state or body one is expelled from.
    record = extract(text)
    assert _has(record, expeller, ("source",))
    assert not _has(record, expeller, ("target",))


@pytest.mark.issue(11)
def test_events_the_country_one_is_arrested_in_is_the_arresting_state(extract) -> None:
    record = extract("A freelance reporter was arrested in Egypt on Monday for spying.")
    assert _has(record, "Egypt", ("source",), "COERCE")


@pytest.mark.issue(11)
def test_events_a_city_one_is_arrested_in_stays_a_place(extract) -> None:
    # A town is where the arrest happened, not a state acting.
    record = extract("A freelance reporter was arrested in Alexandria on Monday for spying.")
    assert not _has(record, "Alexandria", ("source", "target", "participant"))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "maker", "etype"),
    [
        ("The cabinet accepted the offer submitted by the Dutch consortium Vanderhoek Group.", "Vanderhoek Group",
         "AGREE"),
        ("The opposition rejected the peace plan put forward by the Arab League.", "Arab League", "REJECT"),
    ],
)
def test_events_who_made_the_proposal_answered_is_the_target(extract, text, maker, etype) -> None:
    # Accepting or rejecting a proposal answers the one who made it.
    assert _has(extract(text), maker, ("target",), etype)


@pytest.mark.issue(11)
def test_events_what_was_taken_from_someone_goes_back_to_them(extract) -> None:
    record = extract("The militia said it will return the trucks it seized from the Libyan army.")
    assert _has(record, "Libyan army", ("target",))


@pytest.mark.issue(11)
def test_events_the_origin_of_a_thing_returned_leaves_its_recipient_to_be_found(extract) -> None:
    # "returned Mayan carvings to X": the carvings' origin modifies a thing; X receives them.
    record = extract("Canada returned dozens of ancient and Mayan carvings to the Embassy of Guatemala.")
    assert _has(record, "Embassy", ("target",)) or _has(record, "Guatemala", ("target",))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Eritrea and Ethiopia have repeatedly violated the ceasefire along their border.",
        "India and Pakistan were guilty of violating the ceasefire agreement many times.",
    ],
)
def test_events_parties_breaking_a_truce_together_break_it_against_each_other(extract, text) -> None:
    sides = _sides(extract(text))
    first, second = ("Eritrea", "Ethiopia") if "Eritrea" in text else ("India", "Pakistan")
    assert any(s.get(first) == "participant" and s.get(second) == "participant" for s in sides)


@pytest.mark.issue(11)
def test_events_parties_attacking_a_third_despite_a_truce_stay_its_sources(extract) -> None:
    sides = _sides(extract("Rebels and government troops attacked the town despite the truce."), "ASSAULT")
    assert sides and all("participant" not in s.values() for s in sides)


@pytest.mark.issue(11)
def test_events_a_town_one_is_banned_from_stays_a_place(extract) -> None:
    record = extract("Street vendors were banned from the city of Lucknow on Monday.")
    assert not _has(record, "Lucknow", ("source",))


@pytest.mark.issue(11)
def test_events_staff_listed_with_what_is_sent_are_not_its_recipient(extract) -> None:
    # "sent supplies and staff such as nurses to X": X receives; the nurses are part of what is sent.
    record = extract("Canada, Chile and other governments have sent emergency supplies and staff such as nurses "
                     "to Fiji.")
    assert _has(record, "Fiji", ("target",), "AID")


@pytest.mark.issue(11)
def test_events_who_weighs_the_option_of_an_act_does_it(extract) -> None:
    record = extract("The Government of Norway is considering the possibility of providing two forensic experts "
                     "to the International Criminal Court.")
    assert _has(record, "Government of Norway", ("source",)) or _has(record, "Norway", ("source",))


@pytest.mark.issue(11)
def test_events_a_site_troops_withdraw_from_is_the_target(extract) -> None:
    record = extract("Chad has agreed to withdraw its soldiers from Fort Lamy Airbase.")
    assert _has(record, "Fort Lamy Airbase", ("target",), "RETREAT")


@pytest.mark.issue(11)
def test_events_a_named_site_attacked_is_a_target(extract) -> None:
    record = extract("Gunmen attacked the Marriott Hotel and the Kandahar Airport on Sunday.")
    assert _has(record, "Kandahar Airport", ("target",), "ASSAULT")
