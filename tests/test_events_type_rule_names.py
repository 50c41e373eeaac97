"""Events: a rule that changes an event's type is recorded among its type rules, not its side rules (made-up text)."""

from __future__ import annotations

import pytest

from sidelines.extractors.events.armed_patterns import ARMED_RULE
from sidelines.extractors.events.political_senses import COURTESY_CALL_RULE, WORD_ATTACK_RULE


@pytest.mark.parametrize("text, etype, rule", [
    ("Senator Ada Brenner was attacked by Republicans for her vote on the levy.", "ACCUSE", WORD_ATTACK_RULE),
    ("Prime Minister Olaf Renner called President Mira Lutz on Friday to thank her for the aid.", "CONSULT",
     COURTESY_CALL_RULE),
    ("Officials weigh their next steps\n\nA police patrol came under fire from gunmen in Kirsk on Friday.\n",
     "ASSAULT", ARMED_RULE),
])
def test_a_retyping_rule_is_recorded_as_a_type_rule(extract_unfiltered, text, etype, rule) -> None:
    record = extract_unfiltered(text)
    retyped = [ev for ev in record.events if ev.type == etype]
    assert retyped, record.events
    for ev in retyped:
        assert ev.explanation is not None
        assert rule in ev.explanation.decisions.get("type rules", "")
        assert rule not in ev.explanation.decisions.get("side rules", "")
