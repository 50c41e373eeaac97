"""Events: the lede's day for a pronoun speaker's saying told paragraphs after it (rule lede_saying, issue #11)."""

from __future__ import annotations

import pytest

HEAD = "Harbour row deepens in Oskarby\n\nSenator Ivan Petrov used Tuesday's debate to defend his harbour plan.\n\n"
QUOTES = "\"I welcome hard questions,\" he said. \"What I reject is being smeared.\"\n\n"
SAYING = "\"Karl Odeon is weak, dishonest and corrupt,\" he said"


def _dated(record, word: str) -> list[tuple[str | None, str | None, str | None]]:
    """(start, end, date decision) of the events whose evidence holds ``word``."""
    return [((ev.date.start, ev.date.end) if ev.date else (None, None)) + (
        ev.explanation.decisions.get("date") if ev.explanation else None,)
        for ev in record.events if ev.evidence and word in ev.evidence[0].text]


@pytest.mark.issue(11)
def test_events_pronoun_saying_paragraphs_after_the_lede_takes_its_day(extract) -> None:
    text = HEAD + QUOTES + "Petrov also spoke about the port budget.\n\n" + SAYING + "."
    got = _dated(extract(text, published="2024-03-14"), "Odeon")
    assert got == [("2024-03-12", "2024-03-12", "lede_saying: 2024-03-12")]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    # Another person named as a subject in between: the pronoun may be theirs.
    HEAD + QUOTES + "Mayor Lena Vos also spoke about the port budget.\n\n" + SAYING + ".",
    HEAD + QUOTES + "The plan was drafted by Mayor Lena Vos.\n\n" + SAYING + ".",
    # A background time in between starts another scene.
    HEAD + "The quay was built in 1950.\n\n" + SAYING + ".",
    # The saying names an occasion of its own.
    HEAD + QUOTES + "Petrov also spoke about the port budget.\n\n" + SAYING + " in a radio interview.",
    # The saying names a time of its own with an adverb ("then", "years ago", "later"): another occasion.
    HEAD + QUOTES + "Petrov quit the port board over its budget.\n\n" + SAYING + " then.",
    HEAD + QUOTES + "Petrov quit the port board over its budget.\n\n" + SAYING + " years ago.",
    HEAD + QUOTES + "Petrov quit the port board over its budget.\n\n" + SAYING.replace("he said", "he later said") + ".",
    # A saying told in the present in between: the sayings may be from a later interview.
    HEAD + QUOTES + "Petrov says the plan will pass.\n\n" + SAYING + ".",
    # A telling of the person's own to someone named in between: the sayings may be from that interview.
    HEAD + "Petrov later spoke to Radio Oskarby about his plan.\n\n" + QUOTES + SAYING + ".",
    HEAD + "Petrov later opened up to the Oskarby Courier about his plan.\n\n" + QUOTES + SAYING + ".",
    # The lede dates another person's act.
    "Harbour row deepens in Oskarby\n\nMayor Lena Vos used Tuesday's debate to attack the harbour plan.\n\n"
    "Senator Ivan Petrov runs the port board.\n\n" + SAYING + ".",
])
def test_events_pronoun_saying_keeps_no_lede_day_where_another_scene_may_be_meant(extract, text) -> None:
    got = _dated(extract(text, published="2024-03-14"), "Odeon")
    assert got and all(start is None for start, _, _ in got), got


@pytest.mark.issue(11)
def test_events_pronoun_act_other_than_a_saying_takes_no_lede_day(extract) -> None:
    text = HEAD + QUOTES + "Petrov also spoke about the port budget.\n\nHe accused Karl Odeon of lying to the council."
    got = _dated(extract(text, published="2024-03-14"), "accused")
    assert got and all(start is None for start, _, _ in got), got
