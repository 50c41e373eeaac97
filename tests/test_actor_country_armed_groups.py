"""Armed and unruly groups named by what they are ("bandits", "tribesmen"), also where the tagger took a capitalised
plural at the start of a sentence for a name ("Guerrillas killed ..."): group actors with the story's country.

All texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from sidelines.extractors.actors.capitalised_nouns import singular_of


def _countries(record, first: str) -> dict[str, str | None]:
    return {e.name: e.country for e in record.entities if e.name.split()[0] == first}


@pytest.mark.parametrize("word", ["Extremists", "Bandits", "Rioters", "Tribesmen", "Militiamen", "Gendarmes",
                                  "Hardliners", "Guerrillas"])
def test_a_sentence_initial_armed_group_takes_the_one_country(extract, word: str) -> None:
    record = extract(f"{word} attacked a police station in northern Bolivia on Sunday.")
    assert _countries(record, word).get(word) == "BOL", record.entities


def test_guerrillas_that_kill_soldiers_of_a_state_are_of_that_state(extract) -> None:
    record = extract("Guerrillas killed four Nepalese soldiers in an ambush in the hills.")
    assert _countries(record, "Guerrillas").get("Guerrillas") == "NPL", record.entities


def test_singular_of_capitalised_plurals() -> None:
    assert singular_of("guerrillas") == "guerrilla"
    assert singular_of("militiamen") == "militiaman"
    assert singular_of("authorities") == "authority"
    assert singular_of("police") == "police"
