"""The story clusterer used by `sidelines eval stories`: average link, components, whole records."""

from __future__ import annotations

import numpy as np

from sidelines.model.record import Entity, Mention, Record
from sidelines.resolve.stories import average_link, cluster_indices, cluster_stories, components


def hand_matrix() -> np.ndarray:
    # a-b 0.9, c-d 0.8, a-c 0.3, b-c 0.1, a-d 0.2, b-d 0.0 (order a, b, c, d).
    return np.array([
        [0.0, 0.9, 0.3, 0.2],
        [0.9, 0.0, 0.1, 0.0],
        [0.3, 0.1, 0.0, 0.8],
        [0.2, 0.0, 0.8, 0.0],
    ])


def test_average_link_merges_on_mean_similarity():
    sim = hand_matrix()
    # After {a,b} (0.9) and {c,d} (0.8), the mean between the groups is (0.3+0.2+0.1+0.0)/4 = 0.15.
    assert sorted(average_link(sim, 0.16)) == [[0, 1], [2, 3]]
    assert sorted(average_link(sim, 0.15)) == [[0, 1, 2, 3]]
    assert sorted(average_link(sim, 0.95)) == [[0], [1], [2], [3]]


def test_components_bound_the_clusters():
    sim = hand_matrix()
    # Pairs >= 0.25: a-b, c-d, a-c -> one component; average link still splits it at 0.25.
    assert components(sim, 0.25) == [[0, 1, 2, 3]]
    assert cluster_indices(sim, 0.25) == [[0, 1], [2, 3]]


QUAKE = [
    "A strong earthquake struck the mountain town of Velmora on Sunday, and rescuers searched collapsed houses.",
    "Rescuers in Velmora pulled survivors from collapsed houses after the earthquake, the governor Ilse Brandt said.",
    "Governor Ilse Brandt said the Velmora earthquake destroyed hundreds of houses and rescuers kept searching.",
]
SUMMIT = [
    "Trade ministers of Ostrava and Keldan signed a tariff agreement at the harbour summit in Port Serin.",
    "The tariff agreement between Ostrava and Keldan was signed by trade ministers at the Port Serin summit.",
    "At the Port Serin summit, Keldan and Ostrava trade ministers agreed to cut tariffs on grain.",
]


def record(i: int, text: str) -> Record:
    ents = []
    for n, name in enumerate(("Velmora", "Ilse Brandt", "Ostrava", "Keldan", "Port Serin")):
        if name in text:
            s = text.index(name)
            ents.append(Entity(id=f"e{n}", name=name, type="PERSON" if " " in name and name != "Port Serin" else "GPE",
                               mentions=[Mention(start=s, end=s + len(name), text=name)]))
    return Record(id=f"d{i}", text=text, entities=ents)


def test_cluster_stories_separates_two_events():
    records = [record(i, t) for i, t in enumerate(QUAKE + SUMMIT)]
    stories = sorted(sorted(s) for s in cluster_stories(records))
    assert stories == [["d0", "d1", "d2"], ["d3", "d4", "d5"]]


def test_cluster_stories_is_order_independent():
    records = [record(i, t) for i, t in enumerate(QUAKE + SUMMIT)]
    forward = sorted(sorted(s) for s in cluster_stories(records))
    backward = sorted(sorted(s) for s in cluster_stories(list(reversed(records))))
    assert forward == backward
    assert cluster_stories([]) == []


def test_year_conflicts_only_between_documents_naming_different_years():
    from sidelines.resolve.stories import year_conflicts

    records = [
        Record(id="a", text="The flood of 2008 closed roads."),
        Record(id="b", text="In 2013 a flood closed roads."),
        Record(id="c", text="A flood closed roads."),                   # no year: never in conflict
        Record(id="d", text="After 2008, and again in 2013, floods."),  # shares a year with a and b
        Record(id="e", text="Roads closed.", published="2013-05-02"),   # publication year counts
    ]
    m = year_conflicts(records)
    # Conflicting pairs: a-b (2008 vs 2013) and a-e (2008 vs 2013); nothing else.
    expected = {(0, 1), (1, 0), (0, 4), (4, 0)}
    assert {(i, j) for i in range(5) for j in range(5) if m[i, j]} == expected
