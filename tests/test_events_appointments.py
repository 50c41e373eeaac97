"""Events: appointing someone to a post backs them (SUPPORT), as the CAMEO dictionaries code the
"NAME" verbs (appoint, nominate, designate, name, elect) with a "to" phrase (051, endorse). Made-up sentences."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Governor Anna Berg named Ivan Petrov to the Carvel Circuit Court in 2012.",
    "Governor Anna Berg appointed Ivan Petrov as her chief of staff on Monday.",
    "Judge Ivan Petrov won praise for the ruling. In June Governor Anna Berg nominated him to the appeals court.",
])
def test_events_appointing_a_person_to_a_post_backs_them(extract, text) -> None:
    record = extract("Court news from Carvel\n\n" + text)
    assert any(s.get("Anna Berg") == "source" and s.get("Ivan Petrov") == "target"
               for s in _sides(record, "SUPPORT")), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "The bridge was named after Ivan Petrov in 2012.",
    "Governor Anna Berg named the new ferry Lena in 2012.",
])
def test_events_naming_a_thing_is_no_appointment(extract, text) -> None:
    assert not _sides(extract("Court news from Carvel\n\n" + text), "SUPPORT")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "The senate delayed the vote on Ivan Petrov, Governor Anna Berg's nominee for the court.",
    "Governor Anna Berg's nominee, Ivan Petrov, was confirmed by the senate on Tuesday.",
])
def test_events_someones_nominee_is_backed_by_them(extract, text) -> None:
    # The nominalisation of a naming verb ("nominee", "appointee") with its possessor and the person
    # it stands in apposition to: the possessor backs that person.
    record = extract("Court news from Carvel\n\n" + text)
    assert any(s.get("Anna Berg") == "source" and s.get("Ivan Petrov") == "target"
               for s in _sides(record, "SUPPORT")), record.events
