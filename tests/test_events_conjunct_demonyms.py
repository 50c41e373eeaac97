"""A demonym on a coordinated noun beside a named person ("X and his Ugandan counterpart") is a side of its
own, while the demonym of the person's own title is not (events/homes.of_conjunct, rule sides:conjunct-demonym).

All texts are made up for these tests.
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries


@pytest.mark.parametrize(("text", "both"), [
    ("Kenyan President Kamau Ndegwa and his Ugandan counterpart agreed to end the border dispute.", {"KEN", "UGA"}),
    ("Sudanese Defence Minister Omar Salih and his Chadian counterpart agreed to a ceasefire.", {"SDN", "TCD"}),
])
def test_the_counterparts_demonym_is_a_side(extract, text: str, both: set[str]) -> None:
    record = extract(text)
    assert both <= side_countries(record, ("source", "participant")), record.events


def test_the_demonym_of_a_persons_title_stays_off_the_sides(extract) -> None:
    record = extract("Kenyan President Kamau Ndegwa accused Uganda of arming rebels.")
    names = {e.id: e.name for e in record.entities}
    sides = {names[a.entity] for ev in record.events for a in ev.actors if a.role == "source"}
    assert "Kenyan" not in sides, record.events


def test_the_demonym_of_a_kin_beside_a_named_person_is_no_side(extract) -> None:
    record = extract("Kenyan President Kamau Ndegwa and his Ugandan wife met the pope at the Vatican on Sunday.")
    assert "UGA" not in side_countries(record, ("source", "participant")), record.events
