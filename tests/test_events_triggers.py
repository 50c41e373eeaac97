"""Events: trigger words -- a generic "round of" takes its event from what it is a round of.

Sentences are made up for these tests (none from the dev sets).
"""

from __future__ import annotations

import pytest


def _typed(record) -> list[tuple[str, list[str]]]:
    names = {e.id: e.name for e in record.entities}
    return [(ev.type, sorted(names.get(a.entity, a.entity) for a in ev.actors)) for ev in record.events]


def test_events_a_round_of_attacks_is_no_meeting(extract) -> None:
    # "a round of X" is X, not talks; the attacks noun between named people is criticism.
    text = "Governor Ann Pell launched a new round of attacks on Senator Ray Dunne over his tax plan."
    events = _typed(extract(text))
    assert any(t == "ACCUSE" for t, _ in events), events
    assert "CONSULT" not in [t for t, _ in events], events


def test_events_a_round_of_talks_stays_talks(extract) -> None:
    events = _typed(extract("Belvania and Carvel held a second round of talks on the border in March."))
    assert any(t == "CONSULT" for t, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ann Pell signed the new education law in Carvel on Friday.",
        "The Belvania parliament declared the old press law void on Monday.",
    ],
)
def test_events_a_law_is_no_martial_law(extract, text) -> None:
    assert "COERCE" not in [t for t, _ in _typed(extract(text))]


def test_events_martial_law_stays_coercion(extract) -> None:
    events = _typed(extract("The Belvanian army declared martial law in Carvel on Sunday."))
    assert any(t == "COERCE" for t, _ in events), events


def test_events_a_phrasal_the_dictionaries_code_as_no_event_is_none(extract) -> None:
    # CAMEO codes "strike down" as no event ([---]): a court striking down a law attacks nobody.
    events = _typed(extract("The Supreme Court of Belvania struck down the old press law on Monday."))
    assert not any(t in ("ASSAULT", "COERCE") for t, _ in events), events


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        ("Belvania recalled its ambassador from Carvel on Monday.", True),
        ("Governor Ivan Petrov recalled his own years in the Carvel parliament.", False),
        ("The carmaker recalled 20,000 vehicles in Belvania on Friday.", False),
    ],
)
def test_events_a_recall_withdraws_envoys_not_memories_or_goods(extract, text, recalled) -> None:
    assert ("SANCTION" in [t for t, _ in _typed(extract(text))]) is recalled
