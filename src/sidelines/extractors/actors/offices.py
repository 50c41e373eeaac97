"""Countries of office holders named by a bare title ("President X") from what their sentences say.

The entities extractor leaves a person's country empty when no title, appositive or affiliation
states it ("President X banned Ugandan opposition candidates"). This module, run by the actors
extractor, fills it only from home evidence in the sentences that name the person:

* a demonym, country or town modifying a domestic noun ("Ugandan opposition", "Haiti's first
  elections", "the Syrian parliament"), never a noun of foreign relations ("Moroccan diplomats",
  "the U.S. embassy") nor another person ("Nigerian President Y");
* a place after "in" that belongs to a noun ("a curfew in Algiers", "groups in Zimbabwe"), never
  to a verb or a meeting ("arrived in X", "the summit in X"), which tell where a visit went;
* a plural people named by their demonym ("Young Algerians blocked roads").

The document must name one country only (by its places and peoples; a foreign embassy or envoy in it
does not count): in a story that names
several, a leader's own country is often the one left unsaid ("President X criticised the Syrian
regime"), so that no sentence cue can be trusted. Nothing here knows any particular person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.explain import decide
from sidelines.extractors.lookup import sent_of
from sidelines.lexicon.titles import NATIONAL_OFFICES, SHARED_OFFICES
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sidelines.model.document import Document
    from sidelines.model.record import Entity

# Offices besides the lexicon's national ones that a country's own people hold.
EXTRA_OFFICES = frozenset({"king", "queen", "emir", "judge", "general", "lt. gen.", "gen.", "vice-president"})
# Ranks of a country's armed forces: their holders serve that country as its officers do.
MILITARY_RANKS = frozenset({
    "lieutenant general", "major general", "brigadier general", "brigadier", "colonel", "lieutenant colonel",
    "field marshal", "marshal", "admiral", "vice admiral", "rear admiral", "air marshal", "air chief marshal",
    "lt. gen", "maj. gen.", "maj. gen", "brig. gen.", "brig. gen", "col.", "lt. col.", "adm.",
})
# Words before an office that do not change it ("former President").
TITLE_QUALIFIERS = frozenset({"former", "then", "late", "acting", "interim", "ex", "outgoing", "incoming"})
# Heads that point abroad: a demonym on them names someone else's country.
FOREIGN_HEADS = frozenset({
    "diplomat", "delegation", "delegate", "envoy", "ambassador", "embassy", "consulate", "counterpart",
    "minister", "president", "leader", "official", "spokesman", "spokeswoman", "negotiator", "mission",
    "troop", "force", "army", "military", "soldier", "navy", "border", "ally", "visitor", "guest",
})
# Nouns of meetings and trips: "the summit in X" says where a leader went, not where he is from.
MEETING_NOUNS = frozenset({
    "summit", "meeting", "talk", "visit", "conference", "trip", "tour", "forum", "session", "ceremony",
    "stop", "stay", "negotiation",
})
# Verbs of meeting, visiting and receiving, the verbs of MEETING_NOUNS: the other side is as often foreign as not.
MEETING_VERBS = frozenset({"meet", "visit", "host", "receive", "welcome", "greet", "confer"})
# Heads of a foreign state's representation in another country.
REPRESENTATION_HEADS = frozenset({"embassy", "consulate", "ambassador", "envoy", "diplomat", "legation"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Entity types whose country is a place or people's country.
PLACE_TYPES = frozenset({"GPE", "NORP"})


def holds_bare_office(entity: "Entity") -> bool:
    """Whether a person holds a country-level office with no stated affiliation ("President X")."""
    for role in entity.roles:
        if role.affiliation is not None:
            continue
        words = [w for w in role.title.split() if w.lower().strip(".") not in TITLE_QUALIFIERS]
        if not words:
            continue
        office = " ".join(words).lower()
        if office in SHARED_OFFICES and not words[0][:1].isupper():
            continue
        if office in NATIONAL_OFFICES or office in EXTRA_OFFICES or office in MILITARY_RANKS:
            return True
    return False


def _is_home_cue(root: "Token", person_tokens: set[int]) -> bool:
    """Whether a country mention with syntactic head ``root`` is home evidence (see the module doc)."""
    head = root.head
    if root.dep_ in MODIFIER_DEPS:
        return (head.pos_ in ("NOUN", "PROPN") and head.i not in person_tokens and head.ent_type_ != "PERSON"
                and lemma_of(head) not in FOREIGN_HEADS)
    if root.dep_ == "pobj" and head.lower_ == "in":
        owner = head.head
        return owner.pos_ == "NOUN" and lemma_of(owner) not in MEETING_NOUNS and lemma_of(owner) not in FOREIGN_HEADS
    return root.tag_ in ("NNPS", "NNS") and root.dep_ in ("nsubj", "dobj", "pobj") and root.ent_type_ == "NORP"


def _is_representation(root: "Token") -> bool:
    """Whether a country mention names a foreign state's mission ("a spokeswoman for the U.S. embassy"):
    a guest in the story's country, which does not make the story name a second home."""
    return root.dep_ in MODIFIER_DEPS and lemma_of(root.head) in REPRESENTATION_HEADS


def _sentence_countries(sent: "SpacySpan", country_spans: list[tuple["SpacySpan", str]],
                        person_tokens: set[int]) -> set[str]:
    out: set[str] = set()
    for span, country in country_spans:
        if span.start < sent.start or span.end > sent.end:
            continue
        if _is_home_cue(span.root, person_tokens):
            out.add(country)
    return out


def fill_office_countries(doc: "Document", parsed: "Doc") -> None:
    """Set the country of bare-titled office holders from agreeing home evidence in their sentences."""
    entities = doc.layer("entities")
    people = [e for e in entities if e.type == "PERSON" and e.country is None and holds_bare_office(e)]
    if not people:
        return
    country_spans: list[tuple[SpacySpan, str]] = []
    person_tokens: set[int] = set()
    for e in entities:
        for m in e.mentions:
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            if e.type == "PERSON":
                person_tokens.update(t.i for t in span)
            elif e.type in PLACE_TYPES and e.country and m.kind == "name":
                country_spans.append((span, e.country))
    if len({country for span, country in country_spans if not _is_representation(span.root)}) != 1:
        return
    for person in people:
        found: set[str] = set()
        for m in person.mentions:
            if m.kind != "name":
                continue
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            found |= _sentence_countries(sent_of(span.root), country_spans, person_tokens)
        if len(found) == 1:
            person.country = found.pop()
            decide(person, "country", "actors", "the one country named in the sentences of their office")
