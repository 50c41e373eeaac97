"""Events: force demanded against a party ("X said the militia must be destroyed") is a threat against it.

Sentences are made up for these tests (none from the dev sets). The rules are tested apart from the
confidence threshold (``extract_unfiltered``).
"""

from __future__ import annotations

import pytest
from tests.conftest import has_event as _has
from tests.conftest import typed_events as _typed


def _article(text: str) -> str:
    return f"News from Carvel\n\nThe council of Carvel met again on Tuesday.\n\n{text}\n"


@pytest.mark.parametrize("text", [
    "Governor Anna Berg said the Red Hand militia must be destroyed.",
    "Governor Anna Berg said on Monday that the rebels in the hills have to be destroyed.",
])
def test_demanded_force_a_passive_violent_act_under_obligation_threatens_its_victim(extract_unfiltered,
                                                                                    text) -> None:
    record = extract_unfiltered(_article(text))
    events = _typed(record)
    target = "militia" if "militia" in text else "rebels"
    assert _has(events, "THREATEN", Berg="source", **{target: "target"}), events
    assert not any(t == "REQUEST" for t, _, _ in events), events
    assert any("demanded force" in (ev.explanation.decisions.get("type rules", "") if ev.explanation else "")
               for ev in record.events), record.events


@pytest.mark.parametrize(("text", "target"), [
    ("Governor Anna Berg said Ivan Petrov must resign.", "Petrov"),  # asked of Petrov
    ("Governor Anna Berg said the suspects must be arrested.", "suspects"),  # an arrest asked for, no violence
    ("Governor Anna Berg said the villagers must not be attacked.", "villagers"),  # restraint asked for
])
def test_demanded_force_other_obligations_stay_requests(extract_unfiltered, text, target) -> None:
    events = _typed(extract_unfiltered(_article(text)))
    assert _has(events, "REQUEST", Berg="source", **{target: "target"}), events
