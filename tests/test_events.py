"""Events extractor: PLOVER types, actors and roles, date, place, occasion, attendees, topics, merging.

All texts are written for these tests; each expected value was checked by hand.
"""

from __future__ import annotations

import json

import pytest
from tests.conftest import assert_spans_consistent

from sidelines.extractors.events.dates import value_range

SUMMIT = (
    "Chancellor Olaf Brandt of Germany has held talks with his Japanese counterpart Haruto Sato.\n"
    "Speaking at their meeting on the sidelines of the Group of Twenty (G20) summit in Osaka, "
    "Brandt said cooperation between the two countries was growing.\n"
    "Brandt has also begun a meeting with Sato on the margins of the G20 summit in Osaka.\n"
    "The talks are being attended by Foreign Minister Anna Keller, Finance Minister Lukas Weber "
    "and Economy Minister Jonas Richter.\n"
    "The 19th G20 Summit, taking place in Osaka, Japan, from June 28 to June 29, 2025, "
    "brings together leaders of twenty economies.\n"
    "By Maria Lopez\n"
)


def _names(record) -> dict[str, str]:
    return {e.id: e.name for e in record.entities}


def _actors(record, event, role: str | None = None) -> set[str]:
    names = _names(record)
    return {names[a.entity] for a in event.actors if role is None or a.role == role}


def _only(record, type_: str):
    events = [e for e in record.events if e.type == type_]
    assert events, f"no {type_} event in {[e.type for e in record.events]}"
    return max(events, key=lambda e: e.confidence)


@pytest.fixture(scope="module")
def summit(extract):
    return extract(SUMMIT, "summit")


def test_events_summit_meeting_is_one_consult_with_both_leaders(summit) -> None:
    consults = [e for e in summit.events if e.type == "CONSULT"]
    assert len(consults) == 1
    ev = consults[0]
    assert {"Olaf Brandt", "Haruto Sato"} <= _actors(summit, ev, "participant")
    # "has held talks" and "has begun a meeting" are one event with several evidence spans.
    evidence = {s.text for s in ev.evidence}
    assert {"held", "begun"} <= evidence
    assert_spans_consistent(summit)


def test_events_summit_place_occasion_and_dates(summit) -> None:
    ev = _only(summit, "CONSULT")
    assert ev.location is not None and ev.location.name == "Osaka"
    assert ev.context is not None and "summit" in ev.context.name.lower()
    names = _names(summit)
    assert ev.context.entity is not None and names[ev.context.entity] == "19th G20 Summit"
    assert ev.date is not None
    assert "2025-06-28" <= ev.date.start <= ev.date.end <= "2025-06-29"


def test_events_summit_attendees_and_byline(summit) -> None:
    ev = _only(summit, "CONSULT")
    assert _actors(summit, ev, "attendee") == {"Anna Keller", "Lukas Weber", "Jonas Richter"}
    everyone = {n for e in summit.events for n in _actors(summit, e)}
    assert "Maria Lopez" not in everyone


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Russia accused Ukraine of shelling the power plant.", "ACCUSE", "RUS", "UKR"),
        ("Iran threatened to impose sanctions on Britain.", "THREATEN", "IRN", "GBR"),
        ("The United States imposed sanctions on Venezuela.", "SANCTION", "USA", "VEN"),
        ("Egypt demanded that Israel withdraw its troops from the border.", "REQUEST", "EGY", "ISR"),
        ("Pakistan rejected an offer from India for direct talks.", "REJECT", "PAK", "IND"),
        ("Chinese troops arrested dozens of Indian soldiers.", "COERCE", "CHN", "IND"),
        ("Kenya and Tanzania have agreed to hold joint military exercises.", "AGREE", "KEN", None),
        ("Brazil will send food aid to Haiti.", "AGREE", "BRA", "HTI"),
    ],
)
def test_events_plover_type_and_countries(extract, text, type_, source, target) -> None:
    record = extract(text)
    top = max(record.events, key=lambda e: e.confidence)
    assert top.type == type_
    country = {e.id: e.country for e in record.entities}
    sources = {country[a.entity] for a in top.actors if a.role in ("source", "participant")}
    assert source in sources
    if target:
        targets = {country[a.entity] for e in record.events for a in e.actors if a.role in ("target", "participant")}
        assert target in targets


def test_events_coordinated_subjects_are_all_actors(extract) -> None:
    # Signing binds both parties: each is a participant (a source and a target alike).
    record = extract("Moscow and Ankara signed an agreement on trade.")
    ev = _only(record, "SUPPORT")
    assert {"Moscow", "Ankara"} <= _actors(record, ev, "participant")


def test_events_agreement_with_a_party_joins_both_sides(extract) -> None:
    record = extract("Chile signed a trade agreement with Peru on Monday.")
    ev = _only(record, "SUPPORT")
    assert {"Chile", "Peru"} <= _actors(record, ev, "participant")


def test_events_coordinated_subjects_agree_as_participants(extract) -> None:
    record = extract("Ghana and Togo agreed to reopen their border crossings.")
    ev = _only(record, "AGREE")
    assert {"Ghana", "Togo"} <= _actors(record, ev, "participant")


def test_events_sum_of_money_given_is_aid(extract) -> None:
    record = extract("Norway has provided $12 million in emergency funding for flood victims in Malawi.")
    ev = _only(record, "AID")
    assert "Norway" in _actors(record, ev, "source")


def test_events_recipient_provided_with_goods_is_aid_target(extract) -> None:
    record = extract("Canada provided the Ukrainian army with armoured vehicles.")
    ev = _only(record, "AID")
    assert "Canada" in _actors(record, ev, "source")
    assert any("Ukrainian" in name for name in _actors(record, ev, "target"))


def test_events_embedded_threat_keeps_modality(extract) -> None:
    record = extract("Iran threatened to impose sanctions on Britain.")
    sanction = _only(record, "SANCTION")
    assert sanction.modality == "threatened"
    assert _only(record, "THREATEN").mode == "relations"


@pytest.mark.parametrize(
    "text",
    ["The minister denied meeting the rebel leaders.", "The president did not meet the rebel leaders."],
)
def test_events_negated_meeting_is_negative(extract, text) -> None:
    record = extract(text)
    ev = _only(record, "CONSULT")
    assert ev.polarity == "negative"


def test_events_future_visit_is_planned(extract) -> None:
    record = extract("The French president will visit Brazil in March.")
    top = max(record.events, key=lambda e: e.confidence)
    assert top.modality == "planned"
    # PLOVER reads cooperation told in the future as AGREE.
    assert top.type == "AGREE"


def test_events_invitation_source_is_inviter(extract) -> None:
    record = extract("Prime Minister Anna Berg renewed her invitation for President Carlos Mendes to visit Sweden.")
    ev = _only(record, "REQUEST")
    assert "Anna Berg" in _actors(record, ev, "source")
    assert "Carlos Mendes" in _actors(record, ev, "target")


def test_events_since_gives_only_a_bound(extract) -> None:
    record = extract(
        "Since May 2024, three rounds of direct Armenian-Azerbaijani negotiations have been held in Geneva.",
        published="2025-03-10",
    )
    ev = _only(record, "CONSULT")
    # Some time up to the day of publication, no day of its own (issue 11: "since X" never dates an event).
    assert ev.date is not None and ev.date.start is None and ev.date.end == "2025-03-10"
    assert ev.location is not None and ev.location.name == "Geneva"


def test_events_topics_from_discussed_list(extract) -> None:
    record = extract("The two ministers met in Rome and discussed migration, energy prices and the war in Sudan.")
    ev = _only(record, "CONSULT")
    joined = " | ".join(ev.topics).lower()
    assert "migration" in joined and "energy prices" in joined


def test_events_also_present_are_attendees(extract) -> None:
    record = extract(
        "President Maria Lopes met Prime Minister Jan Novak in Lisbon on Monday.\n"
        "Also present were Foreign Minister Pedro Alves and Defence Minister Rui Costa.\n"
    )
    ev = _only(record, "CONSULT")
    assert {"Pedro Alves", "Rui Costa"} <= _actors(record, ev, "attendee")


def test_events_empty_layers_degrade(extract) -> None:
    record = extract("Nothing happened here at all.")
    assert record.events == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-31", ("2025-08-31", "2025-08-31")),
        ("2025-05", ("2025-05-01", "2025-05-31")),
        ("2024", ("2024-01-01", "2024-12-31")),
        ("2025-W01", ("2024-12-30", "2025-01-05")),
        ("XXXX-WXX-1", None),
    ],
)
def test_events_value_range(value, expected) -> None:
    assert value_range(value) == expected


def test_events_plover_dev_slice(extract, shared_dir) -> None:
    """A slice of the PLOVER gold sentences: the top event's type, as `sidelines eval` reads it."""
    lines = (shared_dir / "eval" / "plover" / "dev.jsonl").read_text("utf-8").splitlines()
    golds = [json.loads(line) for line in lines[::4]]
    right = 0
    for gold in golds:
        record = extract(gold["text"], gold["id"])
        top = max(record.events, key=lambda e: e.confidence) if record.events else None
        right += top is not None and top.type == gold["event"]
    assert right / len(golds) >= 0.7


def test_events_host_and_visitor(extract) -> None:
    record = extract("President Luis Ortega hosted Prime Minister Karin Dahl in Santiago on Friday.")
    ev = _only(record, "CONSULT")
    assert "Luis Ortega" in _actors(record, ev, "host")
    assert "Karin Dahl" in _actors(record, ev, "source")
    assert ev.location is not None and ev.location.name == "Santiago"


def test_events_during_a_visit_is_context(extract) -> None:
    record = extract(
        "Foreign Minister Lena Fischer met President Samuel Okafor during a visit to Nigeria.\n"
    )
    ev = _only(record, "CONSULT")
    assert ev.context is not None and ev.context.name.lower().startswith("visit")
    assert {"Lena Fischer", "Samuel Okafor"} <= _actors(record, ev)


def test_events_accompanied_by_and_at_the_g20(extract) -> None:
    record = extract(
        "Prime Minister Karin Dahl met President Luis Ortega at the G20 in Rio de Janeiro.\n"
        "Dahl was accompanied by Trade Minister Erik Lund and Defence Minister Sofia Berg.\n",
        published="2024-11-19",
    )
    ev = _only(record, "CONSULT")
    assert ev.context is not None and "G20" in ev.context.name
    assert {"Erik Lund", "Sofia Berg"} <= _actors(record, ev, "attendee")
    # Told in the past tense with no date of its own: on or before publication.
    assert ev.date is not None and ev.date.end == "2024-11-19" and ev.date.start is None


def test_events_lexicon_types_are_plover_types() -> None:
    from sidelines.lexicon import plover as lex

    tables = [lex.VERB_TRIGGERS, lex.PHRASAL_TRIGGERS, lex.NOUN_TRIGGERS, lex.VERB_NOUN_TRIGGERS,
              lex.NOUN_MODIFIER_TRIGGERS]
    for table in tables:
        for type_, _mode in table.values():
            assert type_ in lex.EVENT_TYPES


def test_events_going_on_strike_is_a_protest(extract) -> None:
    record = extract("Nurses in Nairobi went on strike for higher pay on Monday.")
    ev = _only(record, "PROTEST")
    assert ev.mode == "strike"


def test_events_warfare_launched_against_a_country_is_an_assault(extract) -> None:
    record = extract("Iran launched cyber warfare against Albania last year.")
    ev = _only(record, "ASSAULT")
    assert "Iran" in _actors(record, ev, "source")
    assert "Albania" in _actors(record, ev, "target")


def test_events_recipient_on_the_returned_object_is_the_target(extract) -> None:
    record = extract("France returned dozens of looted bronzes to the government of Benin.")
    ev = _only(record, "RETREAT")
    assert "France" in _actors(record, ev, "source")
    assert "Benin" in " ".join(_actors(record, ev, "target"))


def test_events_cutting_tariffs_is_a_concession(extract) -> None:
    record = extract("Canada cut tariffs on Mexican steel on Tuesday.")
    ev = _only(record, "CONCEDE")
    assert "Canada" in _actors(record, ev, "source")


def test_events_laying_down_arms_is_a_retreat(extract) -> None:
    record = extract("The rebels laid down their weapons in the capital on Friday.")
    ev = _only(record, "RETREAT")
    assert ev.mode == "disarm"


def test_events_demands_being_met_is_no_meeting(extract) -> None:
    record = extract("The nurses said their demands had finally been met by the hospital board.")
    assert not [e for e in record.events if e.type == "CONSULT"]


def test_events_ending_a_strike_is_a_concession(extract) -> None:
    record = extract("Dock workers in Mombasa ended their strike on Monday.")
    ev = _only(record, "CONCEDE")
    assert any("workers" in name for name in _actors(record, ev, "source"))


@pytest.mark.parametrize("text", [
    "The teachers' union called off its strike after the ministry raised salaries.",
    "Bus drivers halted their walkout on Thursday.",
    "Shopkeepers cancelled the sit-in they had planned outside the town hall.",
])
def test_events_stopping_ones_own_protest_is_a_concession(extract, text: str) -> None:
    """Any verb of stopping on a protest noun eases dissent (CAMEO 082x), whatever the pair."""
    record = extract(text)
    assert "CONCEDE" in {e.type for e in record.events}
    assert not [e for e in record.events if e.type in ("SANCTION", "PROTEST")]


def test_events_concession_answers_whoever_demanded(extract) -> None:
    record = extract("The government accepted the demands by farmers for lower fuel prices.")
    ev = _only(record, "CONCEDE")
    assert any("farmers" in name for name in _actors(record, ev, "target"))


def test_events_aid_sent_to_help_a_country_targets_it(extract) -> None:
    record = extract("Japan sent medical supplies to help Nepal after the earthquake.")
    ev = _only(record, "AID")
    assert "Nepal" in _actors(record, ev, "target")


def test_events_own_forces_are_no_target(extract) -> None:
    record = extract("Kenya has reinforced its troops in southern Somalia.")
    ev = _only(record, "MOBILIZE")
    assert "Somalia" in _actors(record, ev, "target")
    assert not any("troops" in name for name in _actors(record, ev, "target"))


def test_events_who_claims_an_attack_is_its_source(extract) -> None:
    record = extract("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.")
    ev = _only(record, "ASSAULT")
    assert any("Shabaab" in name for name in _actors(record, ev, "source"))
