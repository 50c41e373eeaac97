"""Events: pushing a party for something or to do it is a demand (CAMEO 10, with "press")."""

from __future__ import annotations

import pytest
from tests.conftest import has_event, typed_events


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The governor has pushed the legislature for new rules on mining permits.", "governor", "legislature"),
        ("The mayor pushed the city council for a vote on the budget before June.", "mayor", "council"),
        ("The union is pushing the ministry hard for higher wages.", "union", "ministry"),
    ],
)
def test_events_pushing_a_party_for_an_act_is_a_request(extract, text, source, target) -> None:
    assert has_event(typed_events(extract(text)), "REQUEST", **{source: "source", target: "target"})


@pytest.mark.parametrize(
    "text",
    [
        "The crowd pushed the barrier over and ran onto the pitch.",
        "Officials pushed back the date of the vote by a week.",
        "Her rival has pushed the senator to be a bolder candidate.",
    ],
)
def test_events_pushing_a_thing_is_no_request(extract, text) -> None:
    assert not [t for t, _, _ in typed_events(extract(text)) if t == "REQUEST"]


@pytest.mark.issue(11)
def test_events_an_infinitive_hung_as_an_adverbial_clause_still_completes_a_request(extract) -> None:
    """The parser may hang "to approve" on the verb as an adverbial clause rather than its complement."""
    events = typed_events(extract("The mayor pressed the city council to approve the budget before June."))
    assert has_event(events, "REQUEST", mayor="source", council="target")
