"""Events: triggers that tell no act between parties (leaving a room, a plan executed, a tour of places, a
game, a talk given, a campaign's own doings, a rule's text), and attacks told in a debate (made-up text)."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Councillor Ada Wren stormed out of the radio studio in Tolvik after a heated exchange.", "ASSAULT"),
        ("The Orlan logistics firm executed its expansion plan ahead of schedule.", "ASSAULT"),
        ("Governor Ilse Marrow toured the flooded villages along the Vass river on Friday.", "CONSULT"),
        ("The Tolvik striker fired a low shot past the goalkeeper just before the break.", "ASSAULT"),
        ("Supporters praised the Orlan goalkeeper for three late saves.", "SUPPORT"),
        ("The Tolvik coach gave his squad a pep talk in the dressing room.", "AID"),
        ("Senator Pia Lund cancelled a campaign rally in Orlan because of the snow.", "CONCEDE"),
        ("Senator Pia Lund cancelled a campaign rally in Orlan because of the snow.", "SANCTION"),
        ("The farmers shot a wild boar near the Tolvik road.", "ASSAULT"),
        ("Mayor Ines Varga sat down with a talk radio host on Tuesday to discuss her budget.", "CONSULT"),
    ],
)
def test_events_no_act_is_no_event(extract_unfiltered, text, etype) -> None:
    assert etype not in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Tolvik ordinance allows police to detain street vendors for a day.", "COERCE"),
        ("Under the new Orlan rule, tenants can request repairs from the city.", "REQUEST"),
        ("The Vass charter requires the mayor to sign every budget within a week.", "SUPPORT"),
    ],
)
def test_events_rule_text_is_no_event(extract_unfiltered, text, etype) -> None:
    assert etype not in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Riot police stormed the occupied ministry in Tolvik at dawn.", "ASSAULT"),
        ("The militia executed four captured border guards near Orlan.", "ASSAULT"),
        ("Chancellor Hedda Brandt toured Estonia and met Prime Minister Kaja Tamm.", "CONSULT"),
        ("Police in Orlan detained the former striker over a bar brawl.", "COERCE"),
        ("Fans attacked the Tolvik goalkeeper outside the stadium.", "ASSAULT"),
        ("The Orlan government allowed the inspectors to visit the plant.", "CONCEDE"),
        ("Thousands of nurses called off their strike after the Orlan ministry raised pay.", "CONCEDE"),
        ("Rebels shot two soldiers near the Tolvik checkpoint.", "ASSAULT"),
    ],
)
def test_events_acts_of_like_form_stay(extract_unfiltered, text, etype) -> None:
    assert etype in _types(extract_unfiltered(text))


def test_events_attack_in_a_debate_is_criticism(extract_unfiltered) -> None:
    types = _types(extract_unfiltered("Senator Pia Lund attacked Governor Ilse Marrow during the televised debate."))
    assert "ASSAULT" not in types and "ACCUSE" in types
    types = _types(extract_unfiltered("Gunmen attacked the Orlan town hall during the debate, killing two guards."))
    assert "ASSAULT" in types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Governor Ilse Marrow rallied to win the Vass caucuses after trailing for months.", "PROTEST"),
        ("Two senators are fighting for third place behind Governor Ilse Marrow.", "ASSAULT"),
        ("The last debate in Tolvik promised to be a decisive night for both campaigns.", "AGREE"),
        ("Governor Ilse Marrow beat Senator Pia Lund in the Vass caucuses on Saturday.", "ASSAULT"),
        ("Five candidates seeking the White House spoke at the Tolvik county fair.", "REQUEST"),
        ("Senator Pia Lund is seeking a strong finish in the Vass primary.", "REQUEST"),
        ("The city runs a scheme in which pensioners can request a free bus pass.", "REQUEST"),
    ],
)
def test_events_races_and_schemes_are_no_events(extract_unfiltered, text, etype) -> None:
    assert etype not in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Thousands rallied in Tolvik to demand the release of the jailed editors.", "PROTEST"),
        ("The Orlan opposition sought help from the United Nations.", "REQUEST"),
        ("Rebels are fighting government troops for control of the Tolvik airport.", "ASSAULT"),
    ],
)
def test_events_races_like_acts_stay(extract_unfiltered, text, etype) -> None:
    assert etype in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Tolvik statistics office released its annual report on housing.", "RETREAT"),
        ("Crews lifted the broken pipe out of the Vass harbour.", "CONCEDE"),
        ("Average savings in Orlan declined sharply over the decade.", "REJECT"),
        ("A collision that killed two cyclists closed the Tolvik bridge.", "ASSAULT"),
        ("The Orlan accord calls on all member states to cut fishing quotas.", "REQUEST"),
        ("Ministries were required to consult with the Tolvik ombudsman before each reform.", "CONSULT"),
    ],
)
def test_events_things_and_duties_are_no_events(extract_unfiltered, text, etype) -> None:
    assert etype not in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The militia released nine hostages near Tolvik on Sunday.", "RETREAT"),
        ("The Orlan government lifted the curfew in the capital.", "CONCEDE"),
        ("The Vass council declined the mayor's request for more police.", "REJECT"),
        ("The Orlan ombudsman called on all ministries to publish their budgets.", "REQUEST"),
    ],
)
def test_events_releases_lifts_and_refusals_stay(extract_unfiltered, text, etype) -> None:
    assert etype in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Tolvik shopkeeper told police he could not recognize the robber.", "SUPPORT"),
        ("Orlan party leaders recognized that the reform had stalled.", "SUPPORT"),
        ("Mayor Ines Varga struck a softer tone on the harbour tax.", "ASSAULT"),
        ("Senator Pia Lund appeared on Radio Orlan on Sunday to discuss the pension plan.", "CONSULT"),
    ],
)
def test_events_knowing_and_speaking_are_no_events(extract_unfiltered, text, etype) -> None:
    assert etype not in _types(extract_unfiltered(text))


def test_events_recognizing_a_state_stays(extract_unfiltered) -> None:
    assert "SUPPORT" in _types(extract_unfiltered("Estonia recognized the independence of Orlan on Monday."))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Orlan goalkeeper accused the club chairman of withholding wages.", "ACCUSE"),
        ("Tolvik executed a young chess prodigy on Sunday despite appeals from Orlan.", "ASSAULT"),
        ("The Tolvik junta suspended the Orlan party's election campaign for a month.", "SANCTION"),
        ("Dock workers rallied to defeat the new port levy in the Tolvik assembly.", "PROTEST"),
        ("The Orlan donors conference pledged $3 billion for the flood victims.", "AGREE"),
        ("Governor Ilse Marrow appeared on Friday to meet with the Orlan trade minister.", "CONSULT"),
        ("The Tolvik government lifted martial law in the northern province.", "CONCEDE"),
        ("Orlan recognized the two separatist provinces of Tolvik on Monday.", "SUPPORT"),
        ("Masked men attacked a journalist at the Orlan mayor's press statement.", "ASSAULT"),
        ("The senator's brother attacked the moderator with a chair during the Tolvik debate.", "ASSAULT"),
    ],
)
def test_events_narrowed_no_acts_keep_acts(extract_unfiltered, text, etype) -> None:
    assert etype in _types(extract_unfiltered(text))


@pytest.mark.parametrize(
    "text",
    [
        "A crash that killed four commuters closed the Tolvik ring road for hours.",
        "Senator Pia Lund rallied to win the Orlan primary.",
        "The Tolvik summit promised to be tense.",
        "The Orlan trader executed the transaction within seconds.",
        "Mayor Ines Varga recognized the need for a new bridge.",
        "The Tolvik volunteers planned the relief convoy for weeks and executed it without a hitch.",
    ],
)
def test_events_narrowed_no_acts_still_drop(extract_unfiltered, text) -> None:
    assert not [t for t in _types(extract_unfiltered(text)) if t != "AGREE" or "promised" not in text]
