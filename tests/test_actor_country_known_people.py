"""Countries of modern political figures from the lexicon derived from WordNet glosses.

Made-up wire sentences; the figures named are real ones WordNet glosses, every other name is invented.
"""

from __future__ import annotations

from sidelines.extractors.actors.known import known_country


def _countries(record) -> dict[str, str | None]:
    return {e.name: e.country for e in record.entities}


def test_a_figure_is_listed_by_full_name_only() -> None:
    assert known_country("Hosni Mubarak", "people") == "EGY"
    assert known_country("Yasser Arafat", "people") == "PSE"
    assert known_country("Mubarak", "people") is None  # a bare surname is shared by namesakes


def test_a_leader_of_no_state_or_party_is_no_political_figure() -> None:
    assert known_country("Artie Shaw", "people") is None  # a band's leader


def test_the_country_an_office_is_of_and_surnames_with_an_article() -> None:
    assert known_country("Bill Clinton", "people") == "USA"  # "42nd President of the United States"
    assert known_country("Muammar al-Qaddafi", "people") == "LBY"


def test_a_person_whose_gloss_only_names_a_politician_is_not_one() -> None:
    assert known_country("Andy Warhol", "people") is None


def test_given_names_aliases_and_common_words_are_not_listed() -> None:
    for name in ("Carlos", "Begin", "Bridges", "Andres Martinez"):
        assert known_country(name, "people") is None, name


def test_a_figure_named_without_a_country_takes_the_lexicons(extract) -> None:
    record = extract("Fidel Castro denounced the trade embargo in a speech on Monday.")
    assert _countries(record).get("Fidel Castro") == "CUB", _countries(record)


def test_a_figure_meeting_a_foreigner_keeps_its_own_country(extract) -> None:
    record = extract("Hosni Mubarak met a visiting Italian minister to discuss trade on Sunday.")
    assert _countries(record).get("Hosni Mubarak") == "EGY", _countries(record)


def test_a_made_up_person_sharing_a_figures_surname_keeps_the_texts_country(extract) -> None:
    record = extract("Carlos Mendez, Bolivia's interior minister, rejected the claim on Tuesday.")
    assert _countries(record).get("Carlos Mendez") == "BOL", _countries(record)
    record = extract("Defence Minister Ana Ortega of Honduras signed the deal with Guatemala.")
    assert _countries(record).get("Ana Ortega") == "HND", _countries(record)


def test_a_namesake_given_a_full_name_then_the_surname_takes_no_figures_country(extract) -> None:
    record = extract("Councillor Dana Mubarak opened the new library on Friday. Mubarak said it cost less than planned.")
    assert _countries(record).get("Dana Mubarak") is None, _countries(record)


def test_a_figures_namesake_with_a_trade_takes_no_country(extract) -> None:
    record = extract("Hosni Mubarak, a retired baker, told the council the bridge needed repairs.")
    assert _countries(record).get("Hosni Mubarak") is None, _countries(record)


def test_the_texts_places_come_before_the_lexicon(extract) -> None:
    record = extract("Governor Fidel Castro of Ohio signed the budget in Columbus on Monday.")
    assert _countries(record).get("Fidel Castro") == "USA", _countries(record)
