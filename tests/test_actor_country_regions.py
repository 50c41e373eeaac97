"""Groups named by a region of several states ("Asian investors", "Balkan leaders") are of no one state.

All texts are written for these tests.
"""

from __future__ import annotations

from tests.conftest import side_countries


def _entity(record, name: str):
    return next((e for e in record.entities if e.name == name), None)


def test_investors_of_a_continent_do_not_take_the_story_country(extract):
    rec = extract("Asian investors pulled their money out of Sri Lanka during the debt crisis.")
    group = _entity(rec, "Asian investors")
    assert group is None or group.country is None
    assert "LKA" not in side_countries(rec, ("source",))


def test_leaders_of_a_region_do_not_take_the_host_country(extract):
    rec = extract("Balkan leaders met in Tirana on Thursday to settle the border dispute.")
    assert "ALB" not in side_countries(rec, ("source", "participant"))


def test_a_region_adjective_of_two_words_is_not_read_by_its_last_word(extract):
    rec = extract("Latin American leaders criticised Venezuela for postponing the vote.")
    assert "USA" not in side_countries(rec, ("source",))
    assert "VEN" in side_countries(rec, ("target",))


def test_region_adjective_helper_keeps_regions_of_one_state_out():
    from sidelines.gazetteer.regions import is_multi_state_demonym

    assert is_multi_state_demonym("Balkan") and is_multi_state_demonym("asian")
    assert is_multi_state_demonym("Latin American")
    assert not is_multi_state_demonym("Tibetan") and not is_multi_state_demonym("Scottish")
    assert not is_multi_state_demonym("Kenyan")


def test_a_state_demonym_still_gives_its_country(extract):
    rec = extract("Kenyan investors pulled their money out of Uganda during the debt crisis.")
    assert "KEN" in side_countries(rec, ("source",))


def test_people_of_the_one_country_still_take_it(extract):
    rec = extract("Farmers blocked roads across Sri Lanka to protest the fertiliser ban.")
    assert "LKA" in side_countries(rec, ("source",))


def test_a_compass_part_of_a_continent_is_of_no_one_state(extract):
    rec = extract("South American leaders criticised Bolivia for delaying the runoff vote.")
    assert "USA" not in side_countries(rec, ("source",))
    assert "BOL" in side_countries(rec, ("target",))


def test_compass_demonyms_of_a_state_keep_their_state():
    from sidelines.extractors.actors.countries import country_of_name, regional_name

    assert country_of_name("South African troops") == "ZAF"
    assert not regional_name("Central African soldiers") and regional_name("North American leaders")


def test_a_people_of_one_state_named_by_a_continent_keeps_the_state():
    from sidelines.extractors.actors.countries import regional_name

    assert not regional_name("African Americans") and not regional_name("Asian American voters")
    assert regional_name("Latin American leaders") and regional_name("Asian investors")


def test_voters_named_by_a_continent_and_american_keep_their_country(extract):
    rec = extract("African American voters queued for hours in Memphis on Tuesday to vote in the primary.")
    voters = next((e for e in rec.entities if e.name.startswith("African American")), None)
    assert voters is not None and voters.country == "USA"


def test_a_regional_group_takes_no_country_from_the_place_of_its_act(extract):
    rec = extract("European dairy farmers blocked the main roads in Brussels to protest cheap imports from Chile.")
    farmers = next((e for e in rec.entities if e.name.endswith("farmers")), None)
    assert farmers is None or farmers.country != "BEL"
