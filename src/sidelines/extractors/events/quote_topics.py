"""Topics of a meeting from what its participants said at it.

A statement (a quote of the ``quotes`` layer) is anchored to a CONSULT event when its speaker is one
of the event's participants and it is told either in the same paragraph as a narrative mention of the
event ("Speaking at their meeting, X said ..."), or in the sentences that follow such a mention in the
same report before the story moves on: a sentence that is no statement of a participant, another
event told outside quotation marks, or the next live-blog update. Issue phrases of anchored
statements ("the war in X", "the X crisis", "X's nuclear programme", "energy cooperation",
"regional security") become topics of the event, deduplicated and short.
"""

from __future__ import annotations

import bisect
import logging
from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.countries import country_of_name
from sidelines.extractors.lookup import doc_text, lemma_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.model.document import Document

log = logging.getLogger(__name__)

# Roles whose holders' statements can be about the meeting (attendees and hosts of occasions are not).
SPEAKER_ROLES = ("participant", "source", "target", "host")
# Entity types that locate an issue ("the war in Ukraine", "the Ukrainian crisis", "the Sahel conflict").
LOCATING_TYPES = frozenset({"GPE", "LOC", "NORP"})
# Named things an issue noun may sit inside without being an issue ("the Security Council").
NAME_TYPES = frozenset({"ORG", "EVENT", "LAW", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON"})
LEFT_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case"})
# Dependants cut off a located phrase's prepositional object ("the war in X that began ...").
PHRASE_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "prep"})
MAX_TOPIC_WORDS = 8
# Named sides a meeting needs before its participants' statements are read for topics.
MIN_SIDES = 2


def add_quote_topics(events: list["EventCandidate"], doc: "Document", parsed: "Doc") -> None:
    """Add topics from participants' statements anchored to each CONSULT event (in place)."""
    quotes = [q for q in doc.layer("quotes") if q.speaker and q.content is not None]
    meetings = [ev for ev in events if _is_meeting(ev)]
    if not quotes or not meetings:
        return
    layout = _Layout(doc, parsed)
    narrative = {id(ev): [s for s, e in ev.evidence if not layout.in_quote(s, e)] for ev in events}
    anchored: dict[int, tuple["EventCandidate", int]] = {}
    _anchor_by_paragraph(quotes, meetings, narrative, layout, anchored)
    _anchor_by_sequence(quotes, events, meetings, narrative, layout, anchored)
    keys: dict[int, set[str]] = {}
    for qi, (ev, _) in sorted(anchored.items()):
        quote = quotes[qi]
        span = parsed.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if span is None:
            continue
        _merge_topics(ev, issue_phrases(span), keys.setdefault(id(ev), set()))


def _is_meeting(ev: "EventCandidate") -> bool:
    """A meeting that took place between at least two named sides."""
    return (ev.type == "CONSULT" and ev.polarity == "positive" and ev.modality is None
            and len(ev.roles(*SPEAKER_ROLES)) >= MIN_SIDES)


class _Layout:
    """Sentences, paragraphs (lines), updates and quotation spans of a document, by character offset."""

    def __init__(self, doc: "Document", parsed: "Doc") -> None:
        self.analysis = analysis_of(parsed, doc)
        self.sent_starts = self.analysis.sent_start_chars
        self.length = len(self.analysis.text)
        self.update_starts = sorted(u.start for u in doc.updates)
        self.contents = sorted((q.content.start, q.content.end) for q in doc.layer("quotes") if q.content)

    def sentence(self, offset: int) -> int:
        return self.analysis.sent_at(offset)

    def paragraph(self, offset: int) -> int:
        return self.analysis.line_at(offset)

    def update(self, offset: int) -> int:
        return bisect.bisect_right(self.update_starts, offset)

    def in_quote(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.contents, (start, end + 1)) - 1
        return any(cs <= start and end <= ce for cs, ce in self.contents[max(0, k - 3):k + 1])


def _parts(quote: Any) -> list[tuple[int, int]]:
    spans = [quote.content, quote.cue, quote.speaker_mention]
    return [(s.start, s.end) for s in spans if s is not None]


def _speakers(ev: "EventCandidate") -> set[str]:
    return ev.roles(*SPEAKER_ROLES)


def _offer(anchored: dict[int, tuple["EventCandidate", int]], qi: int, ev: "EventCandidate", distance: int) -> None:
    """Anchor a quote to an event, keeping the nearest event when several claim it."""
    if qi not in anchored or distance < anchored[qi][1]:
        anchored[qi] = (ev, distance)


def _anchor_by_paragraph(quotes: list[Any], meetings: list["EventCandidate"], narrative: dict[int, list[int]],
                         layout: _Layout, anchored: dict[int, tuple["EventCandidate", int]]) -> None:
    """Statements of a participant in a paragraph (and update) that tells the meeting."""
    for qi, quote in enumerate(quotes):
        parts = _parts(quote)
        paras = {layout.paragraph(s) for s, _ in parts} | {layout.paragraph(e - 1) for _, e in parts}
        where = layout.update(quote.content.start)
        for ev in meetings:
            if quote.speaker not in _speakers(ev):
                continue
            for start in narrative[id(ev)]:
                # Said in or after the sentence that tells the meeting, in its paragraph and update.
                if (layout.paragraph(start) in paras and layout.update(start) == where
                        and layout.sentence(start) <= layout.sentence(quote.content.start)):
                    _offer(anchored, qi, ev, abs(start - quote.content.start))


def _anchor_by_sequence(quotes: list[Any], events: list["EventCandidate"], meetings: list["EventCandidate"],
                        narrative: dict[int, list[int]], layout: _Layout,
                        anchored: dict[int, tuple["EventCandidate", int]]) -> None:
    """Statements of participants in the sentences that follow a meeting's mention, until the story moves on."""
    meeting_ids = {id(ev) for ev in meetings}
    told: dict[int, list["EventCandidate"]] = {}
    for ev in events:
        for start in narrative[id(ev)]:
            told.setdefault(layout.sentence(start), []).append(ev)
    said: dict[int, list[int]] = {}
    for qi, quote in enumerate(quotes):
        sents: set[int] = set()
        for s, e in _parts(quote):
            sents.update(range(layout.sentence(s), layout.sentence(max(s, e - 1)) + 1))
        for k in sents:
            said.setdefault(k, []).append(qi)
    current: "EventCandidate | None" = None
    told_at = 0
    last_update = last_paragraph = None
    ends = [*layout.sent_starts[1:], layout.length]
    for k, start in enumerate(layout.sent_starts):
        # A live-blog time line glued to the next sentence: the sentence belongs to the update it ends in.
        update, paragraph = layout.update(max(start, ends[k] - 1)), layout.paragraph(start)
        new_paragraph = paragraph != last_paragraph
        last_paragraph = paragraph
        if update != last_update:
            current, last_update = None, update
        here = told.get(k, [])
        if here:
            own = [ev for ev in here if id(ev) in meeting_ids]
            current = own[-1] if own else None
            told_at = start
            continue
        if current is None:
            continue
        speakers = _speakers(current)
        qis = said.get(k, [])
        if not qis and not new_paragraph:
            # A sentence of no statement inside the paragraph ("..., the agency reports") keeps the thread.
            continue
        if not qis or any(quotes[qi].speaker not in speakers for qi in qis):
            current = None
            continue
        for qi in qis:
            _offer(anchored, qi, current, start - told_at)


# -- issue phrases -------------------------------------------------------------------------------
def issue_phrases(span: "SpacySpan") -> list[tuple[str, str]]:
    """(key, text) of the issue phrases of a statement, in text order; keys group one issue's phrasings."""
    found: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    doc = span.doc
    # Located issues first, so that "the energy crisis in X" is one phrase, not "energy crisis".
    for finder in (_located_issue, _sector_issue):
        for tok in span:
            if tok.i in taken or tok.pos_ != "NOUN" or tok.ent_type_ in NAME_TYPES:
                continue
            got = finder(tok, span)
            if got is None or got[1] - got[0] > MAX_TOPIC_WORDS or taken & set(range(got[0], got[1])):
                continue
            lo, hi, key = got
            taken.update(range(lo, hi))
            text = doc_text(doc)[doc[lo].idx:doc[hi - 1].idx + len(doc[hi - 1])]
            found.append((lo, hi, key, text))
    found.sort()
    return [(key, text) for _, _, key, text in found]


def _left_edge(tok: "Token", span: "SpacySpan") -> int:
    """Start of the contiguous modifiers before ``tok`` (no determiners or possessive pronouns)."""
    mods: set[int] = set()
    for child in tok.children:
        if child.i < tok.i and child.dep_ in LEFT_MODIFIER_DEPS and child.tag_ != "PRP$":
            mods.update(t.i for t in child.subtree)
    lo = tok.i
    while lo - 1 >= span.start and lo - 1 in mods and tok.doc[lo - 1].dep_ not in ("det", "predet", "punct"):
        lo -= 1
    while lo < tok.i and tok.doc[lo].dep_ in ("case", "punct"):
        lo += 1
    return lo


def _locates(tok: "Token") -> bool:
    return tok.ent_type_ in LOCATING_TYPES or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "DATE"))


def _located_issue(tok: "Token", span: "SpacySpan") -> tuple[int, int, str] | None:
    """ "the war in X", "the X crisis", "X's nuclear programme": an issue named by its place or people."""
    lemma = lemma_of(tok)
    children = list(tok.children)
    conflict = lemma in lex.CONFLICT_ISSUE_NOUNS
    if not (conflict or lemma in lex.LOCATED_ISSUE_NOUNS
            or (lemma == "process" and any(lemma_of(c) == "peace" for c in children if c.dep_ == "compound"))
            or (lemma in lex.PROGRAMME_NOUNS and any(lemma_of(c) == "nuclear" for c in children if c.dep_ == "amod"))):
        return None
    lo = _left_edge(tok, span)
    places = [t for t in tok.doc[lo:tok.i] if _locates(t)]
    hi = tok.i + 1
    if not places:
        places, hi = _located_pp(tok, span, lex.ISSUE_LOCATING_PREPS)
    if not places:
        return None
    kinds = [t for t in tok.doc[lo:tok.i] if t.dep_ == "compound" and not _locates(t)]
    if conflict and not kinds:
        # "the war in X", "the X conflict", "the X crisis": one issue, however it is phrased.
        name = " ".join(t.text for t in places)
        iso = country_of_name(places[0].text)
        return lo, hi, f"conflict:{iso or name.lower()}"
    return lo, hi, tok.doc[lo:hi].text.lower()


def _located_pp(tok: "Token", span: "SpacySpan", preps: frozenset[str]) -> tuple[list["Token"], int]:
    """Places or peoples of a prepositional phrase right after ``tok`` ("in X", "between X and Y"), and its end."""
    hi = tok.i + 1
    for child in tok.children:
        if child.dep_ != "prep" or child.i != hi or child.lower_ not in preps:
            continue
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if pobj is None:
            break
        keep = [t for t in pobj.subtree if not any(
            a.dep_ in PHRASE_CUT_DEPS and a.i != pobj.i for a in _path(t, pobj))]
        if child.lower_ == "between":
            keep = list(pobj.subtree)
        located = [t for t in keep if _locates(t)]
        if located and max(t.i for t in keep) < span.end:
            return located, max(t.i for t in keep) + 1
        break
    return [], hi


def _path(tok: "Token", top: "Token") -> list["Token"]:
    """Tokens from ``tok`` up to (not including) ``top``."""
    out: list[Token] = []
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        out.append(cur)
        cur = cur.head
    return out


def _sector_issue(tok: "Token", span: "SpacySpan") -> tuple[int, int, str] | None:
    """ "trade", "regional security", "energy cooperation": a policy field, alone or before a relation noun."""
    lemma = lemma_of(tok)
    if lemma not in lex.SECTOR_ISSUE_NOUNS or (lemma == "sanction" and tok.tag_ != "NNS"):
        return None
    head = tok
    if tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        head = tok.head
        if head.pos_ != "NOUN" or lemma_of(head) not in lex.ISSUE_RELATION_HEADS or head.ent_type_ in NAME_TYPES:
            return None
        if not span.start <= head.i < span.end:
            return None
    elif any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        # "a climate of trust", "the security of the talks": not the policy field.
        return None
    lo = _left_edge(head, span)
    hi = head.i + 1
    if head.i == tok.i:
        # "trade with X", "sanctions against X": the partner or target named after the field.
        hi = _located_pp(tok, span, lex.SECTOR_PARTNER_PREPS)[1]
    return lo, hi, tok.doc[lo:hi].text.lower()


def _merge_topics(ev: "EventCandidate", phrases: list[tuple[str, str]], keys: set[str]) -> None:
    """Add issue phrases to an event's topics, skipping ones it already has in any phrasing."""
    for key, text in phrases:
        low = text.lower()
        if key in keys or any(low in t.lower() or t.lower() in low for t in ev.topics):
            continue
        keys.add(key)
        ev.topics.append(text)
