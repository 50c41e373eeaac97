"""Map points from the store: ``query.place_summary``, ``query.places_for_event`` and ``sidelines places``.

The records are hand-built for short texts written for these tests (fictional people; real towns
with their GeoNames points), so every count below can be checked by reading the three texts.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import assert_spans_consistent
from sidelines import query
from sidelines.cli import app
from sidelines.errors import StoreError
from sidelines.model.record import DateRange, Entity, Event, EventActor, EventLocation, Place, Record
from sidelines.store import open_store
from test_store_samples import mention, span

HERALD_TEXT = (
    "Mayor Clara Voss met Governor Tom Reyes in Springfield on Monday. Springfield officials said the "
    "Ohio plan would go ahead. Canadian observers attended."
)
FLOOD_TEXT = ("Tom Reyes toured flood damage in Peoria and met volunteers at the riverfront before returning "
              "to Springfield.")
DOVER_TEXT = "Clara Voss spoke in Dover on Tuesday."

SPRINGFIELD = {"name": "Springfield", "lat": 39.80172, "lon": -89.64371, "country": "USA", "geonameid": "4250542"}
PEORIA = {"name": "Peoria", "lat": 40.69365, "lon": -89.58899, "country": "USA", "geonameid": "4905687"}
OHIO = {"name": "Ohio", "lat": 40.25, "lon": -82.75, "country": "USA", "geonameid": "5165418"}
CANADA = {"name": "Canada", "lat": 60.0, "lon": -95.0, "country": "CAN", "geonameid": "6251999"}


def place(text: str, piece: str, pid: str, point: dict, nth: int = 0, kind: str = "literal") -> Place:
    return Place(**span(text, piece, nth).model_dump(), id=pid, kind=kind, **point)


def herald_record() -> Record:
    """Voss meets Reyes in Springfield (2025-06-02); Springfield twice, Ohio, and a demonym."""
    t = HERALD_TEXT
    voss = Entity(id="e1", name="Clara Voss", type="PERSON", mentions=[mention(t, "Clara Voss")])
    reyes = Entity(id="e2", name="Tom Reyes", type="PERSON", mentions=[mention(t, "Tom Reyes")])
    places = [place(t, "Springfield", "p1", SPRINGFIELD), place(t, "Springfield", "p2", SPRINGFIELD, 1),
              place(t, "Ohio", "p3", OHIO), place(t, "Canadian", "p4", CANADA, kind="demonym")]
    events = [Event(id="ev1", type="CONSULT", actors=[EventActor(entity="e1", role="participant"),
                                                      EventActor(entity="e2", role="participant")],
                    date=DateRange(start="2025-06-02", end="2025-06-02"),
                    location=EventLocation(name="Springfield", place="p1"), evidence=[span(t, "met")])]
    return Record(id="herald-1", text=t, entities=[voss, reyes], places=places, events=events,
                  title="Voss and Reyes meet", published="2025-06-02")


def flood_record() -> Record:
    """Reyes in Peoria (2025-06-09) and at an unresolved riverfront; Springfield once."""
    t = FLOOD_TEXT
    reyes = Entity(id="e1", name="Tom Reyes", type="PERSON", mentions=[mention(t, "Tom Reyes")])
    places = [place(t, "Peoria", "p1", PEORIA), place(t, "Springfield", "p2", SPRINGFIELD)]
    events = [
        Event(id="ev1", type="CONSULT", actors=[EventActor(entity="e1", role="source")],
              date=DateRange(start="2025-06-09", end="2025-06-09"),
              location=EventLocation(name="Peoria", place="p1"), evidence=[span(t, "toured flood damage")]),
        Event(id="ev2", type="CONSULT", actors=[EventActor(entity="e1", role="participant")],
              date=DateRange(start="2025-06-09", end="2025-06-09"),
              location=EventLocation(name="the riverfront"), evidence=[span(t, "met volunteers")]),
    ]
    return Record(id="flood-1", text=t, entities=[reyes], places=places, events=events,
                  title="Reyes tours flood damage", published="2025-06-10")


def dover_record() -> Record:
    """Voss in a Dover the gazetteer could not place (no coordinates): never a map point."""
    t = DOVER_TEXT
    voss = Entity(id="e1", name="Clara Voss", type="PERSON", mentions=[mention(t, "Clara Voss")])
    places = [Place(**span(t, "Dover").model_dump(), id="p1", name="Dover")]
    events = [Event(id="ev1", type="CONSULT", actors=[EventActor(entity="e1", role="source")],
                    date=DateRange(start="2025-07-01", end="2025-07-01"),
                    location=EventLocation(name="Dover", place="p1"), evidence=[span(t, "spoke")])]
    return Record(id="dover-1", text=t, entities=[voss], places=places, events=events, title="Voss in Dover",
                  published="2025-07-01")


def map_records() -> list[Record]:
    return [herald_record(), flood_record(), dover_record()]


@pytest.fixture
def filled(store):
    store.write(map_records())
    return store


def points(rows: list[dict]) -> list[tuple]:
    return [(r["name"], r["events"], r["mentions"], r["documents"]) for r in rows]


def test_map_records_spans_consistent() -> None:
    for record in map_records():
        assert_spans_consistent(record)


def test_place_summary_counts_events_mentions_documents(filled):
    rows = query.place_summary(filled)
    # Springfield: the Herald event; two Herald mentions and one flood mention. Demonyms and Dover are out.
    assert points(rows) == [("Springfield", 1, 3, 2), ("Peoria", 1, 1, 1), ("Ohio", 0, 1, 1)]
    first = rows[0]
    assert (first["lat"], first["lon"], first["country"], first["geonameid"]) == (39.80172, -89.64371, "USA", "4250542")
    assert first["document_ids"] == ["flood-1", "herald-1"]   # newest first


def test_place_summary_for_an_actor(filled):
    # Voss is in the Herald (Springfield event, Springfield twice, Ohio) and in Dover (no point).
    assert points(query.place_summary(filled, actor="Clara Voss")) == [("Springfield", 1, 2, 1), ("Ohio", 0, 1, 1)]
    # Reyes takes part in the Herald and the Peoria events.
    assert points(query.place_summary(filled, actor="Tom Reyes")) == [
        ("Springfield", 1, 3, 2), ("Peoria", 1, 1, 1), ("Ohio", 0, 1, 1)]
    assert query.place_summary(filled, actor="Nobody Known") == []


def test_place_summary_dates_kinds_and_limit(filled):
    # From 5 June: the flood article only (the Herald and its 2 June event drop out).
    assert points(query.place_summary(filled, since="2025-06-05")) == [("Peoria", 1, 1, 1), ("Springfield", 0, 1, 1)]
    assert points(query.place_summary(filled, until="2025-06-03")) == [("Springfield", 1, 2, 1), ("Ohio", 0, 1, 1)]
    with_demonyms = query.place_summary(filled, kinds=("literal", "metonymic", "demonym"))
    assert ("Canada", 0, 1, 1) in points(with_demonyms)
    assert len(query.place_summary(filled, limit=1)) == 1


def test_places_for_event(filled):
    rows = query.places_for_event(filled, "herald-1")
    assert [(r["event"], r["place"], r["name"], r["lat"], r["lon"], r["country"], r["mentions"]) for r in rows] == [
        ("ev1", "p1", "Springfield", 39.80172, -89.64371, "USA", 2)]
    rows = query.places_for_event(filled, "flood-1")
    assert [(r["event"], r["name"], r["lat"], r["mentions"]) for r in rows] == [
        ("ev1", "Peoria", 40.69365, 1), ("ev2", "the riverfront", None, 0)]
    only = query.places_for_event(filled, "flood-1", "ev2")
    assert [(r["event"], r["place"], r["date_start"]) for r in only] == [("ev2", None, "2025-06-09")]
    with pytest.raises(StoreError):
        query.places_for_event(filled, "no-such-document")


def test_cli_places_json(tmp_path):
    path = str(tmp_path / "map.db")
    with open_store(path) as store:
        store.write(map_records())
    runner = CliRunner()
    result = runner.invoke(app, ["places", "--db", path, "--actor", "Clara Voss", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert points(json.loads(result.stdout)) == [("Springfield", 1, 2, 1), ("Ohio", 0, 1, 1)]
    result = runner.invoke(app, ["places", "--db", path, "--document", "flood-1", "--event", "ev1", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in json.loads(result.stdout)] == ["Peoria"]
    result = runner.invoke(app, ["places", "--db", path])
    assert result.exit_code == 0, result.output
    assert "Springfield" in result.stdout
