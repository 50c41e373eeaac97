"""The story grouping methods the cross-validation compares (``sidelines eval stories --cv K``).

- ``tfidf``: the plain reference: TF-IDF of the content words, cosine, average link.
- ``weighted``: the former batch clusterer (four weighted TF-IDF cosines, a year-conflict
  penalty, average link), its threshold chosen by CV.
- ``weighted@0.23``: the same with the threshold it had when tuned on all of dev.
- ``stream``: the engine's method (``sidelines.resolve.story_stream``), the fold's articles
  arriving as one batch (ECB+ articles have no dates: a batch ingest of them).
- ``stream@one-at-a-time``: the same, the articles fed one by one (a live feed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from sidelines.evaluate.stories_cv import StoryMethod
from sidelines.model.record import Record
from sidelines.resolve import story_stream
from sidelines.resolve.stories import cluster_indices, similarity_matrix, text_terms, tfidf_matrix

THRESHOLDS = tuple(round(0.05 + 0.025 * i, 3) for i in range(19))   # 0.05 .. 0.50
OLD_THRESHOLD = 0.23


def _ids(records: Sequence[Record], clusters: list[list[int]]) -> list[list[str]]:
    return [[records[i].id for i in c] for c in clusters]


def _tfidf_prepare(records: Sequence[Record]) -> tuple[Sequence[Record], np.ndarray]:
    m = tfidf_matrix([text_terms((r.title or "") + "\n" + r.text) for r in records])
    sim = m @ m.T
    np.fill_diagonal(sim, 0.0)
    return records, sim


def _weighted_prepare(records: Sequence[Record]) -> tuple[Sequence[Record], np.ndarray]:
    return records, similarity_matrix(records)


def _threshold_group(state: tuple[Sequence[Record], np.ndarray], params: dict[str, float]) -> list[list[str]]:
    records, sim = state
    return _ids(records, cluster_indices(sim, params["threshold"])) if len(records) else []


def _stream_group(state: Any, params: dict[str, float]) -> list[list[str]]:
    return story_stream.group(state, story_stream.StreamConfig(**params))


def _one_at_a_time(state: Any, params: dict[str, float]) -> list[list[str]]:
    return story_stream.group_one_at_a_time(state, story_stream.StreamConfig(**params))


METHODS: dict[str, StoryMethod] = {
    "tfidf": StoryMethod("tfidf", {"threshold": THRESHOLDS}, _tfidf_prepare, _threshold_group),
    "weighted": StoryMethod("weighted", {"threshold": THRESHOLDS}, _weighted_prepare, _threshold_group),
    "weighted@0.23": StoryMethod("weighted@0.23", {"threshold": (OLD_THRESHOLD,)}, _weighted_prepare,
                                 _threshold_group),
    "stream": StoryMethod("stream", story_stream.GRID, story_stream.prepare, _stream_group),
}
#: Not in the default report (it regroups every prefix of each fold: minutes on ECB+).
ONE_AT_A_TIME = StoryMethod("stream@one-at-a-time", story_stream.GRID, story_stream.prepare, _one_at_a_time)
