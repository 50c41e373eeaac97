"""Events: senses trigger words take in political prose (made-up text; rules in :mod:`.political_senses`)."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "Councilwoman Ada Brenner was attacked by Republicans for her vote on the transit levy.",
        "In a fiery speech, Governor Luis Ortega knocked his rivals for their votes on the pension bill.",
        "Republicans targeted the Democratic incumbent in Tolvik with a wave of television ads.",
        "Mayor Kessler said he was ambushed by the panelists' questions.",
    ],
)
def test_events_hits_in_words_are_no_assault(extract, text) -> None:
    assert "ASSAULT" not in _types(extract(text))


def test_events_hit_for_a_reason_is_criticism(extract) -> None:
    assert "ACCUSE" in _types(extract("Senator Ada Brenner was attacked by Republicans for her vote on the levy."))


@pytest.mark.parametrize(
    "text",
    [
        "The senator vowed to fight the nomination of Judge Alan Whitcombe.",
        "The governor's allies are fighting the lawsuit in federal court.",
        "Ortega killed it in the debate, his supporters said.",
    ],
)
def test_events_political_fights_are_no_assault(extract, text) -> None:
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police station in Kandahar, killing four officers.",
        "Militants attacked the convoy with rockets near the border with Tovar.",
        "The rebels vowed to fight the army until the capital fell.",
    ],
)
def test_events_real_violence_stays_assault(extract, text) -> None:
    assert "ASSAULT" in _types(extract(text))


def test_events_sanctioning_an_event_permits_it(extract) -> None:
    text = "The Republican National Committee sanctioned nine debates for the primary season."
    assert "SANCTION" not in _types(extract(text))


def test_events_sanctioning_a_bank_still_punishes(extract) -> None:
    assert "SANCTION" in _types(extract("The Treasury sanctioned three Kestrian banks on Friday."))


def test_events_a_call_to_congratulate_is_a_phone_call(extract) -> None:
    text = "Prime Minister Hiro Tanaka called new Kestrian Prime Minister Ola Berg on Wednesday to congratulate him."
    events = extract(text).events
    assert "REQUEST" not in [ev.type for ev in events]
    assert ("CONSULT", "phone") in [(ev.type, ev.mode) for ev in events]


def test_events_a_town_hall_is_no_talks(extract) -> None:
    assert "CONSULT" not in _types(extract("The candidate held a town hall meeting in Cedar Rapids on Monday."))


def test_events_a_non_agent_helps_no_one(extract) -> None:
    assert "AID" not in _types(extract("The strong economy helped Democrats in the midterm elections."))


@pytest.mark.parametrize(
    "text",
    [
        "The editorial attacked Governor Lund for his handling of the budget in Tolvik.",
        "Her op-ed attacked Senator Brandt by accusing him of lying about the pipeline deal.",
    ],
)
def test_events_texts_and_sayings_hit_in_words(extract, text) -> None:
    assert "ASSAULT" not in _types(extract(text))


def test_events_a_presiding_officer_calling_a_vote_asks_no_one(extract) -> None:
    assert "REQUEST" not in _types(extract("The chairman called for a voice vote on the rules package in Tolvik."))


def test_events_calling_a_stance_names_it_and_stops_nothing(extract) -> None:
    text = "The columnist calls Senator Brandt's endorsement \u201cthe most cynical deal since the bank bailout.\u201d"
    assert "SANCTION" not in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Governor Ada Lund shot down the idea of a special session in Tolvik.", "ASSAULT"),
        ("Senator Brandt blew up at reporters after the debate in Tolvik.", "ASSAULT"),
        ("Senator Brandt stormed to victory in the Tolvik primary.", "ASSAULT"),
        ("Senator Brandt fought back tears as she announced her retirement.", "ASSAULT"),
        ("Brandt's campaign bombed in the southern counties.", "ASSAULT"),
        ("Brandt seized the momentum after her win in the Tolvik primary.", "COERCE"),
        ("A campaign aide, who asked not to be identified, said Governor Lund would win.", "REQUEST"),
    ],
)
def test_events_political_idioms_tell_no_act(extract, text, etype) -> None:
    assert etype not in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kestrian troops shot down a Tovarian drone over the border on Monday.", "ASSAULT"),
        ("The militants blew up a bridge near Tolvik on Monday.", "ASSAULT"),
        ("Police seized two tonnes of cocaine from a ship in Tolvik harbour.", "COERCE"),
    ],
)
def test_events_literal_force_stays(extract, text, etype) -> None:
    assert etype in _types(extract(text))


def test_events_shutting_a_person_down_coerces_no_one(extract) -> None:
    text = ("At the Tolvik budget hearing, Councilman Ivo Sandqvist kept interrupting the auditor, and the "
            "committee chairwoman finally shut him down.")
    assert "COERCE" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "A mob attacked a Christian teacher over blasphemy allegations in Tolvik on Sunday.",
        "An angry crowd attacked two aid workers in Tolvik over rumours about the vaccine.",
        "Kestrian forces struck Tolvik for the first time in weeks.",
        "A piece of shrapnel struck the reporter.",
        "Masked men stormed into the office of the electoral commission.",
        "A car blew up at a checkpoint in Tolvik.",
        "Villagers attacked a nurse over rumours about the vaccine in the Tolvik hills.",
        "Settlers attacked farmers near Tolvik for the third time this month.",
        "Artillery struck the Tolvik market for the third time this week.",
    ],
)
def test_events_real_violence_without_a_listed_weapon_stays_assault(extract, text) -> None:
    assert "ASSAULT" in _types(extract(text))
    assert "ACCUSE" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Ola Berg called for a vote at the UN Security Council.",
        "The president called for a vote at the Security Council on the Tolvik ceasefire.",
        "Secretary Ivo Sandqvist called for a vote on the ceasefire resolution.",
    ],
)
def test_events_a_head_of_state_calling_a_vote_requests_it(extract, text) -> None:
    assert "REQUEST" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The president of the Tolvik senate called for a vote on the budget bill.",
        "Senate President Ivo Sandqvist called for a roll call vote.",
    ],
)
def test_events_the_president_of_a_chamber_presides(extract, text) -> None:
    assert "REQUEST" not in _types(extract(text))


def test_events_a_counted_hit_for_a_reason_is_still_criticism(extract) -> None:
    text = "Critics attacked the Tolvik finance minister for the second time over the pension plan."
    assert "ASSAULT" not in _types(extract(text))
