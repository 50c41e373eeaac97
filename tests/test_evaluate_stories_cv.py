"""Cross-validation of story grouping by topic (`sidelines eval stories --cv K`)."""

from __future__ import annotations

import numpy as np
import pytest

from sidelines.errors import EvalError
from sidelines.evaluate.stories_cv import (
    MethodResult,
    StoryMethod,
    cross_validate,
    neighbour_mean,
    repeated_cv,
    spread,
    spreads,
    topic_folds,
)
from sidelines.model.record import Record


def golds_of(topics: dict[str, list[str]]) -> list[dict]:
    """Two articles per sub-topic; sub-topic names like '3a', '3b' (topic 3)."""
    out = []
    for topic, subs in topics.items():
        for sub in subs:
            for n in range(2):
                out.append({"id": f"{topic}_{sub}{n}", "topic": topic, "subtopic": f"{topic}{sub}", "text": "x"})
    return out


def test_topic_folds_keep_each_topic_in_one_fold_and_are_fixed():
    golds = golds_of({str(t): ["a", "b"] for t in range(1, 8)})
    folds = topic_folds(golds, 3)
    assert sorted(i for f in folds for i in f) == list(range(len(golds)))       # every article once
    for f in folds:
        assert f                                                                 # no empty fold
    fold_of = {golds[i]["topic"]: k for k, f in enumerate(folds) for i in f}
    for k, f in enumerate(folds):
        assert all(fold_of[golds[i]["topic"]] == k for i in f)                  # a topic is never split
    assert topic_folds(golds, 3) == folds                                        # the same on every run
    with pytest.raises(EvalError) as exc:
        topic_folds(golds, 8)                                                    # more folds than topics
    assert exc.value.code == "E613"


def topic_deal(golds: list[dict], folds: list[list[int]]) -> frozenset[frozenset[str]]:
    """A deal as a partition of topics (fold numbering aside)."""
    return frozenset(frozenset(golds[i]["topic"] for i in f) for f in folds)


def test_repeated_deals_differ_are_fixed_and_hold_out_every_topic_once():
    golds = golds_of({str(t): ["a", "b"] for t in range(1, 8)})
    deals = [topic_folds(golds, 3, d) for d in range(5)]
    assert deals[0] == topic_folds(golds, 3)                                     # deal 0 is the historical deal
    assert len({topic_deal(golds, f) for f in deals}) == 5                       # five different partitions
    assert deals == [topic_folds(golds, 3, d) for d in range(5)]                 # the same on every run
    topics = {g["topic"] for g in golds}
    for folds in deals:
        assert sorted(i for f in folds for i in f) == list(range(len(golds)))   # every article held out once
        held_out = [{golds[i]["topic"] for i in f} for f in folds]
        assert all(held_out)                                                     # no empty fold
        assert sorted(t for f in held_out for t in f) == sorted(topics)          # every topic in exactly one fold


def test_neighbour_mean_favours_a_plateau_over_a_lone_peak():
    # Along one setting: a lone peak 0.95 between 0.5s, and a plateau of 0.9s.
    table = np.array([0.5, 0.95, 0.5, 0.9, 0.9, 0.9])
    smooth = neighbour_mean(table, (6,))
    assert smooth[1] == pytest.approx((0.5 + 0.95 + 0.5) / 3)
    assert int(np.argmax(smooth)) == 4
    assert smooth[5] == pytest.approx(0.9)                                       # an edge has one neighbour


def by_threshold(state, params):
    """A toy grouping: articles of a sub-topic stay together only when the threshold is 0.5; 0.9 splits all."""
    golds = state
    if params["threshold"] == 0.5:
        groups: dict[str, list[str]] = {}
        for g in golds:
            groups.setdefault(g["subtopic"], []).append(g["id"])
        return list(groups.values())
    return [[g["id"]] for g in golds]


def test_cross_validate_scores_held_out_folds_with_settings_chosen_elsewhere():
    golds = golds_of({str(t): ["a", "b"] for t in range(1, 7)})
    by_id = {g["id"]: g for g in golds}
    method = StoryMethod("toy", {"threshold": (0.5, 0.9)},
                         lambda records: [by_id[r.id] for r in records], by_threshold)
    records = [Record(id=g["id"], text=g["text"]) for g in golds]
    result = cross_validate(golds, records, method, 3)
    assert result.chosen == {"threshold": 0.5}
    assert [f["settings"] for f in result.folds] == [{"threshold": 0.5}] * 3
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    # Split into singletons, each article keeps 1 of its 2 sub-topic articles: recall 0.5, F1 2/3.
    assert result.flatness["threshold"] == [(0.5, 1.0), (0.9, pytest.approx(2 / 3))]
    assert sum(f["documents"] for f in result.folds) == len(golds)


def test_repeated_cv_reports_each_deal_and_the_spread():
    golds = golds_of({str(t): ["a", "b"] for t in range(1, 7)})
    by_id = {g["id"]: g for g in golds}
    # Threshold 0.5 keeps sub-topics whole (F1 1); 0.9 splits them (F1 2/3). Fixed at 0.9: F1 2/3 everywhere.
    fixed = StoryMethod("fixed", {"threshold": (0.9,)}, lambda records: [by_id[r.id] for r in records], by_threshold)
    cv = StoryMethod("cv", {"threshold": (0.5, 0.9)}, lambda records: [by_id[r.id] for r in records], by_threshold)
    records = [Record(id=g["id"], text=g["text"]) for g in golds]
    results = repeated_cv(golds, records, 3, [cv, fixed], 4)
    assert len(results) == 4 and [r.name for r in results[0]] == ["cv", "fixed"]
    assert results[0][0].folds == cross_validate(golds, records, cv, 3).folds   # deal 0 = today's single deal
    assert [sorted(f["topics"]) for f in results[1][0].folds] != [sorted(f["topics"]) for f in results[0][0].folds]
    good, split = spreads(results)
    assert good.deals == [(1.0, 0.0)] * 4 and (good.mean, good.sd_deals, good.sd_folds) == (1.0, 0.0, 0.0)
    assert split.mean == pytest.approx(2 / 3) and split.sd_deals == pytest.approx(0.0)
    with pytest.raises(EvalError):
        repeated_cv(golds, records, 3, [cv], 0)


def test_spread_of_held_out_f1_over_deals():
    def result(f1s: list[float]) -> MethodResult:
        return MethodResult("m", 0.0, 0.0, sum(f1s) / len(f1s), [{"f1": f} for f in f1s], {})

    s = spread([result([0.9, 1.0]), result([0.8, 0.9])])
    assert s.deals == [(pytest.approx(0.95), pytest.approx(0.0707, abs=1e-4)),
                       (pytest.approx(0.85), pytest.approx(0.0707, abs=1e-4))]
    assert s.mean == pytest.approx(0.9)
    assert s.sd_deals == pytest.approx(0.0707, abs=1e-4)                         # sqrt(2 * 0.05^2 / 1)
    assert s.sd_folds == pytest.approx(0.0816, abs=1e-4)                         # sqrt(0.02 / 3)


QUAKES = {
    "a": "A strong earthquake of magnitude 6.1 struck the hill town of Velmora, killing 12 people, rescuers said.",
    "b": "Floods after three days of rain cut the coastal road to Port Serin, and 340 families left their homes.",
}


def test_cli_cv_prints_every_method_on_the_same_folds(tmp_path):
    import json

    from typer.testing import CliRunner

    from sidelines.cli import app

    gold, preds = tmp_path / "gold.jsonl", tmp_path / "records.jsonl"
    rows = []
    for topic in range(1, 5):
        for sub, text in QUAKES.items():
            for n in range(3):
                rows.append({"id": f"{topic}_{n}{sub}", "topic": str(topic), "subtopic": f"{topic}{sub}",
                             "text": f"Report {n}. {text} Place {topic}{sub}."})
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    preds.write_text("".join(Record(id=r["id"], text=r["text"]).model_dump_json() + "\n" for r in rows), "utf-8")
    result = CliRunner().invoke(app, ["eval", "stories", "--data", str(gold), "--predictions", str(preds),
                                      "--cv", "2", "--report", str(tmp_path / "cv.json")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "cv.json").read_text("utf-8"))
    assert [m["name"] for m in report["methods"]] == ["tfidf", "weighted", "weighted@0.23", "stream"]
    stream = report["methods"][-1]
    assert [len(f["topics"]) for f in stream["folds"]] == [2, 2]
    # Each fold is scored with the settings its other fold chose, from the stream grid.
    assert all(set(f["settings"]) == {"threshold", "figures", "days"} for f in stream["folds"])
    assert stream["f1"] == pytest.approx(sum(f["f1"] for f in stream["folds"]) / 2)
    assert "tfidf" in result.stdout and "held-out" in result.stdout
    wrong = CliRunner().invoke(app, ["eval", "ner", "--data", str(gold), "--cv", "2"])
    assert isinstance(wrong.exception, EvalError) and wrong.exception.code == "E613"
    repeated = CliRunner().invoke(app, ["eval", "stories", "--data", str(gold), "--predictions", str(preds),
                                        "--cv", "2", "--repeats", "3", "--report", str(tmp_path / "cv3.json")])
    assert repeated.exit_code == 0, repeated.output
    report3 = json.loads((tmp_path / "cv3.json").read_text("utf-8"))
    assert report3["repeats"] == 3 and len(report3["deals"]) == 3
    assert report3["deals"][0] == report["methods"]                              # deal 0 is the single-deal run
    tfidf = report3["summary"][0]
    assert tfidf["name"] == "tfidf" and len(tfidf["deals"]) == 3
    assert tfidf["mean"] == pytest.approx(sum(m[0]["f1"] for m in report3["deals"]) / 3)
    assert "deal 2" in repeated.stdout and "sd of deal means" in repeated.stdout
    alone = CliRunner().invoke(app, ["eval", "stories", "--data", str(gold), "--repeats", "3"])
    assert isinstance(alone.exception, EvalError) and alone.exception.code == "E613"
