"""The time of the sentence just before, for an act that goes on with what it dates (rule ``scene_goes_on``).

A story tells an earlier scene in a few sentences: a time opens it ("Rebels shelled Varna in 2019.") and the next
sentence of the same paragraph goes on with it ("The army accused the rebels of war crimes."). An undated act told in
the simple past right after a sentence with one calendar time that dates a past act there goes on that time when a side
of that act is named in the act's clause, or the clause takes the happening up by a definite noun (the sides test of
rule ``story_day``). Only the sentence directly before, in the same paragraph: a sentence break with a new paragraph,
a time of the act's own sentence, a plan ("will vote in June"), a bound ("since 2019"), the past perfect, a habit or a
span, and an act inside a direct quote all keep the time off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.date_clauses import acts_of_the_day
from sidelines.extractors.events.date_values import value_range
from sidelines.extractors.events.story_day import (
    BOUND_BEFORE,
    GENERIC_NOUNS,
    LEDE_SENTENCES,
    act_arguments,
    goes_on,
    in_direct_quote,
    is_definite,
    is_simple_past,
    lede_day,
    not_one_day,
    noun_keys,
    phrase_of,
    sides_of,
    takes_up,
)
from sidelines.extractors.lookup import doc_text, sent_of
from sidelines.model.record import DateRange

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.extractors.events.dates import DateResolver

SCENE_RULE = "scene_goes_on"


def scene_day(resolver: "DateResolver", anchor: "Token") -> DateRange | None:
    """The one calendar time of the sentence right before the act's, in the same paragraph, when it dates a past act
    there that the act goes on with (rule ``scene_goes_on``); else None."""
    published = resolver.published
    if not published or not is_simple_past(anchor) or in_direct_quote(resolver, anchor):
        return None
    sent = sent_of(anchor)
    if sent.start == 0 or any(value_range(t.value) is not None for _, t in resolver.in_sentence(sent)):
        return None
    if not_one_day(resolver, anchor):
        return None
    before = sent_of(resolver.parsed[sent.start - 1])
    found = [(span, got) for span, t in resolver.in_sentence(before) if (got := value_range(t.value)) is not None]
    if len(found) != 1:
        return None  # none, or several times: no one scene
    span, got = found[0]
    if "\n\n" in doc_text(resolver.parsed)[span.end_char:anchor.idx]:
        return None  # a new paragraph starts another scene
    if span.start > 0 and span.doc[span.start - 1].lower_ in BOUND_BEFORE:
        return None
    if got[0][:10] > published[:10] or got[1][:10] > published[:10]:
        return None  # a plan, or a span reaching past the day of publication
    if got[0][:4] != got[1][:4]:
        return None  # a decade or a span of years tells no scene
    acts = [v for v in acts_of_the_day(span) if is_simple_past(v)]
    if not acts:
        return None  # the time of a plan or a state, not of a happening told in the past
    if in_direct_quote(resolver, span.root) or any(v.dep_ == "ccomp" for v in acts) or any(
            w.lower_ == "according" for w in before):
        return None  # a happening someone tells ("X said the army bombed Tesh in 2022"): the telling is today's
    if _lede_dated(resolver, before, published):
        return None  # a report whose lede dates a recent day: the time before is background to that story
    if not goes_on(resolver, anchor, [span]):
        return None
    if not (takes_up(act_arguments(resolver, anchor)) or _reacts(resolver, anchor, acts)):
        return None
    return DateRange(start=got[0][:10], end=got[1][:10])


def _lede_dated(resolver: "DateResolver", before: "SpacySpan", published: str) -> bool:
    """Whether a lede sentence before ``before`` dates a past act on a recent day (the story's day, rule story_day)."""
    for k, sent in enumerate(resolver.parsed.sents):
        if k >= LEDE_SENTENCES or sent.start >= before.start:
            return False
        if any(lede_day(resolver, sp, t.value, published) for sp, t in resolver.in_sentence(sent)):
            return True
    return False


def _is_agent(tok: "Token") -> bool:
    return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def _reacts(resolver: "DateResolver", anchor: "Token", acts: "list[Token]") -> bool:
    """Whether a side of the dated act comes back in the other role: its doer is now the target ("Rebels shelled
    Drask. The army accused the rebels") or its target now acts. The same doer acting again ("X was elected in
    2019. X criticised Y") or the same thing acted on again ("The treaty was signed in 1998. Y criticised the
    treaty") tells no reaction to that scene."""
    ents = resolver.entities
    roles: dict[str, set[bool]] = {}
    for v in acts:
        for side in sides_of(v):
            for t in phrase_of(side):
                keys = ({ents[t.i]} if t.i in ents else set()) | (
                    noun_keys(t) - GENERIC_NOUNS if t.pos_ in ("NOUN", "PROPN") else set())
                for key in keys:
                    roles.setdefault(key, set()).add(_is_agent(side))
    for t in act_arguments(resolver, anchor):
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        keys = ({ents[t.i]} if t.i in ents and t.pos_ == "PROPN" else set()) | (
            noun_keys(t) if is_definite(t) else set())
        if any((not _is_agent(t)) in roles.get(k, set()) for k in keys):
            return True
    return False
