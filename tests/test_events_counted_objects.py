"""Events: a count before "of" ("hundreds of troops", "tens of thousands of reservists") is read
through to what it counts; forces sent somewhere are a deployment; a charge may be a clause
("charged that X ...", "X did Y, Z charged")."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("Kenya deployed hundreds of police officers to the border town on Tuesday.", "Kenya"),
        ("Ukraine mobilized tens of thousands of reservists on Sunday as tensions rose.", "Ukraine"),
        ("Lebanon deployed hundreds of army troops in the southern villages on Friday.", "Lebanon"),
    ],
)
def test_events_a_counted_force_is_deployed(extract, text, mover) -> None:
    assert any(s.get(mover) == "source" for s in _sides(extract(text), "MOBILIZE"))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Iran has sent dozens of warships to the Gulf, the navy said on Monday.",
        "Egypt dispatched hundreds of riot police to the capital's main square ahead of the rally.",
    ],
)
def test_events_forces_sent_are_a_deployment(extract, text) -> None:
    assert _sides(extract(text), "MOBILIZE")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "The country deployed hundreds of new solar panels on public buildings last year.",
        "The company sent thousands of emails to its customers on Tuesday.",
    ],
)
def test_events_counted_things_are_no_deployment(extract, text) -> None:
    assert not _sides(extract(text), "MOBILIZE")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Pakistan charged on Tuesday that India was sponsoring militants in the province.", "Pakistan", "India"),
        ("Chinese hackers stole defence secrets, the Indian government charged on Wednesday.",
         "Indian government", "Chinese hackers"),
    ],
)
def test_events_a_charge_told_as_a_clause_is_an_accusation(extract, text, accuser, accused) -> None:
    sides = _sides(extract(text), "ACCUSE")
    assert any(s.get(accuser) == "source" for s in sides), sides
    assert any(s.get(accused) == "target" for s in sides), sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("Hundreds of Kenyan troops were deployed to Somalia on Monday.", "Kenyan troops"),
        ("Thousands of Ethiopian soldiers have been sent to the Somali border.", "Ethiopian soldiers"),
    ],
)
def test_events_counted_forces_moved_are_the_side_that_moves(extract, text, forces) -> None:
    sides = _sides(extract(text), "MOBILIZE")
    assert any(s.get(forces) == "source" for s in sides), sides


@pytest.mark.issue(11)
def test_events_counted_own_forces_are_no_target(extract) -> None:
    sides = _sides(extract("Mali has deployed hundreds of its troops in the north to protect the vote."), "MOBILIZE")
    assert any(s.get("Mali") == "source" for s in sides), sides
    assert not any(role == "target" and "troops" in name for s in sides for name, role in s.items()), sides


@pytest.mark.issue(11)
def test_events_a_team_of_forces_sent_is_a_deployment(extract) -> None:
    sides = _sides(extract("Kenya has sent a team of commandos to Somalia to guard its embassy there."), "MOBILIZE")
    assert any(s.get("Kenya") == "source" for s in sides), sides
