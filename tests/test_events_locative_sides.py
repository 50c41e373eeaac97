"""Events: a town, state or region named after "in", "at", "near" says where an act happened, no side of it."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _article(body: str) -> str:
    return f"Regional roundup\n\n{body}\n\nMore reports are expected this week."


@pytest.mark.parametrize(
    ("body", "kind", "place", "kept"),
    [
        ("Governor Ellen Marsh endorsed Mayor Victor Cruz at a breakfast in Tulsa, Oklahoma.", "SUPPORT",
         "Tulsa", "Victor Cruz"),
        ("Mayor Rosa Diaz praised the police department at a ceremony in San Antonio.", "SUPPORT", "San Antonio",
         "police department"),
        ("Police raided the offices of the newspaper Daily Star in Karachi on Monday.", "COERCE", "Karachi",
         "Daily Star"),
        ("Billionaire Carl Jensen donated $2 million to the Red Cross at a gala in Miami.", "AID", "Miami",
         "Red Cross"),
    ],
)
def test_events_a_place_where_it_happened_is_no_side(extract_unfiltered, body, kind, place, kept) -> None:
    sides = _sides(extract_unfiltered(_article(body)), kind)
    assert any(kept in name for s in sides for name in s), sides
    assert not any(place in name for s in sides for name in s), sides


@pytest.mark.parametrize(
    ("body", "kind", "side"),
    [
        # A country stands for its state; a place written as the doer is a side.
        ("The European Union imposed sanctions on Russia on Monday.", "SANCTION", "Russia"),
        ("Israel accused Iran of attacking a tanker in the Gulf of Oman.", "ACCUSE", "Iran"),
    ],
)
def test_events_other_places_stay_sides(extract_unfiltered, body, kind, side) -> None:
    record = extract_unfiltered(_article(body))
    assert any(side in name for s in _sides(record, kind) for name in s), _sides(record)


def test_events_an_act_whose_only_side_was_its_place_is_not_written(extract_unfiltered) -> None:
    assert not _sides(extract_unfiltered(_article("Troops were deployed near Kandahar on Monday.")), "MOBILIZE")


def test_events_the_places_taken_off_are_named_with_their_rule(extract_unfiltered) -> None:
    record = extract_unfiltered(_article("Governor Ellen Marsh endorsed Mayor Victor Cruz at a breakfast in Tulsa, "
                                         "Oklahoma."))
    [support] = [ev for ev in record.events if ev.type == "SUPPORT"]
    assert support.explanation is not None and support.explanation.decisions["places"] == (
        "locative-place: Tulsa, Oklahoma")


def test_events_a_later_pass_adds_to_the_places_record() -> None:
    from sidelines.extractors.events.locative_sides import places_record

    assert places_record(None, ["Boise"]) == "locative-place: Boise"
    assert places_record("locative-place: Boise", ["Idaho", "Boise"]) == "locative-place: Boise, Idaho"


@pytest.mark.parametrize(
    ("body", "kind", "place"),
    [
        # Regression guards (right on main too): a place qualifying the subject says whose people, not where.
        ("Farmers in Bavaria condemned the new fertiliser rules on Wednesday.", "ACCUSE", "Bavaria"),
        ("Teachers in Quebec denounced Premier Luc Giroux's pay offer.", "ACCUSE", "Quebec"),
    ],
)
def test_events_a_place_of_the_subject_stays_a_side(extract_unfiltered, body, kind, place) -> None:
    record = extract_unfiltered(_article(body))
    assert any(place in name for s in _sides(record, kind) for name in s), _sides(record)
