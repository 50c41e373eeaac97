"""Stored actor and pair counts (migration 0008) give the answers a direct recount gives.

The store is small but has what makes counting hard: a surname-only person joined to a
full name, two people of one surname (the join undone), an event with a negative polarity,
an actor met twice in one event, and a document re-ingested as a new version that drops
one actor and brings another.
"""

from __future__ import annotations

from sqlalchemy import and_, distinct, func, select

from sidelines import query
from sidelines.model.record import (
    DateRange,
    Entity,
    Event,
    EventActor,
    Mention,
    Quote,
    Record,
    Span,
)
from sidelines.store import schema

d, a, eact, ea, ev = schema.documents, schema.actors, schema.entity_actors, schema.event_actors, schema.events
m, q = schema.mentions, schema.quotes


def _span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(piece, at + 1)
    return at, at + len(piece)


def make_record(doc_id: str, published: str, text: str, people: dict[str, tuple[str, str, list[str]]],
                events: list[tuple[str, str, list[str], str]], quotes: list[tuple[str, str]]) -> Record:
    """A record from a text: entities (id -> (name, type, surface forms)), events and quotes by entity id."""
    entities = []
    for eid, (name, kind, forms) in people.items():
        mentions = []
        for form in forms:
            s, e = _span(text, form, sum(1 for x in mentions if x.text == form))
            mentions.append(Mention(start=s, end=e, text=form, kind="name"))
        entities.append(Entity(id=eid, name=name, type=kind, mentions=mentions))
    evs = [Event(id=f"ev{i}", type=t, actors=[EventActor(entity=x, role="participant") for x in who],
                 polarity=pol, date=DateRange(start=published, end=published),
                 evidence=[Span(start=0, end=10, text=text[:10])], confidence=0.9)
           for i, (t, pol, who, _) in enumerate(events)]
    qs = []
    for i, (speaker, words) in enumerate(quotes):
        s, e = _span(text, words)
        qs.append(Quote(id=f"q{i}", speaker=speaker, content=Span(start=s, end=e, text=words), direct=True))
    return Record(id=doc_id, title=text[:30], published=published, text=text, entities=entities, events=evs,
                  quotes=qs)


def corpus() -> list[Record]:
    t1 = ("Premier Ilse Marwick met Foreign Minister Tomas Quell in Varnholt on Monday. Marwick said the "
          "border talks would resume. \u201cWe are close to a deal,\u201d Quell told reporters.")
    t2 = ("Quell later spoke with the Ostrian envoy Rana Dullo. Dullo rejected the proposal. "
          "\u201cThe offer is not serious,\u201d said Dullo, while Quell called for calm.")
    t3 = ("Ilse Marwick and Rana Dullo signed a water agreement in Brisk. Tomas Quell attended. "
          "Marwick and Marwick's aides praised it. \u201cA good day for the valley,\u201d Marwick said.")
    t4 = ("Petra Quell, a trade official, met Ilse Marwick in Varnholt. Officials did not meet Dullo. "
          "\u201cTrade will follow,\u201d Petra Quell said.")
    return [
        make_record("doc-1", "2025-03-03", t1,
                    {"e1": ("Ilse Marwick", "PERSON", ["Ilse Marwick", "Marwick"]),
                     "e2": ("Tomas Quell", "PERSON", ["Tomas Quell", "Quell"]),
                     "e3": ("Varnholt", "GPE", ["Varnholt"])},
                    [("CONSULT", "positive", ["e1", "e2"], ""), ("AGREE", "negative", ["e1", "e2"], "")],
                    [("e2", "We are close to a deal")]),
        make_record("doc-2", "2025-03-10", t2,
                    {"e1": ("Quell", "PERSON", ["Quell", "Quell"]),
                     "e2": ("Rana Dullo", "PERSON", ["Rana Dullo", "Dullo", "Dullo"])},
                    [("CONSULT", "positive", ["e1", "e2"], ""), ("REJECT", "positive", ["e2", "e1"], "")],
                    [("e2", "The offer is not serious")]),
        make_record("doc-3", "2025-04-01", t3,
                    {"e1": ("Ilse Marwick", "PERSON", ["Ilse Marwick", "Marwick", "Marwick"]),
                     "e2": ("Rana Dullo", "PERSON", ["Rana Dullo"]),
                     "e3": ("Tomas Quell", "PERSON", ["Tomas Quell"]),
                     "e4": ("Marwick", "PERSON", ["Marwick"], ),
                     "e5": ("Brisk", "GPE", ["Brisk"])},
                    [("AGREE", "positive", ["e1", "e2", "e4"], ""), ("CONSULT", "positive", ["e3", "e1"], "")],
                    [("e1", "A good day for the valley")]),
    ] + [make_record("doc-4", "2025-04-20", t4,
                     {"e1": ("Petra Quell", "PERSON", ["Petra Quell", "Petra Quell"]),
                      "e2": ("Ilse Marwick", "PERSON", ["Ilse Marwick"]),
                      "e3": ("Dullo", "PERSON", ["Dullo"])},
                     [("CONSULT", "positive", ["e1", "e2"], "")],
                     [("e1", "Trade will follow")])]


def new_version_of_doc2() -> Record:
    """doc-2 corrected: the envoy is now Ilse Marwick's deputy, Dullo is gone."""
    t2 = ("Quell later spoke with Ilse Marwick by phone. Marwick rejected the proposal. "
          "\u201cThe offer is not serious,\u201d said Marwick, while Quell called for calm.")
    return make_record("doc-2", "2025-03-11", t2,
                       {"e1": ("Quell", "PERSON", ["Quell", "Quell"]),
                        "e2": ("Ilse Marwick", "PERSON", ["Ilse Marwick", "Marwick", "Marwick"])},
                       [("CONSULT", "positive", ["e1", "e2"], ""), ("THREATEN", "positive", ["e2", "e1"], "")],
                       [("e2", "The offer is not serious")])


def recount_actors(store) -> dict[int, tuple[int, int, int, int, str | None, str | None]]:
    """Per root actor over latest documents, counted straight from the per-document rows."""
    root = func.coalesce(a.c.merged_into, a.c.id).label("root")
    linked = (select(eact.c.doc, eact.c.entity_id, root).join(a, a.c.id == eact.c.actor)
              .join(d, and_(d.c.id == eact.c.doc, d.c.is_latest))).subquery()
    out = {}
    with store.engine.connect() as conn:
        docs = conn.execute(select(linked.c.root, func.count(distinct(linked.c.doc)), func.min(d.c.published_date),
                                   func.max(d.c.published_date)).join(d, d.c.id == linked.c.doc)
                            .group_by(linked.c.root)).all()
        mentions = dict(conn.execute(select(linked.c.root, func.count()).join(
            m, and_(m.c.doc == linked.c.doc, m.c.entity_id == linked.c.entity_id)).group_by(linked.c.root)).all())
        quotes = dict(conn.execute(select(linked.c.root, func.count()).join(
            q, and_(q.c.doc == linked.c.doc, q.c.speaker == linked.c.entity_id)).group_by(linked.c.root)).all())
        per_event = (select(linked.c.root, ea.c.doc, ea.c.event_id).distinct()
                     .join(ea, and_(ea.c.doc == linked.c.doc, ea.c.entity_id == linked.c.entity_id))).subquery()
        events = dict(conn.execute(select(per_event.c.root, func.count()).group_by(per_event.c.root)).all())
    for r, n, first, last in docs:
        out[r] = (n, events.get(r, 0), quotes.get(r, 0), mentions.get(r, 0), first, last)
    return out


def stored_actors(store) -> dict[int, tuple[int, int, int, int, str | None, str | None]]:
    st = schema.actor_stats
    with store.engine.connect() as conn:
        return {r.actor: (r.documents, r.events, r.quotes, r.mentions, r.first_seen, r.last_seen)
                for r in conn.execute(select(st))}


def network_both_ways(store, **kw):
    """The network from the stored pairs, and counted over events (a date range that holds every event)."""
    stored = [dict(r) for r in query.actor_network(store, limit=1000, **kw)]
    counted = [dict(r) for r in query.actor_network(store, limit=1000, since="1900-01-01", **kw)]
    return stored, counted


def check_all(store) -> None:
    assert stored_actors(store) == recount_actors(store)
    for kw in ({}, {"type": "consult"}, {"type": "agree"}, {"min_count": 2}, {"actor": "Marwick"}):
        stored, counted = network_both_ways(store, **kw)
        assert stored == counted, kw
    listed = {r.id: r.documents for r in query.list_actors(store, limit=1000)}
    assert listed == {r: c[0] for r, c in recount_actors(store).items()}


def test_counts_match_a_recount_across_versions_and_rebuild(store):
    store.write(corpus()[:3])
    check_all(store)
    marwick = query.get_actor(store, "Ilse Marwick")
    # doc-3 names her twice (the full name, and a separate "Marwick" joined to her): one document.
    assert marwick["document_count"] == 2
    net = query.actor_network(store, limit=10)
    assert {(r["actor_a"], r["actor_b"]): r["count"] for r in net} == {
        ("Rana Dullo", "Tomas Quell"): 2, ("Ilse Marwick", "Tomas Quell"): 2, ("Ilse Marwick", "Rana Dullo"): 1}
    # A second full-name Quell: the surname-only "Quell" of doc-2 is joined to nobody any more.
    store.write(corpus()[3:])
    check_all(store)
    assert query.get_actor(store, "Tomas Quell")["document_count"] == 2
    # A new version of doc-2 replaces the old one in every count.
    store.write([new_version_of_doc2()])
    check_all(store)
    dullo = {r["name"]: r["documents"] for r in query.list_actors(store, name="Dullo")}
    assert dullo == {"Rana Dullo": 2}   # doc-3, and doc-4 through its joined "Dullo"
    assert query.actor_network(store, type="threaten")[0]["last_date"] == "2025-03-11"
    store.rebuild_actors()
    check_all(store)


def test_most_met_of_one_actor(store):
    store.write(corpus())
    met = query.actor_network(store, actor="Rana Dullo")
    assert met and all("Rana Dullo" in (r["actor_a"], r["actor_b"]) for r in met)
    assert query.actor_network(store, actor="Nobody Here") == []


def test_migration_backfills_the_counts_of_an_existing_store(store):
    from sidelines.store import open_store

    store.write(corpus())
    with store.engine.begin() as conn:   # the store as it was before migration 0008
        conn.execute(schema.actor_pairs.delete())
        conn.execute(schema.actor_stats.delete())
        # Later migrations are forgotten too, so that they run again in order after 0006.
        conn.execute(schema.migrations.delete().where(schema.migrations.c.name >= "0008_actor_counts"))
    assert query.list_actors(store) == []
    reopened = open_store(store.url)
    try:
        assert stored_actors(reopened)
        check_all(reopened)
    finally:
        reopened.close()
