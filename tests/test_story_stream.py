"""The streaming story grouper: seeded average link, figures, date spans and wire reprints."""

from __future__ import annotations

from collections import Counter

import numpy as np

from sidelines.model.record import Entity, Event, EventActor, Mention, Record
from sidelines.resolve.stories import name_terms
from sidelines.resolve.story_stream import (
    Batch,
    Story,
    StreamConfig,
    assign,
    event_keys,
    figure_terms,
    overlap,
    shingles,
)


def batch(sim: list[list[float]], days: list[int | None] | None = None) -> Batch:
    n = len(sim)
    return Batch([Record(id=f"d{i}", text=f"article {i}") for i in range(n)], np.array(sim, dtype=np.float32),
                 np.zeros((n, n), dtype=np.float32), days or [None] * n)


SIM = [  # d0-d1 one event (0.6); d2 near d1 only (0.3) and far from d0 (0.0); d3 on its own.
    [0.0, 0.6, 0.0, 0.0],
    [0.6, 0.0, 0.3, 0.0],
    [0.0, 0.3, 0.0, 0.05],
    [0.0, 0.0, 0.05, 0.0],
]


def test_new_article_joins_by_mean_similarity_to_the_story():
    # d2's mean similarity to {d0, d1} is 0.15: it joins at 0.15 and starts its own story above.
    assert [s.members for s in assign(batch(SIM), StreamConfig(threshold=0.15))] == [[0, 1, 2], [3]]
    assert [s.members for s in assign(batch(SIM), StreamConfig(threshold=0.2))] == [[0, 1], [2], [3]]


def test_stored_stories_take_new_articles_and_merge_when_bridged():
    # d0 and d1 were stored as two stories (0.1 apart); d2 arrives, like both (0.5).
    sim = [[0.0, 0.1, 0.5], [0.1, 0.0, 0.5], [0.5, 0.5, 0.0]]
    first, second = Story([0]), Story([1])
    stories = assign(batch(sim), StreamConfig(threshold=0.2), [first, second], start=2)
    # d2 joins d0's story; then the two stories' mean similarity, (0.1 + 0.5) / 2 = 0.3, merges them
    # into the older one (the same object: the store keeps its id).
    assert len(stories) == 1 and stories[0] is first and first.members == [0, 1, 2]
    # Without the bridge, each keeps its own; at a higher threshold d2 joins neither.
    assert [s.members for s in assign(batch([r[:2] for r in sim[:2]]), StreamConfig(threshold=0.2),
                                      [Story([0]), Story([1])], start=2)] == [[0], [1]]
    assert [s.members for s in assign(batch(sim), StreamConfig(threshold=0.6),
                                      [Story([0]), Story([1])], start=2)] == [[0], [1], [2]]


def test_date_spans_decide_which_stories_may_merge():
    days = [100, 101, 130, None]
    sim = [[0.0, 0.6, 0.5, 0.5], [0.6, 0.0, 0.5, 0.5], [0.5, 0.5, 0.0, 0.5], [0.5, 0.5, 0.5, 0.0]]
    # 30 days after the story's last article: too late with a week's span; the undated article joins.
    week = assign(batch(sim, days), StreamConfig(threshold=0.2, days=7))
    assert sorted(s.members for s in week) == [[0, 1, 3], [2]]
    month = assign(batch(sim, days), StreamConfig(threshold=0.2, days=30))
    assert [s.members for s in month] == [[0, 1, 2, 3]]


def test_figures_are_numbers_in_digits_not_years():
    r = Record(id="a", text="The 5.6 quake in 2008 killed 1,200 people and hurt 37; 2008 was hard.")
    assert figure_terms(r) == {"5.6": 1, "1200": 1, "37": 1}


def test_reprint_overlap_tolerates_a_cut_and_an_edit():
    wire = ("Rescue teams reached the flooded villages of the Arlen valley on Friday after the river broke "
            "its banks, the regional governor Marta Keil said, and about two hundred families were moved "
            "to schools in the town of Vesk.")
    copy = wire.replace("on Friday", "on Friday morning").rsplit(", and", 1)[0] + "."
    other = ("Farmers in the Arlen valley said the flood destroyed the maize harvest, and the governor "
             "Marta Keil promised to pay for new seed before the spring.")
    assert overlap(shingles(copy), shingles(wire)) >= StreamConfig().reprint
    assert overlap(shingles(other), shingles(wire)) < 0.1


def entity(eid: str, name: str, kind: str, country: str | None = None, etype: str = "PERSON") -> Entity:
    return Entity(id=eid, name=name, type=etype, country=country,
                  mentions=[Mention(start=0, end=len(name), text=name, kind=kind)])


def test_story_names_leave_out_generic_sides_even_with_a_country():
    # "police" got the story's country from the actors step: a particular actor, but every shooting has one.
    record = Record(id="d1", text="Police said Dana Whitfield of Harbor Tools was hurt.", entities=[
        entity("e1", "police", "nominal", country="USA", etype="ORG"),
        entity("e2", "Dana Whitfield", "name"),
        entity("e3", "Harbor Tools", "name", etype="ORG"),
    ])
    terms = name_terms(record)
    assert "police" not in terms
    assert terms["dana whitfield"] == 1 and terms["whitfield"] == 1 and terms["harbor tools"] == 1


def test_event_keys_pair_the_type_with_named_parties_only():
    record = Record(id="d1", text="Police arrested Dana Whitfield.", entities=[
        entity("e1", "police", "nominal", country="USA", etype="ORG"),
        entity("e2", "Dana Whitfield", "name"),
    ], events=[Event(id="v1", type="COERCE", actors=[EventActor(entity="e1", role="source"),
                                                      EventActor(entity="e2", role="target")])])
    assert event_keys(record) == Counter({"MX|dana whitfield": 1})
