"""Events: a dictionary pattern "VERB to NOUN" is not met by an infinitive ("need to protect").

Sentences are made up for these tests (none from the dev sets).
"""

from __future__ import annotations


def test_events_need_to_protect_is_no_support(extract) -> None:
    text = ('Candidate speaks in Oakvale\n\n"We need to protect every family from crime," '
            'Daniel Okafor said on Monday.\n')
    record = extract(text)
    rules = [ev.explanation.rule for ev in record.events if ev.explanation]
    assert not any(rule.endswith(":need") for rule in rules), rules
