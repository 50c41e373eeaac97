"""A pronoun speaker's saying on the lede's day (rule ``lede_saying``, issue #11).

A report whose lede dates what a person did ("Senator X used Tuesday's debate to ...") goes on with what they said
then: a saying told in the simple past by a pronoun for that person ("'...,' she said") is made that day, even a few
paragraphs on, while nothing else is dated in between (the nearest sentence with a calendar time before it is the
lede's, as for rule ``story_day``), no other person is named in between (the pronoun may be theirs),
no saying is told in the present in between ("X says ...": an interview given as the story is written, which the
sayings after it may be from) nor a telling of the person's own to someone named or told ("X spoke to Radio
Ostland about ..."), and the saying names no time or occasion of its own. Only sayings: another act told by a
pronoun after a paragraph break goes on no day (rule ``person_acted_that_day``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.date_clauses import acts_of_the_day, subject_person
from sidelines.extractors.events.date_values import value_range
from sidelines.extractors.events.said_days import ATTRIBUTION_VERBS, is_saying
from sidelines.extractors.events.story_day import (
    in_direct_quote,
    in_lede,
    lede_day,
    nearest_story_time,
    not_one_day,
)
from sidelines.extractors.lookup import sent_of
from sidelines.model.record import DateRange

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.extractors.events.dates import DateResolver

LEDE_SAYING_RULE = "lede_saying"
SPEAKER_PRONOUNS = frozenset({"he", "she"})
# Adverbs by which a saying names another time than the lede's ("he said then", "years ago", "he later said").
OTHER_TIME_ADVERBS = frozenset({"then", "later", "afterwards", "afterward", "subsequently", "ago", "since"})


def lede_saying(resolver: "DateResolver", anchor: "Token") -> DateRange | None:
    """The lede's day for a pronoun's saying when the lede's dated act has that person for subject; else None."""
    published = resolver.published
    if not published or not is_saying(anchor) or in_direct_quote(resolver, anchor):
        return None
    if any(c.dep_ == "prep" for c in anchor.children):
        return None  # "said in an interview", "told ... at a rally": an occasion of its own
    if any(c.dep_ in ("advmod", "npadvmod") and any(w.lower_ in OTHER_TIME_ADVERBS for w in c.subtree)
           for c in anchor.children):
        return None  # "he said then", "he said years ago", "he later said": another time
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ not in SPEAKER_PRONOUNS:
        return None
    person = resolver.persons.get(subjects[0].i)
    if person is None or not_one_day(resolver, anchor):
        return None
    if any(value_range(t.value) is not None for _, t in resolver.in_sentence(sent_of(anchor))):
        return None
    found = nearest_story_time(resolver, anchor, published)
    if not found or not in_lede(resolver, found[0][0]):
        return None
    between = resolver.parsed[sent_of(found[0][0].root).end:sent_of(anchor).start]
    if other_person_named(between, person, resolver.persons) or any(
            t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() in ATTRIBUTION_VERBS for t in between):
        return None  # the pronoun may be another's; "X says" tells a later interview the sayings may be from
    if any(subject_person(t, resolver.persons) == person and addresses(t) for t in between if t.pos_ == "VERB"):
        return None  # "X told a radio station ...", "X spoke to Radio Y about ...": the sayings may be from that
    if not any(resolver.persons.get(c.i) == person for span, _ in found for v in acts_of_the_day(span)
               for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        return None  # the lede dates another person's act
    days = {day for span, t in found if (day := lede_day(resolver, span, t.value, published)) is not None}
    if len(days) != 1:
        return None
    day = days.pop()
    return DateRange(start=day, end=day)


def addresses(verb: "Token") -> bool:
    """Whether a verb has its subject address someone named or told ("told reporters", "spoke to Radio Ostland",
    "opened up to the Daily Post"): a telling of its own, an occasion the sayings after it may be from."""
    if any(c.dep_ == "dative" for c in verb.children):
        return True
    if verb.lemma_.lower() == "tell" and any(c.dep_ == "dobj" for c in verb.children):
        return True
    to = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "to"]
    to += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" for p in to for g in p.children)


def other_person_named(tokens: "SpacySpan", person: str, persons: dict[int, str]) -> bool:
    """Whether a name of a person other than ``person`` is told among ``tokens`` ("Her rival, Senator Y, will ..."):
    a pronoun after it may be theirs."""
    return any(t.pos_ == "PROPN" and (persons.get(t.i, person) != person or (
        t.i not in persons and t.ent_type_ == "PERSON")) for t in tokens)
