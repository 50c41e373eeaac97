"""Events within one document: title demonyms are no actors; actorless mentions join the last event told."""

from __future__ import annotations


def _named(record, event):
    names = {e.id: e.name for e in record.entities}
    return {(names[a.entity], a.role) for a in event.actors}


def test_events_title_demonym_is_not_an_actor(extract):
    record = extract(
        "Kenyan President William Ruto met his Ghanaian counterpart John Mahama in Accra on Monday.",
        published="2025-03-10",
    )
    (event,) = [e for e in record.events if e.type == "CONSULT"]
    assert _named(record, event) == {("William Ruto", "participant"), ("John Mahama", "participant")}


def test_events_group_demonym_stays_an_actor(extract):
    record = extract("Kenyan and Ugandan negotiators held talks in Kampala on Friday.", published="2025-03-14")
    (event,) = [e for e in record.events if e.type == "CONSULT"]
    assert {name for name, _ in _named(record, event)} >= {"Kenyan", "Ugandan"}


def test_events_actorless_mention_joins_the_last_event_told(extract):
    text = (
        "Chilean President Gabriel Soto and his Peruvian counterpart Rosa Quispe held talks in Lima on Monday.\n"
        "Soto recalled that Chilean and Bolivian negotiators had held three rounds of talks in La Paz since March.\n"
        "12:40\n"
        "Soto has begun a second meeting with Quispe at the presidential palace.\n"
        "The talks are being attended by Foreign Minister Ana Vidal and Trade Minister Jorge Ruiz.\n"
    )
    record = extract(text, published="2025-06-02")
    with_attendees = [e for e in record.events if any(a.role == "attendee" for a in e.actors)]
    assert len(with_attendees) == 1
    names = {name for name, _ in _named(record, with_attendees[0])}
    assert {"Gabriel Soto", "Rosa Quispe", "Ana Vidal", "Jorge Ruiz"} <= names
    assert "Bolivian" not in names


def test_events_participle_on_a_definite_noun_repeats_an_earlier_event(extract):
    """ "the boy killed by police" refers back to the killing told before: one event, not two."""
    record = extract(
        "Police shot and killed Omar Hale, 17, in Kirsk on Saturday.\n\n"
        "On Wednesday, Lina Hale, a cousin of the boy killed by police, was detained outside the courthouse.",
        published="2024-03-15",
    )
    assert [ev.type for ev in record.events].count("ASSAULT") == 1


def test_events_participle_with_another_victim_stays_its_own_event(extract):
    record = extract(
        "Police shot and killed Omar Hale, 17, in Kirsk on Saturday.\n\n"
        "Residents also mourned Dana Ruiz, the nurse killed by soldiers in Varn last month.",
        published="2024-03-15",
    )
    assert [ev.type for ev in record.events].count("ASSAULT") == 2


def test_sides_come_in_a_fixed_order_whatever_order_they_were_found_in() -> None:
    from sidelines.extractors.events.merge import ordered_actors

    one = {"e7": "source", "e12": "target", "e3": "target"}
    other = {"e7": "source", "e3": "target", "e12": "target"}
    want = [("e7", "source"), ("e3", "target"), ("e12", "target")]
    assert ordered_actors(one) == want and ordered_actors(other) == want
    # Roles keep the order they were first given in (a target named before the source stays first).
    assert ordered_actors({"e9": "target", "e2": "source"}) == [("e9", "target"), ("e2", "source")]
