"""A generated corpus of 1,000 mixed good and broken inputs: every good document is stored, every broken
one is listed by `sidelines errors` with its code. Generated at run time (nothing committed)."""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from sidelines.cli import app
from sidelines.store import open_store

runner = CliRunner()
PLACES = ["Velmora", "Ostrava", "Quillport", "Darnes", "Maskel"]
PEOPLE = ["Ann Lee", "Bo Kim", "Carla Diaz", "Tomas Reyd", "Ilse Varn"]
# Broken JSON lines, each with the code it must be listed with.
BROKEN = [
    ("E104", lambda n: "{not json " + str(n)),
    ("E108", lambda n: '{"id": "sur-' + str(n) + '", "text": "bad \\ud800 surrogate"}'),
    ("E108", lambda n: json.dumps({"id": f"title-{n}", "text": "The port reopened on Monday.",
                                   "title": "x"}).replace('"x"', '"\\udfff"')),
]


def good_text(rnd: random.Random, n: int) -> str:
    a, b = rnd.sample(PEOPLE, 2)
    return f"{a} met {b} in {rnd.choice(PLACES)} on Monday, officials said. Story number {n}."


@pytest.mark.slow
def test_thousand_mixed_inputs(tmp_path, pipeline):
    rnd = random.Random(7)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good: set[str] = set()
    broken: dict[str, str] = {}
    lines = []
    for n in range(700):
        if n % 4 == 3:
            code, make = rnd.choice(BROKEN)
            lines.append(make(n))
            broken[f"id-{n}"] = code
        else:
            lines.append(json.dumps({"id": f"good-{n}", "text": good_text(rnd, n)}))
            good.add(f"good-{n}")
    # U+2028 and U+0085 inside strings must not split a line.
    lines.append(json.dumps({"id": "sep", "text": "Ann Lee\u2028met Bo Kim\u0085in Darnes."}, ensure_ascii=False))
    good.add("sep")
    (corpus / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = 0
    for n in range(299):
        kind = n % 6
        name = corpus / f"f{n}"
        if kind == 0:
            name.with_suffix(".txt").write_text(good_text(rnd, n))
            good.add(f"f{n}")
        elif kind == 1:
            name.with_suffix(".txt").write_bytes(b"%PDF-1.4 binary")
        elif kind == 2:
            name.with_suffix(".txt").write_text("   \n ")
        elif kind == 3:
            name.with_suffix(".html").write_text("<html><body><div></div></body></html>")
        elif kind == 4:
            name.with_suffix(".txt").symlink_to("/etc/hostname")
        else:
            name.with_suffix(".html").write_text(
                f"<html><head><title>T{n}</title></head><body><p>{good_text(rnd, n)}</p></body></html>")
            good.add(f"f{n}")
        files += 1
    assert len(lines) + files == 1000
    db = str(tmp_path / "c.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--no-stories"])
    assert result.exit_code in (0, 1), result.output
    with open_store(db) as store:
        for doc_id in good:
            assert store.get_record(doc_id).id == doc_id
        assert store.table_counts()["documents"] == len(good)
    listed = runner.invoke(app, ["errors", "--db", db, "--format", "jsonl"])
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert len(rows) == 1000 - len(good)
    assert all(r["code"] and r["reason"] and r["message"] for r in rows)
    codes = {r["code"] for r in rows}
    assert {"E104", "E108", "E101", "E105", "E110", "E129"} <= codes
    assert sum(1 for r in rows if r["code"] in ("E104", "E108")) == len(broken)
