"""Events: the trigger words of ``lexicon.more_triggers`` (giving way, turning down, huddling, tipping off,
public dissent) tell their events; their other senses (a comeback, a cause ruled out, a crowd at a game, a
status given up) and the acts left out on purpose (dismissals, crime, a walkout from talks) stay no events."""

from __future__ import annotations

import pytest

HEADLINE = "Regional politics roundup\n\n"


def _typed(record) -> list[tuple[str, set[str]]]:
    names = {e.id: e.name for e in record.entities}
    return [(ev.type, {names.get(a.entity, a.entity) for a in ev.actors}) for ev in record.events]


def _has(record, etype: str, name: str | None) -> bool:
    return any(t == etype and (name is None or any(name in n for n in actors)) for t, actors in _typed(record))


@pytest.mark.parametrize("text, etype, name", [
    ("The Okafor campaign backtracked on Wednesday after the remarks drew criticism.", "CONCEDE", "Okafor"),
    ("Governor Lena Varga retracted her claim that the deficit had vanished.", "CONCEDE", "Varga"),
    ("Former senator Hugo Brandt ruled out a run for governor on Friday.", "REJECT", "Brandt"),
    ("Congresswoman Ida Marsh repudiated the backing of the extremist group.", "REJECT", "Marsh"),
    ("The appeals court overturned the conviction of the journalist Rami Haddad.", "REJECT", None),
    ("Chairwoman Rita Holm huddled with committee members before the vote.", "CONSULT", "Holm"),
    ("Peasants revolted against the salt tax in the spring of 1907.", "PROTEST", None),
    ("Protesters heckled Senator Omar Reyes during his address in Fresno.", "PROTEST", "Reyes"),
    ("Thousands of farmers took to the streets of Warsaw on Saturday.", "PROTEST", None),
])
def test_events_more_triggers_tell_their_event(extract, text, etype, name) -> None:
    assert _has(extract(HEADLINE + text + " Officials gave no further details."), etype, name)


@pytest.mark.parametrize("text, etype", [
    ("The ferry overturned in heavy seas off the island.", "REJECT"),
    ("The hikers huddled under a tarp until the storm passed.", "CONSULT"),
    ("The audience booed when the band left the stage early.", "PROTEST"),
    ("He walked back to the car after the hearing ended.", "CONCEDE"),
    # a comeback in a game, not a ruling turned down
    ("The Hawks overturned a 15-point deficit to beat the Rockets on Friday.", "REJECT"),
    ("Benfica overturned a two-goal deficit against Sevilla in the second leg.", "REJECT"),
    # a cause or a treatment excluded, no proposal rejected
    ("Police ruled out foul play in the death of the retired banker Ivo Marek.", "REJECT"),
    ("Doctors have not ruled out surgery for the midfielder Tariq Bello.", "REJECT"),
    ("Investigators have not ruled out a criminal motive in the Ghent warehouse fire.", "REJECT"),
    # a crowd reacting to a game
    ("Supporters booed the referee after the final whistle in Turin.", "PROTEST"),
    ("The home crowd booed Rovers off the pitch after the heavy defeat.", "PROTEST"),
    # a status given up yields nothing to anyone
    ("Minister Alva Kern renounced her Canadian citizenship before taking office.", "CONCEDE"),
    # removing someone from a post is a dismissal, no event (as "fired" and "sacked")
    ("Voters ousted Mayor Dale Ross in Tuesday's municipal election.", "SANCTION"),
    ("Shareholders ousted chief executive Tomas Lind at the annual meeting.", "SANCTION"),
    ("Rioters sacked the ruling party's headquarters in Karachi on Monday night.", "SANCTION"),
    # a market sell-off
    ("Investors revolted, sending Norlux shares down 6 percent in early trading.", "PROTEST"),
    # common crime was dropped from PLOVER
    ("Masked gunmen robbed a bank in the port city of Kalmar on Tuesday.", "COERCE"),
    # leaving talks is no strike
    ("Delegates from Tarvia staged a walkout from the peace talks in Ostrava.", "PROTEST"),
])
def test_events_more_triggers_other_senses_are_no_events(extract, text, etype) -> None:
    assert not _has(extract(HEADLINE + text + " Officials gave no further details."), etype, None)


@pytest.mark.parametrize("text", [
    "A robbery at a petrol station in Bremen left one man injured.",
    "The jewellery heist in Antwerp netted thieves gems worth two million euros.",
])
def test_events_crime_nouns_are_no_coercion(extract_unfiltered, text) -> None:
    assert not _has(extract_unfiltered(HEADLINE + text + " Officials gave no further details."), "COERCE", None)


@pytest.mark.parametrize("text, source, target", [
    ("Senator Paula Drees won the backing of Governor Tomas Alcott on Tuesday.", "Tomas Alcott", "Paula Drees"),
    ("Senator Paula Drees picked up the endorsement of Governor Tomas Alcott on Tuesday.", "Tomas Alcott",
     "Paula Drees"),
    ("Governor Tomas Alcott's backing of Senator Paula Drees surprised the party.", "Tomas Alcott", "Paula Drees"),
])
def test_events_backing_received_or_given_is_support(extract, text, source, target) -> None:
    record = extract(HEADLINE + text + " Officials gave no further details.")
    names = {e.id: e.name for e in record.entities}
    assert any(ev.type == "SUPPORT" and {(names.get(a.entity), a.role) for a in ev.actors} >= {
        (source, "source"), (target, "target")} for ev in record.events)


def test_events_renounced_violence_is_a_concession(extract) -> None:
    record = extract(HEADLINE + "The rebel leader Dawit Haile renounced violence in a broadcast on Sunday.")
    assert _has(record, "CONCEDE", "Haile")


@pytest.mark.parametrize("text", [
    "Green Party backbenchers staged a revolt over the pension bill on Wednesday.",
    "The rebellion of party delegates against the leadership grew on Thursday.",
    "The uprising of dock workers against the Fenwick government spread on Friday.",
])
def test_events_revolt_nouns_are_no_riot(extract_unfiltered, text) -> None:
    record = extract_unfiltered(HEADLINE + text + " Officials gave no further details.")
    assert not any(ev.mode == "riot" for ev in record.events)


def test_events_criticism_of_a_party_received_keeps_its_target(extract) -> None:
    record = extract(HEADLINE + "Senator Ana Ruiz received criticism of Governor Pol Brandt on Monday.")
    names = {e.id: e.name for e in record.entities}
    assert not any(ev.type == "ACCUSE" and {(names.get(a.entity), a.role) for a in ev.actors} >= {
        ("Pol Brandt", "source"), ("Ana Ruiz", "target")} for ev in record.events)
