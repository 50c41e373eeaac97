"""docs/record.md is generated from the record's JSON Schema and kept up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sidelines.model.record import Record

ROOT = Path(__file__).resolve().parent.parent


def builder():
    spec = importlib.util.spec_from_file_location("build_record_docs", ROOT / "scripts" / "build_record_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_record_docs_are_up_to_date():
    expected = builder().record_docs()
    assert (ROOT / "docs" / "record.md").read_text("utf-8") == expected, \
        "docs/record.md is stale: run python scripts/build_record_docs.py"


def test_record_docs_name_every_field_and_model():
    page = (ROOT / "docs" / "record.md").read_text("utf-8")
    schema = Record.model_json_schema()
    assert all(f"| `{name}` |" in page for name in schema["properties"])
    assert all(f"## {name}" in page for name in schema["$defs"])
    assert "`CONSULT`" in page                     # Event.type lists the PLOVER vocabulary


def test_record_docs_render_a_plugin_layer():
    page = builder().render({"title": "Record", "properties": {"stances": {
        "type": "array", "items": {"$ref": "#/$defs/Stance"}}}, "$defs": {"Stance": {
            "description": "A stance.", "properties": {"label": {"type": "string", "description": "its label"}},
            "required": ["label"]}}})
    assert "| `stances` | list of [Stance](#stance) |" in page and "| `label` | string | yes | its label |" in page
