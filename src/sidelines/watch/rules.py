"""Evaluating watch rules on a stored record: which rules match, and a key for each match that stays
the same when a changed version of the article is read again (so it alerts once)."""

from __future__ import annotations

from collections.abc import Iterator

from sidelines.lexicon.titles import LEADER_TITLES, NATIONAL_OFFICES, POSTED_HEADS
from sidelines.model.record import SAID_KINDS, Entity, Event, Quote, Record
from sidelines.query.alerts import new_actors_in_document
from sidelines.store.alerts import Alert
from sidelines.store.base import Store
from sidelines.watch.config import Rule

#: Title heads of government offices: the lexicon's national offices, leaders and postings abroad,
#: and the heads of ministries and the civil service; "leader" and "delegate" alone say nothing of a
#: government (a union leader, a conference delegate).
GOVERNMENT_TITLES = (NATIONAL_OFFICES | LEADER_TITLES | POSTED_HEADS | frozenset({
    "minister", "secretary", "official", "spokesman", "spokeswoman", "spokesperson", "commissioner",
    "deputy minister", "state secretary", "undersecretary", "under-secretary",
})) - {"leader", "delegate"}

RECEIVING_ROLES = ("target", "attendee")


def is_government_title(title: str, titles: frozenset[str] = GOVERNMENT_TITLES) -> bool:
    """Whether a role title names a government office ("Interior Minister", "Ambassador")."""
    low = " ".join(title.lower().split())
    return any(low == t or low.endswith(" " + t) for t in titles)


def _folded(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _event_matches(rule: Rule, event: Event, entities: dict[str, Entity]) -> bool:
    if rule.types and event.type not in rule.types:
        return False
    if rule.polarity != "any" and event.polarity != rule.polarity:
        return False
    actors = [(entities[a.entity], a.role) for a in event.actors if a.entity in entities]
    countries = {e.country for e, _ in actors if e.country}
    if rule.between and not set(rule.between) <= countries:
        return False
    if rule.between and rule.between[0] == rule.between[1] and sum(e.country == rule.between[0]
                                                                   for e, _ in actors) < 2:
        return False
    if rule.source_country and not any(e.country == rule.source_country for e, role in actors
                                       if role not in RECEIVING_ROLES):
        return False
    if rule.target_country and not any(e.country == rule.target_country for e, role in actors
                                       if role in RECEIVING_ROLES):
        return False
    return not rule.actor or any(_folded(rule.actor) in _folded(e.name) for e, _ in actors)


def _event_alert(rule: Rule, record: Record, version: int, event: Event, entities: dict[str, Entity]) -> Alert:
    actors = [(entities[a.entity].name, a.role, entities[a.entity].country) for a in event.actors
              if a.entity in entities]
    names = ", ".join(f"{n} ({c})" if c else n for n, _, c in actors)
    evidence = event.evidence[0].text if event.evidence else ""
    key = "|".join([event.type, event.polarity, event.modality or "",
                    *sorted(f"{_folded(n)}:{r}" for n, r, _ in actors)])
    return Alert(rule=rule.name, kind="event", doc_id=record.id, version=version, match_key=key,
                 summary=f"{event.type} {names}: {evidence}".strip(),
                 data={"event": event.id, "type": event.type, "mode": event.mode, "modality": event.modality,
                       "date": event.date.start if event.date else None,
                       "actors": [{"name": n, "role": r, "country": c} for n, r, c in actors],
                       "evidence": evidence, "title": record.title, "url": record.url})


def _quote_matches(rule: Rule, quote: Quote, speaker: str | None) -> bool:
    """A quote of what the speaker said (a statement or its paraphrase: no stance, finding or belief) whose
    speaker and words hold the rule's."""
    if quote.kind not in SAID_KINDS:
        return False
    if rule.speaker and _folded(rule.speaker) not in _folded(speaker):
        return False
    return not rule.contains or _folded(rule.contains) in _folded(quote.content.text)


def _new_actor_matches(rule: Rule, titles: list[str], country: str | None, type: str) -> bool:
    if rule.entity_types and type not in rule.entity_types:
        return False
    if rule.country and country != rule.country:
        return False
    if rule.titles:
        return any(is_government_title(t, frozenset(x.lower() for x in rule.titles)) for t in titles)
    return not rule.government or any(is_government_title(t) for t in titles)


def evaluate(rules: list[Rule], record: Record, version: int, store: Store) -> Iterator[Alert]:
    """The alerts of every rule on one stored record (its latest version)."""
    entities = {e.id: e for e in record.entities}
    fresh = None
    for rule in rules:
        if rule.kind == "event":
            for event in record.events:
                if _event_matches(rule, event, entities):
                    yield _event_alert(rule, record, version, event, entities)
        elif rule.kind == "quote":
            for quote in record.quotes:
                speaker = entities[quote.speaker].name if quote.speaker in entities else (
                    quote.speaker_mention.text if quote.speaker_mention else None)
                if _quote_matches(rule, quote, speaker):
                    yield Alert(rule=rule.name, kind="quote", doc_id=record.id, version=version,
                                match_key=f"{_folded(speaker)}|{_folded(quote.content.text)}",
                                summary=f"{speaker}: \u201c{quote.content.text}\u201d",
                                data={"speaker": speaker, "text": quote.content.text, "direct": quote.direct,
                                      "title": record.title, "url": record.url})
        else:
            fresh = new_actors_in_document(store, record.id) if fresh is None else fresh
            for actor in fresh:
                if _new_actor_matches(rule, actor.titles, actor.country, actor.type):
                    yield Alert(rule=rule.name, kind="new_actor", doc_id=record.id, version=version,
                                match_key=_folded(actor.name),
                                summary=f"new actor {actor.name} ({', '.join(actor.titles)})",
                                data={"name": actor.name, "type": actor.type, "country": actor.country,
                                      "titles": actor.titles, "title": record.title, "url": record.url})
