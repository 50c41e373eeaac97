"""Places named only as where an act happened are no side of it (rule ``locative-place``).

"The minister thanked volunteers at a shelter in Galway", "the envoy signed the accord inside a hotel
near Arusha", "detectives detained a courier in Fresno": the town, state or region after "in", "at",
"near" (and the like) says where, and the contract never makes the place where something happened a
side. A place of a country's rank ("Peru", "Norway": the index's ``nations``) may stand for its state
and is left alone, and so is a place written anywhere else in the event's sentences ("Nevada sued the
agency", "toured Nevada"). A capital gets no rule of its own: after "in" it is where ("talks in
Oslo"), and as a doer ("Oslo rejected the offer") it is after no preposition, so it stays. A place
qualifying the subject ("farmers in Bavaria protested") says whose people, not where, and stays. An
attack keeps the town it struck (the mentions' own rule gives an attack in a town that town as its
target). Articles only: a one-paragraph report is coded as event coders code it, the town standing
for the people acted on there. An event left with no party once its places are off is not written,
in either pass (before scoring, and again after the learned sides); an event whose one other side
is no actor (a "where" was its only doer or object) may also fall to ``no_one_acted_on`` later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.confidence import PARTY_ROLES
from sidelines.extractors.events.venues import PLACE_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

RULE = "locative-place"
# Prepositions whose object says where an act happened.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"})
# Dependencies by which a word is part of a longer place name or a list of places ("Toledo, Ohio").
PLACE_PART_DEPS = frozenset({"compound", "appos", "conj", "npadvmod", "nmod", "cc", "punct"})
# Dependencies of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Types whose place stays a side: an attack in a town strikes the town.
KEEPS_PLACE = frozenset({"ASSAULT"})
# Roles a place may keep: the host of a visit is where it went.
KEPT_ROLES = frozenset({"host", "location"})


def is_locative(tok: "Token", index: "EntityIndex") -> bool:
    """Whether a word is (part of) a place that is the object of a preposition of place: "in [Reno],
    [Nevada]". The object itself must be a place: "at the Nevada caucus" is at a caucus, and the state
    modifies it. Not when the preposition hangs on the clause's subject (:func:`_of_subject`)."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj":
            return cur.head.dep_ == "prep" and cur.head.lower_ in LOCATIVE_PREPS and _is_place(cur, index) and (
                not _of_subject(cur.head))
        if cur.dep_ not in PLACE_PART_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _of_subject(prep: "Token") -> bool:
    """Whether a preposition hangs on the clause's subject: "councillors in Tyrol objected" says whose
    leaders (the place stands for its side), not where the act happened."""
    return prep.head.dep_ in SUBJECT_DEPS and prep.head.pos_ in ("NOUN", "PROPN", "PRON")


def _is_place(tok: "Token", index: "EntityIndex") -> bool:
    """Whether a word is a mention of a place (an entity of a place type, or a literal place)."""
    return tok.i in index.places or any(index.types.get(e) in PLACE_TYPES for e in index.by_token.get(tok.i, ()))


def locative_places(cand: "EventCandidate", index: "EntityIndex") -> list[str]:
    """The sides of ``cand`` that are places below a country's rank, every mention of which in the
    event's sentences is where it happened (a place also written as a doer or an object stays)."""
    if cand.type in KEEPS_PLACE:
        return []
    placed = [eid for eid, role in cand.actors.items()
              if role not in KEPT_ROLES and index.types.get(eid) in PLACE_TYPES and eid not in index.nations]
    if not placed:
        return []
    doc = cand.head.doc
    sents = {cand.head.sent.start}
    for start, end in cand.evidence:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            sents.add(span.sent.start)
    tokens = [t for s in sents for t in doc[s].sent]
    out = []
    for eid in placed:
        at = [t for t in tokens if eid in index.by_token.get(t.i, ())]
        if at and all(is_locative(t, index) for t in at):
            out.append(eid)
    return out


def drop_locative_places(cand: "EventCandidate", index: "EntityIndex") -> list[str]:
    """Take the places where the act happened off its sides; their names (for the explanation)."""
    dropped = locative_places(cand, index)
    for eid in dropped:
        del cand.actors[eid]
    return [index.names.get(e, e) for e in dropped]


def no_party_left(cand: "EventCandidate", headline: bool) -> bool:
    """Whether an event whose places were taken off has no party left (a headline's event keeps its
    place: headlines drop sides). Its one side was where it happened, and the text names no one who
    acted or was acted on: "was called to the store in X" told of no one."""
    return not headline and not cand.roles(*PARTY_ROLES)


def places_record(before: str | None, placed: list[str]) -> str:
    """The explanation's record of the places taken off, adding ``placed`` to an earlier pass's record."""
    names = before.split(": ", 1)[1].split(", ") if before else []
    return f"{RULE}: {', '.join(names + [n for n in placed if n not in names])}"
