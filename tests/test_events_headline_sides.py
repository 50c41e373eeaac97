"""Events and quotes: comma-listed headline subjects, places visited, attendees, "the leaders", invitations."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides

ARTICLE = (
    "Ruritania, Molvania agree to expand energy ties at Geneva forum\n"
    "GENEVA, March 3 - Ruritanian Prime Minister Ivan Petrov and Molvanian President Olga Novak agreed on "
    "Tuesday to expand cooperation on gas storage, meeting on the sidelines of a forum in Geneva.\n"
    "The Ruritanian delegation included Foreign Minister Pavel Dorn and Energy Minister Lena Weiss.\n"
    "Petrov said Ruritania valued Molvania as a partner and invited Novak to visit Oslo next autumn..\n"
    '"This shows that distance is no obstacle when two republics share the same goals," Novak told reporters.\n'
)


@pytest.mark.parametrize(("headline", "first", "second"), [
    ("Ruritania, Molvania agree to expand energy ties at Geneva forum", "Ruritania", "Molvania"),
    ("Ruritania, South Korea agree to expand energy ties", "Ruritania", "South Korea"),
])
def test_events_comma_listed_headline_subjects_are_both_sides(extract, headline, first, second) -> None:
    # "X, Y agree": a plural verb after two comma-joined names is their coordination.
    record = extract(ARTICLE.replace(ARTICLE.splitlines()[0], headline))
    assert any(s.get(first) == "participant" and s.get(second) == "participant"
               for s in _sides(record, "AGREE"))


def test_events_comma_listed_subjects_need_a_plural_verb(extract) -> None:
    record = extract("In Strelsau, Ruritania agreed to expand energy ties with Molvania on Monday.")
    assert not any(s.get("Strelsau") for s in _sides(record, "AGREE"))


def test_events_a_city_visited_is_where(extract) -> None:
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    # In an article the visit Novak is invited to make is what the invitation (a REQUEST) asks for,
    # no event of its own (extractors.events.shapes); with the shapes and the confidence filter off (an
    # asked-for visit scores low) it is written, placed in Oslo.
    record = extract(ARTICLE)
    assert [ev for ev in record.events if ev.type == "REQUEST"]
    assert not [ev for ev in record.events if ev.type == "CONSULT" and ev.mode == "visit"]
    settings = settings_from_kwargs(extractor_config={"events": {"drop_weak_shapes": False, "min_confidence": 0.0}})
    record = to_record(get_pipeline(settings).process_one(document_from_text(ARTICLE, "a", None)))
    visits = [ev for ev in record.events if ev.type == "CONSULT" and ev.mode == "visit"]
    assert visits
    assert all(ev.location is not None and ev.location.name == "Oslo" for ev in visits)


def test_events_whom_a_visit_to_a_town_is_to_is_its_country() -> None:
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    # The visit asked for is left out of an article (extractors.events.shapes): read with the shapes and
    # the confidence filter off (an asked-for visit scores low).
    settings = settings_from_kwargs(extractor_config={"events": {"drop_weak_shapes": False, "min_confidence": 0.0}})
    text = ("Ruritania hails Molvania ties\nPrime Minister Ivan Petrov invited Olga Novak to visit "
            "Oslo next autumn, her first trip to Norway since 2019.\n")
    record = to_record(get_pipeline(settings).process_one(document_from_text(text, "a", None)))
    assert any(s.get("Norway") == "target" and "Oslo" not in s for s in _sides(record, "CONSULT"))


def test_events_attendees_of_one_meeting_stay_off_a_future_visit(extract) -> None:
    record = extract(ARTICLE)
    names = {e.id: e.name for e in record.entities}
    for ev in record.events:
        if ev.modality is not None:
            assert not [names[a.entity] for a in ev.actors if a.role == "attendee"]


def test_events_no_event_without_any_party(extract) -> None:
    record = extract(ARTICLE)
    assert all(ev.actors for ev in record.events)


def test_events_the_leaders_are_the_sides_of_the_meeting_before(extract) -> None:
    record = extract(ARTICLE + "The leaders also discussed the border dispute and fishing rights.\n")
    names = {e.id: e.name for e in record.entities}
    for ev in record.events:
        assert "leaders" not in {names[a.entity] for a in ev.actors}
    assert any(s.get("Ivan Petrov") == "participant" and s.get("Olga Novak") == "participant"
               for s in _sides(record, "CONSULT"))


def test_quotes_an_invitation_to_act_is_no_quote(extract) -> None:
    assert not extract("Ruritanian Prime Minister Ivan Petrov invited Olga Novak to visit Oslo next autumn.").quotes


def test_quotes_an_agreement_that_is_still_reported(extract) -> None:
    record = extract("Ruritanian Prime Minister Ivan Petrov agreed that the border talks had stalled.")
    assert record.quotes
