"""An actor's page in one call, the actors met read from the stored pair counts, and a story's credits.

The counts store is the one of ``test_store_counts`` (a surname-only person joined to a full
name, two people of one surname); the stories are those of ``test_stories_store``.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from sidelines import query
from sidelines.app.stories import update_stories
from sidelines.query.actors import ResolvedName, actor_ids
from test_store_counts import corpus
from test_stories_store import other, reprint, summit_a, summit_b


def met(store, name, **kw):
    return [(r.name, r.count, r.last_date) for r in query.most_met(store, name, **kw)]


def test_most_met_from_the_stored_pairs(store):
    store.write(corpus())
    # Quell twice (doc-1, doc-3), then the latest first; the same as counting over the events.
    expected = [("Tomas Quell", 2, "2025-04-01"), ("Petra Quell", 1, "2025-04-20"), ("Rana Dullo", 1, "2025-04-01")]
    assert met(store, "Ilse Marwick") == expected
    assert met(store, "Ilse Marwick", since="1900-01-01") == expected
    assert met(store, "Ilse Marwick", limit=1) == expected[:1]
    # doc-3's surname-only "Marwick" is joined to Ilse Marwick: it counts under her, not apart.
    assert met(store, "Rana Dullo") == [("Quell", 2, "2025-03-10"), ("Ilse Marwick", 1, "2025-04-01")]


def test_actor_page_is_the_queries_it_gathers(store):
    store.write(corpus())
    page = query.actor_page(store, "Marwick", limit=2, met=2, places=5)
    assert page.actor.as_dict() == query.get_actor(store, "Marwick").as_dict()
    assert [e.as_dict() for e in page.events] == [e.as_dict() for e in query.search_events(store, actor="Marwick",
                                                                                           limit=2)]
    assert [q.as_dict() for q in page.quotes] == [q.as_dict() for q in query.search_quotes(store, speaker="Marwick",
                                                                                           limit=2)]
    assert page.timeline == query.event_timeline(store, actor="Marwick")
    assert [m.name for m in page.met] == ["Tomas Quell", "Petra Quell"]
    assert len(page.events) == 2 and page.timeline


def test_resolved_name_skips_the_look_up(store):
    store.write(corpus())
    ids = actor_ids(store, "Ilse Marwick")
    assert len(ids) == 2                                   # the full name and the joined "Marwick"
    resolved = query.resolve_name(store, "Ilse Marwick")
    assert resolved == "Ilse Marwick" and resolved.ids == tuple(ids)
    assert actor_ids(None, ResolvedName("Anyone", [7, 9])) == [7, 9]   # no store asked


def test_story_articles_carry_their_credits(store):
    wired = summit_b().model_copy(update={"attributed_to": ["Andes Wire"]})
    store.write([summit_a(), wired, reprint(), other()])
    update_stories(store)
    story = query.list_stories(store)[0]
    found = query.get_story(store, story["id"])
    assert [(a.id, a.attributed_to) for a in found.articles] == [
        ("summit-a", []), ("summit-b", ["Andes Wire"]), ("summit-reprint", [])]
    from sidelines.web.app import create_app

    html = TestClient(create_app(store.url)).get(f"/stories/{story['id']}").text
    wire = html.split('id="wire"')[1]
    assert "credits Andes Wire" in wire and "reprints" in wire
