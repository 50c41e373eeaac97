"""What the article view needs besides the record: the actor each of its entities is filed under."""

from __future__ import annotations

from sqlalchemy import and_, select

from sidelines.query.common import a, actor_root, d, eact
from sidelines.store.base import Store


def document_actors(store: Store, doc_id: str, version: int | None = None) -> dict[str, str]:
    """Entity id -> the name of the actor it is filed under (its full-name actor for a surname), for one document.

    Entities that are no actor (a bare generic side, a thing) are left out, so a page links only
    names that have an actor page.
    """
    ra = a.alias("ra")
    which = d.c.version == version if version is not None else d.c.is_latest
    query = (select(eact.c.entity_id, ra.c.name)
             .select_from(eact.join(d, and_(d.c.id == eact.c.doc, d.c.doc_id == doc_id, which))
                          .join(a, a.c.id == eact.c.actor).join(ra, ra.c.id == actor_root())))
    with store.engine.connect() as conn:
        return {r.entity_id: r.name for r in conn.execute(query)}
