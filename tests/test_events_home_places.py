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
