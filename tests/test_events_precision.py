"""Events: whole-article precision patterns (dismissals, retorts, suspects, player signings, poll support)."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [ev.type for ev in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks fired Tom Ellery on Monday after two losing seasons as coach.",
        "Assistant coach Dan Pryor was fired in March after a string of defeats.",
        "The company fired its chief financial officer last week.",
    ],
)
def test_events_firing_a_person_is_a_dismissal_not_an_assault(extract, text) -> None:
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired at the crowd outside the palace in Tarnow on Friday.",
        "Rebels fired rockets at the army base near Kirsk.",
    ],
)
def test_events_firing_weapons_stays_an_assault(extract, text) -> None:
    assert "ASSAULT" in _types(extract(text))


def test_events_shooting_back_is_a_retort_not_an_assault(extract) -> None:
    record = extract("Governor Mary Hollis shot back in a statement on Tuesday, calling the charge absurd.")
    assert "ASSAULT" not in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "The man accused of stabbing two guards at the prison appeared in court on Monday.",
        "A teacher charged with stealing school funds resigned on Friday.",
    ],
)
def test_events_suspect_described_as_accused_is_no_accusation(extract, text) -> None:
    assert "ACCUSE" not in _types(extract(text))


def test_events_an_accusation_by_someone_stays(extract) -> None:
    record = extract("Senator Joan Whitfield accused the governor of lying about the budget.")
    assert "ACCUSE" in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "The Falcons signed linebacker Mark Dowd to a two-year contract on Tuesday.",
        "The Falcons replaced him by signing receiver Luis Ortega off the practice squad.",
    ],
)
def test_events_signing_a_player_is_no_support(extract, text) -> None:
    assert "SUPPORT" not in _types(extract(text))


def test_events_signing_an_accord_stays_support(extract) -> None:
    record = extract("President Laura Kent signed the trade agreement with Canada on Monday.")
    assert {"SUPPORT", "AGREE"} & set(_types(record))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Gaines was supported by 38 percent of the Democrats surveyed in the poll.",
        "Gaines is courting rural voters, who have typically backed her party in large numbers.",
    ],
)
def test_events_poll_and_voter_support_is_no_event(extract, text) -> None:
    assert "SUPPORT" not in _types(extract(text))


def test_events_an_endorsement_by_a_leader_stays_support(extract) -> None:
    record = extract("Governor Paul Ames endorsed Senator Ruth Gaines on Friday.")
    assert "SUPPORT" in _types(record)


def test_events_retort_of_a_plain_surname_is_no_assault(extract) -> None:
    record = extract("Hollis shot back in a statement, saying the charge was absurd.")
    assert "ASSAULT" not in _types(record)


def test_events_returning_fire_stays_an_assault(extract) -> None:
    record = extract("The soldiers shot back after gunmen attacked their checkpoint near Kirsk.")
    assert "ASSAULT" in _types(record)


def test_events_suspect_inside_a_reported_clause_is_no_accusation(extract) -> None:
    record = extract("A neighbour says the woman accused of poisoning her husband is a quiet person.")
    assert "ACCUSE" not in _types(record)


NAMELESS = "When the medicine ran out, she asked the pharmacist to send the bill her way."


@pytest.mark.parametrize(
    "text",
    [
        NAMELESS,
        "Nobody in office wants to send young people abroad to go fight, the veteran said.",
    ],
)
def test_events_naming_no_one_are_left_out(extract, text) -> None:
    record = extract(text)
    assert not {"REQUEST", "ASSAULT"} & set(_types(record))


def test_events_naming_no_one_stay_when_asked_for(extract) -> None:
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    loose = get_pipeline(settings_from_kwargs(extractor_config={"events": {"require_party": False}}))
    record = to_record(loose.process_one(document_from_text(NAMELESS, "t", None)))
    assert "REQUEST" in [ev.type for ev in record.events]


def test_events_with_an_unnamed_group_subject_stay(extract) -> None:
    assert "AGREE" in _types(extract("Both sides agreed on a ceasefire in the region."))


def test_events_of_a_headline_stay_without_a_party(extract) -> None:
    record = extract("Eleven smugglers arrested at the border\nCustoms officers stopped a lorry near Kirsk on Sunday.")
    assert "COERCE" in _types(record)


def test_events_giving_political_support_is_support_not_aid(extract) -> None:
    types = _types(extract("Governor Paul Ames gave his full support to the reelection bid of Senator Ruth Gaines."))
    assert "SUPPORT" in types and "AID" not in types


def test_events_giving_military_support_stays_aid(extract) -> None:
    assert "AID" in _types(extract("The United States gave military support to the Kurdish forces in Syria."))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Gaines held three rallies in Iowa on Saturday, hoping to win over undecided voters.",
        "Governor Paul Ames is holding rallies across the state this week.",
    ],
)
def test_events_a_candidates_rally_is_no_protest(extract, text) -> None:
    assert "PROTEST" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of farmers held a rally against the new fuel tax outside parliament in Warsaw.",
        "Opposition leader Anna Marek held a rally against the government in the capital on Sunday.",
    ],
)
def test_events_a_rally_against_something_stays_a_protest(extract, text) -> None:
    assert "PROTEST" in _types(extract(text))


def test_events_reinforcing_a_commitment_is_no_mobilization(extract) -> None:
    record = extract("The chief executive reinforced the company's commitment to the city in a call with the mayor.")
    assert "MOBILIZE" not in _types(record)


def test_events_reinforcing_troops_stays_a_mobilization(extract) -> None:
    assert "MOBILIZE" in _types(extract("Russia reinforced its troops near the border with Ukraine on Friday."))


def test_events_giving_money_as_support_stays_aid(extract) -> None:
    assert "AID" in _types(extract("The European Union provides $45 million support for farmers in Kenya."))


@pytest.mark.parametrize(
    "text",
    [
        "The senator released his tax returns on Friday after weeks of pressure.",
        "The ministry released new unemployment figures for the third quarter on Monday.",
        "The studio will release the documentary in theaters next spring.",
    ],
)
def test_events_releasing_things_is_no_retreat(extract, text) -> None:
    assert "RETREAT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels released twelve hostages near Kirsk on Sunday.",
        "The junta freed opposition leader Anna Varga after two years in detention.",
        "Authorities released him on Tuesday.",
    ],
)
def test_events_releasing_people_stays_a_retreat(extract, text) -> None:
    assert "RETREAT" in _types(extract(text))


def test_events_a_reported_demand_is_a_real_request(extract) -> None:
    from sidelines.evaluate.article_matching import predicted_status

    record = extract("Senator Joan Whitfield said on Monday that the governor must resign over the budget scandal.")
    requests = [ev for ev in record.events if ev.type == "REQUEST"]
    assert requests and all(predicted_status(ev) == "real" for ev in requests)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of jailed activists were released in Varn this week.",
        "The militants said they would release four of the twenty captives they are holding.",
        "Rebels said on Thursday that they will soon release Tomas Arvelo.",
    ],
)
def test_events_releasing_counted_or_named_people_stays_a_retreat_or_promise(extract, text) -> None:
    assert {"RETREAT", "AGREE"} & set(_types(extract(text)))
