"""Titles with the office's full name: domains and a region after the head, a hyphened head, an office set
off by a comma before the name (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title", [
    ("Officials said the trip was led by the senior adviser for Africa, Jane Doe.", "Jane Doe",
     "senior adviser for Africa"),
    ("Dara Nyo, the minister of state for foreign affairs, spoke at the forum.", "Dara Nyo",
     "minister of state for foreign affairs"),
    ("Olga Varn, the deputy secretary of state for health, opened the clinic.", "Olga Varn",
     "deputy secretary of state for health"),
])
def test_an_apposed_title_keeps_its_domains_and_region(people_of, text, name, title):
    titles, _ = people_of(text)[name]
    assert title in titles


def test_a_place_after_of_stays_the_affiliation(role_titles_of):
    assert role_titles_of("Remy Gaud, the mayor of Lyon, cut the ribbon.")["Remy Gaud"] == ["mayor"]


def test_a_hyphened_head_is_read_whole(people_of):
    titles, _ = people_of("Abel Kessa, the director-general of the agency, warned of a new outbreak.")["Abel Kessa"]
    assert "director-general of the agency" in titles or "director-general" in titles


@pytest.mark.parametrize("text, name, title, country", [
    ("The troops were inspected by Nigeria's Chief of Defence Staff, Musa Bello, on Friday.", "Musa Bello",
     "Chief of Defence Staff", "NGA"),
    ("The crowd was addressed by Kenya's Inspector General of Police, Tomas Ade, on Tuesday.", "Tomas Ade",
     "Inspector General of Police", "KEN"),
])
def test_an_office_set_off_by_a_comma_before_the_name(people_of, text, name, title, country):
    titles, found = people_of(text)[name]
    assert title in titles
    assert found == country


def test_a_place_owning_the_body_is_no_end_of_the_office(people_of):
    titles, country = people_of("Amal Saeed, a spokesperson for Egypt's interior ministry, announced the arrests.")["Amal Saeed"]
    assert "spokesperson for Egypt" not in titles
    assert country == "EGY"


@pytest.mark.parametrize("text, name, title, country", [
    ("The flooded valley was toured by the U.S. ambassador to Peru, Greta Moss.", "Greta Moss",
     "ambassador to Peru", "USA"),
    ("The ceremony was attended by Canada's ambassador to Mexico, Rob Hale.", "Rob Hale",
     "ambassador to Mexico", "CAN"),
])
def test_a_posting_set_off_by_a_comma_before_the_name_serves_the_sender(people_of, text, name, title, country):
    titles, found = people_of(text)[name]
    assert title in titles
    assert found == country


def test_an_envoy_for_a_country_is_not_of_that_country(people_of):
    titles, country = people_of("Arne Dahl, the UN special envoy for Yemen, urged a ceasefire.")["Arne Dahl"]
    assert "special envoy for Yemen" in titles
    assert country != "YEM"


def test_a_bare_nominal_still_joins_the_holder_of_a_full_office(extract):
    record = extract("Yuki Mori, governor of the Bank of Freedonia, kept rates on hold. The governor said prices were "
                     "stable.")
    mori = next(e for e in record.entities if e.name == "Yuki Mori")
    assert any(m.text == "The governor" for m in mori.mentions)
