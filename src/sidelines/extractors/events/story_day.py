"""The story day of a news report (rule ``story_day``, issue #11): the day its lede dates, for acts told after it.

A news report opens with what happened and when ("Ruritania expelled two diplomats on Tuesday."); an act it then
tells in the simple past with no time of its own happened that day when it goes on with that happening: a side of
the lede's act is named in the act's clause ("... . The army accused the rebels"), or the clause takes the
happening up by a definite noun ("Governor X signed the bill on Monday. ... Groups praised the decision"). An act of
other sides on another matter is another happening ("The ferry sank on Thursday. ... X criticized Y over the
contracts"), and a pronoun going on with a person is left to the pronoun speakers' rule (``person_acted_that_day``).

Only while nothing else is dated in between: the nearest sentence with a calendar time before the act must be the
lede, within a few sentences, and the act's own sentence names no time (one there that does not date the act tells
of another time). The lede is one of the document's first sentences (headline, dateline line, first paragraph);
its time names one day, on or at most a week before publication, and dates an act told in the past ("won the
primary on Tuesday"), never a plan ("will hold a rally on Friday") nor a bound ("since Monday"). An act in the past
perfect ("had criticized") was done before the story, and one inside a direct quote is the speaker's telling of
some other time, so neither takes the day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sidelines.extractors.events.date_clauses import acts_of_the_day, is_past_aux, is_past_perfect
from sidelines.extractors.lookup import sent_of
from sidelines.model.record import DateRange

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.extractors.events.dates import DateResolver

STORY_DAY_RULE = "story_day"
# The lede: a time among the document's first sentences (the headline, a dateline line and the first paragraph).
LEDE_SENTENCES = 4
# How many sentences after the lede an act may be told and still go on its day (the nearest dated sentence before
# the act must be the lede: any other time in between starts another happening).
STORY_REACH = 12
# A lede day this many days or fewer before the day of publication is the story's; an older one is background.
MAX_DAYS_BEFORE = 7
# Words before a time that make it a bound, not the day of the lede's act ("since Monday", "until Tuesday").
BOUND_BEFORE = frozenset({"since", "after", "before", "until", "till", "by", "from", "between", "through"})


# Nouns that take up a happening told before ("praised the decision", "condemned the expulsions"): general nouns of
# acts, decisions and incidents, read only after a definite determiner.
HAPPENING_NOUNS = frozenset({
    "decision", "move", "step", "action", "ruling", "verdict", "vote", "veto", "plan", "announcement", "attack",
    "incident", "violence", "arrest", "expulsion", "withdrawal", "test", "strike", "protest", "march", "raid",
    "killing", "shooting", "bombing", "blast", "incursion", "deal", "agreement", "sentence", "conviction",
    "resignation", "departure", "closure", "law", "bill", "measure", "policy", "order", "ban", "sanction",
    "election", "result", "outcome", "crackdown", "clash", "fighting", "offensive", "invasion", "blockade",
    "speech", "remark", "comment", "statement", "visit", "meeting", "talks", "summit", "debate", "hearing",
})
# Nouns too general to tie two sentences to one happening.
GENERIC_NOUNS = frozenset({"people", "person", "time", "day", "week", "month", "year", "percent", "number", "way",
                           "thing", "part", "lot", "one"})
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "their"})


def is_simple_past(anchor: "Token") -> bool:
    """A verb told in the simple past ("arrested") or the past passive ("were arrested"), not the past perfect."""
    if anchor.tag_ == "VBD" and not any(c.dep_ == "aux" for c in anchor.children):
        return True
    return is_past_aux(anchor) and not is_past_perfect(anchor)


def story_day(resolver: "DateResolver", anchor: "Token") -> DateRange | None:
    """The day the report's lede dates, for an undated act told in the simple past after it (rule ``story_day``);
    None when the act is not such an act or no lede dates the story."""
    published = resolver.published
    if not published or not is_simple_past(anchor) or _in_direct_quote(resolver, anchor):
        return None
    if any(resolver.value_range_of(t.value) is not None for _, t in resolver.in_sentence(sent_of(anchor))):
        return None  # a time of the act's own sentence that does not date it: the sentence tells of another time
    found = resolver.nearest_dated_before(anchor, STORY_REACH)
    if not found or not _in_lede(resolver, found[0][0]):
        return None
    if not _goes_on(resolver, anchor, [span for span, _ in found]):
        return None  # the act of other sides on another matter: another happening (rule story_day)
    days = {day for span, t in found if (day := _lede_day(resolver, span, t.value, published)) is not None}
    if len(days) != 1:
        return None  # no day, or several: the lede tells more than one happening
    day = days.pop()
    return DateRange(start=day, end=day)


def _goes_on(resolver: "DateResolver", anchor: "Token", lede_times: "list[SpacySpan]") -> bool:
    """Whether the act goes on with the lede's happening: a side of the lede's act (its subject or object, by the
    entities layer with its coreference, or by the same noun) is named in the act's clause, or the clause takes up
    a happening by a definite noun ("condemned the expulsions"). The clause is the act's words outside what is said
    (a name in a quote is the speaker's telling, not a side), and names only: a pronoun going on with a person is
    the pronoun speakers' rule (``person_acted_that_day``, in the same paragraph)."""
    entities = resolver.entities
    sides = [t for span in lede_times for v in acts_of_the_day(span) for side in _sides(v) for t in _phrase(side)]
    told = {entities[t.i] for t in sides if t.i in entities}
    nouns = {key for t in sides if t.pos_ in ("NOUN", "PROPN") for key in _noun_keys(t)} - GENERIC_NOUNS
    clause = [t for t in _clause(resolver, anchor) if t.pos_ in ("NOUN", "PROPN")]
    if any((entities.get(t.i) in told and t.pos_ == "PROPN") or _noun_keys(t) & nouns for t in clause):
        return True  # "Rebels shelled the town ... The army accused the rebels ..."
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in HAPPENING_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS for c in t.children) for t in clause)


def _clause(resolver: "DateResolver", anchor: "Token") -> list["Token"]:
    """The act's words: its subtree without a clause it reports (nor one reported inside a direct quote), and the
    subject of the verb that reports it."""
    said = {t.i for c in anchor.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
    words = [t for t in anchor.subtree if t.i not in said and not _in_direct_quote(resolver, t)]
    if anchor.dep_ == "ccomp" and anchor.head.i != anchor.i:
        words += [c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return words


def _sides(verb: "Token") -> list["Token"]:
    """The subject and object heads of a verb, the agent of a passive among them ("was signed by X")."""
    out = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return out + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _phrase(head: "Token") -> list["Token"]:
    """The words of a noun phrase ("Hundreds of farmers", "Pilots at Korvia Air"), without a clause on it ("the
    plan drafted by the port authority": the authority is not a side of the act)."""
    out = [head]
    for child in head.children:
        if child.dep_ not in ("acl", "relcl", "appos", "cc", "punct"):
            out += _phrase(child)
    return out


def _noun_keys(tok: "Token") -> set[str]:
    """The forms a noun is matched by: its lemma and its word, in lower case ("Rebels" and "rebels")."""
    return {tok.lemma_.lower(), tok.lower_}


def _in_lede(resolver: "DateResolver", span: "SpacySpan") -> bool:
    """Whether a time lies in one of the document's first sentences."""
    for k, sent in enumerate(resolver.parsed.sents):
        if k >= LEDE_SENTENCES:
            return False
        if sent.start <= span.start < sent.end:
            return True
    return False


def _lede_day(resolver: "DateResolver", span: "SpacySpan", value: str, published: str) -> str | None:
    """The one day a lede time names for a past act it dates, on or a week before publication; else None."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in BOUND_BEFORE:
        return None
    got = resolver.value_range_of(value)
    if got is None or got[0] != got[1]:
        return None
    try:
        day, pub = dt.date.fromisoformat(got[0][:10]), dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    if not (pub - dt.timedelta(days=MAX_DAYS_BEFORE) <= day <= pub):
        return None
    if not any(is_simple_past(v) or v.tag_ == "VBD" for v in acts_of_the_day(span)):
        return None  # the time of a plan or a state, not of a happening told in the past
    return day.isoformat()


def _in_direct_quote(resolver: "DateResolver", anchor: "Token") -> bool:
    """Whether the act is told inside a direct quote (the speaker's own telling of some other time)."""
    return any(start <= anchor.idx < end for start, end in resolver.direct_quotes)



def story_day_decision(resolver: "DateResolver", anchor: "Token", date: DateRange | None) -> str | None:
    """The decision to record on an event dated by rule ``story_day`` ("story_day: 2024-03-12"): the rule fired for
    an act of the event's sentence (its verb, or the cue of the quote it was read from) and gave its date."""
    if date is None or not date.start or date.start != date.end:
        return None
    sent = sent_of(anchor)
    for i in range(sent.start, sent.end):
        rule = resolver.rules.get(i)
        if rule is not None and rule.endswith(date.start):
            return rule
    return None
