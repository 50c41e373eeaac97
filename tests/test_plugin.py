"""A plugin extractor installed through the ``sidelines.extractors`` entry point adds a layer end to end.

The plugin is a tiny package written here (its module and a dist-info with the entry point),
put on the path of a ``sidelines`` subprocess; its layer must appear in ``sidelines extract``,
in ``sidelines schema`` and, after ``sidelines ingest``, in the store.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

PLUGIN = '''
"""A plugin extractor: sentences that end in an exclamation mark."""

import re

from pydantic import BaseModel

from sidelines.extractors.base import BaseExtractor

EXCLAIMED = re.compile(r"[^.!?\\n]*!")


class Exclamation(BaseModel):
    """One exclaimed sentence."""

    start: int
    end: int
    text: str


class ExclamationExtractor(BaseExtractor):
    """Writes the ``exclamations`` layer."""

    name = "exclamations"
    produces = ("exclamations",)
    item_models = {"exclamations": Exclamation}

    def __call__(self, doc, parsed):
        doc.layers["exclamations"] = [
            Exclamation(start=m.start() + len(m.group()) - len(m.group().lstrip()), end=m.end(),
                        text=m.group().strip())
            for m in EXCLAIMED.finditer(doc.text)
        ]
'''

ARTICLE = ("The Chilean foreign minister met her Peruvian counterpart in Lima on Tuesday. "
           "Fishermen in Callao cheered the new quota deal! Prices of anchovy fell after the talks.")


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory):
    """Environment for a ``sidelines`` subprocess that sees the plugin package, and a settings file running it."""
    root = tmp_path_factory.mktemp("plugin")
    (root / "exclaim_plugin").mkdir()
    (root / "exclaim_plugin" / "__init__.py").write_text(PLUGIN, "utf-8")
    info = root / "exclaim_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: exclaim-plugin\nVersion: 0.1\n", "utf-8")
    (info / "entry_points.txt").write_text(
        "[sidelines.extractors]\nexclamations = exclaim_plugin:ExclamationExtractor\n", "utf-8")
    config = root / "settings.toml"
    config.write_text(textwrap.dedent("""
        [extractors]
        run = ["entities", "times", "places", "actors", "quotes", "events", "exclamations"]
    """), "utf-8")
    (root / "article.txt").write_text(ARTICLE, "utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(root)])}
    return root, env


def sidelines(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess (so the plugin's layer never leaks into this test session's registry)."""
    return subprocess.run([sys.executable, "-c", "from sidelines.cli import main; main()", *args],
                          env=env, capture_output=True, text=True, timeout=300, check=False)


def test_plugin_layer_in_extract_output(plugin_env):
    root, env = plugin_env
    out = sidelines(env, "extract", str(root / "article.txt"), "--config", str(root / "settings.toml"))
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["exclamations"] == [{"start": 78, "end": 125, "text": "Fishermen in Callao cheered the new quota deal!"}]
    assert ARTICLE[78:125] == record["exclamations"][0]["text"]


def test_plugin_layer_in_schema(plugin_env):
    _, env = plugin_env
    out = sidelines(env, "schema")
    assert out.returncode == 0, out.stderr
    schema = json.loads(out.stdout)
    layer = schema["properties"]["exclamations"]
    assert layer["type"] == "array" and layer["items"]["$ref"].endswith("/Exclamation")
    assert set(schema["$defs"]["Exclamation"]["properties"]) == {"start", "end", "text"}


def test_plugin_layer_in_the_store_after_ingest(plugin_env):
    root, env = plugin_env
    db = root / "plugin.db"
    out = sidelines(env, "ingest", str(root / "article.txt"), "--db", str(db), "--config", str(root / "settings.toml"))
    assert out.returncode == 0, out.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT layer, ord, start, \"end\", data FROM layer_items").fetchall()
    assert [(layer, ord_, start, end) for layer, ord_, start, end, _ in rows] == [("exclamations", 0, 78, 125)]
    assert json.loads(rows[0][4])["text"] == "Fishermen in Callao cheered the new quota deal!"
    shown = sidelines(env, "show", "article", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["exclamations"][0]["start"] == 78
