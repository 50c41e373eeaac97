"""Merge the same actor seen in many documents into one cross-document actor.

The rules, in one place, so that the store and any batch job apply the same ones:

- Two entities are the same actor when their *normalised* names and their types
  agree (``actor_key``): case, accents, a possessive "'s", punctuation and a
  leading honorific or "the" do not matter.
- A person named by a surname alone ("Smith") joins the one full-name person
  with that surname; when there are none or several it stays an actor of its
  own (``resolve_surnames``).
- Everything kept about an actor is a commutative aggregate (counts, sets,
  first/last dates), so merging observations A then B gives the same actors as
  B then A.

``read_kb`` reads knowledge-base entries (Wikidata-style JSON lines); the store attaches
their ids to actors (``sidelines.app.kb.import_kb``). This module never touches a store.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sidelines.errors import StoreError
from sidelines.model.record import Record, singles_out

log = logging.getLogger(__name__)

#: Entity types that can be actors of political news.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
#: Words dropped at the start of a name before comparing names.
LEADING_WORDS = frozenset({"the", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme", "m", "herr", "frau"})
#: Name suffixes that are not surnames.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
POSSESSIVE = re.compile(r"['\u2019]s?$")
NON_WORD = re.compile(r"[^\w]+")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The comparison form of a name: no accents, case, possessive, punctuation or honorific."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()
    text = POSSESSIVE.sub("", text)
    words = [w for w in NON_WORD.sub(" ", text).split() if w]
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words.pop(0)
    return " ".join(words)


def display_name(name: str) -> str:
    """A name as shown for an actor: without invisible format characters (zero-width joiners and
    spaces, bidi marks and overrides), which would make one actor look like another or reorder a line."""
    if all(unicodedata.category(ch) != "Cf" for ch in name):
        return name
    return " ".join("".join(ch for ch in name if unicodedata.category(ch) != "Cf").split())


def normalise_actor_name(name: str, type_: str) -> str:
    """The comparison form of an actor's name; for a person, middle initials are dropped too."""
    norm = normalise_name(name)
    if type_ == "PERSON":
        words = norm.split()
        if len(words) > 2:
            words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
            norm = " ".join(words)
    return norm


def actor_key(name: str, type_: str) -> str:
    """The identity of an actor: type and normalised name ("PERSON:jane doe")."""
    return f"{type_}:{normalise_actor_name(name, type_)}"


def surname_of(norm: str) -> str | None:
    """The last name-bearing word of a normalised person name."""
    words = [w for w in norm.split() if w not in NAME_SUFFIXES] or norm.split()
    return words[-1] if words else None


def date_of(value: str | None) -> str | None:
    """The YYYY-MM-DD date at the start of an ISO date or datetime, else None."""
    if value and ISO_DATE.match(value):
        return value[:10]
    return None


@dataclass(frozen=True)
class MentionRef:
    """Where an actor is seen: a document reference, the entity id and one mention span."""

    doc: Hashable
    entity_id: str
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass
class Observation:
    """One entity of one document, as the actor resolution sees it."""

    ref: MentionRef
    name: str
    type: str
    key: str
    norm: str
    surname: str | None
    surname_only: bool
    country: str | None
    date: str | None
    aliases: list[str]
    roles: list[tuple[str, str]]   # (title, affiliation or "")


def observations_from_record(record: Record, doc: Hashable) -> list[Observation]:
    """The actor observations of one record: one per entity of an actor type."""
    date = date_of(record.published) or date_of(record.updated)
    out: list[Observation] = []
    for ent in record.entities:
        if ent.type not in ACTOR_TYPES or not singles_out(ent):
            continue
        norm = normalise_actor_name(ent.name, ent.type)
        if not norm:
            continue
        names = [m for m in ent.mentions if m.kind == "name"]
        first = names[0] if names else (ent.mentions[0] if ent.mentions else None)
        ref = MentionRef(doc, ent.id, first.start if first else None, first.end if first else None,
                         first.text if first else None)
        surname = surname_of(norm) if ent.type == "PERSON" else None
        aliases = sorted({display_name(" ".join(a.split())) for a in (ent.name, *(m.text for m in names), *ent.aliases)}
                         - {""})
        out.append(Observation(
            ref=ref, name=display_name(ent.name), type=ent.type, key=f"{ent.type}:{norm}", norm=norm, surname=surname,
            surname_only=ent.type == "PERSON" and " " not in norm, country=ent.country, date=date,
            aliases=aliases, roles=sorted({(r.title, r.affiliation or "") for r in ent.roles if r.title}),
        ))
    return out


@dataclass
class RoleHistory:
    """A title an actor held as seen in the news: when first and last, and where it is said."""

    first_seen: str | None = None
    last_seen: str | None = None
    n: int = 0
    support: set[MentionRef] = field(default_factory=set)

    def add(self, date: str | None, ref: MentionRef, n: int = 1) -> None:
        """Count one more sighting."""
        if date:
            self.first_seen = min(filter(None, (self.first_seen, date)))
            self.last_seen = max(filter(None, (self.last_seen, date)))
        self.n += n
        self.support.add(ref)


@dataclass
class ActorSummary:
    """Everything known about one actor, as commutative aggregates."""

    key: str
    type: str
    norm: str
    surname: str | None
    surname_only: bool
    names: Counter[str] = field(default_factory=Counter)      # entity names, per document
    aliases: Counter[str] = field(default_factory=Counter)    # surface forms seen
    countries: Counter[str] = field(default_factory=Counter)
    roles: dict[tuple[str, str], RoleHistory] = field(default_factory=dict)
    refs: set[MentionRef] = field(default_factory=set)
    merged_into: str | None = None

    @property
    def name(self) -> str:
        """The display name: the name most documents use, then the longest, then alphabetical."""
        if not self.names:
            return self.norm
        return min(self.names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]

    @property
    def country(self) -> str | None:
        """The country most documents give, ties broken alphabetically."""
        return choose_country(self.countries)

    def add(self, obs: Observation) -> None:
        """Fold one observation in."""
        self.names[" ".join(obs.name.split())] += 1
        for alias in obs.aliases:
            self.aliases[alias] += 1
        if obs.country:
            self.countries[obs.country] += 1
        for title_aff in obs.roles:
            self.roles.setdefault(title_aff, RoleHistory()).add(obs.date, obs.ref)
        self.refs.add(obs.ref)


def choose_country(counts: Counter[str] | dict[str, int]) -> str | None:
    """The most frequent country code, ties broken alphabetically."""
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def choose_name(counts: dict[str, int], fallback: str) -> str:
    """The name most documents use, then the longest, then alphabetical."""
    counts = {k: v for k, v in counts.items() if v > 0}
    if not counts:
        return fallback
    return min(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def summarise(observations: Iterable[Observation]) -> dict[str, ActorSummary]:
    """Group observations by actor key (no surname joining)."""
    actors: dict[str, ActorSummary] = {}
    for obs in observations:
        summary = actors.get(obs.key)
        if summary is None:
            summary = actors[obs.key] = ActorSummary(obs.key, obs.type, obs.norm, obs.surname, obs.surname_only)
        summary.add(obs)
    return actors


def resolve_surnames(actors: dict[str, ActorSummary]) -> None:
    """Point each surname-only person at the one full-name person with that surname, if unambiguous."""
    full: dict[str, list[str]] = {}
    for key, summary in actors.items():
        if summary.type == "PERSON" and not summary.surname_only and summary.surname:
            full.setdefault(summary.surname, []).append(key)
    for summary in actors.values():
        if summary.surname_only:
            candidates = full.get(summary.surname or "", [])
            summary.merged_into = candidates[0] if len(candidates) == 1 else None


def merge_actors(observations: Iterable[Observation]) -> dict[str, ActorSummary]:
    """All actors of a set of observations, surname-only persons joined where unambiguous."""
    actors = summarise(observations)
    resolve_surnames(actors)
    return actors


# --- knowledge base --------------------------------------------------------------

def _texts(value: Any, languages: tuple[str, ...] = ("en", "mul")) -> list[str]:
    """Strings from a Wikidata-style value: "x", ["x"], {"en": "x"}, {"en": {"value": "x"}}, {"en": [...]}."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item, languages)]
    if isinstance(value, dict):
        if "value" in value and isinstance(value["value"], str):
            return [value["value"]]
        picked = [value[lang] for lang in languages if lang in value] or list(value.values())
        return [t for item in picked for t in _texts(item, languages)]
    return []


@dataclass
class KbEntry:
    """One knowledge-base item: id, labels, aliases, positions held (titles)."""

    kb_id: str
    label: str
    names: list[str]
    positions: list[str]
    data: dict[str, Any]


def parse_kb_line(data: dict[str, Any]) -> KbEntry:
    """Read one Wikidata-style JSON object."""
    kb_id = str(data.get("id") or "")
    labels = _texts(data.get("labels", data.get("label")))
    aliases = _texts(data.get("aliases"))
    if not kb_id or not labels:
        raise ValueError("needs an 'id' and at least one label")
    raw_positions = data.get("positions_held", data.get("positions held", data.get("P39", [])))
    positions: list[str] = []
    for pos in raw_positions or []:
        if isinstance(pos, dict):
            positions += _texts(pos.get("title", pos.get("label", pos.get("position"))))
        else:
            positions += _texts(pos)
    return KbEntry(kb_id, labels[0], sorted(set(labels + aliases)), positions, data)


def read_kb(path: str | Path) -> list[KbEntry]:
    """All entries of a JSON-lines knowledge-base file (bad lines are logged and skipped)."""
    entries: list[KbEntry] = []
    bad = 0
    try:
        lines = Path(path).read_text("utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read knowledge base {path}: {exc}", code="E441") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entries.append(parse_kb_line(json.loads(line)))
        except (ValueError, AttributeError) as exc:
            log.warning("%s:%d: skipped: %s", path, n, exc)
            bad += 1
    if bad and not entries:
        raise StoreError(f"knowledge base {path}: none of its {bad} lines is a valid entry", code="E441")
    return entries

