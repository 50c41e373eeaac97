"""The store: migrations, idempotent versioned writes, failures, exact round trips (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sidelines.errors import StoreError
from sidelines.model.record import (
    DateRange,
    Entity,
    ErrorRecord,
    Event,
    EventActor,
    EventLocation,
    Mention,
    Place,
    Quote,
    Record,
    Role,
    Span,
    TimeExpr,
)
from sidelines.store import open_store
from sidelines.store.migrations import MIGRATIONS, applied
from sidelines.store.records import evidence_sentence
from test_store_samples import brussels_record, geneva_record, oslo_record, sample_records


def test_store_migrations_recorded_once(store_url):
    s = open_store(store_url)
    assert applied(s.engine) == [m.name for m in MIGRATIONS]
    s.close()
    again = open_store(store_url)
    assert applied(again.engine) == [m.name for m in MIGRATIONS]
    again.close()


def test_store_write_then_read_back(store):
    stats = store.write(sample_records())
    assert (stats.new, stats.updated, stats.unchanged, stats.failed) == (3, 0, 0, 0)
    assert (stats.entities, stats.quotes, stats.events) == (10, 5, 3)
    for record in sample_records():
        assert store.get_record(record.id) == record


def test_store_same_documents_twice_add_nothing(store):
    store.write(sample_records())
    before = store.table_counts()
    stats = store.write(sample_records())
    assert (stats.new, stats.updated, stats.unchanged) == (0, 0, 3)
    assert store.table_counts() == before


def test_store_duplicate_inside_one_batch_is_one_document(store):
    stats = store.write([geneva_record(), geneva_record()])
    assert (stats.new, stats.unchanged) == (1, 1)
    assert len(store.versions("geneva-1")) == 1


def test_store_changed_document_is_a_new_version(store):
    store.write(sample_records())
    changed = oslo_record(title="Second round of talks in Oslo ends without a deal")
    stats = store.write([changed])
    assert (stats.new, stats.updated, stats.unchanged) == (0, 1, 0)
    vs = store.versions("oslo-1")
    assert [(v["version"], v["is_latest"]) for v in vs] == [(1, False), (2, True)]
    assert store.get_record("oslo-1") == changed
    assert store.get_record("oslo-1", version=1) == oslo_record()
    assert store.write([changed]).unchanged == 1


def test_store_same_url_under_another_id_is_a_new_version(store):
    url = "https://news.example.org/live/border-talks"
    store.write([geneva_record(url=url)])
    update = geneva_record("geneva-live-2", url=url, updated="2025-03-10T18:00:00+00:00")
    stats = store.write([update])
    assert stats.updated == 1
    assert [v["doc_id"] for v in store.versions("geneva-1")] == ["geneva-1", "geneva-live-2"]
    assert store.get_record("geneva-1") == update
    assert store.get_record("geneva-live-2", version=1) == geneva_record(url=url)


def test_store_failures_are_kept_once(store):
    bad = ErrorRecord(id="broken.html", error="not valid HTML: no body found", code="E104", source="broken.html")
    stats = store.write([bad, geneva_record()])
    assert (stats.failed, stats.new) == (1, 1)
    counts = store.table_counts()
    store.write([bad])
    assert store.table_counts()["failures"] == counts["failures"] == 1


def test_store_missing_document_raises_coded_error(store):
    with pytest.raises(StoreError) as info:
        store.get_record("nope")
    assert info.value.code == "E404"
    store.write([geneva_record()])
    with pytest.raises(StoreError):
        store.get_record("geneva-1", version=7)


def test_store_layers_become_rows(store):
    store.write([geneva_record()])
    counts = store.table_counts()
    assert counts["mentions"] == 6
    assert counts["roles"] == 2
    assert counts["event_actors"] == 2
    assert counts["times"] == 2
    assert counts["places"] == 2


def test_store_opens_sqlite_url_form(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    s.write([brussels_record()])
    assert s.get_record("brussels-1") == brussels_record()
    s.close()


def test_store_bad_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError) as info:
        open_store(str(tmp_path / "missing" / "x.db"))
    assert info.value.code == "E401"


def test_store_batches_written_separately_equal_one_write(tmp_path):
    one = open_store(str(tmp_path / "one.db"))
    many = open_store(str(tmp_path / "many.db"))
    one.write(sample_records())
    many.write(sample_records(), batch_size=1)
    assert one.table_counts() == many.table_counts()
    one.close()
    many.close()


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 9, "Foreign Minister Anna Berg of Norway met her Italian counterpart Marco Rossi in Geneva on Monday."),
    (101, 142, "\u201cWe agreed to reopen the border crossings,\u201d Berg told reporters after the talks."),
])
def test_store_evidence_sentence(start, end, expected):
    from test_store_samples import GENEVA_TEXT

    assert evidence_sentence(GENEVA_TEXT, start, end) == expected


# --- round trip of random records ---------------------------------------------------

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80)
WORD = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)
MAYBE = st.none() | WORD
FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def spans(draw, text: str):
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, len(text)))
    return Span.of(text, a, b)


@st.composite
def records(draw):
    text = draw(TEXT)
    ents = []
    for i in range(draw(st.integers(0, 3))):
        ms = [Mention(**draw(spans(text)).model_dump(), kind=draw(st.sampled_from(["name", "nominal", "pronoun"])))
              for _ in range(draw(st.integers(0, 3)))]
        ents.append(Entity(
            id=f"e{i + 1}", name=draw(WORD), type=draw(st.sampled_from(["PERSON", "ORG", "GPE", "NORP", "LOC"])),
            mentions=ms, roles=[Role(title=draw(WORD), affiliation=draw(MAYBE)) for _ in range(draw(st.integers(0, 2)))],
            country=draw(st.none() | st.sampled_from(["NOR", "ITA", "USA"])), kb_id=draw(MAYBE),
            aliases=draw(st.lists(WORD, max_size=2))))
    ids = [e.id for e in ents] or ["e1"]
    quotes = [Quote(speaker=draw(st.none() | st.sampled_from(ids)), speaker_mention=draw(st.none() | spans(text)),
                    cue=draw(st.none() | spans(text)), content=draw(spans(text)), direct=draw(st.booleans()),
                    id=draw(st.none() | st.just(f"q{i}")))
              for i in range(draw(st.integers(0, 2)))]
    events = [Event(id=f"ev{i + 1}", type=draw(st.sampled_from(["CONSULT", "AGREE", "ACCUSE"])),
                    mode=draw(MAYBE),
                    actors=[EventActor(entity=draw(st.sampled_from(ids)),
                                       role=draw(st.sampled_from(["source", "target", "participant", "attendee", "host"])))
                            for _ in range(draw(st.integers(0, 2)))],
                    date=draw(st.none() | st.builds(DateRange, start=st.none() | st.just("2025-01-02"),
                                                    end=st.none() | st.just("2025-01-03"))),
                    location=draw(st.none() | st.builds(EventLocation, name=WORD, place=MAYBE)),
                    topics=draw(st.lists(WORD, max_size=2)), evidence=draw(st.lists(spans(text), max_size=2)),
                    polarity=draw(st.sampled_from(["positive", "negative"])), modality=draw(MAYBE),
                    confidence=draw(st.floats(0, 1)))
              for i in range(draw(st.integers(0, 2)))]
    times = [TimeExpr(**draw(spans(text)).model_dump(), type="DATE", value=draw(WORD))
             for _ in range(draw(st.integers(0, 2)))]
    places = [Place(**draw(spans(text)).model_dump(), id=f"p{i + 1}", name=draw(WORD), lat=draw(st.none() | FLOAT),
                    lon=draw(st.none() | FLOAT), country=draw(MAYBE), geonameid=draw(MAYBE))
              for i in range(draw(st.integers(0, 2)))]
    return Record(id="x", text=text, title=draw(MAYBE), publisher=draw(MAYBE), authors=draw(st.lists(WORD, max_size=2)),
                  published=draw(st.none() | st.sampled_from(["2025-03-01", "2025-03-01T10:00:00Z", "yesterday"])),
                  url=draw(MAYBE), attributed_to=draw(st.lists(WORD, max_size=2)),
                  entities=ents, quotes=quotes, events=events, times=times, places=places)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(record=records())
def test_store_round_trip_random_records(store, record):
    doc_id = f"r-{uuid.uuid4().hex}"
    record = record.model_copy(update={"id": doc_id, "url": None})
    assert store.write([record]).new == 1
    assert store.get_record(doc_id) == record


def test_store_text_with_nul_round_trips(store):
    text = "Minister Anna Berg\x00 said talks were over."
    record = geneva_record("nul-1").model_copy(update={"text": text, "entities": [], "quotes": [], "events": [],
                                                        "times": [], "places": []})
    store.write([record])
    assert store.get_record("nul-1") == record


def test_store_keeps_a_quotes_kind(store):
    from sidelines.query.quotes import search_quotes

    record = oslo_record()
    poll = record.quotes[0].model_copy(update={"kind": "finding"})
    record = record.model_copy(update={"quotes": [poll, *record.quotes[1:]]})
    store.write([record])
    assert store.get_record(record.id).quotes[0].kind == "finding"
    kinds = {row.content: row.kind for row in search_quotes(store, limit=10)}
    assert kinds == {"the agreement could collapse without new funding": "finding",
                     "There is no time to lose,": "statement"}


def test_a_store_made_before_quote_kinds_gains_the_column(tmp_path):
    from sqlalchemy import text

    from sidelines.query.quotes import search_quotes

    url = f"sqlite:///{tmp_path / 'old.db'}"
    s = open_store(url)
    s.write([oslo_record()])
    with s.engine.begin() as conn:  # the store as migration 0010 left it
        conn.exec_driver_sql("ALTER TABLE quotes DROP COLUMN kind")
        conn.execute(text("DELETE FROM migrations WHERE name = '0011_quote_kind'"))
    s.close()
    again = open_store(url)
    assert applied(again.engine)[-1] == "0011_quote_kind"
    assert {row.kind for row in search_quotes(again, limit=10)} == {"statement"}
    again.close()
