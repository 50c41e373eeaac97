"""The store commands of the CLI, over a store of hand-built records (no model needed)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from sidelines.cli import app
from sidelines.store import open_store
from test_store_samples import oslo_record, sample_records

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        store.write(sample_records())
    return path


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_store_cli_quotes_json_with_evidence(db):
    rows = json.loads(run("quotes", "--speaker", "Rossi", "--contains", "time to lose", "--db", db, "--format", "json"))
    assert [(r["speaker"], r["evidence"], r["kind"]) for r in rows] == [
        ("Marco Rossi", "\u201cThere is no time to lose,\u201d Rossi said.", "statement")]


def test_store_cli_events_jsonl(db):
    out = run("events", "--actor", "Anna Berg", "--type", "CONSULT", "--place", "Oslo", "--since", "2025-04-01",
              "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["document"], r["type"], r["place"]) for r in rows] == [("oslo-1", "CONSULT", "Oslo")]


def test_store_cli_actors_csv(db):
    rows = list(csv.DictReader(io.StringIO(run("actors", "--type", "PERSON", "--db", db, "--format", "csv"))))
    assert [(r["name"], r["country"], r["documents"]) for r in rows] == [("Anna Berg", "NOR", "3"),
                                                                       ("Marco Rossi", "ITA", "2")]


def test_store_cli_actor_table(db):
    out = run("actor", "Berg", "--db", db)
    assert "Anna Berg" in out and "Foreign Minister" in out and "2025-03-10" in out


def test_store_cli_documents_search_show_network_counts(db):
    assert [r["id"] for r in json.loads(run("documents", "--db", db, "-f", "json"))] == [
        "brussels-1", "oslo-1", "geneva-1"]
    assert [r["id"] for r in json.loads(run("search", "border", "crossings", "--db", db, "-f", "json"))] == ["geneva-1"]
    assert json.loads(run("show", "geneva-1", "--db", db))["id"] == "geneva-1"
    assert json.loads(run("network", "--type", "CONSULT", "--db", db, "-f", "json"))[0]["count"] == 2
    pairs = json.loads(run("network", "--actor", "Anna Berg", "--db", db, "-f", "json"))
    assert pairs and all("Anna Berg" in (p["actor_a"], p["actor_b"]) for p in pairs)
    assert json.loads(run("counts", "--db", db, "-f", "json"))["documents"] == 3


def test_store_cli_diff(db):
    with open_store(db) as store:
        store.write([oslo_record(title="Talks in Oslo end")])
    change = json.loads(run("diff", "oslo-1", "--db", db, "-f", "json"))
    assert (change["from_version"], change["to_version"], change["quotes_added"]) == (1, 2, [])
    assert json.loads(run("show", "oslo-1", "--version", "1", "--db", db))["title"] == oslo_record().title


def test_store_cli_import_kb(db, tmp_path):
    kb = tmp_path / "kb.jsonl"
    kb.write_text(json.dumps({"id": "Q77", "labels": {"en": "Anna Berg"}}) + "\n", encoding="utf-8")
    assert json.loads(run("import-kb", str(kb), "--db", db, "-f", "json")) == {"entries": 1, "actors": 1}
    assert json.loads(run("actor", "Anna Berg", "--db", db, "-f", "json"))["kb_id"] == "Q77"


def test_store_cli_missing_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "E407" in str(result.exception)


def test_store_cli_events_table_tells_negated_and_planned_events(tmp_path):
    path = str(tmp_path / "status.db")
    real = oslo_record()
    negated = oslo_record("oslo-neg", title="No second round")
    negated = negated.model_copy(update={"events": [negated.events[0].model_copy(update={"polarity": "negative"})]})
    planned = oslo_record("oslo-plan", title="A third round planned")
    planned = planned.model_copy(update={"events": [planned.events[0].model_copy(update={"modality": "planned"})]})
    with open_store(path) as store:
        store.write([real, negated, planned])
    out = run("events", "--db", path, "--format", "table")
    lines = {doc: next(line for line in out.splitlines() if doc in line) for doc in ("oslo-neg", "oslo-plan", "oslo-1 ")}
    assert "negated" in lines["oslo-neg"]
    assert "planned" in lines["oslo-plan"]
    assert "real" in lines["oslo-1 "]
