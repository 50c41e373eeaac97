"""Stories in the store: clustering stored documents, keeping the result, reading it back (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from test_store_samples import mention, span
from typer.testing import CliRunner

from sidelines import query
from sidelines.cli import app
from sidelines.model.record import DateRange, Entity, Event, EventActor, EventLocation, Record
from sidelines.store.migrations import applied
from sidelines.app.stories import UNDATED, merge_small_windows, story_id, update_stories, window_of

# Two reports of one meeting (a fictional trade summit in Valparaiso) and one of another meeting.
SUMMIT_A = (
    "Chilean President Elena Vargas met Peruvian President Tomas Quispe in Valparaiso on Thursday to sign "
    "a fisheries agreement. Vargas said the agreement on anchovy quotas would protect fishing towns along "
    "the Pacific coast. Quispe called the fisheries deal a model for the region."
)
SUMMIT_B = (
    "Peruvian President Tomas Quispe and Chilean President Elena Vargas signed a fisheries agreement in "
    "Valparaiso on Thursday. The deal sets anchovy quotas for the fishing fleets of both countries, and "
    "Quispe said the Pacific coast towns would gain most from the agreement."
)
OTHER = (
    "Kenyan Foreign Minister Daniel Otieno held talks with Ugandan Foreign Minister Grace Namara in Kampala "
    "on Tuesday about a railway link to Mombasa. Namara said the railway financing plan needed approval "
    "from parliament before construction could start."
)


def person(text: str, eid: str, name: str, surname: str, country: str) -> Entity:
    extra = [mention(text, surname, 1)] if text.count(surname) > 1 else []
    return Entity(id=eid, name=name, type="PERSON", country=country, mentions=[mention(text, name), *extra])


def place(text: str, eid: str, name: str, country: str) -> Entity:
    return Entity(id=eid, name=name, type="GPE", country=country, mentions=[mention(text, name)])


def meeting(text: str, evidence: str, day: str, where: str, a: str = "e1", b: str = "e2") -> list[Event]:
    return [Event(id="ev1", type="CONSULT", actors=[EventActor(entity=a, role="participant"),
                                                    EventActor(entity=b, role="participant")],
                  date=DateRange(start=day, end=day), location=EventLocation(name=where),
                  evidence=[span(text, evidence)], confidence=0.9)]


def summit_a(doc_id: str = "summit-a") -> Record:
    t = SUMMIT_A
    entities = [person(t, "e1", "Elena Vargas", "Vargas", "CHL"), person(t, "e2", "Tomas Quispe", "Quispe", "PER"),
                place(t, "e3", "Valparaiso", "CHL")]
    events = meeting(t, "met Peruvian President Tomas Quispe", "2025-06-12", "Valparaiso")
    events.append(Event(id="ev2", type="AGREE", actors=[EventActor(entity="e1", role="participant")],
                        evidence=[span(t, "sign a fisheries agreement")], confidence=0.6))
    return Record(id=doc_id, text=t, entities=entities, events=events, title="Chile and Peru sign fisheries deal",
                  publisher="Example Wire", published="2025-06-12T18:00:00+00:00")


def summit_b(doc_id: str = "summit-b") -> Record:
    t = SUMMIT_B
    entities = [person(t, "e1", "Tomas Quispe", "Quispe", "PER"), person(t, "e2", "Elena Vargas", "Vargas", "CHL"),
                place(t, "e3", "Valparaiso", "CHL")]
    events = meeting(t, "signed a fisheries agreement", "2025-06-12", "Valparaiso")
    return Record(id=doc_id, text=t, entities=entities, events=events, title="Quispe and Vargas agree anchovy quotas",
                  publisher="Other Daily", published="2025-06-13")


def other(doc_id: str = "railway-1", published: str | None = "2025-06-10") -> Record:
    t = OTHER
    entities = [person(t, "e1", "Daniel Otieno", "Otieno", "KEN"), person(t, "e2", "Grace Namara", "Namara", "UGA"),
                place(t, "e3", "Kampala", "UGA")]
    events = meeting(t, "held talks with", "2025-06-10", "Kampala")
    return Record(id=doc_id, text=t, entities=entities, events=events, title="Kenya and Uganda discuss railway",
                  publisher="Example Wire", published=published)


def test_stories_window_of():
    assert window_of(None) == UNDATED
    assert window_of("not a date") == UNDATED
    # 2025-06-12 is day 20251 after 1970-01-01; its 30-day window starts on day 20250, 2025-06-11.
    assert window_of("2025-06-12") == "2025-06-11"
    assert window_of("2025-06-11T00:00:00Z") == "2025-06-11"
    assert window_of("2025-06-10") == "2025-05-12"


def test_stories_merge_small_windows():
    members = {"2025-01-01": [1, 2], "2025-01-31": [3], "2025-03-02": [4, 5, 6], "2025-04-01": [7], UNDATED: [8]}
    assert merge_small_windows(members, 3) == {
        "2025-01-01..2025-01-31": [1, 2, 3], "2025-03-02..2025-04-01": [4, 5, 6, 7], UNDATED: [8]}
    assert merge_small_windows(members, 1) == members


def test_stories_same_meeting_share_a_story(store):
    assert "0004_stories" in applied(store.engine)
    store.write([summit_a(), summit_b(), other()])
    done = update_stories(store)
    # Two small 30-day windows (from 2025-05-12 and 2025-06-11) are clustered together.
    assert (done.windows, done.reclustered, done.documents, done.stories) == (1, 1, 3, 2)

    rows = query.list_stories(store)
    assert [set(r) for r in rows] == [{"id", "type", "title", "documents", "events", "first_seen"}] * 2
    summit = rows[0]                                                 # newest first
    assert summit["documents"] == ["summit-a", "summit-b"]          # earliest first
    assert summit["type"] == "CONSULT"                               # two CONSULT, one AGREE
    assert summit["title"] == "Chile and Peru sign fisheries deal"   # the earliest document's headline
    assert summit["first_seen"] == "2025-06-12"
    assert summit["events"] == [{"document": "summit-a", "event": "ev1"}, {"document": "summit-a", "event": "ev2"},
                                {"document": "summit-b", "event": "ev1"}]
    railway = rows[1]
    assert railway["documents"] == ["railway-1"] and railway["first_seen"] == "2025-06-10"
    assert railway["id"] == story_id(["railway-1"], "2025-05-12..2025-06-11")

    story = query.get_story(store, summit["id"])
    assert story["last_seen"] == "2025-06-13"
    assert [a["id"] for a in story["articles"]] == ["summit-a", "summit-b"]
    assert [r["id"] for r in query.list_stories(store, document="summit-b")] == [summit["id"]]
    assert query.list_stories(store, type="agree") == []
    assert [r["id"] for r in query.list_stories(store, min_documents=2)] == [summit["id"]]


def test_stories_updates_only_changed_windows(store):
    store.write([summit_a(), summit_b(), other(), other(doc_id="railway-2", published=None)])
    first = update_stories(store)
    assert (first.windows, first.reclustered, first.stories) == (2, 2, 3)
    ids = {r["id"] for r in query.list_stories(store)}

    again = update_stories(store)                      # nothing changed: nothing reclustered, same ids
    assert (again.windows, again.reclustered) == (2, 0)
    assert {r["id"] for r in query.list_stories(store)} == ids

    store.write([other(doc_id="railway-2", published="2025-06-20")])   # a new version, now dated
    moved = update_stories(store)
    assert (moved.windows, moved.reclustered, moved.dropped) == (1, 1, 1)
    rows = query.list_stories(store)
    assert [r["documents"] for r in rows] == [["summit-a", "summit-b"], ["railway-1", "railway-2"]]
    assert [r["documents"] for r in query.list_stories(store, until="2025-06-11")] == [["railway-1", "railway-2"]]
    assert [r["documents"] for r in query.list_stories(store, since="2025-06-14")] == [["railway-1", "railway-2"]]
    assert len(query.list_stories(store, since="2025-06-13", until="2025-06-13")) == 2


def test_stories_other_windows_are_not_joined(store, monkeypatch):
    monkeypatch.setattr("sidelines.app.stories.MIN_WINDOW", 1)
    late = summit_b(doc_id="summit-late").model_copy(update={"published": "2025-09-01"})
    store.write([summit_a(), summit_b(), other(published="2025-06-12"), late])
    assert update_stories(store).windows == 2
    assert sorted(r["documents"] for r in query.list_stories(store)) == [
        ["railway-1"], ["summit-a", "summit-b"], ["summit-late"]]


def test_stories_get_unknown_story(store):
    from sidelines.errors import StoreError

    with pytest.raises(StoreError):
        query.get_story(store, "s-none")


def test_stories_cli_jsonl(tmp_path):
    from sidelines.store import open_store

    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.write([summit_a(), summit_b(), other()])
    before = CliRunner().invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert before.exit_code == 0 and before.stdout.strip() == ""    # a read command: it clusters nothing
    clustered = CliRunner().invoke(app, ["cluster-stories", "--db", db])
    assert clustered.exit_code == 0, clustered.output
    result = CliRunner().invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert sorted(x["documents"] for x in lines) == [["railway-1"], ["summit-a", "summit-b"]]
    table = CliRunner().invoke(app, ["stories", "--db", db, "--since", "2025-06-12"])
    assert table.exit_code == 0 and "Chile and Peru sign fisheries deal" in table.stdout
    assert "Kenya and Uganda" not in table.stdout
