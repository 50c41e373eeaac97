"""People the tagger cuts or mislabels: names with lower-case particles ("Dirk van der Merwe"), and
name-shaped mentions read as organisations that the rest of the document shows to be people
("Ms. Rousseau-Marchal" later, "X, a lawyer,"); organisations, places and things stay what they are."""

from __future__ import annotations

import pytest
from tests.conftest import speaker_of


@pytest.mark.parametrize(("text", "name"), [
    ("Party chairman Dirk van der Merwe said the coalition would survive the crisis.", "Dirk van der Merwe"),
    ('"We will appeal," said Luis Alberto dos Santos, a lawyer for the families.', "Luis Alberto dos Santos"),
    ('"It is over," said Kees ter Horst, a farmer from the polder.', "Kees ter Horst"),
    ('"We left at dawn," said Fatima bint Rashid, a teacher from the coast.', "Fatima bint Rashid"),
])
def test_name_with_lower_case_particles_is_one_person(entity_types_of, text, name):
    types = entity_types_of(text)
    assert types.get(name) == {"PERSON"}, types


def test_speaker_with_particles_is_the_whole_person(quote_speakers):
    found = quote_speakers('"The ceasefire is holding," said Luis Alberto dos Santos, a United Nations envoy. '
                           '"We expect the talks to resume," dos Santos added.')
    assert speaker_of(found, "The ceasefire is holding") == "Luis Alberto dos Santos"


@pytest.mark.parametrize(("text", "name"), [
    ("Banco de Portugal said on Monday that inflation had peaked.", "Banco"),
    ("Officials in Rio de Janeiro said the roads were closed.", "Rio"),
    ("The Port de la Selva ferry was cancelled, said Marta Puig.", "Port"),
])
def test_particles_between_non_people_join_nothing(entity_types_of, text, name):
    types = entity_types_of(text)
    assert not any(name in mention and "PERSON" in kinds for mention, kinds in types.items()), types


def test_name_read_as_organisation_is_the_person_the_text_calls_ms(entity_types_of):
    text = ('Asked about the deal, Delphine Rousseau-Marchal said it was "premature." Ms. Rousseau-Marchal, '
            "who has led the talks since May, declined to give a date.")
    assert entity_types_of(text).get("Delphine Rousseau-Marchal") == {"PERSON"}


def test_name_read_as_organisation_is_a_person_in_apposition_to_an_occupation(entity_types_of):
    text = '"It is over," said Anouk de la Cruz, a lawyer for the families, outside the court.'
    assert entity_types_of(text).get("Anouk de la Cruz") == {"PERSON"}


@pytest.mark.parametrize(("text", "name"), [
    ('"We are reviewing the decision," said Goldman Sachs in a statement. Sachs shares fell 3 percent.',
     "Goldman Sachs"),
    ('"No decision has been taken," said Deutsche Bank. Mr. Bank, a rival trader, laughed.', "Deutsche Bank"),
    ("The frigate HMS Dauntless shadowed the tanker through the channel, the navy said.", "HMS Dauntless"),
])
def test_organisations_and_ships_stay_no_people(entity_types_of, text, name):
    types = entity_types_of(text)
    assert "PERSON" not in types.get(name, set()), types


@pytest.mark.parametrize(("text", "name"), [
    ("Governor Ana Reyes spoke in Dayton. The Stop Reyes campaign held a rally outside. Reyes said she was "
     "not worried.", "Stop Reyes"),
    ('Protesters chanted "Jail Okafor" outside the court. Okafor said nothing as he left.', "Jail Okafor"),
])
def test_slogans_and_movements_named_after_a_person_stay_no_people(entity_types_of, text, name):
    types = entity_types_of(text)
    assert "PERSON" not in types.get(name, set()), types


@pytest.mark.parametrize(("text", "wrong"), [
    ("How do Biden's supporters feel about the new tariffs on steel?", "How do Biden"),
    ("Portuguese dos Santos was sent off in the second half after a late tackle.", "Portuguese dos Santos"),
])
def test_particle_join_takes_only_proper_names(entity_types_of, text, wrong):
    types = entity_types_of(text)
    assert "PERSON" not in types.get(wrong, set()), types


@pytest.mark.parametrize(("text", "name"), [
    ("Blue Origin, a rival of SpaceX, said it would bid for the lunar lander contract.", "Blue Origin"),
    ("Fianna Fail, its coalition partner, said the budget would pass next week.", "Fianna Fail"),
    ("Goldman Sachs, the lead underwriter, declined to comment on the offering.", "Goldman Sachs"),
    ("Boston Dynamics, the robot maker, said it would open a plant in Ohio.", "Boston Dynamics"),
    ("The league is led by Real Sociedad, 45, ahead of Girona, 41, after Sunday's games.", "Real Sociedad"),
])
def test_roles_firms_share_and_scores_make_no_person(entity_types_of, text, name):
    types = entity_types_of(text)
    assert "PERSON" not in types.get(name, set()), types
