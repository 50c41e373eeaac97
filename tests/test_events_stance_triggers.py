"""Events: stances towards a party told by an adjective, a vote, blame or a surrender.

Sentences are made up for these tests (none from the dev sets).
"""

from __future__ import annotations

import pytest


def _typed(record) -> list[tuple[str, dict[str, str], str, str]]:
    names = {e.id: e.name for e in record.entities}
    out = []
    for ev in record.events:
        status = "negated" if ev.polarity == "negative" else "hypothetical" if ev.modality else "real"
        out.append((ev.type, {names.get(a.entity, a.entity): a.role for a in ev.actors},
                    ev.explanation.rule if ev.explanation else "", status))
    return out


def _article(text: str) -> str:
    return f"Council in uproar over budget\n\n{text}\n"


def _has(events, etype: str, status: str = "real", **roles: str) -> bool:
    return any(t == etype and s == status and all(
        any(n.endswith(name) and r == role for n, r in actors.items()) for name, role in roles.items())
        for t, actors, _, s in events)


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Councilwoman Maria Lindqvist was sharply critical of Mayor Daniel Okafor on Tuesday.",
     "ACCUSE", "Lindqvist", "Okafor"),
    ("Maria Lindqvist said on Tuesday that she was firmly opposed to Daniel Okafor.",
     "REJECT", "Lindqvist", "Okafor"),
])
def test_events_a_stance_adjective_names_whom_it_is_towards(extract, text, etype, source, target) -> None:
    events = _typed(extract(_article(text)))
    assert _has(events, etype, **{source: "source", target: "target"}), events
    assert any(rule.startswith("stance:") for _, _, rule, _ in events), events


def test_events_a_critical_condition_is_no_stance(extract) -> None:
    events = _typed(extract(_article("Maria Lindqvist was in critical condition at a hospital in Oakvale.")))
    assert not any(t == "ACCUSE" for t, _, _, _ in events), events


def test_events_a_vote_for_a_candidate_supports_the_candidate(extract) -> None:
    text = "Tomas Brandt, a retired farmer, voted for Daniel Okafor in the last election."
    events = _typed(extract(_article(text)))
    assert _has(events, "SUPPORT", Brandt="source", Okafor="target"), events


def test_events_a_vote_against_a_candidate_rejects_the_candidate(extract) -> None:
    text = "Tomas Brandt, a retired farmer, voted against Daniel Okafor in the last election."
    events = _typed(extract(_article(text)))
    assert _has(events, "REJECT", Brandt="source", Okafor="target"), events


def test_events_a_vote_for_a_bill_is_no_event(extract) -> None:
    events = _typed(extract(_article("Tomas Brandt voted for the budget bill on Tuesday.")))
    assert not any(rule.endswith(":vote") for _, _, rule, _ in events), events


def test_events_holding_a_party_responsible_accuses_it(extract) -> None:
    text = "Residents of Oakvale held the Northern Water Authority responsible for the flooding."
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Authority="target"), events


def test_events_a_hold_that_blames_no_one_is_no_event(extract) -> None:
    events = _typed(extract(_article("Maria Lindqvist held a press conference in Oakvale on Monday.")))
    assert not any(t == "ACCUSE" for t, _, _, _ in events), events


def test_events_a_stance_under_a_modal_is_an_opinion_not_an_event(extract) -> None:
    text = "Tomas Brandt said Daniel Okafor should be held accountable for the flooding."
    events = _typed(extract(_article(text)))
    assert not any(t == "ACCUSE" for t, _, _, _ in events), events


def test_events_a_surrender_to_the_police_concedes(extract) -> None:
    text = "Viktor Halloran, who had fled the scene, surrendered to police in Oakvale on Monday."
    events = _typed(extract(_article(text)))
    assert _has(events, "CONCEDE", Halloran="source"), events



def test_events_a_stance_noun_naming_both_sides_is_an_event(extract) -> None:
    text = "Senator Ines Moreau's criticism of Governor Daniel Okafor grew louder on Monday."
    events = _typed(extract(_article(text)))
    assert _has(events, "ACCUSE", Moreau="source", Okafor="target"), events
    assert any(rule.startswith("stance:noun") for _, _, rule, _ in events), events


def test_events_a_stance_noun_with_one_side_is_no_event(extract) -> None:
    # Support for a bill names no party it is towards; the talk of support is no act here.
    text = "Senator Ines Moreau's support for the farm bill was no surprise in Oakvale."
    events = _typed(extract(_article(text)))
    assert not any(t == "SUPPORT" for t, _, _, _ in events), events


@pytest.mark.parametrize("text", [
    "Governor Daniel Okafor dropped his bid for the presidency last September.",
    "Senator Ines Moreau suspended her campaign on Monday after the primary.",
    "Mayor Tomas Brandt of Oakvale dropped out of the race for governor on Friday.",
])
def test_events_a_candidate_quitting_the_race_withdraws(extract, text) -> None:
    events = _typed(extract(_article(text)))
    assert any(t == "RETREAT" and any(r == "source" for r in actors.values())
               for t, actors, _, _ in events), events
    assert not any(t == "SANCTION" for t, _, _, _ in events), events


def test_events_ending_a_bombing_campaign_is_no_quitting(extract) -> None:
    events = _typed(extract(_article("The army ended its bombing campaign in the north on Friday.")))
    assert not any(rule.startswith("stance:") for _, _, rule, _ in events), events


def test_events_campaigning_on_a_party_behalf_supports_it(extract) -> None:
    text = "Senator Ines Moreau campaigned on Tomas Brandt's behalf all weekend in Oakvale."
    events = _typed(extract(_article(text)))
    assert _has(events, "SUPPORT", Moreau="source", Brandt="target"), events
