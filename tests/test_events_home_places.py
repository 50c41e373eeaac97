"""Events: a place that only says where someone is from, or where an act happened, does not act."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("An Oregon man attacked two neighbours with a hammer on Sunday, police said.", "Oregon"),
        ("A retired teacher from Tulsa attacked the mayor with a cane at a town meeting.", "Tulsa"),
        ("Denver office shooting wounds three\n\nA gunman opened fire in an office block on Monday.", "Denver"),
    ],
)
def test_events_a_home_town_is_no_source(extract_unfiltered, text, place) -> None:
    assert not any(s.get(place) == "source" for s in _sides(extract_unfiltered(text)))


@pytest.mark.issue(11)
def test_events_a_country_before_an_attack_noun_still_acts(extract_unfiltered) -> None:
    record = extract_unfiltered("Ukraine strike destroys two fuel depots, officials say.")
    assert any(s.get("Ukraine") == "source" for s in _sides(record))


@pytest.mark.issue(11)
def test_events_in_an_article_a_town_only_locates_an_act_and_a_country_stands_for_its_people(extract_unfiltered) -> None:
    town = extract_unfiltered("Team news\n\nPolice made arrests on Friday in Brookfield.\n\nThe team plays on Sunday.")
    assert [s for s in _sides(town, "COERCE") if s.get("Police") == "source"]
    assert not any(s.get("Brookfield") == "target" for s in _sides(town))
    country = extract_unfiltered("War news\n\nWarplanes bombed targets in Syria on Monday.\n\nThe strikes went on.")
    assert any(s.get("Syria") == "target" for s in _sides(country, "ASSAULT"))
    # A one-paragraph report is coded as event coders code it: the town stands for the people arrested.
    report = extract_unfiltered("Police made arrests on Friday in Brookfield.")
    assert any(s.get("Brookfield") == "target" for s in _sides(report, "COERCE"))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A named person's home town in an "of"/"from" phrase, or in an apposition's modifier.
        ("Rangers detained Owen Tate, 41, of Lubbock, on charges of cattle theft.", "Lubbock"),
        ("The driver, Nell Briggs of Tacoma, was charged with fraud by county prosecutors.", "Tacoma"),
        ("Doctors said the patient, a Yonkers grandmother, had been beaten with a pipe.", "Yonkers"),
        ("Lorna Vick, 52, of Marfa, Texas, was charged with cattle theft on Tuesday.", "Texas"),
        ("Tenants of Millbrook sued the landlord over the broken heating.", "Millbrook"),
    ],
)
def test_events_the_home_of_a_named_or_plain_person_is_no_side(extract_unfiltered, text, place) -> None:
    assert not any(place in s for s in _sides(extract_unfiltered(text)))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The rules leave the source empty; the learned sides must not fill it with the home town.
        ("A 50 - year - old man from Kessler, Ohio, tipped off authorities to the suspect's location.", "Kessler"),
        ("A 61 - year - old woman from Marlow, Oklahoma, tipped off deputies to the van's location.", "Marlow"),
    ],
)
def test_events_learned_sides_take_no_home_town(extract_unfiltered, text, place) -> None:
    assert not any(place in s for s in _sides(extract_unfiltered(text)))
