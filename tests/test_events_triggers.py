"""Events: trigger words -- a generic "round of" takes its event from what it is a round of.

Sentences are made up for these tests (none from the dev sets).
"""

from __future__ import annotations


def _typed(record) -> list[tuple[str, list[str]]]:
    names = {e.id: e.name for e in record.entities}
    return [(ev.type, sorted(names.get(a.entity, a.entity) for a in ev.actors)) for ev in record.events]


def test_events_a_round_of_verbal_attacks_is_criticism(extract) -> None:
    # "a round of X" is X; attacks between named people with no force named are criticism.
    text = "Governor Ann Pell launched a new round of attacks on Senator Ray Dunne over his tax plan."
    events = _typed(extract(text))
    assert any(t == "ACCUSE" for t, _ in events), events
    assert not any(t in ("CONSULT", "ASSAULT") for t, _ in events), events


def test_events_a_round_of_talks_stays_talks(extract) -> None:
    events = _typed(extract("Belvania and Carvel held a second round of talks on the border in March."))
    assert any(t == "CONSULT" for t, _ in events), events
