"""Name clusters: mentions of one name grouped (same name, surname of a full name, a given name alone before
or after the full name, a name with a suffix such as "Jr.", an acronym with or without dots before or after
the full name, country).

The first step of in-document coreference (:mod:`.coref`): each ``Cluster`` is one entity's
names, to which nominals and pronouns are added later.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.roles import RoleFinding
from sidelines.extractors.entities.teams import TEAM_SOURCES
from sidelines.lexicon import countries
from sidelines.lexicon.pronouns import GIVEN_NAMES


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
        names = self.names
        if names and all(m.label == names[0].label for m in names):
            return names[0].label  # the usual case, asked often: no count needed
        counts = Counter(m.label for m in names)
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
    if m.country and m.label == "NORP" and not countries.is_regional_demonym(surface):
        return ("norp", m.country)  # "Tibetans" and "Chinese" are two peoples of one state
    key = ("text", " ".join(surface.replace("’", "'").lower().split()))
    # on a page with teams one name with two labels is two things ("Dundee" the team, "in Dundee" the city)
    return (*key, m.label) if by_label else key


# Words after a full name that do not change who it is: "Jr.", "III", letters of an honour ("FRS", "KBE").
POSTNOMINAL = re.compile(r"^(?:Jr|Sr)\.?$|^[IVX]{2,4}$|^[A-Z]{2,4}$")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronym(word: str) -> str | None:
    """ "UN" for "UN" or "U.N.": an all-capital word of two letters or more, dots left out."""
    bare = word.replace(".", "")
    return bare if len(bare) >= 2 and bare.isalpha() and bare.isupper() else None


def _bare(words: list[str]) -> list[str]:
    """A person's name without the suffixes after it ("Robert Hale Jr." -> "Robert Hale")."""
    end = len(words)
    while end > 2 and POSTNOMINAL.match(words[end - 1]):
        end -= 1
    return words[:end]


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
        kin = m.label == "PERSON" and len(words) == 1 and _kin_of_possessor(text, m) and not any(
            len(pw) > 1 and pw[0] == words[0] and pw[-1] in text[max(0, m.start - 60) : m.start] for pw, _ in persons)
        if cluster is not None and kin and any(len(cluster_words(x)) > 1 for x in cluster.names):
            cluster = None  # "her husband, Bill" is no earlier "Bill Y" ("Mary Y and her husband, Bill" is)
        if cluster is None and m.alias_of is not None:
            cluster = of_mention.get(id(m.alias_of))
        if cluster is None and m.label == "PERSON":
            cluster = _person_match(words, persons, text, kin)
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


# "his wife, Anna,": a relation or a title, a comma, then the given name alone.
RELATION_BEFORE = re.compile(r"\b(?P<word>[a-z-]+),\s*$")


def _introduced_by_relation(text: str, m: NameMention) -> bool:
    """Whether a name follows a relation or a title and a comma ("his wife, Anna")."""
    from sidelines.lexicon.titles import RELATIONS, TITLE_HEADS

    found = RELATION_BEFORE.search(text[max(0, m.start - 30) : m.start])
    return found is not None and (found.group("word") in RELATIONS or found.group("word") in TITLE_HEADS)


# "her husband, Bill": a kin noun after a possessive pronoun, a comma, then the given name alone.
KIN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?P<word>[a-z-]+),\s*$")


def _kin_of_possessor(text: str, m: NameMention) -> bool:
    """ "her husband, Bill": whether a name follows a possessive kin noun and a comma (a relative of whoever
    "her" is, called by the given name because the surname is theirs)."""
    from sidelines.lexicon.titles import KINSHIP

    found = KIN_BEFORE.search(text[max(0, m.start - 30) : m.start])
    return found is not None and found.group("word") in KINSHIP


def _person_match(words: list[str], persons: list[tuple[list[str], Cluster]],
                  text: str | None = None, kin: bool = False) -> Cluster | None:
    """The most recent person whose fullest name ends with these words (or who so far had only a shorter form)."""
    words = _bare(words)
    seen: set[int] = set()
    for _, cluster in reversed(persons):
        if id(cluster) in seen:
            continue
        seen.add(id(cluster))
        full = max((_bare(cluster_words(m)) for m in cluster.names), key=len)
        if len(words) <= len(full):
            if full[len(full) - len(words) :] == words and (len(words) > 1 or words[0][:1].isupper()):
                return cluster
        elif words[len(words) - len(full) :] == full:
            return cluster
    # A lone given name ("Daniel" after "Daniel Bernoulli", "Hu" after "Hu Shih") names the one person it starts.
    if len(words) == 1 and words[0][:1].isupper() and not kin:  # "her husband, Bill" is no earlier Bill Y
        owners = {id(c): c for full, c in persons if len(full) > 1 and full[0] == words[0]}
        if len(owners) == 1:
            return next(iter(owners.values()))
    # "his wife, Sandra, ..." and later "Sandra Ricker": a common given name named alone first, after a
    # relation or a title, is the one person whose full name it starts (when no other full name starts with it).
    if len(words) > 1 and words[0].lower() in GIVEN_NAMES and text is not None:
        alone = {id(c): c for full, c in persons
                 if all(len(cluster_words(m)) == 1 for m in c.names) and full == words[:1]
                 and any(_introduced_by_relation(text, m) for m in c.names)}
        others = [c for full, c in persons if len(full) > 1 and full[0] == words[0]]
        if len(alone) == 1 and not others:
            return next(iter(alone.values()))
    return None


def cluster_words(m: NameMention) -> list[str]:
    """The words of a name mention (set by :func:`group_names`)."""
    return m.words


def _org_match(words: list[str], orgs: list[tuple[list[str], Cluster]]) -> Cluster | None:
    """An organisation named by its acronym ("UN", "U.N."; before or after its full name) or by the end
    of its longer name ("the State Department")."""
    acronym = _acronym(words[0]) if len(words) == 1 else None
    if acronym is not None:
        for known, cluster in reversed(orgs):
            if len(known) > 1 and _initials(known) == acronym:
                return cluster
    if len(words) >= 2:
        initials = _initials(words)
        for known, cluster in reversed(orgs):
            if len(known) > len(words) and known[-len(words) :] == words:
                return cluster
            if len(known) == 1 and len(initials) >= 2 and _acronym(known[0]) == initials:
                return cluster
    return None
