"""SQLite and PostgreSQL answer every query alike: the demo set ingested into each, and migrated between them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sidelines import query
from sidelines.app.ingest import ingest_sources
from sidelines.app.stories import update_stories
from sidelines.errors import StoreError
from sidelines.model.record import ErrorRecord
from sidelines.query.rows import to_jsonable
from sidelines.settings import settings_from_kwargs
from sidelines.store import open_store
from sidelines.store.transfer import copy_store

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "samples"
#: Words to search for: in several samples, in one, in none; a plural finds the singular (stems).
SEARCHES = ["minister", "ministers", "talks", "said", "warned", "ceasefire", "zzzyx"]


def ingest_demo(url: str) -> None:
    """The demo set, a second version of one document, a recorded failure, and stories."""
    settings = settings_from_kwargs()
    with open_store(url) as store:
        ingest_sources(store, [str(SAMPLES)], settings)
        changed = store.get_record("press_conference")
        changed = changed.model_copy(update={"text": changed.text + "\n\nThe ministry later confirmed the account.",
                                             "entities": changed.entities[:1], "quotes": changed.quotes[:1]})
        store.write([changed, ErrorRecord(id="lost-page", error="cannot read: gone", code="E106",
                                          source="lost-page.html")])
        update_stories(store)


def answers(url: str) -> dict[str, object]:
    """Every query's answer, as JSON values (ingest times left out: they differ from run to run)."""
    with open_store(url) as store:
        documents = query.list_documents(store, limit=1000)
        ids = [d.id for d in documents]
        actors = query.list_actors(store, limit=1000)
        events = query.search_events(store, limit=1000)
        stories = query.list_stories(store, limit=1000)
        out: dict[str, object] = {
            "counts": query.counts(store),
            "documents": documents,
            "search": {w: query.search_documents(store, w) for w in SEARCHES},
            "documents by words": {w: query.list_documents(store, w) for w in SEARCHES},
            "records": {i: query.get_document(store, i) for i in ids},
            "versions": {i: query.versions(store, i) for i in ids},
            "diff": query.diff(store, "press_conference"),
            "events": events,
            "events by type": {t: query.search_events(store, type=t) for t in sorted({e.type for e in events})},
            "quotes": query.search_quotes(store, limit=1000),
            "quotes by word": {w: query.search_quotes(store, contains=w) for w in SEARCHES},
            "actors": actors,
            "actor": {a.name: query.get_actor(store, a.name) for a in actors},
            "network": query.actor_network(store),
            "places": query.place_summary(store),
            "event places": {i: query.places_for_event(store, i) for i in ids},
            "stories": stories,
            "story": {s.id: query.get_story(store, s.id) for s in stories},
            "failures": [{**f, "first_seen": None, "last_seen": None}
                         for f in to_jsonable(query.list_failures(store))],
        }
    return without_key(to_jsonable(out), "ingested_at")


def without_key(value: object, key: str) -> object:
    """The JSON value with ``key`` left out of every object in it."""
    if isinstance(value, dict):
        return {k: without_key(v, key) for k, v in value.items() if k != key}
    if isinstance(value, list):
        return [without_key(v, key) for v in value]
    return value


@pytest.fixture(scope="module")
def demo_sqlite(pipeline, tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    ingest_demo(db)
    return db


def test_demo_answers_are_those_of_a_real_store(demo_sqlite):
    got = answers(demo_sqlite)
    assert got["counts"]["documents"] == 8 and got["counts"]["versions"] == 9   # the feed holds three
    assert got["events"] and got["quotes"] and got["actors"] and got["stories"] and got["network"]
    assert [v["version"] for v in got["versions"]["press_conference"]] == [1, 2]
    assert got["search"]["zzzyx"] == []
    assert [f["code"] for f in got["failures"]] == ["E106"]


def test_demo_set_gives_the_same_answers_on_sqlite_and_postgres(demo_sqlite, postgres_database):
    ingest_demo(postgres_database)
    assert answers(postgres_database) == answers(demo_sqlite)


def test_migrate_sqlite_to_postgres_and_back_keeps_every_answer(demo_sqlite, postgres_database, tmp_path):
    runner = CliRunner()
    from sidelines.cli import app

    result = runner.invoke(app, ["migrate", "--from", demo_sqlite, "--to", postgres_database, "--format", "json"])
    assert result.exit_code == 0, result.output
    back = str(tmp_path / "back.db")
    result = runner.invoke(app, ["migrate", "--from", postgres_database, "--to", back])
    assert result.exit_code == 0, result.output
    expected = answers(demo_sqlite)
    assert answers(postgres_database) == expected
    assert answers(back) == expected
    # Each copy goes on working as a store: a new document gets a fresh row id.
    with open_store(postgres_database) as store, open_store(back) as sqlite_store:
        record = store.get_record("bilateral_meeting").model_copy(update={"id": "later", "url": None})
        assert store.write([record]).new == 1
        assert sqlite_store.write([record]).new == 1
    assert answers(postgres_database) == answers(back)


def test_migrate_refuses_a_target_that_holds_documents(demo_sqlite, tmp_path):
    other = str(tmp_path / "other.db")
    with open_store(demo_sqlite) as source, open_store(other) as target:
        target.write([source.get_record("live_blog")])
        with pytest.raises(StoreError) as info:
            copy_store(source, target)
        assert info.value.code == "E411"
        with pytest.raises(StoreError) as same:
            copy_store(source, source)
        assert same.value.code == "E412"
