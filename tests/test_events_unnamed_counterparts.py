"""Events: an unnamed counterpart ("met his Panamanian counterpart") is a side through its demonym.

The possessive pronoun names the other side's owner, not the counterpart: the demonym before
"counterpart" is the only word for the party met, so it is no mere modifier of a named person.
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries, typed_events


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Costa Rican President Luis Mora met his Panamanian counterpart on Monday.", "PAN"),
        ("Chilean Foreign Minister Ana Reyes held talks with her Peruvian counterpart in Lima.", "PER"),
    ],
)
def test_events_an_unnamed_counterpart_is_met_through_its_demonym(extract, text, iso3) -> None:
    assert iso3 in side_countries(extract(text), ("participant", "target"), "CONSULT")


def test_events_a_demonym_before_a_named_person_still_only_modifies(extract) -> None:
    events = typed_events(extract("Kenyan President William Ruto met Ugandan officials in Kampala."))
    sides = {name for t, actors, _ in events if t == "CONSULT" for name in actors}
    assert "Kenyan" not in sides
