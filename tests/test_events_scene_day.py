"""Events: the time of the sentence just before dates an act that goes on with what it dates (rule scene_goes_on)."""

from __future__ import annotations

import pytest


def _dated(record, word: str) -> list[tuple[str | None, str | None, str | None]]:
    """(start, end, date decision) of the events whose evidence holds ``word``."""
    return [((ev.date.start, ev.date.end) if ev.date else (None, None)) + (
        ev.explanation.decisions.get("date") if ev.explanation else None,)
        for ev in record.events if ev.evidence and word in ev.evidence[0].text]


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Rebels shelled the town of Drask in March 2021. The army accused the rebels of war crimes.", "accused",
     ("2021-03-01", "2021-03-31")),
    ("The council approved the tower in 2020. Residents criticized the decision.", "criticized",
     ("2020-01-01", "2020-12-31")),
])
def test_events_scene_day_dates_an_act_going_on_with_the_sentence_before(extract_unfiltered, text, word, want) -> None:
    got = _dated(extract_unfiltered(text, published="2024-05-20"), word)
    assert (*want, f"scene_goes_on: {want[0]}") in got


@pytest.mark.parametrize("text", [
    # A new paragraph starts another scene.
    "Rebels shelled Drask in 2021.\n\nThe army accused the rebels of war crimes.",
    # Other sides on another matter.
    "The ferry sank off Patmos in 2019. Activists accused the mayor of fraud over the contracts.",
    # A bound, a plan, a decade, two times: no one scene.
    "The miners have been on strike since 2018. The company accused the miners of sabotage.",
    "The miners will walk out at Korsk in June. The company accused the miners of sabotage.",
    "Rebels shelled Drask in the 1990s. The army accused the rebels of war crimes.",
    "Rebels shelled Drask in 2019 and again in 2021. The army accused the rebels of war crimes.",
    # The past perfect, a habit.
    "Rebels shelled Drask in 2021. The army had accused the rebels of war crimes.",
    "Rebels shelled Drask in 2021. The army repeatedly accused the rebels of war crimes.",
    # A happening someone tells: the telling, and the answer to it, are today's.
    "Ines Moro said the army bombed the village of Tesh in 2022. Moro accused the army of hiding the deaths.",
    "According to the report, police beat protesters in Varl in 2021. The report accused the police of abuse.",
    "\"Soldiers burned our houses in 2020,\" said Amal Rudi. Rudi accused the soldiers of lying.",
    # The same doer acting again, the same thing acted on again: no reaction to that scene.
    "Kovac resigned as prime minister in 2018. Kovac accused his successor of waste.",
    "The airline was privatised in 2012. Unions accused the airline of cutting wages.",
])
def test_events_scene_day_keeps_off_another_scene(extract_unfiltered, text) -> None:
    got = _dated(extract_unfiltered(text, published="2024-05-20"), "accused")
    assert got and all(start is None for start, _, _ in got)


def test_events_scene_day_leaves_a_background_time_in_a_dated_report(extract_unfiltered) -> None:
    text = ("Kestria's foreign minister condemned Nardia on Monday. Nardia annexed the Pell islands in 2014. "
            "The minister accused Nardia of arming separatists.")
    record = extract_unfiltered(text, published="2024-05-21")
    assert not [ev for ev in record.events if ev.explanation and "scene_goes_on" in str(ev.explanation.decisions)]
