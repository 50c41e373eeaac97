"""Helpers of the events extractor: entity lookup, dates, occasions, places, topics and attendees.

Kept apart from ``events.py`` so that each module stays small; nothing here decides event types.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.authors import author_ids
from sidelines.extractors.actors.countries import actor_type
from sidelines.extractors.lookup import doc_text, same_line, sent_of
from sidelines.lexicon import plover as lex
from sidelines.model.record import DateRange, EventContext, EventLocation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from sidelines.extractors.event_merge import Candidate
    from sidelines.model.document import Document

log = logging.getLogger(__name__)

# Entity types that can act in an event.
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
PLACE_TYPES = ("GPE", "LOC", "FAC")
# Pronouns resolved to the nearest earlier person ("it" and plurals too often stand for things).
PRONOUN_TYPES = {"he": ("PERSON",), "she": ("PERSON",), "his": ("PERSON",), "her": ("PERSON",),
                 "him": ("PERSON",)}
PRONOUN_WINDOW = 400
LOCATION_PREPS = frozenset({"in", "at"})
RANGE_START_WORDS = frozenset({"since", "from", "after"})
RANGE_END_WORDS = frozenset({"until", "till", "by", "before", "to", "through"})
DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})")
ATTENDEE_TYPES = ("PERSON",)


class EntityIndex:
    """Token -> entity ids (and places) of one document; the byline's author is no actor.

    It only reads the entities layer: their countries and the group actors were settled by the
    ``actors`` extractor.
    """

    def __init__(self, doc: "Document", parsed: "Doc") -> None:
        self.doc = doc
        self.parsed = parsed
        authors = author_ids(doc)
        self.types: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.by_token: dict[int, list[str]] = {}
        self.mentions: list[tuple[int, str]] = []
        for ent in doc.layer("entities"):
            if ent.id in authors:
                continue
            self.types[ent.id] = actor_type(ent)
            self.names[ent.id] = ent.name
            for m in ent.mentions:
                span = parsed.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for tok in span:
                    self.by_token.setdefault(tok.i, []).append(ent.id)
                self.mentions.append((m.start, ent.id))
        self.mentions.sort()
        self.places: dict[int, Any] = {}
        for place in doc.layer("places"):
            if getattr(place, "kind", "literal") != "literal":
                continue
            span = parsed.char_span(place.start, place.end, alignment_mode="expand")
            for tok in span or ():
                self.places[tok.i] = place

    def actors_in(self, tokens: list["Token"], types: tuple[str, ...] = ACTOR_TYPES) -> list[str]:
        """Entity ids mentioned over the tokens, in text order, of the given types."""
        out: list[str] = []
        for tok in sorted(tokens, key=lambda t: t.i):
            for eid in self.by_token.get(tok.i, ()):
                if eid not in out and self.types.get(eid) in types:
                    out.append(eid)
        return out

    def recent_actor(self, tok: "Token") -> list[str]:
        """The nearest earlier entity a singular pronoun can stand for."""
        types = PRONOUN_TYPES.get(tok.lower_)
        if not types:
            return []
        pos = bisect.bisect_left(self.mentions, (tok.idx, ""))
        for start, eid in reversed(self.mentions[max(0, pos - 40):pos]):
            if tok.idx - start > PRONOUN_WINDOW:
                break
            if self.types.get(eid) in types:
                return [eid]
        return []


# -- dates ------------------------------------------------------------------------------------
def value_range(value: str) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 date value covers, or None when it names no calendar span."""
    try:
        from sidelines.timex import value_to_range  # type: ignore[attr-defined]

        got = value_to_range(value)
        if got:
            return (str(got[0]), str(got[1]))
    except Exception:  # noqa: BLE001 - the times helper may not expose it (yet)
        pass
    week = WEEK_VALUE.match(value)
    if week:
        monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    m = DATE_VALUE.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


class DateResolver:
    """Dates of events from the times layer, the occasion and the document date."""

    def __init__(self, doc: "Document", parsed: "Doc") -> None:
        self.doc = doc
        self.parsed = parsed
        self.times: list[tuple["SpacySpan", Any]] = []
        for t in doc.layer("times"):
            if t.type not in ("DATE", "TIME"):
                continue
            span = parsed.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                self.times.append((span, t))
        self.times.sort(key=lambda st: st[0].start)
        self._starts = [s.start for s, _ in self.times]
        self.published = (doc.published or "")[:10] or None
        # Occasion nouns by lemma, gathered once: their other mentions may tell the dates.
        self._by_lemma: dict[str, list[Token]] = {}
        for tok in parsed:
            lemma = tok.lemma_.lower()
            if lemma in lex.OCCASION_NOUNS:
                self._by_lemma.setdefault(lemma, []).append(tok)

    def tokens_of(self, lemma: str) -> list["Token"]:
        """Every token of the document with this (occasion noun) lemma."""
        return self._by_lemma.get(lemma, [])

    def _range_of(self, span: "SpacySpan", value: str) -> DateRange | None:
        got = value_range(value)
        if value.startswith("PRESENT_REF") and self.published:
            got = (self.published, self.published)
        if got is None:
            return None
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in RANGE_START_WORDS and before != "from":
            return DateRange(start=got[0], end=None)
        if before in ("until", "till", "through"):
            return DateRange(start=None, end=got[1])
        return DateRange(start=got[0], end=got[1])

    def in_sentence(self, sent: "SpacySpan") -> list[tuple["SpacySpan", Any]]:
        """Time expressions of one sentence (times are kept in text order, so a bisect finds them)."""
        lo = bisect.bisect_left(self._starts, sent.start)
        hi = bisect.bisect_left(self._starts, sent.end)
        return self.times[lo:hi]

    def span_range(self, sent: "SpacySpan") -> DateRange | None:
        """The range told by a sentence's dates: "from X to Y" gives both ends, one date gives itself."""
        ranges = [r for s, t in self.in_sentence(sent) if (r := self._range_of(s, t.value))]
        if not ranges:
            return None
        starts = [r.start for r in ranges if r.start]
        ends = [r.end for r in ranges if r.end]
        return DateRange(start=min(starts) if starts else None, end=max(ends) if ends else None)

    def date_of(self, head: "Token", verb: "Token | None", occasion: "Occasion | None") -> DateRange | None:
        """The date of a trigger: an attached time expression, else the occasion's, else the document's."""
        anchors = {head.i} | ({verb.i} if verb is not None else set())
        sent = sent_of(head)
        for span, t in self.in_sentence(sent):
            cur = span.root
            for _ in range(4):
                if cur.i in anchors:
                    got = self._range_of(span, t.value)
                    if got is not None:
                        return got
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
        if occasion is not None and occasion.dates is not None:
            return occasion.dates
        anchor = verb if verb is not None else head
        if not self.published:
            return None
        if _is_current(anchor):
            return DateRange(start=self.published, end=self.published)
        if anchor.tag_ == "VBD" and not any(c.dep_ == "aux" for c in anchor.children):
            # Told in the past tense: on or before the day of publication.
            return DateRange(start=None, end=self.published)
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in anchor.children):
            return DateRange(start=self.published, end=None)
        return None


def _is_current(tok: "Token") -> bool:
    """Present perfect or present progressive ("has held", "are being attended"): today's news."""
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("has", "have", "is", "are") for a in auxes) and tok.tag_ in ("VBN", "VBG")


# -- occasions ----------------------------------------------------------------------------------
@dataclass
class Occasion:
    """The gathering an event happens at or beside ("on the sidelines of the X summit")."""

    head: "Token"
    attach: "Token"
    context: EventContext
    location: EventLocation | None = None
    location_ids: list[str] = field(default_factory=list)
    dates: DateRange | None = None

    def attaches_to(self, head: "Token", verb: "Token | None") -> bool:
        """Whether the occasion phrase hangs off this trigger (or close above it)."""
        near = {head.i} | ({verb.i} if verb is not None else set())
        near |= {a.i for a in list(head.ancestors)[:2]}
        return self.attach.i in near or head.i in {a.i for a in list(self.attach.ancestors)[:2]}


def _np_text(tok: "Token") -> tuple[int, int]:
    """Character bounds of a noun phrase without determiners, conjuncts or clauses."""
    keep = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "appos") or (c.dep_ == "punct" and c.i > tok.i):
                continue
            if c.dep_ == "prep" and c.lower_ not in ("of",):
                continue
            keep.append(c)
            stack.append(c)
    toks = sorted(keep, key=lambda t: t.i)
    while toks and (toks[0].dep_ in ("det", "poss", "predet", "punct") or toks[0].tag_ == "PRP$"):
        toks = toks[1:]
    while toks and toks[-1].dep_ in ("punct", "case"):
        toks = toks[:-1]
    if not toks:
        return tok.idx, tok.idx + len(tok)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _occasion_noun(tok: "Token") -> "Token":
    """The gathering noun of an occasion phrase ("summit" in "the Group of Twenty (G20) summit")."""
    if tok.lemma_.lower() in lex.OCCASION_NOUNS and tok.pos_ == "NOUN":
        return tok
    found = [t for t in tok.subtree if t.i > tok.i and same_line(t, tok) and t.lemma_.lower() in lex.OCCASION_NOUNS
             and t.pos_ == "NOUN"]
    return found[0] if found else tok


def _signature(tok: "Token") -> set[str]:
    """Words that identify an occasion across mentions: proper names, acronyms, their initials."""
    noun = _occasion_noun(tok)
    pool = {t.i: t for t in (*tok.subtree, *noun.subtree)}
    words = [t for i, t in sorted(pool.items()) if i < noun.i and (t.is_upper or t.pos_ == "PROPN")
             and t.text.isalnum() and same_line(t, tok)]
    sig = {t.text.lower() for t in words if len(t) > 1}
    caps = [t for t in words if not t.is_upper and t.is_alpha]
    if len(caps) > 1:
        sig.add("".join(t.text[0] for t in caps).lower())
    return sig


def find_occasion(sent: "SpacySpan", index: EntityIndex, dates: DateResolver | None = None) -> Occasion | None:
    """The occasion phrase of a sentence: sidelines/margins of X, at/during X (a gathering)."""
    text = doc_text(sent.doc)
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.dep_ != "pobj":
            continue
        prep = tok.head
        if lemma in lex.SIDELINE_NOUNS or tok.lower_ in lex.SIDELINE_NOUNS:
            inner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
            if inner is None:
                continue
            return _occasion(inner, prep.head, index, dates, text, frame=tok)
        if prep.lower_ in lex.OCCASION_PREPS and prep.lower_ not in ("in", "on") and (
            lemma in lex.OCCASION_NOUNS or tok.ent_type_ == "EVENT"
        ):
            if lemma in ("meeting", "talks", "visit") and prep.lower_ == "at":
                continue
            return _occasion(tok, prep.head, index, dates, text)
    return None


def _occasion(tok: "Token", attach: "Token", index: EntityIndex, dates: DateResolver | None, text: str,
              frame: "Token | None" = None) -> Occasion:
    start, end = _np_text(tok)
    noun = _occasion_noun(tok)
    end = max(end, noun.idx + len(noun))
    ids = index.actors_in(list(tok.subtree), types=("EVENT",)) or [
        e for e in index.by_token.get(tok.i, ()) if index.types.get(e) in ("EVENT", "ORG")
    ]
    if not any(index.types.get(e) == "EVENT" for e in ids):
        ids = _event_entity(tok, index) or ids
    occ = Occasion(tok, attach, EventContext(name=text[start:end], entity=ids[0] if ids else None))
    for anchor in (noun, tok, frame):
        if anchor is not None and occ.location is None:
            occ.location, occ.location_ids = _location_under(anchor, index)
    occ.dates = occasion_dates(noun, dates) if dates is not None else None
    return occ


def _event_entity(tok: "Token", index: EntityIndex) -> list[str]:
    """An EVENT entity elsewhere in the text naming the same occasion ("the 25th X Summit")."""
    sig = _signature(tok)
    head = _occasion_noun(tok).lemma_.lower()
    for eid, etype in index.types.items():
        if etype != "EVENT":
            continue
        words = index.names[eid].split()
        if head not in {w.lower() for w in words}:
            continue
        caps = [w for w in words if w[:1].isupper() and w.lower() != head]
        name_sig = {w.lower() for w in caps} | ({"".join(w[0] for w in caps).lower()} if len(caps) > 1 else set())
        if sig & name_sig:
            return [eid]
    return []


def occasion_dates(tok: "Token", dates: DateResolver) -> DateRange | None:
    """Dates told anywhere in the document for the occasion: same head noun, shared name or acronym."""
    sig = _signature(tok)
    for other in dates.tokens_of(tok.lemma_.lower()):
        if other.i == tok.i or (sig and not (sig & _signature(other))):
            continue
        got = dates.span_range(sent_of(other))
        if got is not None:
            return got
    own = dates.span_range(sent_of(tok))
    return own


# -- places -----------------------------------------------------------------------------------
def _location_under(tok: "Token", index: EntityIndex) -> tuple[EventLocation | None, list[str]]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                loc = _place_at(pobj, index)
                if loc is not None:
                    return loc
    return None, []


def _place_at(tok: "Token", index: EntityIndex) -> tuple[EventLocation, list[str]] | None:
    if tok.lemma_.lower() in lex.OCCASION_NOUNS or tok.lemma_.lower() in lex.NOUN_TRIGGERS:
        return None
    toks = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos", "conj", "nmod"))]
    for c in tok.children:
        # "the city of X", "X's capital Y"
        if c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss":
            toks.extend(c.subtree)
    ids = index.actors_in(toks, types=PLACE_TYPES)
    for t in toks:
        place = index.places.get(t.i)
        if place is not None:
            return EventLocation(name=place.name, place=place.id), ids
    if ids:
        return EventLocation(name=index.names[ids[0]], place=None), ids
    return None


def literal_location(head: "Token", verb: "Token | None", index: EntityIndex,
                     occasion: Occasion | None) -> tuple[EventLocation | None, list[str]]:
    """The place an event happens: "in X" / "at X" on the trigger, else the occasion's place."""
    for anchor in (head, verb):
        if anchor is None:
            continue
        loc, ids = _location_under(anchor, index)
        if loc is not None:
            return loc, ids
        # "met X in Y": the parser often hangs the place on the person met.
        for obj in anchor.children:
            if obj.dep_ not in ("dobj", "pobj"):
                continue
            # "met his counterpart X in Y": the place may hang on the name in apposition.
            for person in (obj, *(c for c in obj.children if c.dep_ == "appos")):
                if person.ent_type_ != "PERSON":
                    continue
                loc, ids = _location_under(person, index)
                if loc is not None:
                    return loc, ids
        if anchor.lemma_.lower() in ("arrive", "visit", "travel", "tour"):
            for c in anchor.children:
                if c.dep_ in ("dobj",) and anchor.lemma_.lower() != "arrive":
                    got = _place_at(c, index)
                    if got is not None:
                        return got
    if occasion is not None and occasion.location is not None and occasion.attaches_to(head, verb):
        return occasion.location, occasion.location_ids
    return None, []


# -- topics -----------------------------------------------------------------------------------
def _topic_items(tok: "Token") -> list["Token"]:
    """Heads of the listed topics under a phrase, descending "a range of issues including ..."."""
    for _ in range(4):
        if tok.lemma_.lower() not in lex.TOPIC_LIST_WORDS:
            break
        nxt = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "including", "such"):
                nxt = next((g for g in c.children if g.dep_ == "pobj"), None) or next(
                    (g for g in c.children if g.dep_ == "prep"), None)
            elif c.dep_ == "prep" and c.lower_ == "like":
                nxt = next((g for g in c.children if g.dep_ == "pobj"), None)
            if nxt is not None and c.lower_ != "of":
                break
        if nxt is None:
            break
        if nxt.dep_ == "prep":
            nxt = next((g for g in nxt.children if g.dep_ == "pobj"), nxt)
        tok = nxt
    return [tok, *tok.conjuncts]


def find_topics(head: "Token", verb: "Token | None") -> list[str]:
    """Topics of talks: objects of "discuss", and "on/about X" phrases, lists unfolded."""
    text = doc_text(head.doc)
    items: list[Token] = []
    anchors = [verb, head]
    # Phrases the parser hung on a headline above: taken back by the trigger of their own line.
    anchors.extend(t for t in sent_of(head) if t.dep_ == "prep" and not same_line(t, t.head) and same_line(t, head))
    for anchor in anchors:
        if anchor is None:
            continue
        if anchor.dep_ == "prep" and not same_line(anchor, anchor.head):
            anchor = anchor.head
            if not same_line(anchor, head):
                items.extend(g2 for c in anchor.children if c.dep_ == "prep" and c.lower_ in lex.TOPIC_PREPS
                             and same_line(c, head) for g in c.children if g.dep_ == "pobj"
                             for g2 in _topic_items(g))
                continue
        if anchor.lemma_.lower() in lex.TOPIC_VERBS:
            for c in anchor.children:
                if c.dep_ in ("dobj", "obj"):
                    items.extend(_topic_items(c))
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ in lex.TOPIC_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and \
                            g.lemma_.lower() not in lex.SIDELINE_NOUNS:
                        items.extend(_topic_items(g))
    topics: list[str] = []
    for tok in items:
        if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "DATE", "TIME"):
            continue
        start, end = _np_text(tok)
        topic = text[start:end]
        if topic and topic.lower() not in {t.lower() for t in topics}:
            topics.append(topic)
    return topics


# -- attendees --------------------------------------------------------------------------------
def _attendee_ids(tok: "Token", index: EntityIndex) -> list[str]:
    return index.actors_in(list(tok.subtree), types=ATTENDEE_TYPES)


def find_attendees(parsed: "Doc", index: EntityIndex, cands: list["Candidate"]) -> None:
    """People present at an event: "attended by", "accompanied by", "also present", delegations."""
    consult = sorted((c for c in cands if c.type == "CONSULT"), key=lambda c: c.head.idx)
    by_head = {c.head.i: c for c in cands}
    for tok in parsed:
        lemma = tok.lemma_.lower()
        found: list[str] = []
        event_tok: Token | None = None
        if lemma in lex.ATTENDANCE_VERBS and tok.pos_ in ("VERB", "AUX"):
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if agent is not None:
                found = _attendee_ids(agent, index)
                event_tok = subj
            elif lemma == "include" and subj is not None and subj.lemma_.lower() in ("delegation", "team", "entourage"):
                dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                found = _attendee_ids(dobj, index) if dobj is not None else []
        elif lemma in lex.ATTENDANCE_ADJECTIVES and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "advmod"):
            found = [e for t in sent_of(tok) if t.i != tok.i for e in index.by_token.get(t.i, ())
                     if index.types.get(e) in ATTENDEE_TYPES]
            found = list(dict.fromkeys(found))
        if not found:
            continue
        target = by_head.get(event_tok.i) if event_tok is not None else None
        if target is None:
            earlier = [c for c in consult if c.head.idx <= tok.idx + 200]
            target = earlier[-1] if earlier else None
        if target is None:
            continue
        for eid in found:
            if eid not in target.actors:
                target.actors[eid] = "attendee"
