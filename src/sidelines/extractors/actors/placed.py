"""One country per name in an article: a place entity takes the country its places resolved to.

The places extractor resolves each toponym with the whole article ("Salinas, Mexico", the
dateline, the other places); where a place entity's country (from its most prominent namesake)
differs or is missing, the resolved places win, so that a map and an actor table drawn from one record never
disagree.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sidelines.extractors.explain import decide
from sidelines.extractors.places.agree import PLACE_ENTITY_TYPES

if TYPE_CHECKING:
    from sidelines.model.document import Document


def align_place_countries(doc: "Document") -> None:
    """Set each place entity's country to the one its name mentions resolved to (the commonest); a place
    entity with none ("shells struck the Croatian hamlet of Bribir": a hamlet the entity stage knows no country for)
    takes it too."""
    resolved = {(p.start, p.end): p.country for p in doc.layer("places") if p.country and p.kind != "demonym"}
    for e in doc.layer("entities"):
        if e.type not in PLACE_ENTITY_TYPES:
            continue
        votes = Counter(c for m in e.mentions if (c := _covering(resolved, m.start, m.end)))
        if votes and e.country not in votes:
            e.country = votes.most_common(1)[0][0]
            decide(e, "country", "actors", "where the article's places of that name resolve")


def _covering(resolved: dict[tuple[int, int], str], start: int, end: int) -> str | None:
    """The country of the place over a mention: the same span, else one that holds it ("Vienna township")."""
    if (start, end) in resolved:
        return resolved[(start, end)]
    return next((c for (s, e), c in resolved.items() if s <= start and end <= e), None)
