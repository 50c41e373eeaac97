"""Whole articles: the contract's rules for when a predicted event meets a gold event.

An actor meets an alias list when its name or one of its ``name`` mentions equals an alias, or one
of the two holds the other as a whole word of four letters or more (ignoring case and runs of white
space). A predicted event meets a gold event when its type is one of the gold types, every side the
gold names is among its actors, and its status agrees. :func:`match_events` pairs predictions with
gold events one to one, the more confident predictions first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sidelines.evaluate.events import SOURCE_ROLES, TARGET_ROLES
from sidelines.model.record import Entity, Event

# Roles that make an actor a party of the event (every role but attendee).
PARTY_ROLES = frozenset({"source", "target", "participant", "host"})
# The shorter of two names must have this many letters to match inside the longer one.
MIN_WORD_LETTERS = 4


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=65536)
def names_meet(name: str, alias: str) -> bool:
    """Whether a name and an alias are equal, or one holds the other as whole words of 4+ letters."""
    a, b = _norm(name), _norm(alias)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if sum(ch.isalpha() for ch in short) < MIN_WORD_LETTERS:
        return False
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


def entity_names(entity: Entity) -> list[str]:
    """The names an entity is matched by: its canonical name and its ``name`` mentions."""
    return [entity.name, *(m.text for m in entity.mentions if m.kind == "name")]


def meets(entity: Entity | None, aliases: Sequence[str] | None) -> bool:
    """Whether an entity meets an alias list (never when either is missing)."""
    if entity is None or not aliases:
        return False
    return any(names_meet(n, a) for n in entity_names(entity) for a in aliases if isinstance(a, str))


def predicted_status(event: Event) -> str:
    """``negated`` for negative polarity, else ``hypothetical`` for any modality, else ``real``."""
    if event.polarity == "negative":
        return "negated"
    if event.modality:
        return "hypothetical"
    return "real"


def status_agrees(predicted: str, gold: str) -> bool:
    """A real gold event needs a real prediction; a non-real one accepts any non-real prediction."""
    return predicted == "real" if gold == "real" else predicted != "real"


def gold_status(gold_event: dict[str, Any]) -> str:
    return gold_event.get("status") or "real"


def _has_actor(event: Event, entities: dict[str, Entity], roles: frozenset[str], aliases: list[str]) -> bool:
    return any(a.role in roles and meets(entities.get(a.entity), aliases) for a in event.actors)


def event_failures(event: Event, gold_event: dict[str, Any], entities: dict[str, Entity]) -> list[str]:
    """Why a predicted event does not match a gold event; empty when it does."""
    why = []
    if event.type not in gold_event["types"]:
        why.append(f"type {event.type} is not {'/'.join(gold_event['types'])}")
    for side, roles in (("source", SOURCE_ROLES), ("target", TARGET_ROLES)):
        aliases = gold_event.get(side)
        if aliases and not _has_actor(event, entities, roles, aliases):
            why.append(f"no {side} meeting {aliases}")
    for party in gold_event.get("participants") or []:
        if party and not _has_actor(event, entities, PARTY_ROLES, party):
            why.append(f"no party meeting {party}")
    status = predicted_status(event)
    if not status_agrees(status, gold_status(gold_event)):
        why.append(f"status {status}, gold {gold_status(gold_event)}")
    return why


def match_events(
    events: Sequence[Event], gold_events: Sequence[dict[str, Any]], entities: dict[str, Entity]
) -> dict[int, int]:
    """Pairs (prediction index -> gold index): a maximum matching, most confident predictions first.

    Each prediction in turn (by descending confidence, file order on ties) looks for a gold event
    it matches, real gold events first; a gold event already taken is freed when its prediction
    can move to another one (an augmenting path). So every prediction that matches a gold event
    nobody else needs gets it, and the more confident of two rivals keeps its match.
    """
    order = sorted(range(len(events)), key=lambda i: -events[i].confidence)
    gold_order = sorted(range(len(gold_events)), key=lambda j: gold_status(gold_events[j]) != "real")
    allowed = {i: [j for j in gold_order if not event_failures(events[i], gold_events[j], entities)] for i in order}
    owner: dict[int, int] = {}  # gold index -> prediction index

    def augment(i: int, seen: set[int]) -> bool:
        for j in allowed[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in order:
        augment(i, set())
    return {i: j for j, i in owner.items()}
