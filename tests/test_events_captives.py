"""Events: holding people hostage or captive (CAMEO 181, PLOVER ASSAULT abduct) and using them as
human shields (PLOVER COERCE); "hostage" is no visit of a host."""

from __future__ import annotations

import pytest
from tests.conftest import has_event, typed_events


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Rebels held two aid workers hostage for a week.", "ASSAULT", "Rebels", "workers"),
        ("The militia is holding thirty soldiers captive in the hills.", "ASSAULT", "militia", "soldiers"),
        ("Insurgents kept the farmers of two hamlets as human shields during the siege.", "COERCE", "Insurgents",
         "farmers"),
        ("The gunmen used the passengers as a human shield.", "COERCE", "gunmen", "passengers"),
    ],
)
def test_events_holding_people_captive_or_as_shields(extract, text, etype, source, target) -> None:
    events = typed_events(extract(text))
    assert has_event(events, etype, **{source: "source", target: "target"})
    assert not [t for t, _, _ in events if t == "CONSULT"]


def test_events_things_held_are_no_captives(extract) -> None:
    events = typed_events(extract("The ministry held a press conference as a show of strength."))
    assert not [t for t, _, _ in events if t in ("ASSAULT", "COERCE")]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The government let free dozens of jailed protesters.", "government", "protesters"),
        ("The junta set free the jailed opposition leader on Monday.", "junta", "leader"),
        ("The court freed on bail two opposition leaders accused of treason.", "court", "leaders"),
    ],
)
def test_events_setting_people_free_is_a_release(extract, text, source, target) -> None:
    assert has_event(typed_events(extract(text)), "RETREAT", **{source: "source", target: "target"})


def test_events_setting_a_price_free_is_no_release(extract) -> None:
    events = typed_events(extract("The ministry set free market prices for bread last year."))
    assert not [t for t, _, _ in events if t == "RETREAT"]


def test_events_letting_free_a_misparsed_clause_is_a_release(extract) -> None:
    record = extract("The junta finally let free the 40-year-old activist, who had been held for a year.")
    assert has_event(typed_events(record), "RETREAT", junta="source")


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "roles"),
    [
        ("Mayor Lina Berg set a ten-day deadline for the transit agency to publish its accounts.",
         "THREATEN", {"Berg": "source", "agency": "target"}),
        ("The rebel army declared a cessation of hostilities along the northern front on Sunday.", "RETREAT",
         {"army": "source"}),
    ],
)
def test_events_ultimatums_and_declared_truces(extract, text, etype, roles) -> None:
    assert has_event(typed_events(extract(text)), etype, **roles)


def test_events_people_used_as_shields_named_by_a_pronoun(extract) -> None:
    record = extract("The rebels moved the villagers to the front line and used them as human shields.")
    assert "COERCE" in {t for t, _, _ in typed_events(record)}
