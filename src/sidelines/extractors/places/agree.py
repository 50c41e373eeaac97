"""The entities layer's countries as a prior for resolving places.

The entities layer gives a place entity the country of the most prominent namesake ("Salinas" ->
USA); the places extractor resolves the same name with the whole article ("Salinas, Mexico",
the dateline, the other places) and weighs the entity's country as a prior. Where the two still
differ, the ``actors`` extractor gives the entity the resolved place's country
(:mod:`sidelines.extractors.actors.placed`).
"""

from __future__ import annotations

from typing import Any

PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


def said_countries(entities: list[Any]) -> dict[str, str]:
    """Lower-cased name mention -> the country the entities layer gives its place entity."""
    return {m.text.lower(): e.country for e in entities
            if e.type in PLACE_ENTITY_TYPES and e.country for m in e.mentions if m.kind == "name"}
