"""The Multi-CoPED scorer on hand-made sentences and records; expected numbers worked out in comments."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sidelines.cli import app
from sidelines.evaluate.multicoped import content_words, event_class, score_multicoped
from sidelines.model.record import Entity, Event, EventActor, Mention, Record


def ent(eid: str, name: str, *mentions: tuple[str, str], etype: str = "PERSON") -> Entity:
    """An entity with mentions given as (text, kind); offsets do not matter to this scorer."""
    return Entity(id=eid, name=name, type=etype,
                  mentions=[Mention(start=0, end=len(t), text=t, kind=k) for t, k in mentions])


def event(eid: str, etype: str, conf: float, *actors: tuple[str, str]) -> Event:
    return Event(id=eid, type=etype, confidence=conf, actors=[EventActor(entity=a, role=r) for a, r in actors])


def sentence(sid: str, pentaclass: int | None, sources=None, targets=None, reciprocal=None, text: str = "x") -> dict:
    return {"id": f"multicoped-train-{sid}", "text": text, "pentaclass": pentaclass,
            "sources": sources, "targets": targets, "reciprocal": reciprocal}


@pytest.mark.parametrize(("text", "words"), [
    ("Croatian government 's request", {"croatian", "government", "request"}),  # "s" is no word
    ("Russia\u2019s army", {"russia", "army"}),
    ("the US", {"us"}),            # written in capitals: an acronym, not the pronoun
    ("U.S. forces", {"us", "forces"}),  # dotted abbreviation read as one word
    ("told us", {"told"}),         # the pronoun is a stop word
    ("The", set()),
    ("2,000 troops", {"troops"}),
])
def test_multicoped_content_words(text, words):
    assert content_words(text) == words


@pytest.mark.parametrize(("etype", "cls"), [
    ("REQUEST", 0), (None, 0), ("NOT_A_TYPE", 0), ("CONSULT", 1), ("AGREE", 1), ("AID", 2), ("CONCEDE", 2),
    ("REJECT", 3), ("SANCTION", 3), ("PROTEST", 4), ("ASSAULT", 4),
])
def test_multicoped_event_class(etype, cls):
    assert event_class(etype) == cls


def multicoped_case() -> tuple[list[dict], list[Record]]:
    golds = [
        # s1: class 1; Lavrov as source by name, Safadi as target through a nominal mention.
        sentence("1", 1, ["Foreign Minister Sergey Lavrov"], ["Jordan's foreign minister"], []),
        # s2: class 0; the top event is REQUEST (class 0); "the US" meets the name mention "U.S.";
        # the target is found through a participant.
        sentence("2", 0, ["the US"], ["Iran"], []),
        # s3: class 4 but no event (class 0); the reciprocal span counts on both sides.
        sentence("3", 4, ["Iraqi troops"], [], ["the Kurds"]),
        # s4: no class (not scored for class); the source entity is only an attendee.
        sentence("4", None, ["a car bomb"], ["another ethnic Chechen"], []),
        # s5: class 3, no actor spans; SUPPORT and REJECT tie on confidence: the first (SUPPORT, class 1) wins.
        sentence("5", 3, None, None, None),
    ]
    records = [
        Record(id="multicoped-train-1", text="x", entities=[
            ent("e1", "Sergey Lavrov", ("Lavrov", "name")),
            ent("e2", "Ayman Al Safadi", ("the minister", "nominal"), ("he", "pronoun")),
        ], events=[event("v1", "CONSULT", 0.9, ("e1", "source"), ("e2", "target")),
                   event("v2", "REQUEST", 0.4, ("e1", "source"))]),
        Record(id="multicoped-train-2", text="x", entities=[
            ent("e1", "United States", ("U.S.", "name"), etype="GPE"),
            ent("e2", "Iran", ("Iran", "name"), etype="GPE"),
        ], events=[event("v1", "REQUEST", 0.8, ("e1", "source"), ("e2", "participant")),
                   event("v2", "THREATEN", 0.7, ("e1", "source"))]),
        Record(id="multicoped-train-3", text="x"),
        Record(id="multicoped-train-4", text="x", entities=[
            ent("e1", "car bomb", etype="PRODUCT"), ent("e2", "Chechen", etype="NORP"),
        ], events=[event("v1", "ASSAULT", 0.9, ("e1", "attendee"), ("e2", "target"))]),
        Record(id="multicoped-train-5", text="x",
               events=[event("v1", "SUPPORT", 0.6), event("v2", "REJECT", 0.6)]),
    ]
    return golds, records


def test_multicoped_class_accuracy_and_span_recall():
    golds, records = multicoped_case()
    report = score_multicoped(golds, records)
    # Class: s1 right (CONSULT -> 1), s2 right (REQUEST -> 0), s3 wrong (no event -> 0, gold 4),
    # s5 wrong (SUPPORT -> 1, gold 3); s4 has no class. 2 of 4.
    assert report.headline["class_accuracy"] == pytest.approx(0.5)
    # Source spans: s1 Lavrov yes, s2 "the US" yes, s3 "Iraqi troops" no, s3 reciprocal no,
    # s4 "a car bomb" no (attendee) -> 2 of 5.
    assert report.headline["source_recall"] == pytest.approx(2 / 5)
    # Target spans: s1 yes (nominal "the minister"), s2 yes (participant), s3 reciprocal no, s4 yes -> 3 of 4.
    assert report.headline["target_recall"] == pytest.approx(3 / 4)
    assert report.headline["actor_recall"] == pytest.approx(5 / 9)
    rows = {r.label: r for r in report.rows}
    assert rows["class 0: statements and appeals"].value == 1.0
    assert rows["class 1: verbal cooperation"].value == 1.0
    assert rows["class 3: verbal conflict"].value == 0.0 and rows["class 4: material conflict"].gold == 1
    assert "class 2: material cooperation" not in rows
    assert rows["sentences"].gold == 5
    assert report.extra["sentences_with_class"] == 4
    assert report.extra["confusion"] == {"0": {"0": 1}, "1": {"1": 1}, "3": {"1": 1}, "4": {"0": 1}}
    by_id = {d.id: d for d in report.documents}
    assert by_id["multicoped-train-3"].notes == ["class 0 (no event) should be 4 (material conflict)"]
    assert len(by_id["multicoped-train-3"].missed) == 3  # Iraqi troops; the Kurds as source and as target
    assert by_id["multicoped-train-4"].missed == ["source 'a car bomb'; source actors: -"]
    assert by_id["multicoped-train-1"].score == 1.0


def write_jsonl(path, objs):
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), "utf-8")
    return path


def test_multicoped_cli_from_predictions(tmp_path):
    golds, records = multicoped_case()
    gold = write_jsonl(tmp_path / "dev.jsonl", golds)
    preds = write_jsonl(tmp_path / "preds.jsonl", [json.loads(r.model_dump_json()) for r in records])
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "multicoped", "--data", str(gold), "--predictions", str(preds),
                                      "--report", str(out), "--errors", "2"])
    assert result.exit_code == 0, result.output
    assert "(split: all)" in " ".join(result.output.split()) and "should be 4" in result.output
    report = json.loads(out.read_text("utf-8"))
    assert report["split"] == "all" and report["documents"] == 5
    assert report["headline"]["class_accuracy"] == pytest.approx(0.5)
    assert [w["id"] for w in report["worst"]] == ["multicoped-train-3", "multicoped-train-5"]


@pytest.mark.shared
def test_multicoped_dev_without_events_scores_class_zero_share(shared_dir):
    """With no events at all, class accuracy is the share of class-0 sentences and no span is found."""
    from sidelines.evaluate.gold import read_gold

    golds = read_gold(shared_dir / "eval" / "multicoped" / "dev.jsonl")
    report = score_multicoped(golds, [Record(id=g["id"], text=g["text"]) for g in golds])
    with_class = [g for g in golds if g["pentaclass"] is not None]
    zero = sum(1 for g in with_class if g["pentaclass"] == 0)
    assert report.headline["class_accuracy"] == pytest.approx(zero / len(with_class))
    assert report.headline["actor_recall"] == 0.0
