"""Merging the mentions of one event within a document, and writing the record's ``Event``.

Mentions of the same event (same type, polarity and modality, overlapping actors, compatible
date, place and occasion) are merged into one event with several evidence spans.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from sidelines.extractors.events.candidates import EventCandidate, add_actor
from sidelines.lexicon import plover as lex
from sidelines.model.record import DateRange, Event, EventActor, Explanation, Span


class Nations:
    """Which sides name a country itself ("Poland", "Polish") and each side's country: a headline's
    "Polish ministers accuse X" shares its side with the body's "Polish minister Y accused X"."""

    def __init__(self, countries: Mapping[str, str] | None = None, nations: Set[str] = frozenset()) -> None:
        self.countries = countries or {}
        self.nations = nations

    def shared(self, small: set[str], big: set[str]) -> int:
        """Sides of ``small`` in ``big``, a country counting as shared when a side of ``big`` is of it."""
        theirs = {self.countries[e] for e in big if e in self.countries}
        return sum(1 for e in small if e in big or (e in self.nations and self.countries[e] in theirs))


def _compatible(a: EventCandidate, b: EventCandidate, window: int, nations: Nations | None = None) -> bool:
    if a.type != b.type or a.polarity != b.polarity or (a.modality or "") != (b.modality or ""):
        return False
    if a.location and b.location and a.location.name.lower() != b.location.name.lower():
        return False
    if a.date and b.date and a.date.start and b.date.start and a.date.end and b.date.end:
        if a.date.end < b.date.start or b.date.end < a.date.start:
            return False
    if a.context and b.context and a.context.entity and b.context.entity and a.context.entity != b.context.entity:
        return False
    if _reversed(a, b) or _other_targets(a, b, nations):
        return False
    main_a = a.roles("source", "participant", "target", "host")
    main_b = b.roles("source", "participant", "target", "host")
    if main_a and main_b:
        small, big = sorted((main_a, main_b), key=len)
        shared = nations.shared(small, big) if nations is not None else len(small & big)
        if len(small & big) >= 1 and shared >= max(1, min(2, len(small))):
            return True
        # "the boy killed by police" refers back to the killing told before, under other names.
        ta, tb = a.roles("target"), b.roles("target")
        return (_referring(a) or _referring(b)) and not (ta and tb and not ta & tb) and (
            abs(a.head.idx - b.head.idx) <= window)
    # An actorless mention ("the talks") repeats an earlier or nearby event of its type.
    bare = b if not main_b else a
    # Two mentions placed in the same place ("met in Rome and discussed ...") are one event too.
    same_place = a.location is not None and b.location is not None
    return (_anaphoric(bare) or same_place) and abs(a.head.idx - b.head.idx) <= window


def _reversed(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether one mention's actor is the other's target: "X criticised Y" and "Y's attacks on X" are two events.

    Only for directed types: who met whom (CONSULT, COOPERATE, AGREE) has no direction.
    """
    if a.type in lex.SYMMETRIC_TYPES:
        return False
    doers_a, doers_b = a.roles("source", "host"), b.roles("source", "host")
    return bool(doers_a & b.roles("target")) or bool(doers_b & a.roles("target"))


def _other_targets(a: EventCandidate, b: EventCandidate, nations: Nations | None) -> bool:
    """Whether two mentions of a directed act are aimed at different sides: "X endorsed Y before
    backing Z" tells two acts, however alike their doers. A side that names the country of one of the
    other's sides still counts as shared ("sanctions on Poland", "sanctions on Polish banks")."""
    if a.type in lex.SYMMETRIC_TYPES:
        return False
    ta, tb = a.roles("target"), b.roles("target")
    if not ta or not tb or ta & tb:
        return False
    return nations is None or not (nations.shared(ta, tb) or nations.shared(tb, ta))


def _referring(cand: EventCandidate) -> bool:
    """A participle on a definite noun with no date or place of its own ("the boy killed by police",
    "the men arrested"): a reference to an event, as "the attack" is."""
    verb = cand.verb if cand.verb is not None else cand.head
    if cand.kind != "verb" or verb.dep_ != "acl" or verb.tag_ != "VBN" or cand.date or cand.location:
        return False
    noun = verb.head
    return noun.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") and c.lower_ in lex.DEFINITE_WORDS
                                       for c in noun.children)


def _anaphoric(cand: EventCandidate) -> bool:
    """A verb mention, or a definite event noun ("the talks", "their meeting"), can repeat an event."""
    if cand.location is not None and cand.context is None:
        return False
    if cand.kind != "noun":
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in lex.DEFINITE_WORDS for c in cand.head.children)


#: How many earlier events of its kind a mention is compared with, and how many of an event's
#: mentions measure its distance: bounds that keep merging linear in the text (an adversarial text
#: of one repeated sentence made it cubic), far above what an article holds.
MAX_COMPARED = 50
MAX_EVIDENCE_COMPARED = 32


def _kind(c: EventCandidate) -> tuple[str, str, str]:
    return (c.type, str(c.polarity), c.modality or "")


def merge_candidates(cands: list[EventCandidate], window: int, nations: Nations | None = None) -> list[EventCandidate]:
    """Merge mentions of one event: same type, overlapping actors, compatible date, place, occasion.

    ``window``: how far apart (in characters) an actorless nominal may be from the event it repeats;
    ``nations``: the sides that stand for a country another mention's side is of.
    """
    by_kind: dict[tuple[str, str, str], list[EventCandidate]] = {}
    ordered = sorted(cands, key=lambda c: (not c.actors, c.head.idx))
    for cand in ordered:
        target = None
        best = -1.0
        named = bool(cand.roles("source", "participant", "target", "host"))
        same = by_kind.setdefault(_kind(cand), [])
        for ev in same[-MAX_COMPARED:]:
            if _compatible(ev, cand, window, nations):
                distance = _distance(ev, cand)
                # A mention that names its sides joins the best-attested event; an actorless one
                # ("The talks are being attended by ...") repeats the event last told before it.
                closeness = len(ev.actors) * 1e-3 - distance / 1e6 if named else -float(distance)
                if closeness > best:
                    target, best = ev, closeness
        if target is None:
            same.append(cand)
            continue
        absorb(target, cand)
    # A second pass joins events that only became compatible once their mentions were pooled.
    events: list[EventCandidate] = []
    for same in by_kind.values():
        kept: list[EventCandidate] = []
        for b in same:
            a = next((a for a in kept[-MAX_COMPARED:] if _compatible(a, b, window, nations)), None)
            if a is None:
                kept.append(b)
            else:
                absorb(a, b)
        events += kept
    events.sort(key=lambda c: c.head.idx)
    return events


def _distance(ev: EventCandidate, cand: EventCandidate) -> int:
    """Characters between a mention and the nearest of the latest mentions pooled into an event."""
    at = cand.head.idx
    return min((abs(start - at) for start, _ in ev.evidence[-MAX_EVIDENCE_COMPARED:]),
               default=abs(ev.head.idx - at))


def absorb(into: EventCandidate, other: EventCandidate) -> None:
    """Pool another mention of the same event into ``into``."""
    into.evidence.extend(other.evidence)
    for eid, role in other.actors.items():
        add_actor(into, [eid], role)
    into.confidence = round(min(0.99, max(into.confidence, other.confidence) + 0.03), 3)
    into.date = _narrower(into.date, other.date)
    into.location = into.location or other.location
    into.context = into.context or other.context
    into.mode = into.mode or other.mode
    for topic in other.topics:
        if topic.lower() not in {t.lower() for t in into.topics}:
            into.topics.append(topic)


def _narrower(a: DateRange | None, b: DateRange | None) -> DateRange | None:
    if a is None or b is None:
        return a or b
    start = max(filter(None, (a.start, b.start)), default=None)
    end = min(filter(None, (a.end, b.end)), default=None)
    if start and end and start > end:
        return a
    return DateRange(start=start, end=end)


def ordered_actors(actors: dict[str, str]) -> list[tuple[str, str]]:
    """The sides in a fixed order: roles as first given, and within a role the entities in order of
    their ids (a side may be added from an unordered set: the record must not depend on the run)."""
    rank: dict[str, int] = {}
    for role in actors.values():
        rank.setdefault(role, len(rank))

    def entity_key(eid: str) -> tuple[int, str]:
        digits = eid.lstrip("abcdefghijklmnopqrstuvwxyz")
        return (int(digits), eid) if digits.isdigit() else (1 << 30, eid)

    return sorted(actors.items(), key=lambda kv: (rank[kv[1]], entity_key(kv[0])))


def to_event(event_id: str, cand: EventCandidate, text: str, explanation: Explanation | None = None) -> Event:
    """The record's Event for a merged candidate."""
    spans = sorted(set(cand.evidence))
    return Event(
        id=event_id,
        type=cand.type,
        mode=cand.mode,
        actors=[EventActor(entity=e, role=r) for e, r in ordered_actors(cand.actors)],
        date=cand.date,
        location=cand.location,
        context=cand.context,
        topics=list(cand.topics),
        evidence=[Span.of(text, s, e) for s, e in spans],
        polarity=cand.polarity,
        modality=cand.modality,
        confidence=cand.confidence,
        explanation=explanation,
    )
