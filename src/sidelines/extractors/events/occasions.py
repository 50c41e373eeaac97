"""Occasions: the gathering an event happens at or beside ("on the sidelines of the X summit").

An occasion phrase gives an event its context (name and EVENT entity), and may give its place
and dates, found anywhere in the document for the same gathering (same head noun, shared name or
acronym).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sidelines.extractors.events.locations import location_under
from sidelines.extractors.lookup import doc_text, same_line, sent_of
from sidelines.lexicon import plover as lex
from sidelines.model.record import DateRange, EventContext, EventLocation

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.extractors.events.dates import DateResolver
    from sidelines.extractors.events.index import EntityIndex


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


def np_bounds(tok: "Token") -> tuple[int, int]:
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
    start, end = np_bounds(tok)
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
            occ.location, occ.location_ids = location_under(anchor, index)
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
