"""Events: the one accused in "accusations that X ..." is the subject of the that-clause, not the
subject of the verb the accusation hangs on."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Governor Ellen Brady denied accusations that she lied to the Harlow County board.", "Ellen Brady"),
        ("Mayor Tom Okafor faces allegations that he misused campaign funds.", "Tom Okafor"),
        ("Senator Rita Vance brushed aside accusations that she had padded her expense claims.", "Rita Vance"),
    ],
)
def test_events_the_subject_of_an_accusations_that_clause_is_accused(extract, text, accused) -> None:
    sides = _sides(extract(text), "ACCUSE")
    assert any(s.get(accused) == "target" for s in sides)
    assert not any(s.get(accused) == "source" for s in sides)


@pytest.mark.issue(11)
def test_events_an_accuser_named_with_the_accusation_stays_its_source(extract) -> None:
    record = extract("The Daily Courier published allegations by Senator Rita Vance that Mayor Tom Okafor "
                     "misused campaign funds.")
    assert any(s.get("Tom Okafor") == "target" for s in _sides(record, "ACCUSE"))
