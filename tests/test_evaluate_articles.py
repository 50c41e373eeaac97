"""Whole-article gold (CONTRACT.md "Whole articles") on a hand-made article and hand-made records.

Every expected number is worked out in the comments next to it.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sidelines.cli import app
from sidelines.errors import EvalError
from sidelines.evaluate.article_matching import match_events, meets, names_meet, predicted_status, status_agrees
from sidelines.evaluate.articles import iso3, quote_weight, read_articles, score_articles
from sidelines.model.record import Entity, Event, EventActor, Mention, Place, Quote, Record, Role, Span

TEXT = (
    "Russian Deputy Foreign Minister Sergei Ryabkov met US envoy Dana Holt in Geneva on Monday. "
    "\u201cWe discussed strategic stability,\u201d Ryabkov said. "
    "Moscow did not threaten Washington, the ministry said. "
    "Holt may visit Beijing next month. "
    "Protesters rallied in Geneva."
)


def sp(piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(piece, start + 1)
    return Span(start=start, end=start + len(piece), text=piece)


def men(piece: str, kind: str = "name", nth: int = 0) -> Mention:
    s = sp(piece, nth)
    return Mention(start=s.start, end=s.end, text=piece, kind=kind)


def ev(eid: str, etype: str, conf: float, *actors: tuple[str, str], evidence: str | None = None, **kw) -> Event:
    return Event(id=eid, type=etype, confidence=conf, actors=[EventActor(entity=a, role=r) for a, r in actors],
                 evidence=[sp(evidence)] if evidence else [], **kw)


def quote(content: str, speaker: str | None = None) -> Quote:
    return Quote(speaker=speaker, content=sp(content))


ENTITIES = [
    Entity(id="ryabkov", name="Sergei Ryabkov", type="PERSON",
           mentions=[men("Sergei Ryabkov"), men("Ryabkov", nth=1)],
           roles=[Role(title="foreign minister", affiliation="Russia")], country="RUS"),
    Entity(id="holt", name="Dana Holt", type="PERSON", mentions=[men("Dana Holt"), men("Holt", nth=1)],
           roles=[Role(title="US envoy")]),
    Entity(id="moscow", name="Moscow", type="GPE", mentions=[men("Moscow")], country="RUS"),
    Entity(id="washington", name="Washington", type="GPE", mentions=[men("Washington")], country="USA"),
    Entity(id="xi", name="Xi Jinping", type="ORG"),
    Entity(id="monday", name="Monday", type="EVENT", mentions=[men("Monday")]),
    Entity(id="geneva", name="Geneva", type="GPE", mentions=[men("Geneva")]),
]

GOLD = {
    "id": "a1", "text": TEXT,
    "events": [
        {"label": "Ryabkov meets Holt", "types": ["CONSULT"], "source": None, "target": None,
         "participants": [["Sergei Ryabkov", "Ryabkov"], ["Dana Holt", "Holt"]], "status": "real",
         "date": None, "location": "Geneva", "evidence": "met US envoy Dana Holt"},
        {"label": "Moscow does not threaten Washington", "types": ["THREATEN"], "source": ["Russia", "Moscow"],
         "target": ["United States", "Washington"], "participants": None, "status": "negated",
         "evidence": "did not threaten"},
        {"label": "Holt may visit Beijing", "types": ["CONSULT"], "source": ["Dana Holt"], "target": None,
         "participants": None, "status": "hypothetical", "evidence": "may visit Beijing"},
        {"label": "protest in Geneva", "types": ["PROTEST"], "source": None, "target": None,
         "participants": None, "status": "real", "evidence": "Protesters rallied"},
        {"label": "Ryabkov backs stability", "types": ["AGREE", "SUPPORT"], "source": ["Ryabkov"], "target": None,
         "participants": None, "status": "real", "evidence": "We discussed strategic stability"},
    ],
    "quotes": [
        {"content": "We discussed strategic stability,", "speaker": ["Sergei Ryabkov", "Ryabkov"], "direct": True},
        {"content": "Moscow did not threaten Washington", "speaker": None, "direct": False},
        {"content": "Holt may visit Beijing next month", "speaker": None, "direct": False},
    ],
    "people": [
        {"name": "Sergei Ryabkov", "aliases": ["Ryabkov"], "title": "Deputy Foreign Minister", "country": "RUS"},
        {"name": "Dana Holt", "aliases": ["Holt"], "title": "envoy", "country": "United States"},
        {"name": "Maria Lopez", "aliases": [], "title": "spokeswoman", "country": None},
        {"name": "Xi", "aliases": ["Xi Jinping"], "title": "President", "country": "CHN"},
    ],
    "places": [
        {"name": "Geneva", "lat": 46.2044, "lon": 6.1432, "country": "CHE"},
        {"name": "Beijing", "lat": 39.9042, "lon": 116.4074, "country": "CHN"},
        {"name": "Moscow", "lat": 55.7558, "lon": 37.6173, "country": "RUS"},
    ],
    "not_entities": ["Monday", "geneva", "Protesters"],
}


def article_record() -> Record:
    return Record(id="a1", text=TEXT, entities=ENTITIES, events=[
        # p1 matches the meeting (participants: any role but attendee).
        ev("p1", "CONSULT", 0.9, ("ryabkov", "source"), ("holt", "target"), evidence="met"),
        # p2 is the same meeting again: a duplicate, a false positive.
        ev("p2", "CONSULT", 0.8, ("ryabkov", "source"), ("holt", "target"), evidence="met"),
        # p3 negative polarity: negated, matches the negated threat.
        ev("p3", "THREATEN", 0.7, ("moscow", "source"), ("washington", "target"), evidence="threaten",
           polarity="negative"),
        # p4 a modality: hypothetical, matches the hypothetical visit.
        ev("p4", "CONSULT", 0.6, ("holt", "source"), evidence="visit", modality="planned"),
        # p5 matches the protest (the gold names no side).
        ev("p5", "PROTEST", 0.5, evidence="rallied"),
        # p6 nothing of that type in the gold.
        ev("p6", "ASSAULT", 0.4, ("moscow", "source")),
        # p7 Holt is only an attendee, so the meeting's second party is missing.
        ev("p7", "CONSULT", 0.3, ("ryabkov", "source"), ("holt", "attendee")),
        # p8 right type for the last gold event, wrong source.
        ev("p8", "SUPPORT", 0.2, ("holt", "source")),
    ], quotes=[
        quote("We discussed strategic stability", "ryabkov"),    # matches gold 1 (32 of 33 chars), speaker right
        quote("Moscow did not threaten", "holt"),                # 23 of 34 chars >= half: matches gold 2; speaker wrong
        quote("Protesters rallied", "holt"),                     # no gold quote there
        quote("We discussed", "ryabkov"),                        # 12 of 33 chars < half: no match
    ], places=[
        Place(id="pl1", **sp("Geneva").model_dump(), name="Geneva", lat=46.2, lon=6.15),
        Place(id="pl2", **sp("Beijing").model_dump(), name="Beijing", lat=41.0, lon=-88.0),  # the wrong Beijing
        Place(id="pl3", **sp("Moscow").model_dump(), name="Moskva", lat=55.75, lon=37.62),   # same name by its text
    ])


def test_articles_scores_of_a_hand_made_article():
    report = score_articles([GOLD], [article_record()])
    head = report.headline
    # Events: 8 predictions, 4 matched (p1, p3, p4, p5) -> P 0.5. Real gold: meeting, protest, backing = 3,
    # matched 2 -> R 2/3. F1 = 2 * 0.5 * 2/3 / (0.5 + 2/3) = 4/7.
    assert head["event_precision"] == pytest.approx(0.5)
    assert head["event_recall"] == pytest.approx(2 / 3)
    assert head["event_f1"] == pytest.approx(4 / 7)
    rows = {r.label: r for r in report.rows}
    # CONSULT: p1, p2, p4, p7 predicted, p1 and p4 matched -> P 0.5; real gold CONSULT: the meeting, found -> R 1.
    assert (rows["events: CONSULT"].precision, rows["events: CONSULT"].recall) == (0.5, 1.0)
    assert rows["events: CONSULT"].predicted == 4 and rows["events: CONSULT"].gold == 1
    # The backing lists AGREE and SUPPORT: it counts in both rows; p8 (SUPPORT) is wrong.
    assert rows["events: SUPPORT"].precision == 0.0 and rows["events: SUPPORT"].gold == 1
    assert rows["events: AGREE"].recall == 0.0 and rows["events: AGREE"].predicted == 0
    assert rows["events: THREATEN"].precision == 1.0 and rows["events: THREATEN"].gold == 0
    # Statuses: real predictions p1, p2, p5, p6, p7, p8 with p1, p5 matched -> P 1/3, gold real 2 of 3;
    # negated and hypothetical: one each, matched.
    assert rows["events: real"].precision == pytest.approx(1 / 3) and rows["events: real"].recall == pytest.approx(2 / 3)
    assert (rows["events: negated"].precision, rows["events: negated"].recall) == (1.0, 1.0)
    assert (rows["events: hypothetical"].precision, rows["events: hypothetical"].recall) == (1.0, 1.0)
    # Quotes: 4 predicted, 3 gold, 2 matched -> P 0.5, R 2/3; speaker right on 1 of the 2 matches
    # (the second gold quote has no speaker but the prediction names Holt).
    assert head["quote_precision"] == pytest.approx(0.5)
    assert head["quote_recall"] == pytest.approx(2 / 3)
    assert head["speaker_accuracy"] == pytest.approx(0.5)
    # People: Ryabkov and Holt found, Lopez not, Xi only as an ORG -> coverage 2/4.
    # Role: "foreign minister" is contained in "Deputy Foreign Minister", "US envoy" contains "envoy" -> 2/2.
    # Country: Ryabkov RUS right; Holt "United States" = USA but his entity has none -> 1/2.
    assert head["people_coverage"] == pytest.approx(0.5)
    assert head["role_accuracy"] == pytest.approx(1.0)
    assert head["country_accuracy"] == pytest.approx(0.5)
    # Places: Geneva within 161 km; Beijing named but in Illinois; Moscow by the text "Moscow" -> 2/3.
    assert head["places_within_161km"] == pytest.approx(2 / 3)
    # not_entities: "Monday" is an entity; "geneva" is not exactly "Geneva"; no "Protesters" -> 1 violation.
    assert head["not_entity_violations"] == 1.0
    assert rows["not_entities respected"].value == pytest.approx(2 / 3)
    assert report.extra["gold_events"] == {"real": 3, "negated": 1, "hypothetical": 1}


def test_articles_error_listing_says_what_went_wrong():
    doc = score_articles([GOLD], [article_record()]).documents[0]
    missed = "\n".join(doc.missed)
    spurious = "\n".join(doc.spurious)
    assert "'Ryabkov backs stability' AGREE/SUPPORT real" in missed
    assert "nearest p8 SUPPORT: no source meeting ['Ryabkov']" in missed
    assert "quote 'Holt may visit Beijing next month'" in missed
    assert "person 'Maria Lopez'" in missed and "person 'Xi'" in missed
    assert "p2 CONSULT real conf 0.80" in spurious and "would match but is paired with another" in spurious
    assert "'met'" in spurious  # the evidence is shown
    assert "p7 CONSULT" in spurious and "no party meeting ['Dana Holt', 'Holt']" in spurious
    assert "entity 'Monday' (listed in not_entities)" in spurious
    assert any("quote speaker 'Dana Holt'" in n for n in doc.notes)
    assert any("place 'Beijing'" in n and "named but at" in n for n in doc.notes)
    assert any("person 'Dana Holt': country USA not found" in n for n in doc.notes)
    # Event F1 of the article: P 0.5, R 2/3.
    assert doc.score == pytest.approx(4 / 7)


@pytest.mark.parametrize(("name", "alias", "meet"), [
    ("Sergei Ryabkov", "Ryabkov", True),           # the alias is a whole word of the name
    ("Ryabkov", "Sergei Ryabkov", True),           # either way round
    ("ryabkov", "RYABKOV", True),                  # case is ignored
    ("Dana  Holt", "Dana Holt", True),             # so are runs of spaces
    ("White House spokesman", "White House", True),  # whole words, several of them
    ("Iran nuclear deal", "Iran", True),           # four letters is enough
    ("Russian Foreign Ministry", "Russia", False),  # "Russia" is not a whole word there
    ("Iranian", "Iran", False),
    ("UN Security Council", "UN", False),          # under four letters: only equality
    ("UN", "UN", True),
    ("Bolt", "Holt", False),
])
def test_articles_names_meet(name, alias, meet):
    assert names_meet(name, alias) is meet


def test_articles_meets_uses_name_and_name_mentions_only():
    entity = Entity(id="r", name="S. A. Ryabkov", type="PERSON", mentions=[
        Mention(start=0, end=7, text="Ryabkov", kind="name"),
        Mention(start=0, end=12, text="the diplomat", kind="nominal")])
    assert meets(entity, ["Sergei Ryabkov"])     # through the name mention "Ryabkov"
    assert not meets(entity, ["diplomat"])       # nominal mentions do not count
    assert not meets(entity, [])
    assert not meets(None, ["Ryabkov"])


@pytest.mark.parametrize(("kw", "status"), [
    ({}, "real"), ({"polarity": "negative"}, "negated"), ({"modality": "planned"}, "hypothetical"),
    ({"polarity": "negative", "modality": "threatened"}, "negated"),
])
def test_articles_predicted_status(kw, status):
    assert predicted_status(Event(id="e", type="CONSULT", **kw)) == status


@pytest.mark.parametrize(("pred", "gold", "agrees"), [
    ("real", "real", True), ("negated", "real", False), ("hypothetical", "real", False),
    ("real", "negated", False), ("negated", "negated", True), ("hypothetical", "negated", True),
    ("negated", "hypothetical", True), ("real", "hypothetical", False),
])
def test_articles_status_agrees(pred, gold, agrees):
    assert status_agrees(pred, gold) is agrees


def test_articles_matching_finds_the_most_matches_and_serves_confident_first():
    entities = {e.id: e for e in ENTITIES}
    narrow = {"types": ["CONSULT"], "participants": [["Ryabkov"]], "status": "real"}
    wide = {"types": ["CONSULT"], "participants": [["Ryabkov"], ["Holt"]], "status": "real"}
    both = ev("x", "CONSULT", 0.9, ("ryabkov", "source"), ("holt", "target"))  # meets narrow and wide
    only = ev("y", "CONSULT", 0.5, ("ryabkov", "source"))                      # meets narrow only
    # Greedy in gold order would give x -> narrow and leave y out; the matching moves x to wide.
    assert match_events([both, only], [narrow, wide], entities) == {0: 1, 1: 0}
    # Two rivals for one gold event: the more confident keeps it, whatever the order.
    weak = ev("w", "CONSULT", 0.2, ("ryabkov", "source"))
    strong = ev("s", "CONSULT", 0.8, ("ryabkov", "source"))
    assert match_events([weak, strong], [narrow], entities) == {1: 0}
    # A side given as an empty list names nobody, like null.
    protest = {"types": ["PROTEST"], "source": [], "target": None, "participants": [], "status": "real"}
    assert match_events([ev("p", "PROTEST", 0.5)], [protest], entities) == {0: 0}
    # Real gold events are tried first: a non-real prediction cannot take a real one anyway, and a
    # real prediction does not spend itself on a negated gold event.
    negated = {"types": ["CONSULT"], "participants": [["Ryabkov"]], "status": "negated"}
    assert match_events([strong], [negated, narrow], entities) == {0: 1}


@pytest.mark.parametrize(("written", "code"), [("RUS", "RUS"), ("ru", "RUS"), ("Russia", "RUS"),
                                              ("United States", "USA"), (None, None), ("Narnia", "NARNIA")])
def test_articles_gold_country_as_code_or_name(written, code):
    assert iso3(written) == code


def test_articles_quote_weight_takes_the_best_occurrence():
    text = "He said yes. Then he said yes."
    q = Quote(content=Span(start=text.rindex("said yes"), end=len(text) - 1, text="said yes"))
    spans = [(text.index("said yes"), text.index("said yes") + 8), (text.rindex("said yes"), text.rindex("said yes") + 8)]
    assert quote_weight(q, spans) == 8.0
    assert quote_weight(q, spans[:1]) == 0.0


def test_articles_speaker_absent_on_both_sides_is_right():
    gold = {"id": "a", "text": TEXT, "quotes": [{"content": "Holt may visit Beijing", "speaker": None, "direct": False}]}
    report = score_articles([gold], [Record(id="a", text=TEXT, quotes=[quote("Holt may visit Beijing")])])
    assert report.headline["speaker_accuracy"] == 1.0 and report.headline["quote_recall"] == 1.0


def test_articles_empty_record_scores_zero_and_lists_everything():
    report = score_articles([GOLD], [Record(id="a1", text=TEXT)])
    assert report.headline["event_precision"] == 0.0 and report.headline["event_recall"] == 0.0
    doc = report.documents[0]
    assert sum(m.startswith("event ") for m in doc.missed) == 5
    assert "nothing to compare with" in doc.missed[0]


# --- reading the gold folder ------------------------------------------------------------------


def write_json(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj), "utf-8")
    return path


def test_read_articles_folder_corpus_lookup_and_readme(tmp_path):
    write_json(tmp_path / "gold" / "a1.json", GOLD)
    write_json(tmp_path / "gold" / "more" / "b2.json", {"id": "b2", "events": [], "people": []})
    write_json(tmp_path / "gold" / "README.json", {"about": "not an article"})
    (tmp_path / "gold" / "README.md").write_text("# notes", "utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "zz", "text": "other"}) + "\n" + json.dumps(
        {"id": "b2", "text": "Ruto met Mahama.", "title": "Talks", "date": "2025-03-10", "publisher": "X"}) + "\n", "utf-8")
    golds = read_articles(tmp_path / "gold", corpus)
    assert [g["id"] for g in golds] == ["a1", "b2"]
    assert golds[1]["text"] == "Ruto met Mahama." and golds[1]["title"] == "Talks" and golds[1]["date"] == "2025-03-10"
    from sidelines.evaluate.gold import gold_document

    assert gold_document(golds[1]).published == "2025-03-10"


def test_read_articles_errors_have_codes(tmp_path):
    write_json(tmp_path / "nocorpus" / "b.json", {"id": "b"})
    with pytest.raises(EvalError) as info:
        read_articles(tmp_path / "nocorpus")
    assert info.value.code == "E612" and "--corpus" in info.value.message
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "other", "text": "t"}) + "\n", "utf-8")
    with pytest.raises(EvalError) as info:
        read_articles(tmp_path / "nocorpus", corpus)
    assert info.value.code == "E608"
    write_json(tmp_path / "badev" / "a.json", {"id": "a", "text": "Talks were held.", "events": [
        {"types": ["CONSULT"], "status": "real", "evidence": "talks were held"}]})  # wrong case: not in the text
    with pytest.raises(EvalError) as info:
        read_articles(tmp_path / "badev")
    assert info.value.code == "E609" and "evidence" in info.value.message
    write_json(tmp_path / "badstatus" / "a.json", {"id": "a", "text": "t", "events": [
        {"types": ["CONSULT"], "status": "maybe"}]})
    with pytest.raises(EvalError) as info:
        read_articles(tmp_path / "badstatus")
    assert info.value.code == "E609"
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvalError) as info:
        read_articles(tmp_path / "empty")
    assert info.value.code == "E611"


def test_eval_articles_cli_from_predictions(tmp_path):
    gold_dir = tmp_path / "gold"
    write_json(gold_dir / "a1.json", {k: v for k, v in GOLD.items() if k != "text"})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": TEXT}) + "\n", "utf-8")
    preds = tmp_path / "preds.jsonl"
    preds.write_text(article_record().model_dump_json() + "\n", "utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "articles", "--data", str(gold_dir), "--corpus", str(corpus),
                                      "--predictions", str(preds), "--report", str(out), "--errors", "1"])
    assert result.exit_code == 0, result.output
    assert "events: CONSULT" in result.output and "Ryabkov backs stability" in result.output
    report = json.loads(out.read_text("utf-8"))
    assert report["headline"]["event_f1"] == pytest.approx(4 / 7)
    assert report["documents"] == 1 and report["split"] == "all"


def test_eval_corpus_is_refused_for_other_tasks(tmp_path):
    from sidelines.evaluate.runner import read_task_gold

    with pytest.raises(EvalError) as info:
        read_task_gold("events", tmp_path / "x.jsonl", corpus=tmp_path / "c.jsonl")
    assert info.value.code == "E607"


def test_evaluate_articles_runs_the_real_pipeline(pipeline):
    from sidelines.evaluate.runner import evaluate_golds

    text = "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday."
    gold = {"id": "k1", "text": text, "published": "2025-03-10", "events": [
        {"types": ["CONSULT"], "participants": [["William Ruto", "Ruto"], ["John Mahama", "Mahama"]],
         "status": "real", "evidence": "met"}],
        "people": [{"name": "William Ruto", "aliases": ["Ruto"], "title": "President", "country": "KEN"}]}
    report = evaluate_golds("articles", [gold], pipeline.settings, pipeline=pipeline)
    assert report.extra["documents"] == 1
    assert {"event_precision", "event_recall", "people_coverage"} <= set(report.headline)


# --- event dates --------------------------------------------------------------------------------


def test_articles_event_date_row_reads_the_gold_granularity():
    from sidelines.evaluate.article_dates import date_right
    from sidelines.model.record import DateRange

    text = "Ivan Petrov met Anna Berg on Monday. Petrov praised Berg in May. Berg criticised Petrov. Berg sued him."
    entities = [Entity(id="p", name="Ivan Petrov", type="PERSON", mentions=[Mention(start=0, end=11, text="Ivan Petrov",
                                                                                     kind="name")]),
                Entity(id="b", name="Anna Berg", type="PERSON", mentions=[Mention(start=16, end=25, text="Anna Berg",
                                                                                   kind="name")])]
    gold = {"id": "d1", "text": text, "events": [
        {"types": ["CONSULT"], "participants": [["Petrov"], ["Berg"]], "status": "real", "date": "2024-03-11"},
        {"types": ["SUPPORT"], "source": ["Petrov"], "target": ["Berg"], "status": "real", "date": "2024-05"},
        {"types": ["ACCUSE"], "source": ["Berg"], "target": ["Petrov"], "status": "real", "date": None},
        {"types": ["COERCE"], "source": ["Berg"], "status": "real", "date": "2024-03-12"},
        {"types": ["REJECT"], "source": ["Berg"], "status": "real"},
    ]}
    p_to_b = [EventActor(entity="p", role="source"), EventActor(entity="b", role="target")]
    b_to_p = [EventActor(entity="b", role="source"), EventActor(entity="p", role="target")]
    events = [
        # The day itself: right.
        Event(id="e1", type="CONSULT", actors=p_to_b, date=DateRange(start="2024-03-11", end="2024-03-11")),
        # One day within the gold month: right.
        Event(id="e2", type="SUPPORT", actors=p_to_b, date=DateRange(start="2024-05-20")),
        # Gold null, the engine gives a day: dated without ground.
        Event(id="e3", type="ACCUSE", actors=b_to_p, date=DateRange(start="2024-03-12", end="2024-03-12")),
        # "On or before" the day of publication names no day: wrong for a day gold.
        Event(id="e4", type="COERCE", actors=[EventActor(entity="b", role="source")], date=DateRange(end="2024-03-12")),
        # Gold with no date, none given: neither right nor wrong, not dated without ground.
        Event(id="e5", type="REJECT", actors=[EventActor(entity="b", role="source")]),
    ]
    report = score_articles([gold], [Record(id="d1", text=text, entities=entities, events=events)])
    rows = {r.label: r for r in report.rows}
    # Dated gold events matched: e1, e2, e4 -> 2 of 3 right.
    assert rows["event date (matched)"].gold == 3
    assert rows["event date (matched)"].value == pytest.approx(2 / 3)
    assert report.headline["event_date_accuracy"] == pytest.approx(2 / 3)
    # Undated gold events matched: e3, e5 -> 1 of 2 dated anyway.
    assert rows["event dated without ground"].gold == 2
    assert report.headline["event_dated_without_ground"] == pytest.approx(0.5)
    notes = "\n".join(report.documents[0].notes)
    assert "event date e4 COERCE" in notes and "..2024-03-12, gold 2024-03-12" in notes
    assert "event dated without ground e3 ACCUSE" in notes
    # Granularity: a month gold takes any span within that month, a day gold only that day; a year gold its year.
    assert date_right(DateRange(start="2024-05-01", end="2024-05-31"), "2024-05")
    assert not date_right(DateRange(start="2024-05-01", end="2024-05-31"), "2024-05-20")
    assert not date_right(DateRange(start="2024-04-28", end="2024-05-04"), "2024-05")
    assert date_right(DateRange(start="2024-01-01", end="2024-12-31"), "2024")
    assert not date_right(None, "2024")
