"""Stories as articles arrive: new articles join the existing story they are most like, or start one.

Two articles are compared by a weighted sum of TF-IDF cosines (``resolve.stories``): the
content words, the names of the entities the text names, the dates, the event keys (type
family with each named party, the place, the occasion, the event date) and, weighted by
``figures``, the figures the text gives (counts, sums, magnitudes: reports of one event
repeat its numbers, two events of one kind seldom share them). Two articles that both name years but share none are
pushed apart.

Grouping is average link seeded with the stories already formed: the new articles start
alone, the stored stories as they are; the two groups with the highest mean pairwise
similarity merge while it reaches ``threshold``. A stored story is never split, and keeps
its id when it absorbs another (the older one absorbs): two stories an early article could
not tie merge once later articles bridge them. Groups merge only when their date spans come within
``days`` of each other (an undated side always may): a story running for weeks keeps
taking articles while its latest one is recent, and no fixed window edge splits it.
Fed one article at a time, this is "join the story with the best mean similarity, or
start one"; fed a batch, it is average link over the batch.

A near-duplicate of an earlier article of its story (at least ``reprint`` of the shorter
text's word 5-grams found in the other) is a wire reprint, not an independent report.

The settings are chosen by cross-validation over ECB+ topics (``sidelines eval stories
--cv``) and kept in ``default_settings.toml`` (``[stories]``) with their reason.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from sidelines.model.record import Record
from sidelines.resolve.stories import (
    YEAR,
    YEAR_CONFLICT,
    date_terms,
    is_named,
    name_terms,
    text_terms,
    tfidf_matrix,
    year_conflicts,
)

# PLOVER's quad classes: verbal/material cooperation/conflict.
FAMILY = {
    "AGREE": "VC", "CONSULT": "VC", "SUPPORT": "VC", "CONCEDE": "VC",
    "COOPERATE": "MC", "AID": "MC", "RETREAT": "MC",
    "REQUEST": "VX", "ACCUSE": "VX", "REJECT": "VX", "THREATEN": "VX",
    "PROTEST": "MX", "SANCTION": "MX", "MOBILIZE": "MX", "COERCE": "MX", "ASSAULT": "MX",
}
# Fixed weights of the other cosines (those of the former batch clusterer; see default_settings.toml).
WEIGHTS = {"text": 1.0, "names": 0.6, "dates": 0.2, "events": 0.1}
FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 5


@dataclass(frozen=True)
class StreamConfig:
    """The settings of the grouping (defaults: ``[stories]`` of default_settings.toml)."""

    threshold: float = 0.225
    figures: float = 0.5
    days: float = 3650.0
    reprint: float = 0.6


#: The settings cross-validation chooses among (``reprint`` cannot be learnt from ECB+: it has
#: hardly any reprints). A third of the ECB+ articles get a publication date from their text.
GRID: dict[str, tuple[float, ...]] = {
    "threshold": tuple(round(0.125 + 0.025 * i, 3) for i in range(8)),
    "figures": (0.5, 0.75, 1.0),
    "days": (30.0, 365.0, 3650.0),
}


def event_keys(record: Record) -> Counter[str]:
    """Keys of the record's events: type family with each named party, place, occasion and date."""
    names = {e.id: e.name.lower() for e in record.entities if is_named(e)}
    out: Counter[str] = Counter()
    for ev in record.events:
        family = FAMILY.get(ev.type, ev.type)
        for actor in ev.actors:
            if actor.entity in names:
                out[f"{family}|{names[actor.entity]}"] += 1
        if ev.location is not None:
            out[f"at|{ev.location.name.lower()}"] += 1
        if ev.context is not None:
            out[f"on|{ev.context.name.lower()}"] += 1
        if ev.date is not None and ev.date.start:
            out[f"{family}|{ev.date.start[:10]}"] += 1
    return out


def figure_terms(record: Record) -> Counter[str]:
    """The numbers written in digits, years apart (those are ``date_terms``)."""
    return Counter(n.replace(",", "") for n in FIGURE.findall(record.text) if not YEAR.fullmatch(n))


FEATURES = {
    "text": lambda r: text_terms((r.title or "") + "\n" + r.text),
    "names": name_terms,
    "dates": date_terms,
    "events": event_keys,
    "figures": figure_terms,
}


def day_of(published: str | None) -> int | None:
    """A publication date's day as an ordinal, or None."""
    try:
        return date.fromisoformat((published or "")[:10]).toordinal()
    except ValueError:
        return None


def shingles(text: str) -> frozenset[int]:
    """Hashes of the word 5-grams of a text (lower-cased).

    Python's own hash: the sets are compared within one run, never stored or sent elsewhere.
    """
    words = [w.lower() for w in WORD.findall(text)]
    return frozenset(hash(tuple(words[i:i + SHINGLE])) for i in range(max(1, len(words) - SHINGLE + 1)))


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the shorter text's 5-grams found in the other (a reprint may be cut short)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def arrival_key(record: Record) -> tuple[str, str]:
    """Publication date first; undated and same-day articles in a fixed order that does not follow their ids' sort."""
    return (record.published or "")[:10] or "9999", hashlib.sha1(record.id.encode("utf-8", "surrogatepass")).hexdigest()


def _cosines(records: Sequence[Record], name: str) -> np.ndarray:
    m = tfidf_matrix([FEATURES[name](r) for r in records])
    n = len(records)
    return (m @ m.T).astype(np.float32) if m.shape[1] else np.zeros((n, n), dtype=np.float32)


@dataclass
class Batch:
    """Articles in arrival order with what the grouping needs: pairwise similarities, days, texts."""

    records: list[Record]
    base: np.ndarray           # the fixed-weight cosines, less the year conflicts
    figures: np.ndarray        # the cosine of the figures (weighted by the setting)
    days: list[int | None]
    texts: dict[int, frozenset[int]] = field(default_factory=dict)   # word 5-grams, made when first needed

    def shingles(self, i: int) -> frozenset[int]:
        """The word 5-grams of article ``i``."""
        if i not in self.texts:
            self.texts[i] = shingles(self.records[i].text)
        return self.texts[i]

    def similarity(self, config: StreamConfig) -> np.ndarray:
        """The pairwise similarity under these settings."""
        sim = self.base + config.figures * self.figures
        np.fill_diagonal(sim, 0.0)
        return sim


def prepare(records: Sequence[Record], ordered: bool = False) -> Batch:
    """Features of a batch of articles (word rarity counted over the batch), in arrival order.

    ``ordered``: the records come in the order to stream them already (stored members first).
    """
    items = list(records) if ordered else sorted(records, key=arrival_key)
    n = len(items)
    base = np.zeros((n, n), dtype=np.float32)
    words = _cosines(items, "text")
    for name, weight in WEIGHTS.items():
        base += weight * (words if name == "text" else _cosines(items, name))
    if n:
        base -= YEAR_CONFLICT * year_conflicts(items)
    return Batch(items, base, _cosines(items, "figures"), [day_of(r.published) for r in items])


@dataclass
class Story:
    """A story: its members (batch indices, in arrival order), date span, and reprint links."""

    members: list[int]
    first: int | None = None
    last: int | None = None
    reprint_of: dict[int, int] = field(default_factory=dict)

    def add(self, i: int, day: int | None) -> None:
        """Take article ``i`` of day ``day``."""
        self.members.append(i)
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def absorb(self, other: "Story") -> None:
        """Take all of another story's articles, leaving it empty."""
        self.members += other.members
        for day in (other.first, other.last):
            if day is not None:
                self.first = day if self.first is None else min(self.first, day)
                self.last = day if self.last is None else max(self.last, day)
        self.reprint_of.update(other.reprint_of)
        other.members = []

    def near(self, other: "Story", days: float) -> bool:
        """Whether the two date spans come within ``days`` (undated on either side: always)."""
        if self.first is None or self.last is None or other.first is None or other.last is None:
            return True
        return self.first - days <= other.last and other.first - days <= self.last


def assign(batch: Batch, config: StreamConfig, stories: list[Story] | None = None, start: int = 0) -> list[Story]:
    """Group the batch's articles from ``start`` on with ``stories`` (their members come before ``start``).

    Returns the stories given that are left (the same objects, in order), then the new ones.
    """
    stories = list(stories or [])
    for i in range(start, len(batch.days)):
        story = Story([])
        story.add(i, batch.days[i])
        stories.append(story)
    if len(stories) > 1:
        _agglomerate(batch.similarity(config), stories, config)
    kept = [s for s in stories if s.members]
    for s in kept:
        s.members.sort()
        _mark_reprints(batch, s, start, config.reprint)
    return kept


def _agglomerate(sim: np.ndarray, stories: list[Story], config: StreamConfig) -> None:
    """Average-link merges in place: the earlier story absorbs the later one, which is left empty."""
    g = len(stories)
    member = np.zeros((g, sim.shape[0]), dtype=np.float64)
    for k, story in enumerate(stories):
        member[k, story.members] = 1.0
    sizes = member.sum(axis=1)
    s = (member @ sim.astype(np.float64) @ member.T) / np.outer(sizes, sizes)
    np.fill_diagonal(s, -np.inf)
    while True:
        flat = int(np.argmax(s))
        i, j = divmod(flat, g)
        if s[i, j] < config.threshold:
            break
        if j < i:
            i, j = j, i     # keep the lower index: a stored story absorbs new articles, never the reverse
        if not stories[i].near(stories[j], config.days):
            s[i, j] = s[j, i] = -np.inf
            continue
        merged = (sizes[i] * s[i] + sizes[j] * s[j]) / (sizes[i] + sizes[j])
        s[i, :] = merged
        s[:, i] = merged
        s[i, i] = -np.inf
        s[j, :] = s[:, j] = -np.inf
        sizes[i] += sizes[j]
        stories[i].absorb(stories[j])


def _mark_reprints(batch: Batch, story: Story, start: int, level: float) -> None:
    """Mark each new member that nearly duplicates an earlier, original member as its reprint."""
    for pos, i in enumerate(story.members):
        if i < start or i in story.reprint_of:
            continue
        for j in story.members[:pos]:
            if j not in story.reprint_of and overlap(batch.shingles(i), batch.shingles(j)) >= level:
                story.reprint_of[i] = j
                break


def group(batch: Batch, config: StreamConfig | None = None) -> list[list[str]]:
    """The document ids of each story of a batch grouped with no stored stories."""
    return [[batch.records[i].id for i in s.members] for s in assign(batch, config or StreamConfig())]


def group_one_at_a_time(batch: Batch, config: StreamConfig | None = None) -> list[list[str]]:
    """The same, the articles fed one at a time in arrival order (as a live feed brings them)."""
    config = config or StreamConfig()
    stories: list[Story] = []
    for i in range(len(batch.days)):
        stories = assign(_prefix(batch, i + 1), config, stories, start=i)
    return [[batch.records[i].id for i in s.members] for s in stories]


def _prefix(batch: Batch, n: int) -> Batch:
    """The first ``n`` articles of a batch (word rarity still counted over the whole batch)."""
    return Batch(batch.records[:n], batch.base[:n, :n], batch.figures[:n, :n], batch.days[:n], batch.texts)
