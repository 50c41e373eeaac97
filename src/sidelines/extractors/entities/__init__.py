"""Entities: the actors of a document with all their mentions, roles and countries.

The adapter of the ``entities`` extractor; the work is split by job:

* :mod:`.mentions` reads spaCy's entities and corrects them (:mod:`.corrections` fixes labels
  and spans, :mod:`.recall` adds the names spaCy missed; :mod:`.names` holds ``NameMention``);
* :mod:`.roles` reads titles and affiliations (:mod:`.joined_titles`: "actor and comedian X",
  "(Texas Sen.) X");
* :mod:`.coref` groups names and attaches nominals and pronouns (:mod:`.descriptions`: "the head
  coach" after the one person just named);
* :mod:`.person_country` fills the countries of people no title stated, from weaker but safe evidence;
* :mod:`.things` marks awards, hashtags, works and products; an entity named only so, that no nominal or pronoun
  refers to, is dropped after coreference.

This module runs them in order and writes the ``entities`` layer. Countries of group actors and
office holders that only the rest of the document tells are the ``actors`` extractor's job.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sidelines.extractors.base import BaseExtractor, ExtractorConfig
from sidelines.extractors.entities.cluster_countries import cluster_country_reason
from sidelines.extractors.entities.clusters import Cluster, group_names
from sidelines.extractors.entities.coref import Resolver
from sidelines.extractors.entities.descriptions import describe_people
from sidelines.extractors.entities.joined_titles import add_joined_titles
from sidelines.extractors.entities.mentions import ENTITY_LABELS, find_name_mentions
from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.person_country import fill_person_countries, place_country
from sidelines.extractors.entities.predicates import (
    attach_head_nominals,
    attach_predicates,
    attach_self_references,
)
from sidelines.extractors.entities.pronoun_context import person_gender
from sidelines.extractors.entities.represent_verbs import add_represented_seats
from sidelines.extractors.entities.role_lists import (
    add_clause_titles,
    add_elided_titles,
    add_pronoun_titles,
    add_shared_titles,
)
from sidelines.extractors.entities.role_verbs import add_verb_titles
from sidelines.extractors.entities.roles import RoleFinding, RoleReader, read_roles
from sidelines.extractors.entities.seat_verbs import add_seat_titles
from sidelines.extractors.entities.served import fill_served_countries
from sidelines.extractors.entities.things import drop_things
from sidelines.extractors.explain import explain
from sidelines.model.record import Entity, Mention, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document

__all__ = ["ENTITY_LABELS", "EntitiesConfig", "EntityExtractor", "build_entities"]


class EntitiesConfig(ExtractorConfig):
    """Settings of the entities extractor ([extractors.entities]); none yet.

    Its windows and thresholds (coref's look-back windows, the document-country shares of
    person_country.py, the headline-in-capitals ratio of names.py) are still module constants.
    """


def _fix_counterparts(roles: dict[int, list[RoleFinding]], mentions: list[NameMention]) -> None:
    """"his Nigerian counterpart X": X holds the same office as the person whose counterpart he is."""
    titled = [(m.start, n) for n, m in enumerate(mentions) if n in roles and not any(r.counterpart for r in roles[n])]
    for n, found in roles.items():
        for role in found:
            if not role.counterpart:
                continue
            earlier = [k for start, k in titled if start < mentions[n].start]
            if earlier:
                source = roles[earlier[-1]][0]
                role.title = source.title


def build_entities(text: str, parsed: "Doc", mentions: list[NameMention]) -> list[Entity]:
    """Group corrected name mentions into entities with roles, countries, nominals and pronouns."""
    reader = RoleReader(parsed, text, mentions)
    roles = read_roles(reader)
    add_joined_titles(reader, mentions, roles)  # the same reader: it sees and keeps the organisations found
    new_orgs = reader.new_mentions
    add_shared_titles(parsed, text, mentions, roles)
    add_clause_titles(parsed, text, mentions, roles)
    add_elided_titles(parsed, text, mentions, roles)
    add_verb_titles(parsed, text, mentions, roles)
    add_seat_titles(parsed, text, mentions, roles)
    add_represented_seats(parsed, text, mentions, roles)
    _fix_counterparts(roles, mentions)
    role_of = {id(mentions[n]): found for n, found in roles.items()}
    if new_orgs:
        mentions = sorted(mentions + new_orgs, key=lambda m: (m.start, -m.end))
    clusters = group_names(text, mentions)
    for cluster in clusters:
        for m in cluster.names:
            cluster.roles.extend(role_of.get(id(m), []))
        if cluster.label == "PERSON":
            cluster.gender = person_gender(cluster, parsed)
    role_spans = [(r.start, r.end) for found in roles.values() for r in found]
    resolver = Resolver(parsed, text, clusters, mentions, role_spans)
    resolver.resolve_nominals()
    describe_people(parsed, text, clusters, resolver)
    resolver.resolve_plural_nominals()
    resolver.resolve_pronouns()
    add_pronoun_titles(parsed, text, mentions, clusters)
    resolver.resolve_kinds()
    attach_predicates(parsed, clusters, set(resolver.by_token))
    attach_self_references(parsed, clusters)
    attach_head_nominals(parsed, clusters, set(resolver.by_token))
    clusters = drop_things(clusters)
    clusters.sort(key=lambda c: c.start)
    entities = [_entity(f"e{i}", cluster, text) for i, cluster in enumerate(clusters, start=1)]
    fill_person_countries(entities)
    fill_served_countries(clusters, entities)
    return entities


def _entity(entity_id: str, cluster: Cluster, text: str) -> Entity:
    mentions = [Mention.of(text, m.start, m.end) for m in cluster.names]
    mentions += [Mention(start=s, end=e, text=text[s:e], kind=kind) for s, e, kind in cluster.others]
    mentions.sort(key=lambda m: (m.start, m.end))
    names = [text[m.start:m.end] for m in cluster.names]
    # the fullest name, preferring how the body writes it over a headline in capitals
    name = max(names, key=lambda n: (not n.isupper(), len(n.split()), len(n)))
    roles: list[Role] = []
    seen: set[tuple[str, str | None]] = set()
    for r in cluster.roles:
        key = (r.title.lower(), r.affiliation)
        if key not in seen:
            seen.add(key)
            roles.append(Role(title=r.title, affiliation=r.affiliation))
    aliases = sorted({n for n in names if n != name})
    country, how = cluster_country_reason(cluster)
    if country is None and cluster.label == "GPE":
        country, how = place_country(name), "the country the place lies in"
    kinds = Counter(kind for _, _, kind in cluster.others)
    # The rule: where the names came from (spaCy's NER, or the correction and recall passes).
    rule = "+".join(sorted({m.source for m in cluster.names}))
    why = explain("entities", rule, {"names": float(len(cluster.names)), "nominals": float(kinds["nominal"]),
                                     "pronouns": float(kinds["pronoun"])})
    if country is not None:
        why.decisions["country"] = f"entities: {how}"
    return Entity(
        id=entity_id, name=name, type=cluster.label, mentions=mentions,
        roles=roles, country=country, aliases=aliases, explanation=why,
    )


class EntityExtractor(BaseExtractor):
    """Named mentions (spaCy NER, corrected), grouped into entities with roles, countries and coreference."""

    name = "entities"
    version = "v7"
    requires = ()
    produces = ("entities",)
    Config = EntitiesConfig

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        mentions = find_name_mentions(doc, parsed)
        doc.layers["entities"] = build_entities(doc.text, parsed, mentions)
