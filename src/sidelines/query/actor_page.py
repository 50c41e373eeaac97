"""An actor's whole page in one call: one connection, the name resolved once, the actors met from stored counts."""

from __future__ import annotations

from sidelines.query.actors import get_actor, resolve_name
from sidelines.query.common import one_connection
from sidelines.query.events import search_events
from sidelines.query.places import place_summary
from sidelines.query.quotes import search_quotes
from sidelines.query.rows import ActorPage
from sidelines.query.timeline import event_timeline, most_met
from sidelines.store.base import Store


def actor_page(store: Store, name: str, *, limit: int = 50, met: int = 10, places: int = 20) -> ActorPage:
    """One actor (by name or alias) with its newest events and quotes (``limit`` each), its events per day,
    the ``met`` actors it shares most events with, and the ``places`` points of its documents and events.

    Raises ``StoreError`` E406 when no actor has that name.
    """
    with one_connection(store) as one:
        resolved = resolve_name(one, name)
        return ActorPage(
            actor=get_actor(one, resolved), events=search_events(one, actor=resolved, limit=limit),
            timeline=event_timeline(one, actor=resolved), quotes=search_quotes(one, speaker=resolved, limit=limit),
            met=most_met(one, resolved, limit=met), places=place_summary(one, actor=resolved, limit=places))
