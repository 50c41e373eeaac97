"""Quotes: who said what, searched by speaker, words, date and directness."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.sql import ColumnElement

from sidelines.query.actors import actor_ids
from sidelines.query.common import DEFAULT_LIMIT, d, date_bounds, eact, fetch, few_ids, like, q_
from sidelines.query.rows import QuoteRow
from sidelines.store.base import Store


def search_quotes(store: Store, *, speaker: str | None = None, contains: str | None = None,
                  since: str | None = None, until: str | None = None, direct: bool | None = None,
                  limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[QuoteRow]:
    """Quotes of the latest documents, newest first, with their evidence sentence."""
    conds: list[ColumnElement[bool]] = []
    narrowing: list[Select[Any]] = []
    if speaker:
        ids = actor_ids(store, speaker)
        if ids:
            # The quotes whose speaker entity is linked to the actor (through the actor index).
            narrowing.append(select(q_.c.id).join(eact, and_(eact.c.doc == q_.c.doc, eact.c.entity_id == q_.c.speaker))
                             .where(eact.c.actor.in_(ids)))
        else:
            conds.append(or_(like(q_.c.speaker_name, speaker), like(q_.c.speaker_text, speaker)))
    walk: ColumnElement[bool] | None = None
    match = store.backend.match_quotes(contains) if contains else None
    if contains and match is not None:
        narrowing.append(match)
        walk = store.backend.quote_matches(contains)
    if direct is not None:
        conds.append(q_.c.direct == direct)
    conds += date_bounds(d.c.published_date, d.c.published_date, since, until)
    latest: ColumnElement[bool] = d.c.is_latest
    date: ColumnElement[Any] = d.c.published_date
    few = few_ids(store, narrowing, text_search=match is not None)
    if few is not None:
        # Few matches: fetch them by id and sort them. The latest-flag and date are wrapped
        # so that no planner walks every document through the date index instead.
        conds.append(q_.c.id.in_(few))
        latest = func.coalesce(d.c.is_latest, False)
        date = func.coalesce(d.c.published_date, "")
    else:
        # Every filter matches many quotes: walk the latest documents newest first and test
        # each quote's words as it comes (a page fills after a few hundred quotes) rather
        # than gather and sort every match.
        conds += [walk if walk is not None and sub is narrowing[-1] else q_.c.id.in_(sub) for sub in narrowing]
    query = (select(d.c.doc_id.label("document"), d.c.title, d.c.published, q_.c.speaker_name.label("speaker"),
                    q_.c.speaker_text.label("speaker_mention"), q_.c.cue_text.label("cue"), q_.c.content,
                    q_.c.direct, q_.c.evidence, q_.c.content_start.label("start"), q_.c.content_end.label("end"),
                    func.coalesce(q_.c.kind, "statement").label("kind"))
             .join(d, and_(d.c.id == q_.c.doc, latest)).where(*conds))
    query = query.order_by(date.desc(), d.c.doc_id, q_.c.ord).limit(limit).offset(offset)
    return fetch(store, query, QuoteRow)
