"""Countries of national bodies, parties and movements from a general-knowledge list (lexicon/national_bodies.py).

Made-up wire sentences; the bodies are real, the events invented.
"""

from __future__ import annotations

from sidelines.extractors.actors.known import known_country
from sidelines.lexicon.national_bodies import NATIONAL_BODIES, national_body_country


def test_parliaments_parties_and_movements_are_listed() -> None:
    assert national_body_country("the Bundestag") == "DEU"
    assert national_body_country("Hamas") == "PSE"
    assert national_body_country("Sejm") == "POL"
    assert national_body_country("Boko Haram") == "NGA"
    assert national_body_country("the Kuomintang") == "TWN"


def test_names_several_states_share_are_not_listed() -> None:
    for name in ("Congress", "National Assembly", "Labour Party", "Supreme Court", "Baath Party", "Al-Qaeda",
                 "Justice and Development Party", "PRI", "CSU", "NPA"):
        assert national_body_country(name) is None, name


def test_every_code_is_a_country() -> None:
    import pycountry

    assert all(pycountry.countries.get(alpha_3=iso) is not None for iso in NATIONAL_BODIES.values())


def test_known_country_reads_the_list_too() -> None:
    assert known_country("Knesset", "groups") == "ISR"  # WordNet's
    assert known_country("Bundestag", "groups") == "DEU"  # the general-knowledge list


def test_a_listed_movement_keeps_its_own_country_in_a_story_of_another(extract) -> None:
    record = extract("Hamas accused Israel on Tuesday of breaking the truce in Gaza.")
    countries = {e.name: e.country for e in record.entities}
    assert countries.get("Hamas") == "PSE", countries


def test_a_listed_parliament_takes_its_country(extract) -> None:
    record = extract("The Bundestag criticised Hungary over its new media law on Thursday.")
    countries = {e.name: e.country for e in record.entities}
    assert countries.get("Bundestag") == "DEU", countries
