"""query.py over a store of hand-built records (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from sidelines import query
from sidelines.errors import StoreError
from test_store_samples import brussels_record, oslo_record, sample_records


@pytest.fixture
def filled(store):
    store.write(sample_records())
    return store


def test_query_list_documents_newest_first(filled):
    rows = query.list_documents(filled)
    assert [r["id"] for r in rows] == ["brussels-1", "oslo-1", "geneva-1"]
    assert query.list_documents(filled, since="2025-04-01", until="2025-04-30")[0]["id"] == "oslo-1"
    assert [r["id"] for r in query.list_documents(filled, publisher="other daily")] == ["brussels-1"]


def test_query_search_documents_full_text(filled):
    rows = query.search_documents(filled, "border crossings")
    assert [r["id"] for r in rows] == ["geneva-1"]
    assert "border crossings" in rows[0]["snippet"]
    assert query.search_documents(filled, "ferry") [0]["id"] == "brussels-1"
    assert query.search_documents(filled, "submarine") == []


def test_query_search_quotes_by_speaker_and_words(filled):
    rows = query.search_quotes(filled, speaker="Rossi")
    assert {r["content"] for r in rows} == {
        "the agreement could collapse without new funding", "There is no time to lose,",
        "the two countries would hold a second round in April"}
    rows = query.search_quotes(filled, speaker="Marco Rossi", contains="time lose")
    assert len(rows) == 1
    assert rows[0]["evidence"] == "\u201cThere is no time to lose,\u201d Rossi said."
    assert rows[0]["document"] == "oslo-1"


def test_query_search_quotes_surname_only_speaker_joins_full_name(filled):
    rows = query.search_quotes(filled, speaker="Anna Berg", since="2025-04-01")
    assert [r["content"] for r in rows] == ["the talks had stalled"]
    assert query.search_quotes(filled, speaker="Anna Berg", until="2025-03-31")[0]["document"] == "geneva-1"


def test_query_search_events_filters(filled):
    rows = query.search_events(filled, actor="Anna Berg", type="consult")
    assert [(r["document"], r["place"]) for r in rows] == [("oslo-1", "Oslo"), ("geneva-1", "Geneva")]
    assert {a["name"] for a in rows[0]["actors"]} == {"Marco Rossi", "Anna Berg"}
    assert rows[0]["evidence"] == "held a second round of talks"
    assert [r["document"] for r in query.search_events(filled, place="oslo")] == ["oslo-1"]
    assert [r["document"] for r in query.search_events(filled, since="2025-03-01", until="2025-03-31")] == ["geneva-1"]
    assert [r["type"] for r in query.search_events(filled, actor="Norwegian government")] == ["ACCUSE"]


def test_query_actor_network(filled):
    rows = query.actor_network(filled)
    # "ferry operator" is a bare generic side (no name, no country): no actor to follow across articles.
    assert rows == [{"actor_a": "Anna Berg", "country_a": "NOR", "actor_b": "Marco Rossi", "country_b": "ITA",
                     "count": 2, "last_date": "2025-04-15"}]
    assert len(query.actor_network(filled, type="CONSULT")) == 1
    assert query.actor_network(filled, until="2025-03-31")[0]["count"] == 1


def test_query_actors(filled):
    rows = query.list_actors(filled)
    top = {r["name"]: r for r in rows}
    assert top["Anna Berg"]["documents"] == 3          # with the surname-only "Berg" of Brussels
    assert top["Anna Berg"]["title"] == "Foreign Minister, Norway"
    assert "Berg" not in top
    assert [r["name"] for r in query.list_actors(filled, type="gpe")] == ["Geneva", "Norway", "Oslo"]


def test_query_get_actor_role_history(filled):
    actor = query.get_actor(filled, "berg")
    assert actor["name"] == "Anna Berg"
    assert actor["country"] == "NOR"
    assert actor["aliases"][:2] == ["Anna Berg", "Berg"]
    (role,) = actor["roles"]
    assert (role["title"], role["affiliation"], role["first_seen"], role["last_seen"], role["n"]) == (
        "Foreign Minister", "Norway", "2025-03-10", "2025-04-15", 2)
    assert {(m["document"], m["text"]) for m in role["mentions"]} == {("geneva-1", "Anna Berg"),
                                                                      ("oslo-1", "Anna Berg")}
    assert actor["document_count"] == 3
    with pytest.raises(StoreError):
        query.get_actor(filled, "Nobody Atall")


def test_query_diff_versions(filled):
    new = oslo_record()
    new = new.model_copy(update={"quotes": new.quotes[1:], "events": []})
    new = new.model_copy(update={"title": "Oslo talks: Rossi says there is no time to lose"})
    filled.write([new])
    change = query.diff(filled, "oslo-1")
    assert (change["from_version"], change["to_version"]) == (1, 2)
    assert change["quotes_added"] == []
    assert change["quotes_removed"] == [{"speaker": "Marco Rossi", "direct": False,
                                         "content": "the agreement could collapse without new funding"}]
    assert [e["type"] for e in change["events_removed"]] == ["CONSULT"]
    assert query.counts(filled)["versions"] == 4
    assert query.get_document(filled, "oslo-1", 1)["title"] == "Second round of Norway-Italy talks in Oslo"


def test_query_counts(filled):
    assert query.counts(filled) == {"documents": 3, "versions": 3, "failures": 0, "entities": 10, "quotes": 5,
                                    "events": 3, "actors": 6}


def test_query_old_versions_are_not_searched(filled):
    filled.write([brussels_record(title="Berg denies that talks stalled")])
    assert len(query.search_quotes(filled, contains="stalled")) == 1
    assert len(query.versions(filled, "brussels-1")) == 2


def test_query_diff_reports_changed_speaker(filled):
    old = oslo_record()
    quotes = [old.quotes[0].model_copy(update={"speaker": None, "speaker_mention": None}), old.quotes[1]]
    filled.write([old.model_copy(update={"quotes": quotes, "title": "Oslo talks (updated)"})])
    change = query.diff(filled, "oslo-1")
    assert change["quotes_added"] == change["quotes_removed"] == []
    assert change["quotes_changed"] == [{
        "before": {"speaker": "Marco Rossi", "content": "the agreement could collapse without new funding",
                   "direct": False},
        "after": {"speaker": None, "content": "the agreement could collapse without new funding", "direct": False}}]
    assert change["events_changed"] == change["events_added"] == []
