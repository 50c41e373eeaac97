"""Story features (TF-IDF bags of words, names, dates, events) and the former batch clusterer.

The engine groups stories with ``sidelines.resolve.story_stream``, which builds on the
features here; ``cluster_stories`` stays as the reference the cross-validation compares with
(``sidelines eval stories --cv``: "weighted").

Two documents are compared by a weighted sum of cosine similarities of TF-IDF vectors:
the words of the text, the names of the entities (people, organisations, places), the
years and dates the documents mention, and the event types with their actors' names;
documents that name only different years are pushed apart.
Average-link agglomerative clustering then merges groups while their mean pairwise
similarity reaches a threshold. The weights and the threshold were tuned on the ECB+
dev file as a whole (see ``WEIGHTS``); on held-out topics that threshold scores lower.

Average-link merges happen only above the threshold, so every story lies inside one
connected component of the graph of pairs above the threshold; clustering each component
on its own gives the same stories with much smaller matrices.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from sidelines.model.record import Entity, Record, singles_out

TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|\d{4}|[^\W\d_]", re.UNICODE)
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
said says say told according reported reports news new one two three first last year years time week
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow mr mrs ms
""".split())
# Entity types whose names identify a story's participants and setting.
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "NORP"})
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DATE_VALUE = re.compile(r"\d{4}-\d\d")

# Feature weights (summed cosines) and the merge threshold on the weighted similarity,
# tuned together on ECB+ dev (B-cubed F1 of the article grouping).
WEIGHTS = {"text": 1.0, "names": 0.6, "dates": 0.2, "events": 0.1}
THRESHOLD = 0.23
# Subtracted when both documents name years (in the text or as publication year) and share
# none: reports of one event are written in the same year and mention it.
YEAR_CONFLICT = 0.6


def text_terms(text: str) -> Counter[str]:
    """Lower-cased content words of a text (stop words and one-letter tokens dropped)."""
    return Counter(
        w for w in (t.lower() for t in TOKEN.findall(text)) if len(w) > 1 and w not in STOPWORDS
    )


def is_named(entity: Entity) -> bool:
    """Whether an entity is mentioned by a name somewhere in the article (not only as "the police").

    A story's names are the ones its reports spell out. A generic side that the actors step
    gave a country ("police" in a US story) is a particular actor to follow, but one that every
    story of its kind has: two shootings both have police. Keeping such sides out also keeps
    the story features steady when the extractors change which generic sides get a country.
    """
    return any(m.kind == "name" for m in entity.mentions)


def name_terms(record: Record) -> Counter[str]:
    """Named entities' names and their last words, counted once per mention."""
    out: Counter[str] = Counter()
    for entity in record.entities:
        if entity.type not in NAME_TYPES or not is_named(entity):
            continue
        name = entity.name.lower()
        n = max(1, len(entity.mentions))
        out[name] += n
        last = name.split()[-1] if name.split() else ""
        if last and last != name:
            out[last] += n
    return out


def date_terms(record: Record) -> Counter[str]:
    """Years and month-level dates from the time expressions and the text."""
    out: Counter[str] = Counter(YEAR.findall(record.text))
    for t in record.times:
        if t.type == "DATE" and DATE_VALUE.match(t.value):
            out[t.value[:7]] += 1
            out[t.value[:10]] += 1
    return out


def event_terms(record: Record) -> Counter[str]:
    """Event types, alone and with each actor's name."""
    names = {e.id: e.name.lower() for e in record.entities if singles_out(e)}
    out: Counter[str] = Counter()
    for ev in record.events:
        out[ev.type] += 1
        for actor in ev.actors:
            if actor.entity in names:
                out[f"{ev.type}:{names[actor.entity]}"] += 1
    return out


def document_years(record: Record) -> set[str]:
    """Years written in the text, and the publication year."""
    years = set(YEAR.findall(record.text))
    if record.published and YEAR.match(record.published[:4]):
        years.add(record.published[:4])
    return years


def year_conflicts(records: Sequence[Record]) -> np.ndarray:
    """1.0 for pairs of documents that both name years but share none, else 0.0."""
    year_sets = [document_years(r) for r in records]
    index = {y: i for i, y in enumerate(sorted(set().union(*year_sets)))}
    m = np.zeros((len(records), len(index)), dtype=np.float32)
    for row, years in enumerate(year_sets):
        for y in years:
            m[row, index[y]] = 1.0
    has = m.sum(axis=1) > 0
    return (np.outer(has, has) & ((m @ m.T) == 0)).astype(np.float32)


def tfidf_matrix(bags: Sequence[Counter[str]], sublinear: bool = True) -> np.ndarray:
    """Rows of L2-normalised TF-IDF weights; terms found in one document only are left out.

    Such terms cannot make two documents similar, but they still count in each row's norm.
    """
    n = len(bags)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocab = {t: i for i, t in enumerate(t for t, d in df.items() if d >= 2)}
    matrix = np.zeros((n, len(vocab)), dtype=np.float32)
    for row, bag in enumerate(bags):
        norm = 0.0
        for term, tf in bag.items():
            w = (1.0 + math.log(tf) if sublinear else tf) * math.log((1 + n) / (1 + df[term]))
            norm += w * w
            col = vocab.get(term)
            if col is not None:
                matrix[row, col] = w
        if norm > 0:
            matrix[row] /= math.sqrt(norm)
    return matrix


def similarity_matrix(records: Sequence[Record], weights: dict[str, float] | None = None) -> np.ndarray:
    """Weighted sum of the cosine similarities of every pair of records."""
    weights = weights or WEIGHTS
    features = {
        "text": lambda r: text_terms((r.title or "") + "\n" + r.text),
        "names": name_terms,
        "dates": date_terms,
        "events": event_terms,
    }
    n = len(records)
    sim = np.zeros((n, n), dtype=np.float32)
    for name, weight in weights.items():
        if not weight:
            continue
        m = tfidf_matrix([features[name](r) for r in records])
        if m.shape[1]:
            sim += weight * (m @ m.T)
    if n:
        sim -= YEAR_CONFLICT * year_conflicts(records)
    np.fill_diagonal(sim, 0.0)
    return sim


def components(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Connected components of the graph of pairs with similarity >= threshold."""
    n = sim.shape[0]
    seen = np.zeros(n, dtype=bool)
    out = []
    for start in range(n):
        if seen[start]:
            continue
        seen[start] = True
        stack, comp = [start], []
        while stack:
            i = stack.pop()
            comp.append(i)
            for j in np.nonzero((sim[i] >= threshold) & ~seen)[0]:
                seen[j] = True
                stack.append(int(j))
        out.append(sorted(comp))
    return out


def average_link(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-link agglomerative clusters: merge while the best mean similarity >= threshold."""
    n = sim.shape[0]
    if n == 1:
        return [[0]]
    s = sim.astype(np.float64, copy=True)
    np.fill_diagonal(s, -np.inf)
    sizes = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    while True:
        flat = int(np.argmax(s))
        i, j = divmod(flat, n)
        if s[i, j] < threshold:
            break
        # Mean similarity of the merged group to every other group, weighted by group size.
        merged = (sizes[i] * s[i] + sizes[j] * s[j]) / (sizes[i] + sizes[j])
        s[i, :] = merged
        s[:, i] = merged
        s[i, i] = -np.inf
        s[j, :] = -np.inf
        s[:, j] = -np.inf
        sizes[i] += sizes[j]
        members[i].extend(members.pop(j))
    return [sorted(m) for m in members.values()]


def cluster_indices(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-link clusters of a similarity matrix, computed component by component."""
    out = []
    for comp in components(sim, threshold):
        if len(comp) == 1:
            out.append(comp)
            continue
        idx = np.array(comp)
        for cluster in average_link(sim[np.ix_(idx, idx)], threshold):
            out.append([comp[k] for k in cluster])
    return sorted(out, key=lambda c: c[0])


def cluster_stories(
    records: Iterable[Record], threshold: float = THRESHOLD, weights: dict[str, float] | None = None
) -> list[list[str]]:
    """Group records into stories; returns the document ids of each story (singletons included).

    The similarity matrix is dense (n x n), which suits batches of up to some thousands of
    documents; a large store should be clustered per time window.
    """
    records = list(records)
    if not records:
        return []
    sim = similarity_matrix(records, weights)
    return [[records[i].id for i in cluster] for cluster in cluster_indices(sim, threshold)]
