"""Speakers that are a definite group or description: "“Out!” the crowd yelled", "the league said".

Quotes leave a speaker phrase that names no one without an entity. Once the ``groups`` step has added
the generic sides ("crowd", "bureau") as entities, a quote whose speaker phrase is definite ("the
crowd", "the bureau") takes the group entity over the phrase's head as its speaker; with none there,
the phrase itself becomes one ("the audience", "the plaintiff"): an organisation when its head is an
organisation's noun, else a group of people (NORP), as the generic sides are, when its verb is one of
speaking (not a text, "the story said", nor a title that a named person here holds, "the senator
said"); it takes the country its words name ("the Colombian defence minister"). So does a plural
with no determiner whose modifiers say which group speaks ("fire crews said", "marine biologists
say"), and officials a body's nouns name ("election officials said"). An
anonymous source stays without one: a bare or indefinite phrase ("officials said", "senior officials said",
"a source close to"), a
source noun ("the official", "the person familiar with"), or a phrase that goes on past its head
("the police source, who asked not to be named").
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.countries import country_of_name
from sidelines.extractors.entities.title_words import hyphen_word
from sidelines.extractors.explain import decide, explain
from sidelines.extractors.lookup import sent_of
from sidelines.extractors.quotes.speakers import TEXT_NOUNS
from sidelines.lexicon.kinds import KIND_NOMINALS
from sidelines.lexicon.speech import SOURCE_NOUNS
from sidelines.model.record import SAID_KINDS, Entity, Mention, next_entity_number
from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document

# Nouns of sources that journalists keep anonymous: "the official said" names no group.
ANONYMOUS_SOURCES = frozenset({
    "source", "official", "person", "people", "someone", "insider", "aide", "individual", "man", "woman",
})
# Verbs of speaking proper: their subject is someone who speaks (a closed class; "show", "find" and
# "threaten" take things and misparses as subjects).
SPEAKING_VERBS = frozenset({
    "say", "tell", "yell", "scream", "shout", "chant", "cry", "argue", "insist", "reply", "respond", "answer",
    "ask", "add", "explain", "announce", "declare", "complain", "warn", "testify", "write", "claim", "state",
})
# Entity types a group speaker may be.
GROUP_TYPES = frozenset({"ORG", "NORP"})


def link_group_speakers(doc: "Document", parsed: "Doc") -> None:
    """Give quotes with a definite group speaker phrase and no speaker the group entity over its head,
    or an entity of the phrase's own."""
    quotes = doc.layers.get("quotes") or []
    entities: list[Any] = doc.layers.setdefault("entities", [])
    groups = [(m.start, m.end, e.id) for e in entities if e.type in GROUP_TYPES for m in e.mentions]
    held = [r.title for e in entities if e.type == "PERSON" for r in e.roles]
    made: dict[str, Any] = {}  # the entities made here, by name: "the plaintiff" twice is one
    for quote in quotes:
        phrase = quote.speaker_mention
        if quote.speaker is not None or phrase is None or quote.kind not in SAID_KINDS:
            continue  # a stance ("the council voted to close it") says nothing of a speaker
        span = parsed.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None or not (phrase.text.lower().startswith("the ") or _qualified_plural(span)):
            continue
        head = span.root
        if head.pos_ not in ("NOUN", "PROPN") or head.i != span.end - 1 or (
                head.lemma_.lower() in ANONYMOUS_SOURCES and not _named_by_office(span)):
            continue
        found = [g for g in groups if g[0] <= head.idx < g[1]]
        if found:
            quote.speaker = found[0][2]
            decide(quote, "speaker", "groups", "a definite group: the group entity over the phrase's head")
            continue
        lemma = head.lemma_.lower()
        last = _last_word(hyphen_word(span[-1]))  # "the vice" cut from "the vice-president"
        if lemma in SOURCE_NOUNS or lemma in TEXT_NOUNS or any(_last_word(t) in (head.lower_, last) for t in held):
            continue  # a text is its author's ("the story said"); a title someone here holds is theirs
        cue = parsed.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
        if cue is None or cue[0].lemma_.lower() not in SPEAKING_VERBS:
            continue  # only a verb of speaking says its subject is someone ("the footage shows" is not)
        start = span[1].idx if len(span) > 1 and span[0].lower_ == "the" else span[0].idx
        name = doc.text[start:phrase.end]
        mention = Mention(start=start, end=phrase.end, text=name, kind="nominal")
        entity = made.get(name.lower())
        if entity is None:
            kind = "ORG" if KIND_NOMINALS.get(head.lower_) == "org" else "NORP"
            entity = Entity(id=f"e{next_entity_number(entities)}", name=name, type=kind, mentions=[],
                            explanation=explain("groups", "a definite description that speaks"))
            entity.country = country_of_name(name)
            if entity.country is not None:
                decide(entity, "country", "groups", "read from the name")  # "the Colombian defence minister"
            entities.append(entity)
            made[name.lower()] = entity
        entity.mentions.append(mention)
        groups.append((start, phrase.end, entity.id))
        quote.speaker = entity.id
        decide(quote, "speaker", "groups", "a definite description: an entity of its own")


# Entity types of a body that "it" may speak for.
BODY_TYPES = frozenset({"ORG", "GPE"})


def link_it_speakers(doc: "Document", parsed: "Doc") -> None:
    """Give a quote whose speaker phrase is a subject "it" of a verb of speaking, with no speaker, the body
    that spoke in the quote just before, in the sentence before: "The interior ministry said the march was
    illegal. It said police had arrested 40 people." (the body is often an entity only once this step has
    made it). None when the "it" is not first in its sentence ("The plan, it said, ...") or anything else is
    the subject of a clause between the two, outside the words reported ("..., and the council agreed")."""
    quotes = [q for q in doc.layers.get("quotes") or [] if q.kind in SAID_KINDS]
    types = {e.id: e.type for e in doc.layers.get("entities") or []}
    for before, quote in pairwise(quotes):
        phrase, said = quote.speaker_mention, before.speaker_mention
        if (quote.speaker is not None or phrase is None or phrase.text.lower() != "it" or said is None
                or types.get(before.speaker or "") not in BODY_TYPES):
            continue
        it = parsed.char_span(phrase.start, phrase.end)
        body = parsed.char_span(said.start, said.end, alignment_mode="expand")
        cue = parsed.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
        if it is None or body is None or cue is None or it[0].dep_ != "nsubj" or (
                cue[0].lemma_.lower() not in SPEAKING_VERBS):
            continue
        sent = sent_of(it[0])
        if it[0].i != sent.start or sent.start == 0 or body.start < sent_of(parsed[sent.start - 1]).start:
            continue
        c0, c1 = before.content.start, before.content.end
        if any(t.dep_ in NOMINAL_SUBJECTS and not c0 <= t.idx < c1 for t in parsed[body.end:it.start]):
            continue
        quote.speaker = before.speaker
        decide(quote, "speaker", "groups", "it: the body that spoke just before")


def _last_word(title: str) -> str:
    """The last word of a title, a hyphen also parting words ("the vice-president" -> "president")."""
    words = re.split(r"[\s\-–]+", title.lower().strip())
    return words[-1] if words else ""


# Words before a plural that tell how many speak, not which group ("many voters say").
VAGUE_QUANTIFIERS = frozenset({"many", "other", "several", "few", "more", "most", "various", "numerous", "some"})


def _named_by_office(span: Any) -> bool:
    """ "election officials", "Pentagon officials": a bare plural of officials that nouns before it say which
    body speaks through; with an adjective ("senior officials", "local officials") they stay anonymous."""
    return (span.root.lower_ == "officials" and _qualified_plural(span)
            and all(t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") for t in span if t.i != span.root.i))


def _qualified_plural(span: Any) -> bool:
    """ "fire crews", "marine biologists": a plural noun with no determiner whose modifiers say which
    group speaks; a bare "officials" or "sources" stays anonymous (the head is checked by the caller)."""
    head = span.root
    if span[0].lower_ in VAGUE_QUANTIFIERS:
        return False  # "many voters", "other analysts": how many, not which group
    return head.tag_ == "NNS" and span[0].dep_ in ("amod", "compound") and all(
        t.dep_ in ("amod", "compound") for t in span if t.i != head.i)
