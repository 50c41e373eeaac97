"""A country "for" which a posted title is held, and quote speakers named by a title as written (made-up text)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Gita Rahl, the delegate for Chile at the fishing talks, left before the vote.", "Gita Rahl", "CHL"),
    ("Bram Oost, the ambassador for Peru in Madrid, hosted a reception for exporters.", "Bram Oost", "PER"),
    ("Tomas Brenner, the consul for Austria in Lagos, renewed the visas.", "Tomas Brenner", "AUT"),
    ("Ines Malo, a representative for Ghana's cocoa board, signed the deal.", "Ines Malo", "GHA"),
])
def test_a_delegate_for_a_country_at_a_venue_or_for_its_body_is_of_that_country(people_of, text, name, country):
    _, found = people_of(text)[name]
    assert found == country


@pytest.mark.parametrize("text, name, country", [
    ("Pavo Lind, the envoy for Libya, called for calm.", "Pavo Lind", "LBY"),
    ("Rina Kolb, the special representative for Chad, met the rebels.", "Rina Kolb", "TCD"),
])
def test_an_envoy_or_a_special_posting_for_a_country_is_not_of_it(people_of, text, name, country):
    _, found = people_of(text)[name]
    assert found != country


@pytest.fixture(scope="module")
def said_by(extract):
    """Speaker names of a text's quotes, in order."""

    def run(text: str) -> list[str | None]:
        record = extract(text)
        names = {e.id: e.name for e in record.entities}
        return [names.get(q.speaker) if q.speaker else None for q in record.quotes]

    return run


@pytest.mark.parametrize("text, speaker", [
    ('Ulla Fenn, the secretary of state for transport, stood beside Marek Toll, the secretary. "Trains will run," '
     'the secretary said.', "Marek Toll"),
    ('Wim Hask, the minister of state for fisheries, greeted Dita Vance, the minister. "The harbour reopens soon," '
     'the minister said.', "Dita Vance"),
])
def test_a_holder_of_the_title_as_written_is_the_speaker(said_by, text, speaker):
    assert said_by(text) == [speaker]


def test_the_head_of_a_full_title_still_names_its_only_holder(said_by):
    text = 'Hal Brisk, the governor of the Bank of Ostland, spoke on Monday. "Rates will hold," the governor said.'
    assert said_by(text) == ["Hal Brisk"]
