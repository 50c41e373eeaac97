"""Events: criticism told as a blow ("hammered X with insults") is ACCUSE."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _article(text: str) -> str:
    """An article: a headline over the text (the derived lexicon reads articles only, by default)."""
    return f"News from Carvel\n\n{text}\n"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        _article("Senator Rita Vance pummeled Governor Ellen Brady with taunts during a televised debate."),
        _article("Senator Rita Vance, who has pelted Governor Ellen Brady with insults, spoke on Monday."),
    ],
)
def test_events_a_verbal_blow_is_an_accusation(extract, text) -> None:
    sides = _sides(extract(text), "ACCUSE")
    assert any(s.get("Rita Vance") == "source" and s.get("Ellen Brady") == "target" for s in sides)


@pytest.mark.issue(11)
def test_events_a_shelling_with_artillery_is_no_accusation(extract) -> None:
    record = extract(_article("The Dravian army hammered rebel positions near Kasrovo with artillery on Friday."))
    assert not _sides(record, "ACCUSE")
