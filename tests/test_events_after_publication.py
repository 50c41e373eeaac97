"""Events: an act told in the present and dated after the day of publication is planned (issue #11).

"The council meets again next month" in a story of 14 March tells a meeting to come, not one that
took place: its status is planned (hypothetical in the articles gold), not real. Acts told in the past,
and texts without a date of publication, keep theirs. Texts are made up.
"""

from __future__ import annotations

import pytest

HEADLINE = "Border row deepens in Velmora\n\n"
TAIL = "\n\nOfficials declined to comment."


def _statuses(record, ptype: str) -> list[str | None]:
    return [ev.modality for ev in record.events if ev.type == ptype]


@pytest.mark.issue(11)
@pytest.mark.parametrize("body", [
    "The foreign ministers of Ruritania and Velmora meet in Vienna next week to discuss the border.",
    "Prime Minister Ana Lind travels to Oslo on Friday for talks with the Norwegian prime minister.",
])
def test_events_a_present_act_dated_after_publication_is_planned(extract_unfiltered, body) -> None:
    record = extract_unfiltered(HEADLINE + body + TAIL, published="2024-03-14")
    statuses = _statuses(record, "CONSULT")
    assert statuses and all(s == "planned" for s in statuses), record.events


@pytest.mark.issue(11)
@pytest.mark.parametrize(("body", "published"), [
    # Near misses: a past act, a perfect one, no date of publication.
    ("The foreign ministers of Ruritania and Velmora met in Vienna on Monday to discuss the border.", "2024-03-14"),
    ("The foreign ministers of Ruritania and Velmora have met in Vienna three times this year.", "2024-03-14"),
    ("The foreign ministers of Ruritania and Velmora meet in Vienna next week to discuss the border.", None),
])
def test_events_a_past_or_undated_act_keeps_its_status(extract_unfiltered, body, published) -> None:
    meta = {"published": published} if published else {}
    record = extract_unfiltered(HEADLINE + body + TAIL, **meta)
    statuses = _statuses(record, "CONSULT")
    assert statuses and all(s is None for s in statuses), record.events


@pytest.mark.issue(11)
def test_events_a_headline_in_the_present_keeps_its_status(extract_unfiltered) -> None:
    # Headlines tell past acts in the present: "seize ... on Sunday" in Monday's paper took place.
    text = ("Rebels seize border town on Sunday\n\n"
            "Rebel fighters took control of the town of Ostrava after a day of fighting, local officials said.")
    record = extract_unfiltered(text, published="2024-03-18")
    assert all(ev.modality != "planned" for ev in record.events), record.events
