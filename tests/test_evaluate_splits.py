"""`sidelines eval --split tune|check|all`: every task scores the half evaluate/splits.py assigns."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sidelines.cli import EvalTask, app
from sidelines.errors import EvalError
from sidelines.evaluate import TASKS
from sidelines.evaluate.runner import select_golds
from sidelines.evaluate.splits import half_of, split_key

N = 24


def golds_for(task: str) -> list[dict]:
    """N minimal gold documents in the id scheme of each task's data."""
    prefix = {"events": "PLOVER-GSR01-AGREE-", "multicoped": "multicoped-train-"}.get(task, f"{task}-doc-")
    return [{"id": f"{prefix}{i}", "text": f"Sentence number {i} of the {task} file.", "event": "AGREE",
             "pentaclass": 1, "sources": [], "targets": [], "reciprocal": []} for i in range(N)]


def expected(golds: list[dict], split: str) -> list[str]:
    return [g["id"] for g in golds if split == "all" or half_of(split_key(g)) == split]


def write_gold(tmp_path, task: str, golds: list[dict]):
    if task == "articles":
        folder = tmp_path / "articles"
        folder.mkdir()
        for g in golds:
            (folder / f"{g['id']}.json").write_text(json.dumps({"id": g["id"], "text": g["text"]}), "utf-8")
        return folder
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(g) + "\n" for g in golds), "utf-8")
    return path


def test_cli_and_package_list_the_same_tasks():
    assert tuple(t.value for t in EvalTask) == TASKS


def test_select_golds_takes_one_half_then_the_limit():
    golds = golds_for("events")
    tune, check = select_golds(golds, "tune"), select_golds(golds, "check")
    assert tune and check
    assert sorted(g["id"] for g in tune + check) == sorted(g["id"] for g in golds)
    assert [g["id"] for g in tune] == expected(golds, "tune")  # file order kept
    assert select_golds(golds, "check", limit=2) == check[:2]
    assert select_golds(golds, "all") == golds
    with pytest.raises(EvalError) as info:
        select_golds(golds, "test")
    assert info.value.code == "E610"


def test_select_golds_keeps_one_sentence_on_one_side():
    # Two PLOVER records of the same sentence never straddle the halves (the key is the text).
    golds = [{"id": "PLOVER-a", "text": "Same sentence."}, {"id": "PLOVER-b", "text": "Same sentence."}]
    assert len(select_golds(golds, "tune")) in (0, 2)


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("split", ["tune", "check", "all"])
def test_eval_split_for_every_task(tmp_path, task, split):
    golds = golds_for(task)
    data = write_gold(tmp_path, task, golds)
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps({"id": g["id"], "text": g["text"]}) + "\n" for g in golds), "utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", task, "--data", str(data), "--predictions", str(preds),
                                      "--split", split, "--report", str(out)])
    assert result.exit_code == 0, result.output
    assert f"(split: {split})" in " ".join(result.output.split())  # the table title, however it wraps
    report = json.loads(out.read_text("utf-8"))
    assert report["split"] == split
    assert report["documents"] == len(expected(golds, split))
    if split != "all":
        assert 0 < report["documents"] < N


def test_eval_split_is_all_by_default_and_rejects_others(tmp_path):
    golds = golds_for("events")
    data = write_gold(tmp_path, "events", golds)
    preds = tmp_path / "p.jsonl"
    preds.write_text("", "utf-8")
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(data), "--predictions", str(preds)])
    assert result.exit_code == 0 and "(split: all)" in " ".join(result.output.split())
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(data), "--split", "test"])
    assert result.exit_code != 0
