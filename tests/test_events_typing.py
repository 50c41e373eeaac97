"""Events: types and status of whole-article patterns (apologies, negated future support, promises, rhetoric).

The article gold (tests/golden/articles/README.md) and shared/PLOVER.md define: apologies are
CONCEDE; "did not endorse" / "will not support" is a negated SUPPORT, "refused to endorse" a REJECT;
a promise is AGREE only when what is promised is cooperation; rhetorical questions and conditions
tell no event.
"""

from __future__ import annotations

import pytest


def _events(record) -> list[tuple[str, str, str | None]]:
    return [(ev.type, ev.polarity, ev.modality) for ev in record.events]


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ann Pell apologized to the teachers' union for her remarks on Monday.",
        "The minister issued an apology to the families of the victims in Carvel.",
    ],
)
def test_events_apology_is_concede(extract, text) -> None:
    types = _types(extract(text))
    assert "CONCEDE" in types
    assert "SUPPORT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lee Marsh said he will not support Governor Tom Reyes in the primary.",
        "Senator Lee Marsh will not be supporting Governor Tom Reyes in November.",
    ],
)
def test_events_will_not_support_is_negated_support(extract, text) -> None:
    events = _events(extract(text))
    assert any(t == "SUPPORT" and pol == "negative" for t, pol, _ in events)
    assert "REJECT" not in [t for t, _, _ in events]


def test_events_refused_to_support_stays_a_rejection(extract) -> None:
    events = _events(extract("Senator Lee Marsh refused to support Governor Tom Reyes."))
    assert ("REJECT", "positive", None) in events


def test_events_will_not_accept_stays_a_rejection(extract) -> None:
    # A refusal to receive is REJECT whatever the tense; only backing someone turns into negated SUPPORT.
    assert "REJECT" in _types(extract("The government of Belvania will not accept the refugees from Carvel."))


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Dale Hunt, who once advertised the cereal, has vowed to boycott the company's products.",
        "Senator Joan Whitfield pledged to ban the imports of Belvanian steel.",
    ],
)
def test_events_promise_of_a_hostile_act_is_no_agreement(extract, text) -> None:
    assert "AGREE" not in _types(extract(text))


def test_events_promise_to_cooperate_stays_agree(extract) -> None:
    assert "AGREE" in _types(extract("Mayor Dale Hunt promised to help the flood victims in Carvel."))


@pytest.mark.parametrize(
    "text",
    [
        "Do you support Senator Lee Marsh?",
        "If we march into the capital with momentum, we will win the vote.",
        "It is hard to blame any one official in Carvel for the delays.",
    ],
)
def test_events_rhetorical_questions_and_conditions_are_no_events(extract, text) -> None:
    assert _types(extract(text)) == []


def test_events_a_planned_meeting_is_kept(extract) -> None:
    events = _events(extract("Prime Minister Ola Brand will meet President Ivo Saar in Tallinn next week."))
    assert events and all(mod == "planned" for _, _, mod in events)


def test_events_vow_without_an_act_is_no_event(extract) -> None:
    assert _types(extract("Mayor Dale Hunt has vowed to soldier on.")) == []


def test_events_vow_to_continue_an_attack_is_a_threat(extract) -> None:
    assert "THREATEN" in _types(extract("The rebels vowed to continue their attacks on the army in Kirsk."))


def test_events_noun_event_keeps_its_own_status_under_another_verb(extract) -> None:
    # The attacks happened; only their toning down is in the future.
    events = _events(extract("Senator Ray Dunn will tone down his attacks against Governor Ada Voss."))
    assert ("ACCUSE", "positive", None) in events


@pytest.mark.parametrize(
    "text",
    [
        "In lieu of flowers, please send donations to the Carvel Flood Fund at Mercy Hospital.",
        "Send your donations to the Carvel Red Cross before Friday.",
    ],
)
def test_events_imperative_to_the_reader_is_no_event(extract, text) -> None:
    assert _types(extract(text)) == []
