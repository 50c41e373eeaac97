"""Keep the cross-document actor tables in step with the documents written (SQL side).

The rules are those of ``sidelines.resolve.actors``; here they become upserts whose
updates are commutative (sums, least/greatest, set inserts), so the actors of a
store do not depend on the order in which documents were written.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from sidelines.resolve.actors import (
    KbEntry,
    Observation,
    choose_country,
    choose_name,
    normalise_name,
    summarise,
)
from sidelines.store import schema
from sidelines.store.backend import Backend

CHUNK = 5000


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    """Slices of at most ``size`` values (to stay under bound-parameter limits)."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def write_actors(conn: Connection, backend: Backend, observations: list[Observation]) -> set[int]:
    """Fold the observations of one batch into the actor tables.

    Returns the actors whose root changed, with their old and new roots (see ``resolve_surnames``).
    """
    if not observations:
        return set()
    a, al, ac = schema.actors, schema.actor_aliases, schema.actor_countries
    ro, rm, ea = schema.actor_roles, schema.actor_role_mentions, schema.entity_actors
    summaries = summarise(observations)
    ins = backend.insert(a).on_conflict_do_nothing(index_elements=["key"])
    conn.execute(ins, [
        {"key": s.key, "name": s.name, "type": s.type, "surname": s.surname, "surname_only": s.surname_only}
        for s in summaries.values()])
    ids: dict[str, int] = {}
    for part in chunks(sorted(summaries)):
        ids.update({k: i for k, i in conn.execute(select(a.c.key, a.c.id).where(a.c.key.in_(part)))})

    alias_rows = [{"actor": ids[s.key], "alias": alias, "norm": normalise_name(alias), "n": n,
                   "n_name": s.names.get(alias, 0)} for s in summaries.values() for alias, n in s.aliases.items()]
    if alias_rows:
        ins = backend.insert(al)
        conn.execute(ins.on_conflict_do_update(
            index_elements=["actor", "alias"],
            set_={"n": al.c.n + ins.excluded.n, "n_name": al.c.n_name + ins.excluded.n_name}), alias_rows)
    country_rows = [{"actor": ids[s.key], "country": c, "n": n}
                    for s in summaries.values() for c, n in s.countries.items()]
    if country_rows:
        ins = backend.insert(ac)
        conn.execute(ins.on_conflict_do_update(
            index_elements=["actor", "country"], set_={"n": ac.c.n + ins.excluded.n}), country_rows)

    role_rows: list[dict[str, Any]] = [{"actor": ids[s.key], "title": t, "affiliation": aff, "first_seen": h.first_seen,
                  "last_seen": h.last_seen, "n": h.n} for s in summaries.values() for (t, aff), h in s.roles.items()]
    if role_rows:
        ins = backend.insert(ro)
        conn.execute(ins.on_conflict_do_update(
            index_elements=["actor", "title", "affiliation"],
            set_={"n": ro.c.n + ins.excluded.n,
                  "first_seen": backend.least(ro.c.first_seen, ins.excluded.first_seen),
                  "last_seen": backend.greatest(ro.c.last_seen, ins.excluded.last_seen)}), role_rows)
        role_ids: dict[tuple[int, str, str], int] = {}
        actor_ids = sorted({r["actor"] for r in role_rows})
        for part in chunks(actor_ids):
            role_query = select(ro.c.id, ro.c.actor, ro.c.title, ro.c.affiliation).where(ro.c.actor.in_(part))
            for role in conn.execute(role_query):
                role_ids[(role.actor, role.title, role.affiliation)] = role.id
        support = [{"role": role_ids[(ids[s.key], t, aff)], "doc": ref.doc, "entity_id": ref.entity_id,
                    "start": ref.start, "end": ref.end, "text": ref.text}
                   for s in summaries.values() for (t, aff), h in s.roles.items() for ref in h.support]
        conn.execute(backend.insert(rm).on_conflict_do_nothing(index_elements=["role", "doc", "entity_id"]), support)

    conn.execute(backend.insert(ea).on_conflict_do_nothing(index_elements=["doc", "entity_id"]),
                 [{"doc": o.ref.doc, "entity_id": o.ref.entity_id, "actor": ids[o.key]} for o in observations])

    touched = sorted(ids.values())
    refresh_actors(conn, touched)
    attach_kb(conn, touched)
    surnames = sorted({s.surname for s in summaries.values() if s.type == "PERSON" and s.surname})
    return resolve_surnames(conn, surnames)


def refresh_actors(conn: Connection, actor_ids: Sequence[int]) -> None:
    """Recompute each actor's display name and country from its aggregates."""
    a, al, ac = schema.actors, schema.actor_aliases, schema.actor_countries
    names: dict[int, dict[str, int]] = defaultdict(dict)
    countries: dict[int, dict[str, int]] = defaultdict(dict)
    current: dict[int, str] = {}
    for part in chunks(list(actor_ids)):
        name_rows = select(al.c.actor, al.c.alias, al.c.n_name).where(al.c.actor.in_(part), al.c.n_name > 0)
        for row in conn.execute(name_rows):
            names[row.actor][row.alias] = row.n_name
        for by_country in conn.execute(select(ac.c.actor, ac.c.country, ac.c.n).where(ac.c.actor.in_(part))):
            countries[by_country.actor][by_country.country] = by_country.n
        for actor in conn.execute(select(a.c.id, a.c.name).where(a.c.id.in_(part))):
            current[actor.id] = actor.name
    rows = [{"b_id": i, "b_name": choose_name(names[i], current.get(i, "")), "b_country": choose_country(countries[i])}
            for i in actor_ids]
    if rows:
        conn.execute(update(a).where(a.c.id == bindparam("b_id")).values(
            name=bindparam("b_name"), country=bindparam("b_country")), rows)


def resolve_surnames(conn: Connection, surnames: Sequence[str]) -> set[int]:
    """Join each surname-only person to the one full-name person with that surname (or to none).

    Returns the actors whose root changed, with their old and new roots: their stored
    counts (``store.counts``) must be made again.
    """
    a = schema.actors
    full: dict[str, list[int]] = defaultdict(list)
    only: dict[str, list[int]] = defaultdict(list)
    joined: dict[int, int | None] = {}
    for part in chunks(list(surnames)):
        for row in conn.execute(select(a.c.id, a.c.surname, a.c.surname_only, a.c.merged_into)
                                .where(a.c.type == "PERSON", a.c.surname.in_(part))):
            (only if row.surname_only else full)[row.surname].append(row.id)
            joined[row.id] = row.merged_into
    wanted = {i: full[s][0] if len(full[s]) == 1 else None for s, ids in only.items() for i in ids}
    changed = {i: into for i, into in wanted.items() if joined[i] != into}
    if changed:
        conn.execute(update(a).where(a.c.id == bindparam("b_id")).values(merged_into=bindparam("b_into")),
                     [{"b_id": i, "b_into": into} for i, into in changed.items()])
    return {x for i, into in changed.items() for x in (i, joined[i], into) if x is not None}


def _words(texts: Iterable[str]) -> set[str]:
    return {w for t in texts for w in normalise_name(t).split() if len(w) > 2}


def attach_kb(conn: Connection, actor_ids: Sequence[int] | None = None) -> int:
    """Give a ``kb_id`` to actors (all, or those listed) whose names match one knowledge-base entry."""
    a, al, kn, ke, ro = schema.actors, schema.actor_aliases, schema.kb_names, schema.kb_entries, schema.actor_roles
    if conn.execute(select(kn.c.kb_id).limit(1)).first() is None:
        return 0
    candidates: dict[int, set[str]] = defaultdict(set)
    base = select(al.c.actor, kn.c.kb_id).join(kn, kn.c.norm == al.c.norm).join(a, a.c.id == al.c.actor)
    base = base.where(al.c.n_name > 0)
    if actor_ids is None:
        parts: Iterable[Any] = [None]
    else:
        parts = chunks(list(actor_ids))
    for part in parts:
        q = base if part is None else base.where(al.c.actor.in_(part))
        for row in conn.execute(q):
            candidates[row.actor].add(row.kb_id)
    chosen: dict[int, str] = {}
    for actor, kb_ids in candidates.items():
        if len(kb_ids) == 1:
            chosen[actor] = next(iter(kb_ids))
            continue
        titles = _words(r.title for r in conn.execute(select(ro.c.title).where(ro.c.actor == actor)))
        fitting = []
        for row in conn.execute(select(ke.c.kb_id, ke.c.data).where(ke.c.kb_id.in_(sorted(kb_ids)))):
            positions = kb_positions(json.loads(row.data))
            if titles & _words(positions):
                fitting.append(row.kb_id)
        if len(fitting) == 1:
            chosen[actor] = fitting[0]
    if chosen:
        conn.execute(update(a).where(a.c.id == bindparam("b_id")).values(kb_id=bindparam("b_kb")),
                     [{"b_id": i, "b_kb": k} for i, k in sorted(chosen.items())])
    return len(chosen)


def kb_positions(data: dict[str, Any]) -> list[str]:
    """The position titles of a stored knowledge-base line."""
    from sidelines.resolve.actors import parse_kb_line

    try:
        return parse_kb_line(data).positions
    except ValueError:
        return []


def store_kb(conn: Connection, backend: Backend, entries: list[KbEntry]) -> int:
    """Insert or replace knowledge-base entries and their names."""
    ke, kn = schema.kb_entries, schema.kb_names
    if not entries:
        return 0
    ins = backend.insert(ke)
    conn.execute(ins.on_conflict_do_update(index_elements=["kb_id"], set_={"label": ins.excluded.label,
                                                                           "data": ins.excluded.data}),
                 [{"kb_id": e.kb_id, "label": e.label, "data": json.dumps(e.data, ensure_ascii=False)}
                  for e in entries])
    rows = sorted({(e.kb_id, normalise_name(n)) for e in entries for n in e.names if normalise_name(n)})
    conn.execute(backend.insert(kn).on_conflict_do_nothing(index_elements=["kb_id", "norm"]),
                 [{"kb_id": k, "norm": n} for k, n in rows])
    return len(entries)
