"""Events: releasing people named by a trade or a relation is a RETREAT (issue 11)."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "freed"),
    [
        ("A Varnish court has freed two former ministers on bail.", "ministers"),
        ("The Borduria junta released three deputies on Sunday.", "deputies"),
        ("Police in Kirsk freed the lecturers after a night in custody.", "lecturers"),
    ],
)
def test_events_releasing_people_named_by_their_trade_is_a_retreat(extract, text, freed) -> None:
    sides = _sides(extract(text), "RETREAT")
    assert any(any(freed in name and role == "target" for name, role in s.items()) for s in sides)


@pytest.mark.issue(11)
def test_events_a_passive_conjunct_frees_its_borrowed_subject(extract) -> None:
    # "held ... , have been freed by X": the subject of the first verb is the one freed, X the one freeing.
    record = extract("Twelve Borduran sailors, held in Kirsk for more than 100 days, have been freed by "
                     "Ruritanian forces.")
    sides = _sides(record, "RETREAT")
    assert any(any("sailors" in n and r == "target" for n, r in s.items())
               and any("Ruritanian" in n and r == "source" for n, r in s.items()) for s in sides), sides


@pytest.mark.issue(11)
def test_events_a_passive_conjunct_acts_on_its_borrowed_subject(extract) -> None:
    record = extract("Anna Varga stormed the ministry on Monday and was arrested by the Ruritanian police.")
    assert any(s.get("Anna Varga") == "target" for s in _sides(record, "COERCE"))

