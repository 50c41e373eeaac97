"""Stories in the store: clustering stored documents, keeping the result, reading it back (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sidelines import query
from sidelines.app.stories import story_id, update_stories
from sidelines.cli import app
from sidelines.model.record import DateRange, Entity, Event, EventActor, EventLocation, Record
from sidelines.settings import StorySettings
from sidelines.store.migrations import applied
from test_store_samples import mention, span

# Two reports of one meeting (a fictional trade summit in Valparaiso) from two outlets, a wire reprint of
# the first (another outlet, a new headline, a sentence cut), and one report of another meeting.
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


def reprint(doc_id: str = "summit-reprint", published: str = "2025-06-13") -> Record:
    """The first report as a regional paper ran it: another headline, the last sentence cut, one word changed."""
    t = SUMMIT_A.rsplit(" Quispe called", 1)[0].replace("on Thursday", "on Thursday afternoon")
    entities = [person(t, "e1", "Elena Vargas", "Vargas", "CHL"), person(t, "e2", "Tomas Quispe", "Quispe", "PER"),
                place(t, "e3", "Valparaiso", "CHL")]
    return Record(id=doc_id, text=t, entities=entities, events=meeting(t, "met Peruvian President Tomas Quispe",
                                                                       "2025-06-12", "Valparaiso"),
                  title="Presidents meet in Valparaiso", publisher="Coast Herald", published=published)


def test_stories_same_meeting_share_a_story_and_the_reprint_is_marked(store):
    assert "0007_story_reprints" in applied(store.engine)
    store.write([summit_a(), summit_b(), reprint(), other()])
    done = update_stories(store)
    assert (done.documents, done.new_stories, done.stories, done.dropped) == (4, 2, 2, 0)

    rows = query.list_stories(store)
    assert [set(r) for r in rows] == [{"id", "type", "title", "documents", "events", "first_seen"}] * 2
    summit = rows[0]                                                 # newest first
    assert summit["documents"] == ["summit-a", "summit-b", "summit-reprint"]   # earliest first, then by id
    assert summit["type"] == "CONSULT"                               # three CONSULT, one AGREE
    assert summit["title"] == "Chile and Peru sign fisheries deal"   # the earliest document's headline
    assert summit["first_seen"] == "2025-06-12"
    railway = rows[1]
    assert railway["documents"] == ["railway-1"] and railway["first_seen"] == "2025-06-10"
    assert railway["id"] == story_id("railway-1")

    story = query.get_story(store, summit["id"])
    assert story["last_seen"] == "2025-06-13"
    assert [(a["id"], a["reprint_of"]) for a in story["articles"]] == [
        ("summit-a", None), ("summit-b", None), ("summit-reprint", "summit-a")]
    assert (story["reports"], story["outlets"]) == (2, 3)           # the reprint is no report of its own
    assert [r["id"] for r in query.list_stories(store, document="summit-b")] == [summit["id"]]
    assert query.list_stories(store, type="agree") == []
    assert [r["id"] for r in query.list_stories(store, min_documents=2)] == [summit["id"]]


def test_stories_new_articles_join_stored_stories(store):
    store.write([summit_a(), other()])
    first = update_stories(store)
    assert (first.documents, first.new_stories, first.stories) == (2, 2, 2)
    ids = {r["documents"][0]: r["id"] for r in query.list_stories(store)}
    assert ids["summit-a"] == story_id("summit-a")

    again = update_stories(store)                      # nothing new: nothing placed, nothing rewritten
    assert (again.documents, again.touched, again.stories) == (0, 0, 2)

    store.write([summit_b(), reprint()])               # later reports join the stored story; its id stays
    later = update_stories(store)
    assert (later.documents, later.new_stories, later.touched) == (2, 0, 1)
    story = query.get_story(store, ids["summit-a"])
    assert story["documents"] == ["summit-a", "summit-b", "summit-reprint"]
    assert (story["reports"], story["outlets"]) == (2, 3)

    store.write([other(published="2025-06-20")])      # a new version: it leaves its story and is placed again
    moved = update_stories(store)
    assert (moved.documents, moved.new_stories, moved.dropped) == (1, 1, 1)
    rows = query.list_stories(store)
    assert [r["documents"] for r in rows] == [["railway-1"], ["summit-a", "summit-b", "summit-reprint"]]
    assert [r["documents"] for r in query.list_stories(store, since="2025-06-14")] == [["railway-1"]]

    full = update_stories(store, full=True)            # everything anew: the same grouping
    assert (full.documents, full.stories) == (4, 2)
    assert sorted(r["documents"] for r in query.list_stories(store)) == [
        ["railway-1"], ["summit-a", "summit-b", "summit-reprint"]]


def test_stories_stored_stories_merge_when_a_new_article_bridges_them(store):
    # Grouped with a threshold no pair reaches (the weighted cosines sum to at most 2.4), each report stands alone.
    store.write([summit_a(), summit_b(), other()])
    assert update_stories(store, settings=StorySettings(threshold=5.0)).new_stories == 3
    # With the usual threshold, the reprint joins the first report's story, which then absorbs the second's.
    store.write([reprint()])
    done = update_stories(store)
    assert (done.documents, done.new_stories, done.dropped, done.stories) == (1, 0, 1, 2)
    story = query.get_story(store, story_id("summit-a"))             # the older story keeps its id
    assert [(a["id"], a["reprint_of"]) for a in story["articles"]] == [
        ("summit-a", None), ("summit-b", None), ("summit-reprint", "summit-a")]
    assert [r["id"] for r in query.list_stories(store, document="summit-b")] == [story_id("summit-a")]


def test_stories_placed_a_few_at_a_time_group_the_same(store, monkeypatch):
    """A large ingest is placed in chunks (bounded memory); later chunks see the stories of earlier ones."""
    monkeypatch.setattr("sidelines.app.stories.CHUNK", 1)
    store.write([summit_a(), summit_b(), reprint(), other()])
    done = update_stories(store)
    assert (done.documents, done.new_stories, done.stories) == (4, 2, 2)
    story = query.get_story(store, story_id("summit-a"))
    assert [(a["id"], a["reprint_of"]) for a in story["articles"]] == [
        ("summit-a", None), ("summit-b", None), ("summit-reprint", "summit-a")]


def test_stories_read_each_stored_record_once(store, monkeypatch):
    """Placing the articles and rewriting their stories read the same records: one read each."""
    from sidelines.store import records

    reads: list[str] = []
    read = records.record_from_row

    def counted(record_json: str, text: str) -> Record:
        reads.append(json.loads(record_json)["id"])
        return read(record_json, text)

    monkeypatch.setattr(records, "record_from_row", counted)
    store.write([summit_a(), summit_b(), reprint(), other()])
    update_stories(store)
    assert sorted(reads) == ["railway-1", "summit-a", "summit-b", "summit-reprint"]


def test_stories_record_cache_keeps_the_latest_records():
    from sidelines.store.stories import RecordCache

    kept = RecordCache(2)
    kept.update({1: summit_a(), 2: summit_b()})
    kept[3] = other()
    assert list(kept) == [2, 3]


def test_stories_date_span_not_calendar_windows(store):
    """A story keeps taking articles while its latest one is near; a report far later starts its own."""
    week = StorySettings(days=7)
    # 2025-06-12/13 and a follow-up on 2025-06-19: no calendar edge between them splits the story.
    # (The railway talks are there because word rarity means little among three articles.)
    store.write([summit_a(), summit_b(), reprint(doc_id="summit-follow", published="2025-06-19"), other()])
    update_stories(store, settings=week)
    store.write([reprint(doc_id="summit-late", published="2025-09-01")])
    update_stories(store, settings=week)
    assert sorted(r["documents"] for r in query.list_stories(store)) == [
        ["railway-1"], ["summit-a", "summit-b", "summit-follow"], ["summit-late"]]
    update_stories(store, full=True, settings=week)   # the same with all five arriving together
    assert sorted(r["documents"] for r in query.list_stories(store)) == [
        ["railway-1"], ["summit-a", "summit-b", "summit-follow"], ["summit-late"]]


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
    assert before.exit_code == 0 and before.stdout.strip() == ""    # a read command: it groups nothing
    clustered = CliRunner().invoke(app, ["cluster-stories", "--db", db])
    assert clustered.exit_code == 0, clustered.output
    result = CliRunner().invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert sorted(x["documents"] for x in lines) == [["railway-1"], ["summit-a", "summit-b"]]
    table = CliRunner().invoke(app, ["stories", "--db", db, "--since", "2025-06-12"])
    assert table.exit_code == 0 and "Chile and Peru sign fisheries deal" in table.stdout
    assert "Kenya and Uganda" not in table.stdout
