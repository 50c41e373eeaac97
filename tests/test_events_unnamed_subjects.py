"""Events: a name the entity recogniser missed still stands for the side that acts when it is the
subject of an event verb ("X threatened to shell Y", "X urges Y to ...")."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _sources(record) -> set[str]:
    return {name for sides in _sides(record) for name, role in sides.items() if role in ("source", "participant")}


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jund-e-Qaswar also threatened to shell Tolvarra, the military airfield north of the capital.",
         "Jund-e-Qaswar"),
        ("Harlan urges Senate to renew the farm subsidies.", "Harlan"),
    ],
)
def test_events_an_unrecognised_name_subject_of_an_event_verb_is_its_source(extract, text, name) -> None:
    assert name in _sources(extract(text))


@pytest.mark.issue(11)
def test_events_a_capitalised_common_word_is_no_unnamed_side(extract) -> None:
    # Only names: a sentence-initial common noun ("Officials") is read by the group rules, never twice.
    record = extract("Tuesday saw the army attack the rebel camp.")
    assert "Tuesday" not in _sources(record)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The electoral commission has accused the ruling party of buying votes.", "electoral commission"),
        ("A student protest movement has urged the university to cut fees.", "student protest movement"),
    ],
)
def test_events_a_commission_or_movement_acts_as_a_body(extract, text, body) -> None:
    # Bodies that act as one in the singular: a commission, a movement.
    assert any(body in name for name in _sources(extract(text)))


@pytest.mark.issue(11)
def test_events_an_unrecognised_full_name_object_of_an_event_verb_is_its_target(extract) -> None:
    record = extract("Kidnappers in the north have freed Ovidio Ulises Zuleta after a ransom was paid.")
    assert any(s.get("Ovidio Ulises Zuleta") == "target" for s in _sides(record))



@pytest.mark.issue(11)
@pytest.mark.parametrize(
    "text",
    [
        "Vantongeren and the Valdorian premier have agreed to resume talks.",
        "Orlov and Marta Kovacs agreed to share intelligence.",
    ],
)
def test_events_an_unrecognised_name_coordinated_in_the_subject_is_a_side(extract, text) -> None:
    # "X and Y agreed": the first name is a side even when only the second is recognised.
    assert text.split()[0] in _sources(extract(text))


@pytest.mark.issue(11)
def test_events_an_acronym_subject_tagged_as_a_common_noun_is_a_side(extract) -> None:
    # An acronym spelt like an English word ("OIL" for an oil workers' league) is still a name.
    assert "OIL" in _sources(extract("OIL accused the mayor of hiding the report."))
