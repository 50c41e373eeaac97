"""Stories in the store: each new article joins the stored story it is most like, or starts one.

The grouping is ``sidelines.resolve.story_stream``: articles arrive in publication order and
are compared with the stories whose date span lies within ``days`` of their own date (all
stories for an undated article), so no fixed window edge splits a story. A run places only
the articles no story holds yet: new documents, and new versions (a story drops the old
version first). A stored story is never split; it may absorb another stored story that new
articles bridge it to (it keeps its id). ``full`` groups everything anew.

Word rarity is counted over the articles in play (the new ones and the members of their
candidate stories). A story's id is a digest of the article that started it, so it keeps
its id as articles join. Each story counts its independent reports (articles that are not
wire reprints of another of its articles) and its outlets (distinct publishers).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from sidelines.model.record import Record
from sidelines.resolve.story_stream import Story, StreamConfig, arrival_key, assign, day_of, prepare
from sidelines.settings import StorySettings
from sidelines.store import stories as tables
from sidelines.store.base import Store

log = logging.getLogger(__name__)

#: What the ``bucket`` column of a story holds now that stories are not cut into time windows.
BUCKET = "stream"
#: New articles are placed this many at a time, in publication order (the similarity matrix is
#: n x n over the new articles and the members of their candidate stories).
CHUNK = 2000
#: At most this many stored articles are compared with a chunk: the members of the candidate
#: stories whose latest article is most recent (stories of this run always count).
MAX_IN_PLAY = 4000


@dataclass
class StoryUpdate:
    """What a run did: articles placed, stories started, stories touched, stories dropped (emptied)."""

    documents: int = 0
    new_stories: int = 0
    touched: int = 0
    dropped: int = 0
    stories: int = 0
    seconds: float = 0.0


def story_id(first_doc_id: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A stable id for the story an article started (another if that one is taken)."""
    n = 0
    while True:
        key = "story\x00" + first_doc_id + (f"\x00{n}" if n else "")
        sid = "s" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        if sid not in taken:
            return sid
        n += 1


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


def story_rows(sid: str, records: Sequence[Record], rows: dict[str, tuple[int, str | None]],
               reprint_of: dict[str, str]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of one story: (stories row, story_documents rows, story_events rows).

    ``rows`` maps a document id to its (row id, published date); ``reprint_of`` a reprint's
    document id to the id of the article it copies.
    """
    records = sorted(records, key=lambda r: (rows[r.id][1] or "9999", r.id))
    dates = [day[:10] for r in records if (day := rows[r.id][1])]
    docs = [{"story": sid, "doc": rows[r.id][0], "doc_id": r.id, "ord": i, "reprint_of": reprint_of.get(r.id)}
            for i, r in enumerate(records)]
    events = [{"story": sid, "doc": rows[r.id][0], "doc_id": r.id, "event_id": ev.id, "type": ev.type, "ord": 0}
              for r in records for ev in r.events]
    for i, row in enumerate(events):
        row["ord"] = i
    outlets = {" ".join(r.publisher.lower().split()) for r in records if r.publisher and r.publisher.strip()}
    story = {"id": sid, "bucket": BUCKET, "type": dominant_type(records), "title": story_title(records),
             "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
             "n_documents": len(records), "n_events": len(events),
             "n_reports": sum(1 for r in records if r.id not in reprint_of), "n_outlets": len(outlets)}
    return story, docs, events


def stream_config(settings: StorySettings | None) -> StreamConfig:
    """The grouping's settings from the ``[stories]`` table."""
    s = settings or StorySettings()
    return StreamConfig(threshold=s.threshold, figures=s.figures, days=s.days, reprint=s.reprint)


def update_stories(store: Store, *, full: bool = False, settings: StorySettings | None = None) -> StoryUpdate:
    """Place every article no story holds yet (all of them when ``full``) and rewrite the stories that changed."""
    started = datetime.now(UTC)
    config = stream_config(settings)
    result = StoryUpdate()
    with store.writer() as conn:
        if full:
            tables.drop_all_stories(conn)
        latest = {row_id: (doc_id, published) for row_id, doc_id, published in tables.latest_documents(conn)}
        held = tables.story_members(conn)
        stale = [row_id for row_id in held if row_id not in latest]
        touched = {held.pop(row_id)[0] for row_id in stale}
        placed_ids = {latest[r][0] for r in held}
        new = _first_row_per_id([r for r in latest if r not in held and latest[r][0] not in placed_ids], latest)
        new.sort(key=lambda r: ((latest[r][1] or "")[:10] or "9999", r))
        kept = tables.RecordCache(MAX_IN_PLAY + CHUNK)
        for lo in range(0, len(new), CHUNK):
            links = _place(conn, new[lo:lo + CHUNK], latest, held, config, result, touched, kept)
            touched |= {held[row][0] for row in links if row in held}     # stories merged into others
            held.update(links)
            touched |= {sid for sid, _ in links.values()}
        members: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
        for row_id, (sid, copy) in sorted(held.items()):
            if sid in touched:
                members[sid].append((row_id, copy))
        result.dropped = len(touched - set(members))
        _rewrite(conn, touched, members, latest, kept)
        result.touched = len(touched)
        result.stories = tables.count_stories(conn)
    result.seconds = (datetime.now(UTC) - started).total_seconds()
    log.info("stories: %d articles placed, %d new stories, %d touched, %d dropped; %d stories in %.2f s",
             result.documents, result.new_stories, result.touched, result.dropped, result.stories, result.seconds)
    return result


def _first_row_per_id(rows: list[int], latest: dict[int, tuple[str, str | None]]) -> list[int]:
    """One row per document id (two latest rows with one id come from two URLs: keep the first)."""
    seen: set[str] = set()
    out = []
    for row_id in sorted(rows):
        if latest[row_id][0] not in seen:
            seen.add(latest[row_id][0])
            out.append(row_id)
    return out


def _place(conn: Connection, new: list[int], latest: dict[int, tuple[str, str | None]],
           held: dict[int, tuple[str, str | None]], config: StreamConfig,
           result: StoryUpdate, this_run: set[str], kept: tables.RecordCache) -> dict[int, tuple[str, str | None]]:
    """Group the new rows with the candidate stories: (story id, reprint_of document id) of each row that
    is new or moved (with its story, into the story that absorbed it)."""
    days = [d for r in new if (d := day_of(latest[r][1])) is not None]
    window = None
    if len(days) == len(new):   # an undated article may join any story
        window = (date.fromordinal(min(days)) - timedelta(days=config.days)).isoformat(), \
            (date.fromordinal(max(days)) + timedelta(days=config.days)).isoformat()
    candidates = set(this_run) | tables.candidate_stories(conn, window, MAX_IN_PLAY)
    old_rows = sorted(r for r, (sid, _) in held.items() if sid in candidates)
    records = tables.load_records(conn, old_rows + new, kept)
    new_rows = sorted(new, key=lambda r: arrival_key(records[r]))
    rows = old_rows + new_rows
    index = {row: i for i, row in enumerate(rows)}
    row_of_doc = {latest[r][0]: r for r in old_rows}
    batch = prepare([records[r] for r in rows], ordered=True)
    by_sid: dict[str, Story] = {}
    for r in old_rows:
        sid, copy = held[r]
        story = by_sid.setdefault(sid, Story([]))
        story.add(index[r], batch.days[index[r]])
        if copy in row_of_doc:
            story.reprint_of[index[r]] = index[row_of_doc[copy]]
    sid_of_story = {id(story): sid for sid, story in by_sid.items()}
    stories = assign(batch, config, list(by_sid.values()), start=len(old_rows))
    taken = set(tables.story_ids(conn))
    out: dict[int, tuple[str, str | None]] = {}
    for story in stories:
        if id(story) in sid_of_story:
            sid = sid_of_story[id(story)]
        else:
            sid = story_id(latest[rows[story.members[0]]][0], taken)
            taken.add(sid)
            result.new_stories += 1
        for i in story.members:
            if i < len(old_rows) and held[rows[i]][0] == sid:
                continue                # a stored article that stays where it was
            if i < len(old_rows):
                out[rows[i]] = (sid, held[rows[i]][1])      # moved with its story into another
            else:
                source = story.reprint_of.get(i)
                out[rows[i]] = (sid, None if source is None else latest[rows[source]][0])
    result.documents += len(new)
    return out


def _rewrite(conn: Connection, touched: set[str], members: dict[str, list[tuple[int, str | None]]],
             latest: dict[int, tuple[str, str | None]], kept: tables.RecordCache) -> None:
    """Write the rows of each touched story again (a touched story left without articles is deleted)."""
    if not touched:
        return
    records = tables.load_records(conn, [row for rows in members.values() for row, _ in rows], kept)
    story_list, doc_rows, event_rows = [], [], []
    for sid, rows in members.items():
        recs = [records[row] for row, _ in rows]
        where = {records[row].id: (row, latest[row][1]) for row, _ in rows}
        # A reprint whose original left the story (a new version of it went elsewhere) is a report again.
        reprint_of = {records[row].id: copy for row, copy in rows if copy in where}
        story, docs, events = story_rows(sid, recs, where, reprint_of)
        story_list.append(story)
        doc_rows += docs
        event_rows += events
    tables.replace_stories(conn, sorted(touched), (story_list, doc_rows, event_rows))
