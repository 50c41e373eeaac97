"""The story day of a news report (rule ``story_day``, issue #11): the day its lede dates, for acts told after it.

A news report opens with what happened and when ("Ruritania expelled two diplomats on Tuesday."); an act it then
tells in the simple past with no time of its own happened that day when it goes on with that happening: a side of
the lede's act is named in the act's clause ("... . The army accused the rebels"), or the clause takes the
happening up by a definite noun ("Governor X signed the bill on Monday. ... Groups praised the decision"). An act of
other sides on another matter is another happening ("The ferry sank on Thursday. ... X criticized Y over the
contracts"), and a pronoun going on with a person is left to the pronoun speakers' rule (``person_acted_that_day``).

Only while nothing else is dated in between: the nearest sentence with a calendar time before the act must be the
lede, within a few sentences, and the act's own sentence names no time (one there that does not date the act tells
of another time). A sentence whose times are all plans after publication ("will vote again in June") is passed
over, a background time never (what follows it often goes on with that earlier story); a lede time that names no
day but holds the day an earlier lede sentence dates ("earlier this week", "this month") goes on with that day.
The lede is one of the document's first sentences (headline, dateline line, first paragraph);
its time names one day, on or at most a week before publication, and dates an act told in the past ("won the
primary on Tuesday"), never a plan ("will hold a rally on Friday") nor a bound ("since Monday"). An act in the past
perfect ("had criticized") was done before the story, and one inside a direct quote is the speaker's telling of
some other time, so neither takes the day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sidelines.extractors.events.date_clauses import acts_of_the_day, is_past_aux, is_past_perfect
from sidelines.extractors.events.date_values import value_range
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
# acts, decisions and incidents, read only after a definite determiner. Not standing things that outlast a day and
# were there before it ("opposed the policy", "violated the agreement", "fought the bill"): law, bill, plan, deal,
# agreement, policy, ban, election and the like are left out on purpose.
HAPPENING_NOUNS = frozenset({
    "decision", "move", "step", "action", "ruling", "verdict", "vote", "veto", "announcement", "attack",
    "incident", "violence", "arrest", "expulsion", "withdrawal", "test", "strike", "protest", "march", "raid",
    "killing", "shooting", "bombing", "blast", "incursion", "conviction", "resignation", "departure", "closure",
    "crackdown", "clash", "speech", "remark", "comment", "statement", "visit",
})
# Words in an act's clause that tell a habit, a span or an earlier time ("once", "repeatedly", "before").
NOT_ONE_DAY_ADVERBS = frozenset({
    "once", "often", "repeatedly", "regularly", "frequently", "usually", "always", "never", "long", "previously",
    "formerly", "earlier", "before", "already", "sometimes", "routinely", "again", "twice", "constantly",
})
# Prepositions whose object is a span or an earlier occasion ("during similar rallies", "throughout the war").
SPAN_PREPOSITIONS = frozenset({"during", "throughout", "in", "over", "for", "at"})
SPAN_OBJECT_WORDS = frozenset({"similar", "previous", "earlier", "past", "last", "former", "first", "every", "each"})
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
    if not published or not is_simple_past(anchor) or in_direct_quote(resolver, anchor):
        return None
    if any(value_range(t.value) is not None for _, t in resolver.in_sentence(sent_of(anchor))):
        return None  # a time of the act's own sentence that does not date it: the sentence tells of another time
    if not_one_day(resolver, anchor):
        return None  # "every weekend", "for years", "repeatedly", "during similar rallies": not the lede's one day
    found = nearest_story_time(resolver, anchor, published)
    if not found or not in_lede(resolver, found[0][0]):
        return None
    if all(lede_day(resolver, span, t.value, published) is None for span, t in found):
        # "It was her first win since she announced her run earlier this month.": a time naming no day of its own
        # that holds the day an earlier lede sentence dates goes on with that day.
        found = [] if _own_happening(resolver, anchor, found) else _day_held(resolver, found, published)
    if not goes_on(resolver, anchor, [span for span, _ in found]):
        return None  # the act of other sides on another matter: another happening (rule story_day)
    days = {day for span, t in found if (day := lede_day(resolver, span, t.value, published)) is not None}
    if len(days) != 1:
        return None  # no day, or several: the lede tells more than one happening
    day = days.pop()
    return DateRange(start=day, end=day)


def _day_held(resolver: "DateResolver", found: list[tuple["SpacySpan", Any]], published: str
              ) -> list[tuple["SpacySpan", Any]]:
    """The times of the nearest earlier lede sentence with a time, when they name one day that every calendar time of
    ``found`` holds ("earlier this week", "this month", "this year" hold Tuesday); else none."""
    sent = sent_of(found[0][0].root)
    while sent.start > 0:
        sent = sent_of(resolver.parsed[sent.start - 1])
        earlier = resolver.in_sentence(sent)
        if not earlier:
            continue
        if not in_lede(resolver, earlier[0][0]):
            return []
        days = {day for span, t in earlier if (day := lede_day(resolver, span, t.value, published)) is not None}
        spans = [got for _, t in found if (got := value_range(t.value)) is not None]
        if len(days) != 1 or not spans:
            return []
        day = next(iter(days))
        return earlier if all(first[:10] <= day <= last[:10] for first, last in spans) else []
    return []


def _own_happening(resolver: "DateResolver", anchor: "Token", found: list[tuple["SpacySpan", Any]]) -> bool:
    """Whether a vaguer time dates an act of its own told in the simple past ("Earlier this month, police arrested
    two reporters") that the act goes on with: the act may belong to that happening, not the lede's."""
    acts = [v for span, _ in found for v in acts_of_the_day(span) if v.lemma_ != "be" and is_simple_past(v)]
    return bool(acts) and goes_on(resolver, anchor, [span for span, _ in found])


def nearest_story_time(resolver: "DateResolver", anchor: "Token", published: str) -> list[tuple["SpacySpan", Any]]:
    """The times of the nearest sentence before the act, within reach, with a time that is not a plan: a sentence
    whose times all start after publication ("The assembly will vote again in June.") tells what is to come, not
    another happening, so it is passed over (rule ``story_day``). A background time ("served from 1980 to 1988")
    is not: what follows it often goes on with that earlier story."""
    return resolver.nearest_dated_before(
        anchor, STORY_REACH, passes=lambda found: not all(after_publication(t.value, published) for _, t in found))


def after_publication(value: str, published: str) -> bool:
    """Whether a time's calendar span starts after the day of publication."""
    got = value_range(value)
    return got is not None and got[0][:10] > published[:10]


def goes_on(resolver: "DateResolver", anchor: "Token", lede_times: "list[SpacySpan]") -> bool:
    """Whether the act goes on with the lede's happening: a side of the lede's act (its subject or object, by the
    entities layer with its coreference, or by the same noun) is named in the act's clause, or the clause takes up
    a happening by a definite noun ("condemned the expulsions"). The clause is the act's words outside what is said
    (a name in a quote is the speaker's telling, not a side), and names only: a pronoun going on with a person is
    the pronoun speakers' rule (``person_acted_that_day``, in the same paragraph)."""
    entities = resolver.entities
    sides = [t for span in lede_times for v in acts_of_the_day(span) for side in sides_of(v) for t in phrase_of(side)]
    told = {entities[t.i] for t in sides if t.i in entities}
    nouns = {key for t in sides if t.pos_ in ("NOUN", "PROPN") for key in noun_keys(t)} - GENERIC_NOUNS
    clause = [t for t in act_arguments(resolver, anchor) if t.pos_ in ("NOUN", "PROPN")]
    if any((entities.get(t.i) in told and t.pos_ == "PROPN") or (noun_keys(t) & nouns and is_definite(t))
           for t in clause):
        return True  # "Rebels shelled the town ... The army accused the rebels ..."
    return takes_up(clause)


def takes_up(words: "list[Token]") -> bool:
    """Whether an act's words take a happening up by a definite noun: a noun of :data:`HAPPENING_NOUNS` definite by a
    determiner or by any possessive ("condemned the expulsions", "its move", "the governor's decision")."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in HAPPENING_NOUNS and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in t.children) for t in words)


def act_arguments(resolver: "DateResolver", anchor: "Token") -> list["Token"]:
    """The heads of the act's own sides (subject, object, agent, a verb's prepositional object, an object's
    prepositional object), those of an infinitive an implicative tells done, and the subject of a verb that
    reports it: not a name nested inside one ("Ruritania's coach", "doctors at
    Drosk Hospital", "the deal it signed with Ruritania" tell no side of the act)."""
    # The infinitive an implicative tells done ("rushed to reinforce", "was quick to condemn").
    tops = [anchor, *(c for c in anchor.children if c.dep_ in ("acomp", "attr"))]
    verbs = [anchor] + [x for c in tops for x in c.children if x.dep_ in ("xcomp", "advcl", "relcl") and x.tag_ == "VB"]
    heads = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    heads += [g for v in verbs for c in v.children if c.dep_ in ("agent", "prep") for g in c.children
              if g.dep_ == "pobj"]
    heads += [g for h in heads if h.dep_ == "dobj" for p in h.children if p.dep_ == "prep"
              for g in p.children if g.dep_ == "pobj"]  # "dozens of protesters", "its envoy from Ruritania"
    if anchor.dep_ == "ccomp" and anchor.head.i != anchor.i:
        heads += [c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += _shared_subject(anchor)
    # A group's possessive ("the dockworkers' leader"), not a name's ("Ruritania's coach": a loose tie).
    words = heads + [c for h in heads for c in h.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
    return [t for t in words if not in_direct_quote(resolver, t)]


def _shared_subject(verb: "Token") -> list["Token"]:
    """The subject a conjunct with none of its own shares with the verb it joins ("Kovac thanked her voters and
    accused X": Kovac accused)."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
        cur = cur.head
    return [] if cur.i == verb.i else [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]


def not_one_day(resolver: "DateResolver", anchor: "Token") -> bool:
    """Whether the act's sentence names a span or a repeat (a duration or set time: "for years", "every weekend"),
    or its clause tells a habit or an earlier time ("once", "repeatedly", "before", "during similar rallies")."""
    sent = sent_of(anchor)
    lo, hi = sent.start_char, sent.end_char
    if any(t.type in ("DURATION", "SET") and lo <= t.start < hi for t in resolver.doc.layer("times")):
        return True
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in NOT_ONE_DAY_ADVERBS for c in anchor.children):
        return True
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in SPAN_PREPOSITIONS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in ("during", "throughout") or any(w.lower_ in SPAN_OBJECT_WORDS for w in obj.children):
                return True
    return False


def is_definite(noun: "Token") -> bool:
    """Whether a common noun takes up a group told before ("the nurses"), not another of its kind ("nurses at
    another hospital"): a name, or a noun with a definite determiner."""
    owner = [noun.head] if noun.dep_ == "poss" else []  # "the dockworkers' leader"
    return noun.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS
                                       for t in [noun, *owner] for c in t.children)


def sides_of(verb: "Token") -> list["Token"]:
    """The subject and object heads of a verb, the agent of a passive among them ("was signed by X")."""
    out = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return out + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def phrase_of(head: "Token") -> list["Token"]:
    """The words of a noun phrase ("Hundreds of farmers", "Pilots at Korvia Air"), without a clause on it ("the
    plan drafted by the port authority": the authority is not a side of the act)."""
    out = [head]
    for child in head.children:
        if child.dep_ not in ("acl", "relcl", "appos", "cc", "punct"):
            out += phrase_of(child)
    return out


def noun_keys(tok: "Token") -> set[str]:
    """The forms a noun is matched by: its lemma and its word, in lower case ("Rebels" and "rebels")."""
    return {tok.lemma_.lower(), tok.lower_}


def in_lede(resolver: "DateResolver", span: "SpacySpan") -> bool:
    """Whether a time lies in one of the document's first sentences."""
    for k, sent in enumerate(resolver.parsed.sents):
        if k >= LEDE_SENTENCES:
            return False
        if sent.start <= span.start < sent.end:
            return True
    return False


def lede_day(resolver: "DateResolver", span: "SpacySpan", value: str, published: str) -> str | None:
    """The one day a lede time names for a past act it dates, on or a week before publication; else None."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in BOUND_BEFORE:
        return None
    got = value_range(value)
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


def in_direct_quote(resolver: "DateResolver", anchor: "Token") -> bool:
    """Whether the act is told inside a direct quote (the speaker's own telling of some other time)."""
    return any(start <= anchor.idx < end for start, end in resolver.direct_quotes)


def story_day_decision(resolver: "DateResolver", anchor: "Token", date: DateRange | None) -> str | None:
    """The decision to record on an event dated by rule ``story_day`` ("story_day: 2024-03-12"): the rule fired for
    an act of the event's sentence (its verb, or the cue of the quote it was read from) and gave its date."""
    if date is None or not (told := date.start or date.end):
        return None
    sent = sent_of(anchor)
    for i in range(sent.start, sent.end):
        rule = resolver.rules.get(i)
        if rule is not None and rule.endswith(told):
            return rule
    return None
