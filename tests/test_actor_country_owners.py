"""Countries of actors named with their owner or patron: a state's possessive before an organisation
("Norway's central bank"), a state's possessive inside a role's title ("who heads Peru's tax agency"),
and a patron written with a hyphen ("Iranian-backed", "pro-Russian"), which is not the group's own
country. All texts are made up for these tests."""

from __future__ import annotations

from sidelines.extractors.actors.group_owners import REPORTER_RULE
from sidelines.extractors.actors.groups import SPOKEN_FOR_HOW


def _entity(record, name: str):
    return next((e for e in record.entities if e.name == name), None)


def test_organisation_after_a_states_possessive_takes_that_state(extract):
    rec = extract("Iran's Intelligence Ministry said it had arrested ten people spying for Israel.")
    body = next(e for e in rec.entities if e.name.endswith("Intelligence Ministry"))
    assert body.country == "IRN"


def test_organisation_after_a_possessive_in_a_story_of_two_states(extract):
    rec = extract("Japan's Ministry of Foreign Affairs lodged a protest with South Korea over the islands.")
    body = next(e for e in rec.entities if "Ministry of Foreign Affairs" in e.name)
    assert body.country == "JPN"


def test_name_modifying_the_noun_a_states_possessive_owns_takes_no_country(extract):
    rec = extract("Japan's Nordvik Motors plant near Osaka was closed after a strike by Korean drivers.")
    firm = _entity(rec, "Nordvik Motors")
    assert firm is not None and firm.country != "JPN"
    rec = extract("Japan's Nordvik Motors said it would close a plant in Thailand.")
    assert _entity(rec, "Nordvik Motors").country == "JPN"


def test_organisation_after_a_persons_possessive_takes_no_country_from_it(extract):
    rec = extract("Ahmed Karimi's Future Movement rejected an offer from Jordan and Egypt on Monday.")
    body = next((e for e in rec.entities if e.name.endswith("Future Movement")), None)
    assert body is None or body.country is None


def test_person_whose_title_names_a_states_body_takes_that_state(extract):
    rec = extract("Rashid Omarov, who heads Kazakhstan's security service, accused Kyrgyz smugglers of "
                  "supplying arms to militants.")
    assert _entity(rec, "Rashid Omarov").country == "KAZ"


def test_hyphenated_patron_is_not_the_groups_country(extract):
    rec = extract("Iranian-backed Houthi fighters fired a missile at the Saudi capital.")
    fighters = [e for e in rec.entities if e.name.endswith("fighters")]
    assert fighters and all(e.country != "IRN" for e in fighters)
    rec = extract("Pro-Russian separatists seized a police station in the Ukrainian town.")
    separatists = [e for e in rec.entities if e.name.endswith("separatists")]
    assert separatists and all(e.country != "RUS" for e in separatists)


def test_plain_demonym_still_gives_the_group_its_country(extract):
    rec = extract("Russian separatists seized a police station in the Ukrainian town.")
    group = next(e for e in rec.entities if e.name.endswith("separatists"))
    assert group.country == "RUS"


def test_spokesman_for_a_states_army_takes_its_country(extract):
    rec = extract("A spokesman for the Ugandan army said rebels had attacked a camp near the Congolese border.")
    spokesman = _entity(rec, "spokesman")
    assert spokesman.country == "UGA"
    assert spokesman.explanation.decisions["country"] == f"groups: {SPOKEN_FOR_HOW}"


def test_group_of_its_reporter_takes_the_reporters_country(extract):
    rec = extract("The Kenyan government said its forces had killed ten Somali militants.")
    forces = _entity(rec, "its forces")
    assert forces.country == "KEN"
    assert forces.explanation.decisions["country"] == f"actors: {REPORTER_RULE}"


def test_group_of_his_reporter_takes_the_speakers_country(extract):
    rec = extract("The Pakistani prime minister said his army would respond to any Indian attack on the border.")
    army = _entity(rec, "his army")
    assert army.country == "PAK"
    assert army.explanation.decisions["country"] == f"actors: {REPORTER_RULE}"


def test_a_persons_kidnappers_are_not_of_the_speakers_state(extract):
    rec = extract("The Mexican migrant said his kidnappers had handed him over to American border agents.")
    assert all(e.country != "MEX" for e in rec.entities if e.name.endswith("kidnappers"))


def test_the_soldiers_a_state_reports_on_are_not_its_own_by_that_alone(extract):
    rec = extract("Chad said the soldiers who attacked the village had come from Sudan.")
    soldiers = [e for e in rec.entities if e.name.endswith("soldiers")]
    assert soldiers and all(e.country != "TCD" for e in soldiers)


def test_the_army_a_state_reports_on_is_its_own(extract):
    rec = extract("Chad said the army had repelled an attack by gunmen from Sudan.")
    assert _entity(rec, "army").country == "TCD"


def test_plain_state_forces_in_a_states_report_are_its_own(extract):
    rec = extract("The Colombian defence minister said troops would withdraw from the border with Venezuela.")
    assert _entity(rec, "troops").country == "COL"


def test_group_reported_by_an_organisation_with_no_country_takes_none_of_its_rivals(extract):
    rec = extract("The Front said its fighters had shelled Azerbaijani and Armenian positions overnight.")
    assert _entity(rec, "its fighters") is not None
    assert _entity(rec, "its fighters").country is None


def test_one_member_of_a_states_forces_takes_the_storys_one_country(extract):
    rec = extract("Haitian police arrested a former army officer accused of plotting a coup.")
    officer = next(e for e in rec.entities if e.name.endswith("army officer"))
    assert officer.country == "HTI"


def test_one_diplomat_takes_no_country_from_the_story(extract):
    rec = extract("Russia expelled a diplomat accused of spying.")
    assert _entity(rec, "diplomat") is not None
    assert _entity(rec, "diplomat").country is None


def test_speaking_description_takes_the_country_its_words_name(extract):
    rec = extract("The Colombian defence minister said troops would withdraw from the border with Venezuela.")
    speaker = next(e for e in rec.entities if e.name.endswith("defence minister"))
    assert speaker.country == "COL"
