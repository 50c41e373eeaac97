"""Write docs/record.md, the reference of the record ``sidelines extract`` prints, from its JSON Schema.

Run ``python scripts/build_record_docs.py`` after changing ``sidelines.model.record``;
tests/test_record_docs.py fails while docs/record.md is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "record.md"

HEADER = """# The record

`sidelines extract FILE... --format jsonl` prints one record per document, one per line, on
standard output (progress, warnings and the summary go to standard error). A document that
cannot be read still gets its line, `{"id": ..., "error": ..., "code": ...}`, so ids stay in
order; the codes are listed in `sidelines.errors.CODES`.

Every span is a pair of Python string offsets into `text` (code points, end exclusive):
`text[start:end] == span.text`. Fields marked *derived* are found in the text at ingest; the
others come from the source. An installed plugin extractor adds its own layer as one more list
field (`sidelines schema` prints the JSON Schema with it).

This page is generated from the JSON Schema by `scripts/build_record_docs.py`; do not edit it.
"""


def type_of(prop: dict[str, Any]) -> str:
    """A short type for one JSON Schema property."""
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop:
        return " or ".join(type_of(p) for p in prop["anyOf"])
    if "enum" in prop:
        return " \\| ".join(f"`{v}`" for v in prop["enum"])
    if prop.get("type") == "array":
        return f"list of {type_of(prop.get('items', {}))}"
    if prop.get("type") == "object":
        return "object"
    return str(prop.get("type", "any"))


def table(model: dict[str, Any]) -> list[str]:
    """A markdown table of a model's fields."""
    required = set(model.get("required", []))
    lines = ["| field | type | required | description |", "|---|---|---|---|"]
    for name, prop in model.get("properties", {}).items():
        note = prop.get("description", "")
        if prop.get("derived"):
            note = f"*derived* {note}".strip()
        lines.append(f"| `{name}` | {type_of(prop)} | {'yes' if name in required else ''} | {note} |")
    return lines


def render(schema: dict[str, Any]) -> str:
    """The whole page for a record JSON Schema."""
    out = [HEADER, f"## {schema['title']}", "", schema.get("description", "").strip(), "", *table(schema), ""]
    for name, model in sorted(schema.get("$defs", {}).items()):
        doc = " ".join(model.get("description", "").split())
        out += [f"## {name}", "", doc, "", *table(model), ""]
    return "\n".join(out).rstrip() + "\n"


def record_docs() -> str:
    """docs/record.md as it should be, from the built-in record model."""
    sys.path.insert(0, str(ROOT / "src"))
    from sidelines.model.record import Record

    return render(Record.model_json_schema())


if __name__ == "__main__":
    DOCS.parent.mkdir(exist_ok=True)
    DOCS.write_text(record_docs(), "utf-8")
    print(f"wrote {DOCS.relative_to(ROOT)}")
