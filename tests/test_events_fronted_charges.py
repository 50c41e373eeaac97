"""Events: a charge told after what it charges ("X used force, a rights group charged"), which the
parser reads as a relative clause on the last noun, is an ACCUSE by the reporter against the subject
of the fronted clause (side rule ``fronted-charge``)."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Greek police used excessive force against migrants, a rights group charged on Friday.",
         "rights group", "Greek police"),
        ("Kenyan police beat peaceful marchers in Nairobi, the opposition complained on Sunday.",
         "opposition", "Kenyan police"),
    ],
)
def test_events_a_closing_charge_accuses_the_fronted_subject(extract, text, accuser, accused) -> None:
    sides = _sides(extract(text), "ACCUSE")
    assert any(s.get(accuser) == "source" and s.get(accused) == "target" for s in sides), sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "The police arrested three Nigerian men at the port, all charged with smuggling.",
        "A court jailed two Ethiopian activists, both accused of inciting violence.",
    ],
)
def test_events_people_charged_with_a_crime_make_no_closing_charge(extract, text) -> None:
    assert not any(s for s in _sides(extract(text), "ACCUSE") if any(r == "source" for r in s.values()))


@pytest.mark.issue(11)
def test_events_a_place_before_the_closing_charge_is_no_accuser(extract) -> None:
    text = "The Moroccan police beat detained students in Rabat, a human rights researcher charged."
    sides = _sides(extract(text), "ACCUSE")
    assert sides and not any(s.get("Rabat") for s in sides), sides
