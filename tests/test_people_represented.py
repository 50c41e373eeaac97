"""A state that is represented by, or sends, its officials gives them its country (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Norway was represented by Foreign Minister Karin Lunde and trade envoy Lars Aasen.", "Karin Lunde", "NOR"),
    ("Norway was represented by Foreign Minister Karin Lunde and trade envoy Lars Aasen.", "Lars Aasen", "NOR"),
    ("Argentina sent Defence Minister Pablo Ruiz to the summit in Vienna.", "Pablo Ruiz", "ARG"),
])
def test_officials_a_state_is_represented_by_or_sends_are_its(people_of, text, name, country):
    assert people_of(text)[name][1] == country, people_of(text)


def test_a_person_meeting_the_envoys_a_state_sent_is_not_its(people_of):
    people = people_of("Argentina sent Defence Minister Pablo Ruiz to meet Chancellor Greta Vogel in Vienna.")
    assert people["Greta Vogel"][1] != "ARG", people
