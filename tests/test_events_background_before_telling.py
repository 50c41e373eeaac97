"""Events: a background act told before a person's dated telling keeps no day of that telling (review of issue #11)."""

from __future__ import annotations

import pytest


def _dated(record, word: str) -> list[tuple[str | None, str | None]]:
    """(start, end) of the events whose evidence holds ``word``."""
    return [(ev.date.start, ev.date.end) if ev.date else (None, None)
            for ev in record.events if ev.evidence and word in ev.evidence[0].text]


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "word"), [
    ("Opposition returns.\n\nMaria Kessler resigned from the cabinet over the tender scandal. "
     "She later founded her own party.\n\n\"We are ready to govern,\" Kessler told supporters on Thursday.", "resigned"),
    ("Talks resume.\n\nForeign minister Elena Sorin signed the border treaty with Moldova. It ended a long dispute."
     "\n\n\"Peace is possible again,\" Sorin told a radio station on Wednesday.", "signed"),
    ("Envoy heads to Cairo.\n\nEnvoy Rafael Ortiz met rebel negotiators in Doha. He brokered the first truce.\n\n"
     "\"A second deal is within reach,\" Ortiz said on Thursday.", "met"),
])
def test_events_background_act_before_a_dated_telling_takes_no_day_of_it(extract, text, word) -> None:
    got = _dated(extract(text, published="2024-05-10"), word)
    assert got and all(start is None for start, _ in got), got
