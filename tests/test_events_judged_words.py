"""Words of a party judged ("criticized X's remarks") and acts undergone ("X came under attack from Y")."""

from __future__ import annotations

import pytest
from tests.conftest import sides_of


def _accuse_sides(extract, text: str) -> list[dict[str, str]]:
    record = extract(text)
    return [sides_of(record, e) for e in record.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Governor Ellen Varga criticized Senator Tomas Brill's remarks on Sunday.",
    "Governor Ellen Varga condemned the comments made by Senator Tomas Brill.",
    "Governor Ellen Varga denounced the statement by Senator Tomas Brill.",
])
def test_judging_a_partys_words_accuses_the_party(extract, text) -> None:
    found = _accuse_sides(extract, text)
    assert any(s.get("Ellen Varga") == "source" and s.get("Tomas Brill") == "target" for s in found), found


@pytest.mark.parametrize("text", [
    "Governor Ellen Varga released a statement on Sunday.",
    "Governor Ellen Varga read the statement by Senator Tomas Brill to reporters.",
])
def test_words_released_or_read_are_no_accusation(extract, text) -> None:
    assert not _accuse_sides(extract, text)


@pytest.mark.parametrize("text", [
    "Senator Tomas Brill came under attack from Governor Ellen Varga over the budget.",
    "Senator Tomas Brill, who came under attack from Governor Ellen Varga, resigned on Friday.",
])
def test_who_comes_under_attack_is_the_target(extract, text) -> None:
    found = _accuse_sides(extract, text)
    assert found and all(s.get("Tomas Brill") == "target" for s in found), found
    assert any(s.get("Ellen Varga") == "source" for s in found), found


def test_the_subject_of_an_investigation_by_a_party_is_its_target(extract) -> None:
    found = _accuse_sides(extract, "Senator Tomas Brill was the subject of an investigation by the FBI.")
    assert any(s.get("FBI") == "source" and s.get("Tomas Brill") == "target" for s in found), found


def test_a_clause_opening_under_phrase_frames_the_clause(extract) -> None:
    """ "Under the truce, X did Y": X undergoes nothing; it stays the doer of its own act."""
    record = extract("Under a truce brokered by Norway, the Tamil rebels released nine soldiers.")
    assert all(sides_of(record, e).get("Tamil rebels") != "target" for e in record.events), \
        [sides_of(record, e) for e in record.events]


def test_the_owner_of_judged_words_is_the_target_not_the_listener(extract) -> None:
    found = _accuse_sides(extract, "Governor Ellen Varga criticized the remarks by Senator Tomas Brill to reporters in Salem.")
    assert any(s.get("Tomas Brill") == "target" for s in found), found
    assert all(s.get("reporters") != "target" for s in found), found
