"""Events: a demand stated of a party is a real REQUEST of its speaker of that party (issue #11).

"X must not sign", "X needs to ...", "X has to ...": the speaker asks the party for an act (or not to
act); the demand was made, so the event is real and positive. Texts are made up.
"""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides

HEADLINE = "Harbour levy divides Velmora\n\n"
TAIL = "\n\nThe council meets again next month."


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    # A demand not to act was made: the REQUEST is real, the negation belongs to the act asked for.
    '"Paul Hendricks should not sign the harbour deal," Senator Lena Brandt said on Tuesday.',
    'Senator Lena Brandt said on Tuesday that Paul Hendricks must not sign the harbour deal.',
])
def test_events_a_demand_not_to_act_is_a_real_request(extract, body) -> None:
    record = extract(HEADLINE + body + TAIL)
    asked = [ev for ev in record.events if ev.type == "REQUEST"]
    assert asked and all(ev.polarity == "positive" and ev.modality is None for ev in asked), record.events
    assert any(s.get("Lena Brandt") == "source" and s.get("Paul Hendricks") == "target"
               for s in _sides(record, "REQUEST")), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    # "needs to" and "has to" oblige as "must" does: the act is asked for, not done by the party;
    # the demand was made (real).
    '"Paul Hendricks has to cut his ties with the developers," Senator Lena Brandt said on Tuesday.',
    'Senator Lena Brandt said on Tuesday that Paul Hendricks needs to sign the harbour deal.',
])
def test_events_need_to_and_have_to_make_a_request(extract, body) -> None:
    record = extract(HEADLINE + body + TAIL)
    names = {e.id: e.name for e in record.entities}
    assert any(ev.polarity == "positive" and ev.modality is None
               and {names[a.entity]: a.role for a in ev.actors}.get("Lena Brandt") == "source"
               and {names[a.entity]: a.role for a in ev.actors}.get("Paul Hendricks") == "target"
               for ev in record.events if ev.type == "REQUEST"), record.events
    assert not any(s.get("Paul Hendricks") == "source" for ev_type in ("SANCTION", "SUPPORT", "AGREE")
                   for s in _sides(record, ev_type)), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    'Senator Lena Brandt said Paul Hendricks did not sign the harbour deal.',
    'Senator Lena Brandt said Paul Hendricks should not have signed the harbour deal.',
])
def test_events_a_past_reproach_or_a_negated_act_is_no_real_request(extract, body) -> None:
    record = extract(HEADLINE + body + TAIL)
    assert not any(ev.type == "REQUEST" for ev in record.events), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize(("body", "etype"), [
    # "had to": a past necessity, the act was done; "he had to": the speaker's own; "does not need
    # to": no obligation at all.
    ("The mayor said officers had to detain a dozen rioters after the rally turned violent.", "COERCE"),
    ("Governor Tom Reyes said he had to resign because of his health.", "RETREAT"),
    ("Senator Lena Brandt said Paul Hendricks does not need to resign over the contracts.", None),
])
def test_events_had_to_and_not_need_to_make_no_request(extract, body, etype) -> None:
    record = extract(body)
    assert not any(ev.type == "REQUEST" for ev in record.events), record.events
    assert etype is None or any(ev.type == etype for ev in record.events), record.events


@pytest.mark.issue(11)
def test_events_a_demand_not_to_act_keeps_its_negation_in_the_rule(extract) -> None:
    rules = {}
    for body in ('Senator Lena Brandt said Paul Hendricks must not resign.',
                 'Senator Lena Brandt said Paul Hendricks must resign.'):
        record = extract(HEADLINE + body + TAIL)
        rules[body] = [ev.explanation.rule for ev in record.events if ev.type == "REQUEST" and ev.explanation]
    negated, plain = rules.values()
    assert negated and plain and negated != plain, rules
    assert all(r.endswith("+not") for r in negated) and not any(r.endswith("+not") for r in plain), rules

