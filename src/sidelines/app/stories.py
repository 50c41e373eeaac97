"""Stories: cluster the latest stored documents into cross-document events and keep the result in the store.

The clusterer (``sidelines.resolve.stories``) compares every pair of the documents it
is given, so the store clusters within time windows: documents are bucketed into
``WINDOW_DAYS``-day windows by their publication date (fixed windows counted from
1970-01-01; documents without a date form one window of their own). Consecutive dated
windows holding fewer than ``MIN_WINDOW`` documents are joined (word rarity means little
among a handful of documents), and a window holding more than ``MAX_WINDOW`` documents is
cut, in date order, into chunks of that size. The work is thus linear in the number of
documents (quadratic only within a window); two reports of one event that fall in
different windows (or chunks) are not joined.

Updates are incremental by window: each window keeps a digest of the row ids of its
latest document versions (``story_windows``); a run reclusters only the windows whose
digest changed (a new document, a new version, a changed date) and drops the windows
that became empty. Clustering a window again replaces all of its stories. A story's id
is a digest of its window and document ids, so an unchanged story keeps its id across runs.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection

from sidelines.model.record import Record
from sidelines.resolve.stories import THRESHOLD, cluster_stories
from sidelines.store.base import Store
from sidelines.store.stories import drop_windows, latest_documents, load_records, window_digests, write_window

log = logging.getLogger(__name__)

WINDOW_DAYS = 30
#: At most this many documents are clustered together (the clusterer's matrices are n x n).
MAX_WINDOW = 2000
#: Consecutive windows are joined until they hold this many documents (see ``merge_small_windows``).
MIN_WINDOW = 200
UNDATED = "undated"
EPOCH = date(1970, 1, 1)

@dataclass
class StoryUpdate:
    """What a run did: windows seen, reclustered and dropped; documents clustered; stories written."""

    windows: int = 0
    reclustered: int = 0
    dropped: int = 0
    documents: int = 0
    stories: int = 0
    seconds: float = 0.0


def window_of(published_date: str | None) -> str:
    """The first day of the window holding a publication date, or ``UNDATED``."""
    try:
        day = date.fromisoformat((published_date or "")[:10])
    except ValueError:
        return UNDATED
    offset = (day - EPOCH).days // WINDOW_DAYS * WINDOW_DAYS
    return date.fromordinal(EPOCH.toordinal() + offset).isoformat()


def story_id(doc_ids: Sequence[str], window: str = "") -> str:
    """A stable id for the story of these documents in this window."""
    key = "\x00".join([window, *sorted(doc_ids)])
    return "s" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def dominant_type(records: Sequence[Record]) -> str:
    """The event type most events have (ties: the larger summed confidence, then the name).

    The record makes a story's type a string: a story none of whose documents has an
    event gets the empty string.
    """
    n: Counter[str] = Counter()
    weight: defaultdict[str, float] = defaultdict(float)
    for record in records:
        for ev in record.events:
            n[ev.type] += 1
            weight[ev.type] += ev.confidence
    if not n:
        return ""
    return min(n, key=lambda t: (-n[t], -weight[t], t))


def story_title(records: Sequence[Record]) -> str | None:
    """The headline of the earliest document that has one (records come earliest first)."""
    for record in records:
        if record.title and record.title.strip():
            return " ".join(record.title.split())
    for record in records:
        line = " ".join(record.text.strip().split("\n", 1)[0].split())
        if line:
            return line[:120]
    return None


def story_rows(records: Sequence[Record], rows: dict[str, tuple[int, str | None]],
               window: str) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of one story: (stories row, story_documents rows, story_events rows).

    ``rows`` maps a document id to its (row id, published date).
    """
    records = sorted(records, key=lambda r: (rows[r.id][1] or "9999", r.id))
    sid = story_id([r.id for r in records], window)
    dates = [day for r in records if (day := rows[r.id][1])]
    docs = [{"story": sid, "doc": rows[r.id][0], "doc_id": r.id, "ord": i} for i, r in enumerate(records)]
    events = [{"story": sid, "doc": rows[r.id][0], "doc_id": r.id, "event_id": ev.id, "type": ev.type, "ord": 0}
              for r in records for ev in r.events]
    for i, row in enumerate(events):
        row["ord"] = i
    story = {"id": sid, "bucket": window, "type": dominant_type(records), "title": story_title(records),
             "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
             "n_documents": len(records), "n_events": len(events)}
    return story, docs, events


def merge_small_windows(members: dict[str, list[Any]], min_size: int | None = None) -> dict[str, list[Any]]:
    """Join consecutive dated windows until each holds at least ``min_size`` documents.

    The clusterer weighs words by their rarity among the documents clustered together,
    which says little in a handful of documents. A joined window is named
    ``FIRST..LAST`` (its first and last 30-day windows); a short last one joins the one before;
    undated documents stay on their own.
    """
    min_size = MIN_WINDOW if min_size is None else min_size
    dated = sorted(w for w in members if w != UNDATED)
    groups: list[list[str]] = []
    for w in dated:
        if groups and sum(len(members[x]) for x in groups[-1]) < min_size:
            groups[-1].append(w)
        else:
            groups.append([w])
    if len(groups) > 1 and sum(len(members[x]) for x in groups[-1]) < min_size:
        last = groups.pop()
        groups[-1] += last
    out = {(g[0] if len(g) == 1 else f"{g[0]}..{g[-1]}"): [m for w in g for m in members[w]] for g in groups}
    if UNDATED in members:
        out[UNDATED] = members[UNDATED]
    return out


def _digest(ids: Sequence[int]) -> str:
    return hashlib.sha256(",".join(map(str, sorted(ids))).encode()).hexdigest()


def update_stories(store: Store, *, full: bool = False, threshold: float | None = None) -> StoryUpdate:
    """Bring the stored stories in step with the latest documents (only the windows that changed).

    Args:
        store: an open store.
        full: recluster every window even when its documents did not change.
        threshold: the clusterer's similarity threshold (default: its tuned one).
    """
    started = datetime.now(UTC)
    result = StoryUpdate()
    with store.writer() as conn:
        members: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
        for row_id, doc_id, published in latest_documents(conn):
            members[window_of(published)].append((row_id, doc_id, published))
        known = window_digests(conn)
        members = merge_small_windows(members)
        result.windows = len(members)
        gone = sorted(set(known) - set(members))
        drop_windows(conn, gone)
        result.dropped = len(gone)
        now = started.isoformat(timespec="seconds")
        for window in sorted(members):
            docs = sorted(members[window], key=lambda m: (m[2] or "", m[1]))
            digest = _digest([m[0] for m in docs])
            if not full and known.get(window) == digest:
                continue
            drop_windows(conn, [window])
            rows = _cluster_window(conn, window, docs, threshold)
            write_window(conn, window, digest, len(docs), now, rows)
            written = len(rows[0])
            result.reclustered += 1
            result.documents += len(docs)
            result.stories += written
    result.seconds = (datetime.now(UTC) - started).total_seconds()
    log.info("stories: %d windows, %d reclustered (%d documents, %d stories), %d dropped in %.2f s",
             result.windows, result.reclustered, result.documents, result.stories, result.dropped, result.seconds)
    return result


def _cluster_window(conn: Connection, window: str, docs: list[tuple[int, str, str | None]],
                    threshold: float | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Cluster one window (in chunks of ``MAX_WINDOW`` documents): its stories, story_documents, story_events rows."""
    rows: dict[str, tuple[int, str | None]] = {}
    story_list, doc_rows, event_rows = [], [], []
    for lo in range(0, len(docs), MAX_WINDOW):
        part = docs[lo:lo + MAX_WINDOW]
        records = load_records(conn, [m[0] for m in part])
        by_id: dict[str, Record] = {}
        for row_id, _doc_id, published in part:
            record = records[row_id]
            if record.id not in by_id:   # two latest rows with one id (two URLs): cluster the first
                by_id[record.id] = record
                rows[record.id] = (row_id, published)
        clusters = cluster_stories(list(by_id.values()), THRESHOLD if threshold is None else threshold)
        for cluster in clusters:
            story, sd, se = story_rows([by_id[i] for i in cluster], rows, window)
            story_list.append(story)
            doc_rows += sd
            event_rows += se
    return story_list, doc_rows, event_rows
