"""Gold readers, the runner and the `sidelines eval` command on small files written here."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sidelines.cli import app
from sidelines.errors import EvalError
from sidelines.evaluate.gold import align_records, gold_document, read_gold, read_records
from sidelines.model.record import Quote, Record, Span

POLNEAR_TEXT = (
    "Senator Dana Holt said on Tuesday that the budget deal would pass. "
    "\u201cWe have the votes,\u201d Holt told reporters."
)


def write_jsonl(path, objs):
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), "utf-8")
    return path


def polnear_gold():
    text = POLNEAR_TEXT
    c1 = "the budget deal would pass"
    c2 = "We have the votes,"
    s1, s2 = text.index(c1), text.index(c2)
    src1, src2 = text.index("Senator Dana Holt"), text.index("Holt told")
    return {"id": "p1", "source": "polnear", "text": text, "attributions": [
        {"source": [{"start": src1, "end": src1 + 17, "text": "Senator Dana Holt"}], "cue": [],
         "content": [{"start": s1, "end": s1 + len(c1), "text": c1}], "direct": False},
        {"source": [{"start": src2, "end": src2 + 4, "text": "Holt"}], "cue": [],
         "content": [{"start": s2, "end": s2 + len(c2), "text": c2}], "direct": True},
    ]}


def test_eval_quotes_of_trivial_predictor_prints_recall_zero(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [polnear_gold()])
    preds = write_jsonl(tmp_path / "preds.jsonl", [{"id": "p1", "text": POLNEAR_TEXT, "quotes": []}])
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "quotes", "--data", str(gold), "--predictions", str(preds),
                                      "--report", str(out), "--errors", "3"])
    assert result.exit_code == 0, result.output
    assert "content" in result.output and "0.000" in result.output
    report = json.loads(out.read_text("utf-8"))
    assert report["headline"]["content_recall"] == 0.0
    assert report["headline"]["end_to_end_f1"] == 0.0
    assert report["documents"] == 1
    assert len(report["worst"][0]["missed"]) == 2


def test_eval_quotes_from_predictions_scores_a_match(tmp_path):
    text = POLNEAR_TEXT
    c = "the budget deal would pass"
    s = text.index(c)
    sm = text.index("Dana Holt")
    rec = Record(id="p1", text=text, quotes=[Quote(
        speaker_mention=Span(start=sm, end=sm + 9, text="Dana Holt"), content=Span(start=s, end=s + len(c), text=c))])
    gold = write_jsonl(tmp_path / "gold.jsonl", [polnear_gold()])
    preds = write_jsonl(tmp_path / "preds.jsonl", [json.loads(rec.model_dump_json())])
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "quotes", "--data", str(gold), "--predictions", str(preds),
                                      "--report", str(out)])
    assert result.exit_code == 0, result.output
    head = json.loads(out.read_text("utf-8"))["headline"]
    # 1 predicted, 2 gold, 1 matched with the right speaker: P 1, R 1/2, F1 2/3 (content and end-to-end).
    assert head["content_f1"] == pytest.approx(2 / 3)
    assert head["end_to_end_f1"] == pytest.approx(2 / 3)


def test_gold_document_keeps_text_and_reads_dct(tmp_path):
    text = "The committee met on Friday.\nIt will meet again next month."
    doc = gold_document({"id": "TimeBank/x", "text": text, "dct": "1998-02-06"})
    assert doc.text == text and doc.published == "1998-02-06" and doc.id == "TimeBank/x"


def test_read_gold_rejects_bad_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x"}\nnot json\n', "utf-8")
    with pytest.raises(EvalError) as info:
        read_gold(path)
    assert info.value.code == "E601"


def test_align_records_fills_missing_and_rejects_other_text(tmp_path):
    golds = [{"id": "a", "text": "one"}, {"id": "b", "text": "two"}]
    aligned = align_records(golds, [Record(id="b", text="two")])
    assert [r.id for r in aligned] == ["a", "b"] and aligned[0].quotes == []
    with pytest.raises(EvalError):
        align_records(golds, [Record(id="a", text="ONE")])


def test_read_records_skips_error_lines(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [{"id": "x", "error": "unreadable"}, {"id": "y", "text": "t"}])
    assert [r.id for r in read_records(path)] == ["y"]


def test_evaluate_golds_runs_the_real_pipeline(pipeline):
    from sidelines.evaluate.runner import evaluate_golds

    text = "Maria Fernandes flew to Brazil on Monday to meet officials of the World Bank."
    start = text.index("Brazil")
    gold = {"id": "n1", "source": "conll2003", "text": text, "entities": [
        {"start": start, "end": start + 6, "text": "Brazil", "label": "LOC"}]}
    report = evaluate_golds("ner", [gold], pipeline.settings, pipeline=pipeline)
    assert report.extra["documents"] == 1
    assert set(report.headline) == {"f1", "precision", "recall"}
    # spaCy tags Brazil as GPE, which counts as a location.
    assert report.headline["recall"] == 1.0


def test_read_records_ignores_fields_added_later(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [{"id": "y", "text": "t", "sentiment": 0.3}])
    assert read_records(path)[0].id == "y"


def test_report_table_and_errors_print_spans_with_brackets():
    from io import StringIO

    from rich.console import Console

    from sidelines.evaluate.metrics import DocumentResult, Row, TaskReport
    from sidelines.evaluate.report import print_errors, report_dict, report_table

    report = TaskReport("ner", {"f1": 0.5}, [Row("PER", 0.5, 0.5, 0.5, 2, 2)], [
        DocumentResult("d1", 0.0, missed=["[3:9] 'Lisbon' LOC"], spurious=["[bold] not markup"]),
        DocumentResult("d2", 1.0),
    ])
    buf = StringIO()
    console = Console(file=buf, width=100)
    console.print(report_table(report))
    print_errors(report, 5, console)
    text = buf.getvalue()
    assert "f1 = 0.500" in text and "[3:9] 'Lisbon' LOC" in text and "[bold] not markup" in text
    assert [d["id"] for d in report_dict(report, errors=5)["worst"]] == ["d1"]
