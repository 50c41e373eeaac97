"""Typed query rows: each query returns its row type, rows print by type, and JSON stays plain."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from sidelines import query
from sidelines.query.rows import (
    ActorDetail,
    EventActorRow,
    EventRow,
    ExportActor,
    ExportEvent,
    QuoteRow,
    RoleMention,
    StoreCounts,
)
from sidelines.render import OutputFormat, cell, render_object, render_rows
from sidelines.store import open_store
from test_store_samples import sample_records


@pytest.fixture
def filled(tmp_path):
    store = open_store(str(tmp_path / "rows.db"))
    store.write(sample_records())
    yield store
    store.close()


def test_query_rows_are_typed(filled):
    events = query.search_events(filled, actor="Anna Berg")
    assert events and all(isinstance(r, EventRow) and dataclasses.is_dataclass(r) for r in events)
    assert all(isinstance(a, EventActorRow) for r in events for a in r.actors)
    assert all(isinstance(r, QuoteRow) for r in query.search_quotes(filled, speaker="Rossi"))
    actor = query.get_actor(filled, "Anna Berg")
    assert isinstance(actor, ActorDetail) and isinstance(actor.roles[0].mentions[0], RoleMention)
    assert isinstance(query.counts(filled), StoreCounts)


def test_query_rows_read_as_mappings(filled):
    row = query.search_events(filled, actor="Anna Berg")[0]
    assert row["type"] == row.type and set(row) == {f.name for f in dataclasses.fields(row)}
    with pytest.raises(KeyError):
        row["no_such_field"]


def test_render_cells_by_row_type():
    assert cell([EventActorRow(name="Anna Berg", role="source", country="NOR"),
                 EventActorRow(name="Marco Rossi", role="target", country=None)]) == \
        "Anna Berg (source); Marco Rossi (target)"
    assert cell(RoleMention(document="oslo-1", version=1, entity="e1", start=0, end=9, text="Anna Berg")) == \
        "oslo-1: Anna Berg"


def test_render_json_of_typed_rows_is_plain(filled):
    out = io.StringIO()
    render_rows(query.search_events(filled, actor="Anna Berg"), OutputFormat.jsonl, out=out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert {a["name"] for a in first["actors"]} >= {"Anna Berg"}
    out = io.StringIO()
    render_object(query.get_actor(filled, "Anna Berg"), OutputFormat.json, out=out)
    assert json.loads(out.getvalue())["roles"][0]["mentions"][0]["document"] in {"geneva-1", "oslo-1"}


def test_query_rows_export_rows_extend_the_event_rows():
    """An exported event is an event row with more: the event's fields are defined once, in the same order."""
    assert issubclass(ExportEvent, EventRow) and issubclass(ExportActor, EventActorRow)
    names = [f.name for f in dataclasses.fields(EventRow)]
    assert [f.name for f in dataclasses.fields(ExportEvent)][:len(names)] == names
    actor = ExportActor(name="Ana Pires", role="source", country="PRT", kind="PERSON", title="Minister")
    assert actor.as_cell() == "Ana Pires (source)" and actor["title"] == "Minister"
