"""Name clusters: mentions of one name grouped (same name, surname of a full name, acronym, country).

The first step of in-document coreference (:mod:`.coref`): each ``Cluster`` is one entity's
names, to which nominals and pronouns are added later.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.roles import RoleFinding
from sidelines.extractors.entities.teams import TEAM_SOURCES
from sidelines.lexicon import countries


@dataclass
class Cluster:
    """One entity being built: its name mentions, other mentions, roles and what is known of it."""

    names: list[NameMention] = field(default_factory=list)
    others: list[tuple[int, int, str]] = field(default_factory=list)
    roles: list[RoleFinding] = field(default_factory=list)
    gender: str | None = None
    country: str | None = None

    @property
    def label(self) -> str:
        """The majority label of the name mentions (people win ties)."""
        counts = Counter(m.label for m in self.names)
        return max(counts, key=lambda lab: (counts[lab], lab == "PERSON"))

    @property
    def start(self) -> int:
        """Where the entity is first mentioned."""
        starts = [m.start for m in self.names] + [s for s, _, _ in self.others]
        return min(starts)


def _key(m: NameMention, text: str, by_label: bool) -> tuple[str, ...]:
    surface = text[m.start : m.end]
    if m.country and m.label == "GPE" and countries.country_by_name(surface) is not None:
        return ("country", m.country)
    if m.country and m.label == "NORP":
        return ("norp", m.country)
    key = ("text", " ".join(surface.replace("’", "'").lower().split()))
    # on a page with teams one name with two labels is two things ("Dundee" the team, "in Dundee" the city)
    return (*key, m.label) if by_label else key


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def group_names(text: str, mentions: list[NameMention]) -> list[Cluster]:
    """Group name mentions into clusters, in text order."""
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, ...], Cluster] = {}
    of_mention: dict[int, Cluster] = {}
    persons: list[tuple[list[str], Cluster]] = []
    orgs: list[tuple[list[str], Cluster]] = []
    by_label = any(m.source in TEAM_SOURCES for m in mentions)
    for m in mentions:
        key = _key(m, text, by_label)
        words = text[m.start : m.end].split()
        m.words = words
        cluster = by_key.get(key)
        if cluster is None and m.alias_of is not None:
            cluster = of_mention.get(id(m.alias_of))
        if cluster is None and m.label == "PERSON":
            cluster = _person_match(words, persons)
        if cluster is None and m.label in {"ORG", "EVENT", "FAC"}:
            cluster = _org_match(words, orgs)
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        cluster.names.append(m)
        by_key.setdefault(key, cluster)
        of_mention[id(m)] = cluster
        if m.label == "PERSON":
            persons.append((words, cluster))
        elif m.label in {"ORG", "EVENT", "FAC"}:
            orgs.append((words, cluster))
    return clusters


def _person_match(words: list[str], persons: list[tuple[list[str], Cluster]]) -> Cluster | None:
    """The most recent person whose fullest name ends with these words (or who so far had only a shorter form)."""
    seen: set[int] = set()
    for _, cluster in reversed(persons):
        if id(cluster) in seen:
            continue
        seen.add(id(cluster))
        full = max((cluster_words(m) for m in cluster.names), key=len)
        if len(words) <= len(full):
            if full[len(full) - len(words) :] == words and (len(words) > 1 or words[0][:1].isupper()):
                return cluster
        elif words[len(words) - len(full) :] == full:
            return cluster
    # A lone given name ("Daniel" after "Daniel Bernoulli", "Hu" after "Hu Shih") names the one person it starts.
    if len(words) == 1 and words[0][:1].isupper():
        owners = {id(c): c for full, c in persons if len(full) > 1 and full[0] == words[0]}
        if len(owners) == 1:
            return next(iter(owners.values()))
    return None


def cluster_words(m: NameMention) -> list[str]:
    """The words of a name mention (set by :func:`group_names`)."""
    return m.words


def _org_match(words: list[str], orgs: list[tuple[list[str], Cluster]]) -> Cluster | None:
    """An organisation named by its acronym or by the end of its longer name ("the State Department")."""
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        for known, cluster in reversed(orgs):
            if len(known) > 1 and _initials(known) == words[0]:
                return cluster
    if len(words) >= 2:
        for known, cluster in reversed(orgs):
            if len(known) > len(words) and known[-len(words) :] == words:
                return cluster
    return None
