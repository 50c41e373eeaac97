"""Actors across documents: normalisation, surnames, order independence, knowledge-base import."""

from __future__ import annotations

import json
from itertools import permutations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sidelines import query
from sidelines.app.kb import import_kb
from sidelines.model.record import Entity, Record, Role
from sidelines.resolve.actors import (
    MentionRef,
    Observation,
    merge_actors,
    normalise_name,
    observations_from_record,
    parse_kb_line,
)
from sidelines.store import open_store
from test_store_samples import brussels_record, geneva_record, mention, oslo_record, sample_records


@pytest.mark.parametrize(("name", "norm"), [
    ("Recep Tayyip Erdo\u011fan", "recep tayyip erdogan"),
    ("Mr. Jean-Luc Picard", "jean luc picard"),
    ("the Kremlin", "kremlin"),
    ("Norway's", "norway"),
    ("SAINT  KITTS", "saint kitts"),
])
def test_resolve_normalise_name(name, norm):
    assert normalise_name(name) == norm


def test_resolve_surname_joins_only_when_unambiguous():
    obs = [o for i, r in enumerate(sample_records()) for o in observations_from_record(r, i)]
    actors = merge_actors(obs)
    assert actors["PERSON:berg"].merged_into == "PERSON:anna berg"
    other = "Erik Berg, a shipping executive, said the ferries were ready."
    rec = Record(id="x", text=other, entities=[Entity(id="e1", name="Erik Berg", type="PERSON",
                                                      mentions=[mention(other, "Erik Berg")])])
    actors = merge_actors(obs + observations_from_record(rec, 9))
    assert actors["PERSON:berg"].merged_into is None


def test_resolve_role_history_dates():
    obs = [o for i, r in enumerate(sample_records()) for o in observations_from_record(r, i)]
    berg = merge_actors(obs)["PERSON:anna berg"]
    history = berg.roles[("Foreign Minister", "Norway")]
    assert (history.first_seen, history.last_seen, history.n) == ("2025-03-10", "2025-04-15", 2)
    assert berg.country == "NOR"
    assert berg.name == "Anna Berg"


def _snapshot(actors):
    return {k: (s.name, s.country, s.merged_into, dict(s.aliases),
                {r: (h.first_seen, h.last_seen, h.n, frozenset(h.support)) for r, h in s.roles.items()})
            for k, s in actors.items()}


NAMES = st.sampled_from(["Anna Berg", "Berg", "Erik Berg", "Marco Rossi", "Rossi", "Mr Rossi", "the Ministry"])


@st.composite
def observation_lists(draw):
    out = []
    for i in range(draw(st.integers(0, 8))):
        name = draw(NAMES)
        type_ = "ORG" if name == "the Ministry" else "PERSON"
        rec = Record(id=f"d{i}", text=name, published=draw(st.sampled_from(["2025-01-05", "2024-12-31", None])),
                     entities=[Entity(id="e1", name=name, type=type_, mentions=[mention(name, name)],
                                      country=draw(st.sampled_from([None, "NOR", "ITA"])),
                                      roles=[Role(title=t) for t in draw(st.lists(st.sampled_from(
                                          ["Foreign Minister", "Prime Minister"]), max_size=2, unique=True))])])
        out += observations_from_record(rec, i)
    return out


@settings(max_examples=60, deadline=None)
@given(a=observation_lists(), b=observation_lists())
def test_resolve_merge_is_order_independent(a: list[Observation], b: list[Observation]):
    b = [Observation(**{**o.__dict__, "ref": MentionRef(("b", o.ref.doc), o.ref.entity_id, o.ref.start,
                                                          o.ref.end, o.ref.text)}) for o in b]
    assert _snapshot(merge_actors(a + b)) == _snapshot(merge_actors(b + a))


def _store_view(store):
    actors = query.list_actors(store)
    view = [(r["name"], r["type"], r["country"], r["documents"], r["title"]) for r in actors]
    detail = query.get_actor(store, "Anna Berg")
    roles = [(r["title"], r["first_seen"], r["last_seen"], r["n"], sorted(m["document"] for m in r["mentions"]))
             for r in detail["roles"]]
    return sorted(view), roles, sorted(detail["aliases"]), query.actor_network(store)


def test_resolve_store_order_independent(tmp_path):
    erik_text = "Erik Berg met Marco Rossi in Bergen."
    erik = Record(id="erik", text=erik_text, published="2025-06-01",
                  entities=[Entity(id="e1", name="Erik Berg", type="PERSON", mentions=[mention(erik_text, "Erik Berg")]),
                            Entity(id="e2", name="Marco Rossi", type="PERSON", country="ITA",
                                   mentions=[mention(erik_text, "Marco Rossi")])])
    records = [geneva_record(), oslo_record(), brussels_record()]
    views = []
    for n, order in enumerate(permutations(range(3))):
        store = open_store(str(tmp_path / f"s{n}.db"))
        for i in order:
            store.write([records[i]])
        views.append(_store_view(store))
        store.write([erik])
        views.append(("with erik", _store_view(store)))
        store.close()
    assert all(v == views[0] for v in views[0::2])
    assert all(v == views[1] for v in views[1::2])
    # with a second Berg the surname alone is ambiguous: "Berg" stands on its own again
    assert ("Berg", "PERSON", None, 1, None) in views[1][1][0]


def test_resolve_parse_kb_line_wikidata_shapes():
    entry = parse_kb_line({"id": "Q1", "labels": {"en": {"language": "en", "value": "Anna Berg"}},
                           "aliases": {"en": [{"language": "en", "value": "A. Berg"}]},
                           "positions_held": [{"title": "Minister of Foreign Affairs", "start": "2023-01-01"}]})
    assert (entry.kb_id, entry.label, entry.names, entry.positions) == (
        "Q1", "Anna Berg", ["A. Berg", "Anna Berg"], ["Minister of Foreign Affairs"])


def test_resolve_import_kb(tmp_path, store):
    store.write(sample_records())
    kb = tmp_path / "kb.jsonl"
    lines = [
        {"id": "Q9001", "labels": {"en": "Anna Berg"}, "aliases": {"en": ["Anna K. Berg"]},
         "positions_held": [{"title": "Minister of Foreign Affairs of Norway"}]},
        {"id": "Q9002", "labels": {"en": "Marco Rossi"}, "positions_held": [{"title": "Foreign Minister of Italy"}]},
        {"id": "Q9003", "labels": {"en": "Marco Rossi"}, "aliases": {"en": ["Marco Rossi (footballer)"]},
         "positions_held": []},
        {"id": "Q9004", "labels": {"en": "Oslo"}},
    ]
    kb.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n", encoding="utf-8")
    result = import_kb(store, kb)
    assert result == {"entries": 4, "actors": 3}
    assert query.get_actor(store, "Anna Berg")["kb_id"] == "Q9001"
    assert query.get_actor(store, "Rossi")["kb_id"] == "Q9002"    # the one whose positions fit his titles
    assert query.get_actor(store, "Oslo")["kb_id"] == "Q9004"
    assert query.get_actor(store, "Oslo")["kb"]["labels"] == {"en": "Oslo"}
    # actors written after the import get their kb_id as they are created
    text = "Anna Berg of Norway met Oslo officials."
    later = Record(id="later", text=text, entities=[Entity(id="e1", name="Oslo", type="ORG",
                                                           mentions=[mention(text, "Oslo")])])
    store.write([later])
    assert {r["kb_id"] for r in query.list_actors(store, name="Oslo")} == {"Q9004"}


@pytest.mark.parametrize(("a", "b"), [
    ("Jane Q. Public", "Jane Public"),
    ("Anna\u00a0Berg", "Anna Berg"),
    ("Mr. Marco Rossi", "Marco Rossi"),
])
def test_resolve_same_actor_key(a, b):
    from sidelines.resolve.actors import actor_key

    assert actor_key(a, "PERSON") == actor_key(b, "PERSON")


def test_resolve_initials_kept_for_organisations():
    from sidelines.resolve.actors import actor_key

    assert actor_key("J. P. Morgan Chase", "ORG") != actor_key("Morgan Chase", "ORG")


def test_resolve_rebuild_actors_gives_the_same_actors(store):
    store.write(sample_records())
    before = _store_view(store)
    assert store.rebuild_actors(batch_size=2) == store.table_counts()["actors"]
    assert _store_view(store) == before


@pytest.mark.issue(11)
def test_bare_generic_sides_are_no_actors_across_articles():
    from sidelines.model.record import Entity, Mention, Record
    from sidelines.resolve.actors import observations_from_record

    text = "Officials and Kenyan police met Ruto."
    record = Record(id="d", text=text, entities=[
        Entity(id="e1", name="Officials", type="ORG", mentions=[Mention(start=0, end=9, text="Officials", kind="nominal")]),
        Entity(id="e2", name="Kenyan police", type="ORG", country="KEN",
               mentions=[Mention(start=14, end=27, text="Kenyan police", kind="nominal")]),
        Entity(id="e3", name="Ruto", type="PERSON", mentions=[Mention(start=32, end=36, text="Ruto", kind="name")]),
    ])
    assert sorted(o.name for o in observations_from_record(record, "d")) == ["Kenyan police", "Ruto"]
