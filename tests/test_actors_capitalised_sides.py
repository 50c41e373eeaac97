"""Generic sides: a plural that opens its sentence and that the tagger read as a name is a side as it is
elsewhere ("Attackers were seen ..." as "The attackers were seen ..."; made-up text)."""

from __future__ import annotations

import pytest


def _side_mentions(record) -> set[str]:
    return {m.text for e in record.entities for m in e.mentions}


@pytest.mark.parametrize("word", ["Assailants", "Attackers", "Suspects", "Detainees", "Guards"])
def test_a_capitalised_plural_opening_its_sentence_is_a_side(extract, word) -> None:
    text = f"Border news\n\n{word} were seen near the border town of Kalum on Monday.\n"
    assert word in _side_mentions(extract(text))


@pytest.mark.parametrize("word", ["assailants", "attackers", "suspects", "detainees", "guards"])
def test_the_same_plural_after_the_is_a_side(extract, word) -> None:
    text = f"Border news\n\nThe {word} were seen near the border town of Kalum on Monday.\n"
    assert word in _side_mentions(extract(text))
