"""Scorers on small hand-made cases; the expected numbers are worked out in the comments."""

from __future__ import annotations

import pytest

from sidelines.evaluate.coref import score_coref
from sidelines.evaluate.events import country_code, score_events
from sidelines.evaluate.ner import score_ner
from sidelines.evaluate.places import score_places
from sidelines.evaluate.quotes import score_quotes
from sidelines.evaluate.stories import score_stories
from sidelines.evaluate.times import score_times
from sidelines.model.record import (
    Entity,
    Event,
    EventActor,
    Mention,
    Place,
    Quote,
    Record,
    Span,
    TimeExpr,
)

NER_TEXT = "Maria Lopez met officials of Acme Corp in Lisbon and Oporto on Monday."


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of piece in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def mention(text: str, piece: str, kind: str = "name", nth: int = 0) -> Mention:
    s, e = span(text, piece, nth)
    return Mention(start=s, end=e, text=piece, kind=kind)


def gold_entity(text: str, piece: str, label: str, nth: int = 0, **extra) -> dict:
    s, e = span(text, piece, nth)
    return {"start": s, "end": e, "text": piece, "label": label, **extra}


def test_ner_exact_span_and_type_per_label():
    text = NER_TEXT
    gold = {"id": "d", "text": text, "entities": [
        gold_entity(text, "Maria Lopez", "PER"), gold_entity(text, "Acme Corp", "ORG"),
        gold_entity(text, "Lisbon", "LOC"), gold_entity(text, "Oporto", "LOC"),
        gold_entity(text, "Monday", "MISC"),  # MISC is not scored
    ]}
    record = Record(id="d", text=text, entities=[
        Entity(id="e1", name="Maria Lopez", type="PERSON", mentions=[mention(text, "Maria Lopez")]),
        Entity(id="e2", name="Acme", type="ORG", mentions=[mention(text, "Acme")]),  # wrong span
        Entity(id="e3", name="Lisbon", type="GPE", mentions=[mention(text, "Lisbon")]),  # GPE counts as LOC
        Entity(id="e4", name="Oporto", type="PERSON", mentions=[mention(text, "Oporto")]),  # wrong type
        Entity(id="e5", name="officials", type="PERSON", mentions=[mention(text, "officials", "nominal")]),
    ])
    report = score_ner([gold], [record])
    # Scored predictions: Maria Lopez/PER, Acme/ORG, Lisbon/LOC, Oporto/PER (the nominal is not a name) = 4.
    # Gold: 4 (MISC dropped). Exact hits: Maria Lopez, Lisbon = 2. P = 2/4, R = 2/4, F1 = 0.5.
    assert report.headline["f1"] == pytest.approx(0.5)
    rows = {r.label: r for r in report.rows}
    # PER: predicted Maria Lopez and Oporto (1 right of 2); gold 1 -> P 0.5, R 1.0.
    assert rows["PER"].precision == pytest.approx(0.5) and rows["PER"].recall == pytest.approx(1.0)
    # LOC: predicted Lisbon (right); gold Lisbon, Oporto -> P 1.0, R 0.5.
    assert rows["LOC"].precision == pytest.approx(1.0) and rows["LOC"].recall == pytest.approx(0.5)
    assert rows["ORG"].f1 == 0.0
    assert len(report.documents[0].missed) == 2 and len(report.documents[0].spurious) == 2


COREF_TEXT = "Anna Berg arrived. She spoke to Tom Vik. Berg thanked him. The senator left."


def test_coref_muc_with_alignment_to_smallest_gold_mention():
    text = COREF_TEXT
    ents = [
        gold_entity(text, "Anna Berg", "person", wikidata="Q1", cluster="0"),
        gold_entity(text, "She", "person", wikidata="Q1", cluster="0"),
        gold_entity(text, "Berg", "person", nth=1, wikidata="Q1", cluster="0"),
        gold_entity(text, "Tom Vik", "person", cluster="1"),
        gold_entity(text, "him", "person", cluster="1"),
        gold_entity(text, "The senator", "person"),  # a singleton
    ]
    def cl(*idx):
        return [{"start": ents[i]["start"], "end": ents[i]["end"]} for i in idx]
    gold = {"id": "c", "text": text, "entities": ents, "clusters": [cl(0, 1, 2), cl(3, 4)]}
    record = Record(id="c", text=text, entities=[
        # "Anna" aligns to the smallest containing gold mention, "Anna Berg".
        Entity(id="e1", name="Anna Berg", type="PERSON", mentions=[
            mention(text, "Anna"), mention(text, "Berg", nth=1), mention(text, "him", "pronoun")]),
        Entity(id="e2", name="Tom Vik", type="PERSON", mentions=[mention(text, "Tom Vik")]),
        Entity(id="e3", name="senator", type="PERSON", mentions=[
            mention(text, "senator", "nominal"), mention(text, "She", "pronoun")]),
    ])
    report = score_coref([gold], [record])
    # Recall: only chain 0 has a Wikidata link. Chain {Anna Berg, She, Berg}: predicted parts
    # {Anna Berg, Berg} (e1) and {She} (e3) -> 3 - 2 = 1 over 3 - 1 = 2 -> R = 0.5.
    # Precision: e1 = {Anna Berg, Berg, him}: gold parts chain0, chain1 -> 3 - 2 = 1 of 2;
    # e2 = {Tom Vik}: no link; e3 = {The senator, She}: singleton + chain0 -> 2 - 2 = 0 of 1.
    # P = (1 + 0) / (2 + 1) = 1/3. F1 = 2 * (1/3 * 1/2) / (1/3 + 1/2) = 0.4.
    assert report.headline["muc_recall"] == pytest.approx(0.5)
    assert report.headline["muc_precision"] == pytest.approx(1 / 3)
    assert report.headline["muc_f1"] == pytest.approx(0.4)


QUOTE_TEXT = (
    'The minister said the talks had failed. "We will try again next week," she told reporters. '
    "Critics argued that the plan was too costly."
)


def attribution(text: str, source: str | None, content: str, direct: bool) -> dict:
    s, e = span(text, content)
    src = [] if source is None else [dict(zip(("start", "end"), span(text, source), strict=True), text=source)]
    return {"source": src, "cue": [], "content": [{"start": s, "end": e, "text": content}], "direct": direct}


def quote(text: str, speaker: str | None, content: str, nth_speaker: int = 0) -> Quote:
    s, e = span(text, content)
    mention_span = None
    if speaker is not None:
        ms, me = span(text, speaker, nth_speaker)
        mention_span = Span(start=ms, end=me, text=speaker)
    return Quote(speaker_mention=mention_span, content=Span(start=s, end=e, text=content))


def test_quotes_content_match_speaker_and_end_to_end():
    text = QUOTE_TEXT
    gold = {"id": "q", "text": text, "attributions": [
        attribution(text, "The minister", "the talks had failed", False),
        attribution(text, "she", "We will try again next week,", True),
        attribution(text, "Critics", "that the plan was too costly", False),
    ]}
    record = Record(id="q", text=text, quotes=[
        # 20 chars, equal to gold: match, speaker "minister" overlaps "The minister": right.
        quote(text, "minister", "the talks had failed"),
        # "We will try again" is 17 of the gold's 28 characters: 17 >= 14, a match; speaker is wrong.
        quote(text, "reporters", "We will try again"),
        # "too costly" shares 10 of the gold's 28 characters: 10 < 14, no match.
        quote(text, "Critics", "too costly"),
    ])
    report = score_quotes([gold], [record])
    # Content: 2 matched of 3 predicted, 3 gold -> P = R = F1 = 2/3.
    assert report.headline["content_f1"] == pytest.approx(2 / 3)
    # Speaker right on 1 of the 2 matched -> 0.5; end-to-end 1 of 3 both ways -> F1 = 1/3.
    assert report.headline["speaker_accuracy"] == pytest.approx(0.5)
    assert report.headline["end_to_end_f1"] == pytest.approx(1 / 3)
    # One gold direct quote, and it was matched -> direct recall 1.0.
    assert report.headline["direct_recall"] == pytest.approx(1.0)
    # "too costly" lies inside a gold content: the diagnostic row leaves it out -> P = 2/2.
    nested_row = next(r for r in report.rows if r.label.startswith("content, nested"))
    assert nested_row.precision == pytest.approx(1.0) and nested_row.predicted == 2


def test_quotes_second_piece_of_an_interrupted_attribution_is_a_diagnostic_only():
    text = '"The plan is dead," the envoy said on Monday. "We will not sign it."'
    first, second = span(text, "The plan is dead,"), span(text, "We will not sign it.")
    gold = {"id": "q", "text": text, "attributions": [{
        "source": [{"start": text.index("the envoy"), "end": text.index("the envoy") + 9, "text": "the envoy"}],
        "cue": [], "direct": True,
        "content": [{"start": s, "end": e, "text": text[s:e]} for s, e in (first, second)],
    }]}
    record = Record(id="q", text=text, quotes=[
        quote(text, "the envoy", "The plan is dead,"), quote(text, "the envoy", "We will not sign it."),
    ])
    report = score_quotes([gold], [record])
    # The headline: one gold attribution of 37 characters, two quotes; only the longer (second)
    # piece shares half of it, so the first piece counts as a false positive there.
    assert report.headline["content_precision"] == pytest.approx(0.5)
    row = next(r for r in report.rows if r.label.startswith("content, further pieces"))
    assert row.precision == pytest.approx(1.0) and row.predicted == 1


def test_quotes_without_predictions_score_zero_recall():
    text = QUOTE_TEXT
    gold = {"id": "q", "text": text, "attributions": [attribution(text, None, "the talks had failed", False)]}
    report = score_quotes([gold], [Record(id="q", text=text)])
    assert report.headline["content_recall"] == 0.0
    assert report.headline["content_precision"] == 0.0
    assert report.headline["end_to_end_f1"] == 0.0


def test_quotes_absent_speaker_on_both_sides_is_right():
    text = QUOTE_TEXT
    gold = {"id": "q", "text": text, "attributions": [attribution(text, None, "the talks had failed", False)]}
    record = Record(id="q", text=text, quotes=[quote(text, None, "the talks had failed")])
    assert score_quotes([gold], [record]).headline["end_to_end_f1"] == pytest.approx(1.0)


TIME_TEXT = "On Friday the board met for two hours, and it meets every year in March 1998."


def timex(text: str, piece: str, type_: str, value: str) -> dict:
    s, e = span(text, piece)
    return {"start": s, "end": e, "text": piece, "type": type_, "value": value}


def pred_time(text: str, piece: str, type_: str, value: str) -> TimeExpr:
    s, e = span(text, piece)
    return TimeExpr(start=s, end=e, text=piece, type=type_, value=value)


def test_times_strict_overlap_and_value():
    text = TIME_TEXT
    gold = {"id": "t", "text": text, "timexes": [
        timex(text, "Friday", "DATE", "1998-03-06"),
        timex(text, "two hours", "DURATION", "PT2H"),
        timex(text, "every year", "SET", "P1Y"),
        timex(text, "March 1998", "DATE", "1998-03"),
    ]}
    record = Record(id="t", text=text, times=[
        pred_time(text, "On Friday", "DATE", "1998-03-06"),  # overlaps, not strict, right value
        pred_time(text, "two hours", "DURATION", "PT2H"),    # strict, right value
        pred_time(text, "March", "DATE", "1998-04"),         # overlaps, wrong value
        pred_time(text, "the board", "DATE", "X"),           # spurious
    ])
    report = score_times([gold], [record])
    # Strict: 1 of 4 predicted, 1 of 4 gold -> F1 0.25. Overlap: 3/4 and 3/4 -> 0.75.
    # Value: 2 right values -> 2/4 and 2/4 -> 0.5.
    assert report.headline["strict_f1"] == pytest.approx(0.25)
    assert report.headline["overlap_f1"] == pytest.approx(0.75)
    assert report.headline["value_f1"] == pytest.approx(0.5)


PLACE_TEXT = "Talks in Paris and Lyon drew envoys from Kenya."


def test_places_overlap_f1_and_distance_per_corpus():
    text = PLACE_TEXT
    def top(piece, lat, lon):
        s, e = span(text, piece)
        return {"start": s, "end": e, "text": piece, "lat": lat, "lon": lon}
    def place(i, piece, lat, lon):
        s, e = span(text, piece)
        return Place(id=f"p{i}", start=s, end=e, text=piece, name=piece, lat=lat, lon=lon)
    gold_a = {"id": "a", "source": "lgl", "text": text, "toponyms": [
        top("Paris", 48.85, 2.35), top("Lyon", 45.76, 4.84), top("Kenya", None, None)]}
    gold_b = {"id": "b", "source": "geowebnews", "text": text, "toponyms": [top("Paris", 48.85, 2.35)]}
    rec_a = Record(id="a", text=text, places=[
        place(1, "Paris", 48.86, 2.35),      # about 1 km away: within
        place(2, "Lyon", 48.85, 2.35),       # Paris's point, about 390 km from Lyon: not within
        place(3, "Kenya", 0.0, 38.0),        # gold has no point: not counted for distance
        place(4, "envoys", None, None),      # spurious
    ])
    rec_b = Record(id="b", text=text, places=[])
    report = score_places([gold_a, gold_b], [rec_a, rec_b])
    # lgl: 3 matched of 4 predicted and 3 gold -> P 0.75, R 1.0, F1 = 1.5/1.75 = 6/7.
    assert report.headline["lgl_f1"] == pytest.approx(6 / 7)
    # lgl distance: matched with a gold point = Paris, Lyon; within = Paris -> 0.5.
    assert report.headline["lgl_within_161km"] == pytest.approx(0.5)
    assert report.headline["geowebnews_f1"] == 0.0


def test_events_type_and_country_accuracy_with_cameo_codes():
    text = "Japan and Italy signed a trade pact with the EU."
    gold = {"id": "v", "text": text, "event": "AGREE",
            "sources": [{"code": "JAP"}, {"code": "ITL"}], "targets": [{"code": "IGO"}]}
    record = Record(id="v", text=text, entities=[
        Entity(id="e1", name="Japan", type="GPE", country="JPN"),
        Entity(id="e2", name="Italy", type="GPE", country="ITA"),
    ], events=[
        Event(id="ev1", type="CONSULT", confidence=0.2, actors=[EventActor(entity="e2", role="participant")]),
        Event(id="ev2", type="AGREE", confidence=0.9, actors=[EventActor(entity="e1", role="source")]),
    ])
    report = score_events([gold], [record])
    # Top event (0.9) is AGREE: type accuracy 1. JAP -> JPN (source of ev2), ITL -> ITA
    # (participant of ev1): 2 of 2 sources. IGO is not scored, so no target is counted.
    assert report.headline["type_accuracy"] == 1.0
    assert report.headline["source_country_accuracy"] == 1.0
    assert report.rows[-2].gold == 0  # target country: nothing scored
    assert country_code("VTN") == "VNM" and country_code("IGO") is None


def test_events_no_event_is_wrong():
    gold = {"id": "v", "text": "x", "event": "AGREE", "sources": [{"code": "USA"}], "targets": []}
    report = score_events([gold], [Record(id="v", text="x")])
    assert report.headline["type_accuracy"] == 0.0 and report.headline["source_country_accuracy"] == 0.0


def test_stories_bcubed_of_largest_story():
    golds = [{"id": i, "text": "", "subtopic": g} for i, g in
             [("a", "X"), ("b", "X"), ("c", "X"), ("d", "Y"), ("e", "Y")]]
    # Stories: {a, b}, {c, d, e}, and {a} (smaller, so a keeps {a, b}).
    report = score_stories(golds, [["a", "b"], ["c", "d", "e"], ["a"]])
    # a: story {a,b}, gold {a,b,c}: P 2/2, R 2/3.   b: same, P 1, R 2/3.
    # c: story {c,d,e}, gold {a,b,c}: P 1/3, R 1/3. d, e: story {c,d,e}, gold {d,e}: P 2/3, R 1.
    # P = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15; R = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    assert report.headline["bcubed_precision"] == pytest.approx(11 / 15)
    assert report.headline["bcubed_recall"] == pytest.approx(11 / 15)
    assert report.headline["bcubed_f1"] == pytest.approx(11 / 15)


def test_stories_articles_in_no_story_are_singletons():
    golds = [{"id": i, "text": "", "subtopic": "X"} for i in "ab"]
    report = score_stories(golds, [])
    # Each article alone: P 1, R 1/2 -> F1 = 2/3.
    assert report.headline["bcubed_f1"] == pytest.approx(2 / 3)


def test_quotes_sharing_one_cue_score_each_on_its_own_as_the_contract_reads():
    text = '"We are ready to talk," she said, "but only if the other side moves first and drops its demands."'
    gold = {"id": "q", "text": text, "attributions": [{
        "source": [{"start": text.index("she"), "end": text.index("she") + 3, "text": "she"}],
        "cue": [{"start": text.index("said"), "end": text.index("said") + 4, "text": "said"}],
        "content": [{"start": s, "end": s + len(c), "text": c} for c in (
            "We are ready to talk,", "but only if the other side moves first and drops its demands.")
            for s in [text.index(c)]],
        "direct": True}]}
    cue = Span(start=text.index("said"), end=text.index("said") + 4, text="said")
    halves = [quote(text, "she", c) for c in ("We are ready to talk,",
                                             "but only if the other side moves first and drops its demands.")]
    record = Record(id="q", text=text, quotes=[q.model_copy(update={"cue": cue}) for q in halves])
    report = score_quotes([gold], [record])
    # PolNeAR's one attribution of two fragments against the record's two quotes of one cue: the long
    # half shares more than half of the gold and matches; the short half is a false positive.
    assert report.headline["content_recall"] == pytest.approx(1.0)
    assert report.headline["content_precision"] == pytest.approx(0.5)
