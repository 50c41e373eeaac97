"""One country per name in an article: the entities layer takes the country its places resolved to.

The entities layer gives a place entity the country of the most prominent namesake ("Salinas" ->
USA); the places extractor resolves the same name with the whole article ("Salinas, Mexico",
the dateline, the other places) and already weighs the entity's country as a prior. Where the two
still differ, the resolved place wins and the entity takes its country, so that a map and an
actor table drawn from one record never disagree.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from sidelines.extractors.explain import decide

if TYPE_CHECKING:
    from sidelines.extractors.places.recognize import Toponym

PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


def said_countries(entities: list[Any]) -> dict[str, str]:
    """Lower-cased name mention -> the country the entities layer gives its place entity."""
    return {m.text.lower(): e.country for e in entities
            if e.type in PLACE_ENTITY_TYPES and e.country for m in e.mentions if m.kind == "name"}


def align_entities(entities: list[Any], mentions: list[Toponym]) -> None:
    """Set each place entity's country to the one its name mentions resolved to (the commonest)."""
    resolved: dict[tuple[int, int], str] = {}
    for m in mentions:
        country = m.country or (m.chosen.country if m.chosen else None)
        if country and m.kind != "demonym":
            resolved[(m.start, m.end)] = country
    for e in entities:
        if e.type not in PLACE_ENTITY_TYPES or not e.country:
            continue
        votes = Counter(resolved[(m.start, m.end)] for m in e.mentions if (m.start, m.end) in resolved)
        if votes and e.country not in votes:
            e.country = votes.most_common(1)[0][0]
            decide(e, "country", "places", "where the article's mentions of the name resolve")
