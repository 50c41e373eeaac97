"""The person a title serves, and the country an aide takes from them.

"Brekke's spokeswoman, X", "X, a senior adviser to President Y", "X, chief of staff to Y": a title that
works for someone (an aide, adviser, spokesperson, deputy, chief of staff) and names whom it serves by a
possessive or "to"/"for". A person with such a title and no country of their own serves the state of
the person served, when that person holds a title of their own (an office holder's aide; a private
person's spokesman, "a spokesman for Grant", may be from anywhere). Titles that name a peer or a
private service (a counterpart, a lawyer, a relative) say nothing of the holder's state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.title_words import title_variants
from sidelines.extractors.explain import decide

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.entities.clusters import Cluster
    from sidelines.extractors.entities.names import NameMention
    from sidelines.model.record import Entity

# Last words of titles held in someone's service, whose holder serves that person's state.
SERVING_HEADS = frozenset({
    "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "deputy", "assistant",
    "envoy", "emissary", "counselor", "counsellor", "strategist", "bodyguard", "interpreter", "staff",
})
# Prepositions after a title head that name the person it serves ("adviser to Y", "spokesman for Y").
SERVED_PREPOSITIONS = frozenset({"to", "for"})


def is_serving(title: str) -> bool:
    """Whether a title is held in someone's service ("senior adviser", "chief of staff")."""
    return any(bool(words := t.lower().split()) and words[-1] in SERVING_HEADS for t in title_variants(title))


def served_after(by_token: "dict[int, NameMention]", head: "Token") -> "NameMention | None":
    """ "adviser to President Y", "spokesman for Y": the person named after the title head."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SERVED_PREPOSITIONS:
            continue
        for obj in prep.children:
            person = by_token.get(obj.i)
            if obj.dep_ == "pobj" and person is not None and person.label == "PERSON":
                return person
    return None


def fill_served_countries(clusters: "list[Cluster]", entities: "list[Entity]") -> None:
    """Give a person without a country, whose serving title names the person served, that person's
    country when the person served holds a title (``entities`` are built from ``clusters``, in order)."""
    owner_at = {m.start: k for k, c in enumerate(clusters) for m in c.names if c.label == "PERSON"}
    for cluster, entity in zip(clusters, entities, strict=True):
        if entity.type != "PERSON" or entity.country is not None:
            continue
        for role in cluster.roles:
            k = owner_at.get(role.served) if role.served is not None and is_serving(role.title) else None
            served = entities[k] if k is not None else None
            if served is not None and served is not entity and served.country and served.roles:
                entity.country = served.country
                decide(entity, "country", "entities", f"the country of the person their title serves ({served.name})")
                break
