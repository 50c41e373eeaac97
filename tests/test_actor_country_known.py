"""Countries of well-known named actors from the lexicon derived from WordNet glosses.

Made-up wire sentences; the named groups and people are real ones WordNet glosses, the rest invented.
"""

from __future__ import annotations

import json
from importlib import resources

from sidelines.extractors.actors.known import known_country


def test_the_derived_lexicon_names_its_source_and_licence() -> None:
    raw = json.loads(resources.files("sidelines").joinpath("data", "actor_countries.json").read_text("utf-8"))
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in raw["_source"]


def test_groups_read_from_their_glosses_and_no_people_listed() -> None:
    assert known_country("the Liberation Tigers of Tamil Eelam", "groups") == "LKA"
    assert known_country("Kurdistan Workers' Party", "groups") == "TUR"
    raw = json.loads(resources.files("sidelines").joinpath("data", "actor_countries.json").read_text("utf-8"))
    assert set(raw) == {"_source", "groups"}  # people are learnt from the text, never known beforehand


def test_common_nouns_and_disputed_names_are_not_listed() -> None:
    assert known_country("Tigers", "groups") is None  # also a common noun


def test_a_known_group_without_a_country_in_the_text_takes_the_lexicons(extract) -> None:
    record = extract("Abu Sayyaf gunmen kidnapped three tourists from a beach resort on Sunday.")
    countries = {e.name: e.country for e in record.entities}
    assert "PHL" in countries.values(), countries


def test_a_known_group_in_a_story_naming_another_country_keeps_its_own(extract) -> None:
    record = extract("Fighters of the Kurdistan Workers' Party demanded that the Swedish government release "
                     "two of their members.")
    countries = {e.name: e.country for e in record.entities}
    assert countries.get("Kurdistan Workers' Party") == "TUR", countries


def test_a_region_link_gives_a_group_its_country() -> None:
    # WordNet links Hezbollah to Lebanon by its region domain; the gloss names no country first.
    assert known_country("Hezbollah", "groups") == "LBN"


def test_names_every_country_has_or_translations_are_not_listed() -> None:
    for name in ("Supreme Court", "Democratic Party", "Security Service", "People's Liberation Army"):
        assert known_country(name, "groups") is None, name


def test_a_known_group_in_a_story_of_another_country_keeps_its_own_country(extract) -> None:
    record = extract("Hezbollah fighters fired rockets at an army post in northern Israel on Sunday.")
    countries = {e.name: e.country for e in record.entities}
    assert countries.get("Hezbollah") == "LBN", countries
