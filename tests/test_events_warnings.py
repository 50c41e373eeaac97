"""Events: a warning about someone is an allegation against them, not a threat (issue #11).

PLOVER's THREATEN is a threat of the source's own action. The CAMEO dictionaries code a warning
"that X prepares an attack" or "that X's tour will fail" as criticism, and "of disastrous
consequences" as a comment: only a warning of one's own action is a threat. Sentences are made up.
"""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "The Ruritanian government warned the police that Ivo Marek was a danger to the public.",
    "The police were warned about Ivo Marek by the Ruritanian government in 2014.",
])
def test_events_a_warning_about_a_third_party_accuses_them(extract, text) -> None:
    record = extract(text)
    assert any(s.get("Ivo Marek") == "target" for s in _sides(record, "ACCUSE")), record.events
    assert not any("Ivo Marek" in s for s in _sides(record, "THREATEN"))


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "President Ana Kovac warned Dravia that Ruritania would impose sanctions.",
    "President Ana Kovac warned Dravia against sending troops to the border.",
])
def test_events_a_warning_of_ones_own_action_stays_a_threat(extract, text) -> None:
    assert any(s.get("Ana Kovac") == "source" for s in _sides(extract(text), "THREATEN"))
