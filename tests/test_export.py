"""`sidelines export`: each table and graph read back with the library its users would use.

The store holds the hand-built records of test_store_samples plus a made-up conflict report
(protest, arrests, a clash), so every table has rows whose values are checked by hand here.
"""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from sidelines import query
from sidelines.cli import app
from sidelines.export import Filters, export
from sidelines.export.cameo import cameo_root
from sidelines.export.writers import safe_cell
from sidelines.model.record import (
    DateRange,
    Entity,
    Event,
    EventActor,
    EventLocation,
    Place,
    Quote,
    Record,
    Role,
)
from sidelines.store import open_store
from test_store_samples import mention, sample_records, span

runner = CliRunner()

CONFLICT_TEXT = (
    "Thousands of teachers marched through Mirenta on Saturday to demand higher pay. "
    "Police arrested forty marchers near the parliament, union leader Dana Kovic said. "
    "\u201c+40 of our members are still held,\u201d Kovic told reporters. "
    "Separately, the Valdorian army clashed with Northern Front rebels near Ostrava Pass."
)


def conflict_record(doc_id: str = "mirenta-1") -> Record:
    """A protest, arrests and a clash in made-up Valdoria (2025-06-07)."""
    t = CONFLICT_TEXT
    teachers = Entity(id="e1", name="teachers", type="NORP", country="VLD", mentions=[mention(t, "teachers")])
    police = Entity(id="e2", name="Police", type="ORG", country="VLD", mentions=[mention(t, "Police")])
    kovic = Entity(id="e3", name="Dana Kovic", type="PERSON", country="VLD",
                   mentions=[mention(t, "Dana Kovic"), mention(t, "Kovic", 1)],
                   roles=[Role(title="union leader")])
    army = Entity(id="e4", name="Valdorian army", type="ORG", country="VLD", mentions=[mention(t, "Valdorian army")])
    rebels = Entity(id="e5", name="Northern Front", type="ORG", mentions=[mention(t, "Northern Front")])
    day = DateRange(start="2025-06-07", end="2025-06-07")
    events = [
        Event(id="ev1", type="PROTEST", mode="demo", actors=[EventActor(entity="e1", role="source")], date=day,
              location=EventLocation(name="Mirenta", place="p1"),
              evidence=[span(t, "Thousands of teachers marched through Mirenta")], confidence=0.8),
        Event(id="ev2", type="COERCE", mode="arrest", actors=[EventActor(entity="e2", role="source"),
                                                              EventActor(entity="e1", role="target")],
              date=day, location=EventLocation(name="Mirenta", place="p1"),
              evidence=[span(t, "Police arrested forty marchers")], confidence=0.75),
        Event(id="ev3", type="ASSAULT", mode="firearms", actors=[EventActor(entity="e4", role="source"),
                                                                 EventActor(entity="e5", role="target")],
              location=EventLocation(name="Ostrava Pass"),
              evidence=[span(t, "the Valdorian army clashed with Northern Front rebels")], confidence=0.6),
    ]
    quotes = [Quote(id="q1", speaker="e3", speaker_mention=span(t, "Kovic", 1), cue=span(t, "told"),
                    content=span(t, "+40 of our members are still held,"), direct=True)]
    places = [Place(**span(t, "Mirenta").model_dump(), id="p1", name="Mirenta", kind="literal", lat=45.5,
                    lon=-12.25, country="VLD", geonameid="9990001")]
    return Record(id=doc_id, text=t, entities=[teachers, police, kovic, army, rebels], events=events,
                  quotes=quotes, places=places, title="Teachers march in Mirenta", publisher="=Valdoria Today",
                  published="2025-06-08", url="https://news.example/mirenta")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("export") / "export.db")
    with open_store(path) as store:
        store.write([*sample_records(), conflict_record()])
    return path


@pytest.fixture(scope="module")
def counts(db):
    with open_store(db) as store:
        n = query.counts(store)
        pairs = query.actor_network(store, limit=10**6)
    return {"events": n.events, "quotes": n.quotes, "acled": 3, "network_edges": len(pairs)}


def run_export(db, out, *args):
    result = runner.invoke(app, ["export", "--db", db, *args, str(out)])
    assert result.exit_code == 0, result.output
    return result


def test_export_cameo_roots_from_the_plover_table():
    assert cameo_root("CONSULT") == "04"
    assert cameo_root("ASSAULT", "firearms") == "19"
    assert cameo_root("ACCUSE", "investigate") == "09"
    assert cameo_root("ASSAULT") is None          # 18, 19 and 20: no single root without a mode
    assert cameo_root("ACCUSE", "no-such-mode") is None


def test_export_csv_cells_are_formula_safe():
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert [safe_cell(v) for v in ("+1", "-x", "@a", "plain", -12.25, None)] == [
        "'+1", "'-x", "'@a", "plain", -12.25, None]


def test_export_parquet_read_by_pandas_pyarrow_and_duckdb(db, counts, tmp_path):
    pd = pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")
    duckdb = pytest.importorskip("duckdb")
    run_export(db, tmp_path, "--to", "parquet")
    con = duckdb.connect()
    for name in ("events", "acled", "quotes", "network_edges"):
        path = tmp_path / f"{name}.parquet"
        assert len(pd.read_parquet(path)) == counts[name], name
        assert pq.read_table(path).num_rows == counts[name], name
        assert con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchall() == [(counts[name],)], name
    events = pd.read_parquet(tmp_path / "events.parquet").set_index("event_id")
    geneva = events.loc["geneva-1#ev1"]
    assert (geneva.actor1_name, geneva.actor1_country, geneva.actor1_title) == ("Anna Berg", "NOR",
                                                                               "Foreign Minister")
    assert (geneva.actor2_name, geneva.actor2_country, geneva.plover_type, geneva.cameo_root) == (
        "Marco Rossi", "ITA", "CONSULT", "04")
    assert (geneva.place, geneva.latitude, geneva.longitude) == ("Geneva", 46.20222, 6.14569)
    assert geneva.publisher == "Example Wire" and geneva.evidence.startswith("Foreign Minister Anna Berg")
    clash = events.loc["mirenta-1#ev3"]
    assert (clash.cameo_root, clash.plover_mode, clash.actor2_name) == ("19", "firearms", "Northern Front")
    assert str(events["latitude"].dtype) == "float64" and str(events["year"].dtype) == "int64"
    by_type = dict(con.execute(f"SELECT event_type, count(*) FROM read_parquet('{tmp_path / 'acled.parquet'}') "
                           "GROUP BY 1").fetchall())
    assert by_type == {"Protests": 1, "Strategic developments": 1, "Battles": 1}
    quotes = pd.read_parquet(tmp_path / "quotes.parquet")
    kovic = quotes[quotes.speaker == "Dana Kovic"].iloc[0]
    assert (kovic.country, kovic.role, kovic.date, kovic.document) == ("VLD", "union leader", "2025-06-08",
                                                                       "mirenta-1")


def test_export_acled_columns(db, tmp_path):
    pd = pytest.importorskip("pandas")
    run_export(db, tmp_path, "--to", "parquet", "--table", "acled")
    assert [p.name for p in tmp_path.iterdir()] == ["acled.parquet"]
    rows = pd.read_parquet(tmp_path / "acled.parquet").set_index("event_id_cnty")
    protest = rows.loc["mirenta-1#ev1"]
    assert (protest.event_date, protest.event_type, protest.sub_event_type, protest.actor1, protest.inter1) == (
        "2025-06-07", "Protests", "Peaceful protest", "teachers", 6)
    assert (protest.country, protest.location, protest.latitude, protest.geo_precision) == ("VLD", "Mirenta", 45.5, 1)
    arrest = rows.loc["mirenta-1#ev2"]
    assert (arrest.sub_event_type, arrest.actor1, arrest.actor2) == ("Arrests", "Police", "teachers")
    clash = rows.loc["mirenta-1#ev3"]
    assert clash.event_date == "2025-06-08"          # no event date: the publication date
    assert pd.isna(clash.latitude) and pd.isna(clash.fatalities) and pd.isna(clash.admin1)


def test_export_csv_and_jsonl(db, counts, tmp_path):
    pd = pytest.importorskip("pandas")
    run_export(db, tmp_path / "csv", "--to", "csv")
    run_export(db, tmp_path / "jsonl", "--to", "jsonl")
    for name in ("events", "acled", "quotes", "network_edges"):
        assert len(pd.read_csv(tmp_path / "csv" / f"{name}.csv")) == counts[name], name
        assert len(pd.read_json(tmp_path / "jsonl" / f"{name}.jsonl", lines=True)) == counts[name], name
    with (tmp_path / "csv" / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        quote = next(r for r in csv.DictReader(fh) if r["speaker"] == "Dana Kovic")
    assert quote["text"] == "'+40 of our members are still held,"
    with (tmp_path / "csv" / "acled.csv").open(encoding="utf-8", newline="") as fh:
        protest = next(r for r in csv.DictReader(fh) if r["event_id_cnty"] == "mirenta-1#ev1")
    assert protest["source"] == "'=Valdoria Today" and protest["longitude"] == "-12.25"   # numbers untouched
    line = json.loads((tmp_path / "jsonl" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert line["text"] == "+40 of our members are still held,"                       # JSON keeps the text


def test_export_graphml_and_gexf_open_in_networkx(db, counts, tmp_path):
    nx = pytest.importorskip("networkx")
    run_export(db, tmp_path, "--to", "graphml")
    run_export(db, tmp_path, "--to", "gexf")
    for graph in (nx.read_graphml(tmp_path / "network.graphml"), nx.read_gexf(tmp_path / "network.gexf")):
        assert graph.number_of_edges() == counts["network_edges"]
        names = {data.get("name") or data.get("label"): node for node, data in graph.nodes(data=True)}
        berg, rossi = names["Anna Berg"], names["Marco Rossi"]
        edge = graph.edges[berg, rossi]
        assert (edge["count"], edge["count_CONSULT"], edge["last_date"]) == (2, 2, "2025-04-15")
        assert graph.nodes[berg]["country"] == "NOR" and graph.nodes[berg]["kind"] == "PERSON"


def test_export_filters(db, tmp_path):
    pd = pytest.importorskip("pandas")
    run_export(db, tmp_path / "a", "--to", "parquet", "--type", "consult", "--since", "2025-04-01")
    events = pd.read_parquet(tmp_path / "a" / "events.parquet")
    assert list(events.event_id) == ["oslo-1#ev1"]
    assert len(pd.read_parquet(tmp_path / "a" / "acled.parquet")) == 0     # no conflict type asked for
    run_export(db, tmp_path / "b", "--to", "jsonl", "--actor", "Marco Rossi", "--table", "quotes")
    lines = (tmp_path / "b" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(x)["speaker"] for x in lines} == {"Marco Rossi"} and len(lines) == 3


def test_export_unknown_format_is_a_clear_error(db, tmp_path):
    result = runner.invoke(app, ["export", "--db", db, "--to", "xlsx", str(tmp_path)])
    assert result.exit_code != 0
    with open_store(db) as store, pytest.raises(Exception, match="unknown export format"):
        export(store, "xlsx", tmp_path, Filters())


def test_export_samples_through_the_pipeline(pipeline, tmp_path):
    """The sample articles, extracted for real: every format's row count is the store's."""
    pd = pytest.importorskip("pandas")
    from pathlib import Path

    import sidelines
    from sidelines.app.ingest import ingest_sources
    from sidelines.settings import settings_from_kwargs

    samples = sorted(str(p) for p in (Path(sidelines.__file__).parent / "samples").glob("*.txt"))
    db = str(tmp_path / "samples.db")
    with open_store(db) as store:
        ingest_sources(store, samples, settings_from_kwargs())
        n = query.counts(store)
    assert n.events > 0 and n.quotes > 0
    run_export(db, tmp_path / "out", "--to", "parquet")
    assert len(pd.read_parquet(tmp_path / "out" / "events.parquet")) == n.events
    assert len(pd.read_parquet(tmp_path / "out" / "quotes.parquet")) == n.quotes


def test_export_row_counts_on_each_backend(store, tmp_path):
    """SQLite and PostgreSQL: the JSON-lines tables have as many rows as the store has events and quotes."""
    store.write([*sample_records(), conflict_record()])
    n = query.counts(store)
    written = export(store, "jsonl", tmp_path, Filters())
    rows = {path.stem: count for path, count in written.items()}
    assert (rows["events"], rows["quotes"], rows["acled"]) == (n.events, n.quotes, 3)
    assert rows["network_edges"] == len(query.actor_network(store, limit=10**6))
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n.events and {json.loads(x)["document"] for x in lines} == {
        "geneva-1", "oslo-1", "brussels-1", "mirenta-1"}
