"""A demonym bound to the noun phrase it modifies (an object, people acted on) is no country of the story
for the other side. All texts are made up for these tests."""

from __future__ import annotations


def _source_countries(record) -> set[str]:
    country = {e.id: e.country for e in record.entities}
    return {country[a.entity] for ev in record.events for a in ev.actors
            if a.role in ("source", "participant") and country[a.entity]}


def test_demonym_of_the_people_acted_on_is_not_the_attackers_country(extract):
    rec = extract("Separatist gunmen kidnapped three Portuguese engineers on Sunday.")
    assert "PRT" not in _source_countries(rec)
    assert "PRT" in {e.country for e in rec.entities}


def test_demonym_of_a_rejected_proposal_is_not_the_rejecters_country(extract):
    rec = extract("The Hamas leader rejected the Jordanian proposal for a ceasefire.")
    assert "JOR" not in _source_countries(rec)


def test_demonym_of_an_acting_group_still_gives_the_story_its_country(extract):
    rec = extract("Nepalese police arrested dozens of Maoist rebels on Sunday.")
    assert "NPL" in _source_countries(rec)


def test_demonym_of_a_place_acted_on_still_sets_the_story(extract):
    rec = extract("Rebels shelled the Syrian town on Monday and the government condemned the attack.")
    assert "SYR" in _source_countries(rec)


def test_demonym_of_visitors_is_theirs_only_wherever_they_stand(extract):
    rec = extract("Danish tourists praised the police for their quick help.")
    assert "DNK" not in {e.country for e in rec.entities if e.name.lower() == "police"}


def _country_of(record, name: str) -> set[str | None]:
    return {e.country for e in record.entities if e.name.lower() == name}


def test_demonym_of_an_actor_compound_still_gives_the_story_its_country(extract):
    rec = extract("A Chilean police inspector was shot dead on Monday, and the government condemned the killing.")
    assert _country_of(rec, "government") == {"CHL"}


def test_demonym_of_a_state_election_sets_the_story_wherever_it_stands(extract):
    rec = extract("The opposition boycotted the Bolivian elections.")
    assert _country_of(rec, "opposition") == {"BOL"}


def test_demonym_of_a_building_acted_on_still_sets_the_story(extract):
    rec = extract("Rebels shelled a Yemeni hospital, and the government condemned the attack.")
    assert _country_of(rec, "government") == {"YEM"}


def test_demonym_after_of_is_not_bound(extract):
    rec = extract("The government raised the price of Peruvian rice and protesters took to the streets.")
    assert _country_of(rec, "government") == {"PER"}


def test_mission_noun_with_a_trade_adjective_is_not_people_from_abroad(extract):
    rec = extract("Chilean political observers said the opposition would boycott the vote.")
    assert _country_of(rec, "opposition") == {"CHL"}
