"""Events: a headline that names the sides by their countries repeats the lead's event."""

from __future__ import annotations

import pytest

TEXT = (
    "Danish, Swedish ministers criticise Iceland over whaling quota\n\n"
    "Danish Foreign Minister Lars Holm and his Swedish counterpart Eva Lind on Monday criticised Iceland over "
    "its decision to raise the whaling quota, saying it broke a regional understanding.\n"
)


@pytest.mark.issue(11)
def test_events_headline_by_country_merges_with_the_lead(extract_unfiltered) -> None:
    record = extract_unfiltered(TEXT, published="2025-06-03")
    names = {e.id: e.name for e in record.entities}
    accusations = [ev for ev in record.events if ev.type == "ACCUSE"
                   and any(names[a.entity] == "Iceland" and a.role == "target" for a in ev.actors)]
    assert len(accusations) == 1, [(ev.evidence, ev.actors) for ev in accusations]
    assert {names[a.entity] for a in accusations[0].actors} >= {"Lars Holm", "Eva Lind", "Iceland"}


@pytest.mark.issue(11)
def test_events_other_countries_do_not_merge(extract_unfiltered) -> None:
    text = ("Finnish ministers criticise Iceland over whaling quota\n\n"
            "Danish Foreign Minister Lars Holm on Monday criticised Iceland over its decision to raise the "
            "whaling quota.\n")
    record = extract_unfiltered(text, published="2025-06-03")
    assert sum(ev.type == "ACCUSE" for ev in record.events) == 2
