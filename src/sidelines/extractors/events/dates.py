"""Dates of events: a time expression of the trigger's own clause, else of the clause it joins, else
the occasion's dates; else at most a bound from the tense ("met": on or before the day of publication).

With no time expression an event gets no day: the day of publication is only ever its latest bound
(in the whole-article tune gold, 84 real events undated against 20 dated on the day of publication).
"after", "until", "by" and "before" a time give a range, never that day, and "since" a time only the
day of publication as latest bound (a period up to now dates no event); "now" and
"currently" tell an ongoing state, not a day. Two exceptions date from the report itself: a speech act in
the present progressive ("is calling on") is made on the day of publication, and a time on a report in
the present ("On Tuesday, police say a gunman shot ...") is the reported event's. A demand, accusation or
threat that is what is said ("X must resign," Y said on Tuesday) is made when it is said, and a person
named again after a dated sentence they lead ("Petrov on Tuesday rejected ... . Petrov also criticized")
goes on that day, as does a pronoun speaker after their own act on a day in the same paragraph (a saying, across
paragraphs; a named speaker's saying over a longer reach, passing over sentences of plans: ``said_days``) ("Petrov used
Tuesday's debate to ... . '...,' he said"; the same entity, no other person acting in between) or a
name in a "when" clause of it ("The hall fell silent Thursday, when Petrov spoke out"); the time of the
occasion an act is told at dates the act ("in a statement on Tuesday",
"at a rally on Tuesday", "Speaking at a rally on Tuesday, X ..."), never a time of what the occasion is
about ("in a statement about the 2016 election") nor one of a participle of no occasion ("Facing a vote on
Friday, X ..."). A time fronted before the main clause dates the acts done in the clauses that share its
time ("In 2019, prosecutors said police arrested ..."; a reported act only for a time longer than a day, and
one in the past perfect only by the time's end: "said she had endorsed" was done before the saying), never a
plan or a relative clause. A concessive
adjunct ("despite being criticized") never shares its main clause's time.
A time in another clause ("criticized, though last week she defended ...") dates only that clause, save
one of the same time ("when they revolted in 1956, he refused"); a relative "when" clause takes the time it
describes ("the summit on Monday, when X accused Y"); an event noun put before or after its clause ("after
the bombing, X criticised Y on Tuesday") never takes that clause's time; "the past week" runs up to now
and dates nothing; a judgement read from a quote is dated by its saying (``of_saying``). A bare participle
told after its clause shares its time ("fired on Sunday, killing four"); a year put before another noun
("criticized the 2016 decision") is that noun's, not the event's.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from sidelines.extractors.events.date_clauses import (
    acts_of_the_day,
    attached_to,
    entity_mentions,
    frames,
    fronted,
    hangs_on,
    is_current,
    is_past_aux,
    is_past_perfect,
    is_perfect,
    is_speech_in_progress,
    is_when_clause,
    names_another_noun,
    next_day,
    ordered_before_or_after,
    other_person_acts,
    person_mentions,
    previous_day,
    reported,
    rolling_period,
    shares_main_time,
    subject_named,
    subject_person,
    tells_a_done_act,
    through_infinitive,
    trailing_participle,
    verb_above,
)
from sidelines.extractors.events.date_values import value_range
from sidelines.extractors.events.implicatives import IMPLICATIVE_RULE, done_through
from sidelines.extractors.events.lede_saying import LEDE_SAYING_RULE, lede_saying
from sidelines.extractors.events.said_days import is_saying, reach_of, tells_a_scene
from sidelines.extractors.events.scene_day import SCENE_RULE, scene_day
from sidelines.extractors.events.story_day import STORY_DAY_RULE, story_day
from sidelines.extractors.lookup import doc_text, sent_of
from sidelines.lexicon import plover as lex
from sidelines.model.record import DateRange
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sidelines.extractors.events.occasions import Occasion
    from sidelines.model.document import Document

RANGE_END_WORDS = frozenset({"until", "till", "by", "before", "to", "through"})
# Words that make a time a bound or one end of a period, not the time of what happened ("since 2019",
# "after March 5", "from 2019 to 2021").
BOUND_WORDS = RANGE_END_WORDS | {"since", "after", "from", "between"}
# How many conj/advcl links an event's clause may climb to find the time it shares.
MAX_CLAUSE_STEPS = 2
# Words that open a concessive adjunct ("despite being criticized", "although it had warned"): what it
# tells came before or goes on, so it never shares the main clause's time.
CONCESSIVE_WORDS = frozenset({"despite", "notwithstanding", "although", "though"})
# A speaker going on ("He criticized ...") within this many sentences of the dated report or act; a speaker
# named again ("Petrov also criticized ...") within this many of the dated sentence they lead. Only the nearest
# dated sentence counts, so the reach passes over quoted sentences, never over another time.
PRONOUN_SPEAKERS = frozenset({"he", "she"})
SPEAKER_REACH = 8
NAMED_SPEAKER_REACH = 12
# Event types that are acts of speech: a demand, an accusation or a threat in what is said is made when
# it is said, so the time of the saying dates it ("X must resign," Y said on Tuesday).
SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


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
        self.durations: list[SpacySpan] = []
        for t in doc.layer("times"):
            if t.type == "DURATION" and (span := parsed.char_span(t.start, t.end, alignment_mode="expand")):
                self.durations.append(span)
        self._starts = [s.start for s, _ in self.times]
        self.published = (doc.published or "")[:10] or None
        self.persons = person_mentions(doc, parsed)
        self.direct_quotes = [(q.content.start, q.content.end) for q in doc.layer("quotes") if q.direct and q.content]
        self.entities = entity_mentions(doc, parsed)  # token -> entity id, any type (rule story_day)
        self.rules: dict[int, str] = {}  # anchor token -> the rule that dated it, where one is named (story_day)
        # Occasion nouns by lemma, gathered once: their other mentions may tell the dates.
        self._by_lemma: dict[str, list[Token]] = {}
        for k, word in enumerate(analysis_of(parsed).lemmas):
            if word not in lex.OCCASION_NOUNS:
                continue  # no token made for the other words
            tok = parsed[k]
            lemma = tok.lemma_.lower()
            if lemma in lex.OCCASION_NOUNS:
                self._by_lemma.setdefault(lemma, []).append(tok)

    def tokens_of(self, lemma: str) -> list["Token"]:
        """Every token of the document with this (occasion noun) lemma."""
        return self._by_lemma.get(lemma, [])

    def _range_of(self, span: "SpacySpan", value: str) -> DateRange | None:
        # "now", "currently" (PRESENT_REF) tell an ongoing state, not a day: value_range gives nothing.
        got = value_range(value)
        if got is None:
            return None
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if rolling_period(span):
            # "over the past week": some time in the days up to now, not the calendar week before.
            return DateRange(start=None, end=self.published) if self.published else None
        try:
            return self._bounded(before, got)
        except ValueError:  # a value that names no real day ("2016-02-30")
            return None

    def _bounded(self, before: str, got: tuple[str, str]) -> DateRange | None:
        """The range a time gives after the word before it ("since", "by", ...), else its own span."""
        if before == "since":
            # "has opposed it since 2015": a period running up to now dates no event (issue #11).
            return DateRange(start=None, end=self.published) if self.published else None
        if before == "after":
            # "after March 5": from the day after. Without a publication day after it, open-ended.
            start = next_day(got[1])
            if self.published is None or self.published < start:
                return DateRange(start=start, end=None)
            return DateRange(start=start, end=self.published)
        if before in RANGE_END_WORDS and before != "to":
            # "until", "by", "before March 5": on or before that day, not on it.
            end = previous_day(got[0]) if before == "before" else got[1]
            return DateRange(start=None, end=end)
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

    def _attached(self, sent: "SpacySpan", anchors: set[int]) -> DateRange | None:
        """The range of the first date of the sentence attached to one of the anchors."""
        if not anchors:
            return None
        doc = sent.doc
        past = any(doc[i].tag_ == "VBD" or is_past_aux(doc[i]) for i in anchors)
        for span, t in self.in_sentence(sent):
            if attached_to(span, anchors) and not names_another_noun(span, anchors):
                got = self._range_of(span, t.value)
                if got is not None and past and (self._after_publication(got) or (
                        through_infinitive(span, anchors) and self._reaches_past_publication(got))):
                    # "agreed to hold drills next year", "invited X to visit later this year": the time
                    # is the planned act's, not the past act's.
                    continue
                if got is not None:
                    return got
        return None

    def _reaches_past_publication(self, got: DateRange) -> bool:
        """Whether a range ends after the day of publication."""
        return bool(self.published and got.end and got.end[:10] > self.published[:10])

    def _after_publication(self, got: DateRange) -> bool:
        """Whether a range starts after the day of publication."""
        return bool(self.published and got.start and got.start[:10] > self.published[:10])

    def _framed(self, verb: "Token") -> DateRange | None:
        """The range of the first date of the occasion the act is told at ("in a statement on Tuesday",
        "at a rally on Tuesday", "X, speaking to reporters on Tuesday, criticized ...")."""
        for span, t in self.in_sentence(sent_of(verb)):
            if frames(span, verb):
                got = self._range_of(span, t.value)
                if got is not None:
                    return got
        return None

    def _when_clause(self, verb: "Token") -> DateRange | None:
        """The time of what a "when" clause describes ("the summit on Monday, when X accused Y", "on
        Monday, when X accused Y"): the clause happens then."""
        if not is_when_clause(verb):
            return None
        head = verb.head
        for span, t in self.in_sentence(sent_of(verb)):
            if span.start <= head.i < span.end or hangs_on(span, head):
                got = self._range_of(span, t.value)
                if got is not None:
                    return got
        return None

    def _has_duration(self, anchor: "Token") -> bool:
        """Whether a duration ("for three years") hangs on the trigger: it dates nothing."""
        bounds = analysis_of(anchor.doc).sent_bounds
        here = bounds(anchor.i)[0]
        return any(attached_to(span, {anchor.i}) for span in self.durations if bounds(span.start)[0] == here)

    def date_of(
        self, head: "Token", verb: "Token | None", occasion: "Occasion | None", event_type: str | None = None
    ) -> DateRange | None:
        """The date of a trigger: an attached time expression, else one of the clause it joins, else the
        occasion's, else a bound from the tense and the day of publication (never that day itself).

        ``event_type`` lets a speech act in what is said take the time of the saying."""
        if verb is not None and ordered_before_or_after(head):
            # "After the bombing, X criticised Y on Tuesday": the bombing is not on the criticism's day.
            verb = None
        # An event noun's own time ("the 2019 attack") comes before its verb's ("criticised on Tuesday").
        for anchors in ({head.i}, {verb.i} if verb is not None else set()):
            got = self._attached(sent_of(head), anchors)
            if got is not None:
                return got
        anchor = verb if verb is not None else head
        said_then = self._said_then if event_type in SPEECH_TYPES else None
        rules = (self._framed, self._when_clause, self._inherited, self._told_now, said_then, self._fronted,
                 self._speaker_goes_on)
        for rule in rules:
            got = rule(anchor) if rule is not None else None
            if got is not None:
                return got
        if occasion is not None and occasion.dates is not None:
            return occasion.dates
        if not self.published:
            return None
        if self._has_duration(anchor):
            # "has protested for three years": ongoing, told up to the day of publication.
            return DateRange(start=None, end=self.published)
        if is_perfect(anchor):
            # "has repeatedly criticized": done on or before the day of publication, not on it.
            return DateRange(start=None, end=self.published)
        if is_speech_in_progress(anchor):
            # "is calling on X to resign": a speech act made as the story is told, on the day of publication.
            return DateRange(start=self.published, end=self.published)
        if is_current(anchor):
            # "are investigating": ongoing, so no day of its own (told up to the day of publication).
            return DateRange(start=None, end=self.published)
        if (anchor.tag_ == "VBD" and not any(c.dep_ == "aux" for c in anchor.children)) or is_past_aux(anchor):
            # Told in the past tense ("met", "was signed", "had met"): on the day a news report's lede dates
            # (rule story_day), else on or before the day of publication.
            if (day := story_day(self, anchor)) is not None:
                self.rules[anchor.i] = f"{STORY_DAY_RULE}: {day.start}"
                return day
            if (day := scene_day(self, anchor)) is not None:  # the sentence before dates the act's scene
                self.rules[anchor.i] = f"{SCENE_RULE}: {day.start}"
                return day
            if (day := lede_saying(self, anchor)) is not None:  # "'...,' she said" after her dated lede act
                self.rules[anchor.i] = f"{LEDE_SAYING_RULE}: {day.start}"
                return day
            return DateRange(start=None, end=self.published)
        # An infinitive an implicative tells done ("was quick to condemn"): the date of the verb that tells it (rule
        # done_by_implicative); a future with no time ("will sign") or anything else: no date.
        if (done := done_through(anchor)) is None or (got := self.date_of(done, done, None, event_type)) is None:
            return None
        self.rules.setdefault(anchor.i, f"{IMPLICATIVE_RULE} ({done.lower_}): {got.start or got.end}")
        return got

    def of_saying(self, cue: "SpacySpan") -> DateRange | None:
        """The date of an act a statement makes (a judgement in a quote): that of its saying, the verb of
        its cue ("..., X said on Tuesday"; "X on Monday told reporters ... . '...,' X said")."""
        verb = next((t for t in cue if t.pos_ == "VERB"), cue.root)
        return self.date_of(verb, verb, None)

    def _inherited(self, anchor: "Token") -> DateRange | None:
        """A time of the clause this one joins: a conjunct's ("shot and wounded on Monday"), or a
        fronted one of the main clause for a subordinate clause ("In May, X fled before Y came").

        Only through ``conj`` and ``advcl`` links (never a reported clause: "said on Tuesday that
        they had attacked" does not date the attack), and only a time hanging right on that verb.
        """
        sent = sent_of(anchor)
        cur = anchor
        marked = False  # climbed through a clause of its own (not a conjunct, not a trailing participle)
        for _ in range(MAX_CLAUSE_STEPS):
            child = cur
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.i != cur.head.i:
                # "before fleeing the scene": a gerund after a preposition is a subordinate clause too;
                # "despite facing criticism" tells what came before, not what happened then.
                if cur.head.lower_ in CONCESSIVE_WORDS:
                    return None
                link, cur = "advcl", cur.head.head
            elif cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_WORDS for c in cur.children):
                return None
            elif cur.dep_ in ("conj", "advcl") and cur.head.i != cur.i:
                link, cur = cur.dep_, cur.head
            else:
                return None
            for span, t in self.in_sentence(sent):
                if not hangs_on(span, cur):
                    continue
                # A time after the main verb is shared only by a participle told after it ("fired on Sunday,
                # killing four"); a marked clause ("left on Monday before X came") has its own time, and so
                # has one below that participle ("fled on Friday, saying they would return when it was safe").
                first = span.end <= cur.i or (trailing_participle(child) and not marked)
                if link == "advcl" and not (first and span.end <= anchor.left_edge.i):
                    continue
                got = self._range_of(span, t.value)
                if got is not None:
                    return got
            marked = marked or not (child.dep_ == "conj" or trailing_participle(child))
        return None

    def _fronted(self, anchor: "Token") -> DateRange | None:
        """The time fronted before the main clause ("In 2019, prosecutors said police had arrested ...",
        "Late on Sunday, X sent a message, writing ...") for an act done in a clause that shares its time; a
        reported act only for a time longer than a day (one told "on Tuesday" may be days older), and one in the
        past perfect only as done by the time's end (and by the day of publication)."""
        sent = sent_of(anchor)
        root = sent.root
        if ordered_before_or_after(anchor) or not tells_a_done_act(anchor) or self._has_duration(anchor):
            return None
        if not shares_main_time(anchor, root):
            return None
        for span, t in self.in_sentence(sent):
            before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
            if before in BOUND_WORDS or not fronted(span, root, sent.start):
                continue
            got = self._range_of(span, t.value)
            if got is None or not got.start or self._after_publication(got):
                continue
            told = reported(anchor, root)
            if told and is_past_perfect(anchor):
                # "Earlier this month, X said she had endorsed Y": done before the saying, so by its end.
                return DateRange(start=None, end=min(got.end or "9999", self.published or "9999"))
            if got.start != got.end or not told:
                return got
        return None

    def _told_now(self, anchor: "Token") -> DateRange | None:
        """The time of a report in the present for the past event it reports ("On Tuesday, police say
        a gunman shot ..."): the saying is now, so the time can only be the event's."""
        report = anchor.head
        if anchor.dep_ != "ccomp" or report.i == anchor.i or report.lemma_.lower() not in lex.REPORTING_VERBS:
            return None
        if report.tag_ not in ("VBP", "VBZ") or any(c.dep_ == "aux" for c in report.children):
            return None
        if not (anchor.tag_ == "VBD" or is_past_aux(anchor)):
            return None
        for span, t in self.in_sentence(sent_of(anchor)):
            if hangs_on(span, report):
                got = self._range_of(span, t.value)
                if got is not None:
                    return got
        return None

    def _said_then(self, anchor: "Token") -> DateRange | None:
        """The time of the saying for a speech act that is what is said ("X must resign," Y said on
        Tuesday; Y said on Tuesday that X should resign), or of the verb the saying is coordinated with;
        only when what is said is not told in the past ("said that rebels had attacked" reports an
        earlier happening)."""
        report = anchor.head
        if anchor.dep_ != "ccomp" or report.i == anchor.i or report.lemma_.lower() not in lex.REPORTING_VERBS:
            return None
        if anchor.tag_ == "VBD" or is_past_aux(anchor) or is_perfect(anchor):
            return None
        for span, t in self.in_sentence(sent_of(anchor)):
            verb = verb_above(span)
            if verb is not None and verb.i == report.i:
                got = self._range_of(span, t.value)
                if got is not None and got.start and got.start == got.end:
                    return got
        # "met them on Tuesday and said X should resign": the saying shares the time of the verb it joins.
        got = self._inherited(report)
        return got if got is not None and got.start and got.start == got.end else None

    def _speaker_goes_on(self, anchor: "Token") -> DateRange | None:
        """The day of the interview a pronoun speaker goes on with ('X told reporters on Thursday. ...
        He criticized Y'): the nearest dated sentence before, within a few, dates a report on that day."""
        if anchor.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in anchor.children):
            return None
        subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.pos_ == "PROPN":
            # Not within what someone says ("Petrov lied," she said): that tells of an earlier happening.
            return None if anchor.dep_ == "ccomp" else self._named_speaker_goes_on(anchor, subject.lower_)
        if subject.lower_ not in PRONOUN_SPEAKERS:
            return None
        found = self.nearest_dated_before(anchor, SPEAKER_REACH, passes=self._scene)
        for span, t in found:
            report = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
            told = report.lemma_.lower() in lex.REPORTING_VERBS and hangs_on(span, report)
            if told or self._same_person_acted(span, subject, anchor):
                got = self._range_of(span, t.value)
                if got is not None and got.start and got.start == got.end and not self._after_publication(got):
                    return got
        return None  # the nearest date told before is another happening's

    def _same_person_acted(self, span: "SpacySpan", pronoun: "Token", anchor: "Token") -> bool:
        """Whether the dated act is the pronoun's own person's ("Petrov used Tuesday's debate to ... . He
        said"; rule person_acted_that_day): the same entity (coreference of the entities layer) as its
        subject, in the same paragraph (a saying: across paragraphs too, ``said_days``), with no other person named as
        a subject in between."""
        person = self.persons.get(pronoun.i)
        if person is None:
            return False
        between = self.parsed[sent_of(span.root).end:sent_of(anchor).start]
        close = is_saying(anchor) and sum(1 for t in between if t.is_sent_start) <= 1
        if ("\n" in doc_text(self.parsed)[span.end_char:anchor.idx] and not close) or other_person_acts(
                between, person, self.persons):
            return False
        return any(v.tag_ == "VBD" and subject_person(v, self.persons) == person for v in acts_of_the_day(span))

    def _named_speaker_goes_on(self, anchor: "Token", name: str) -> DateRange | None:
        """The day of the nearest dated sentence before, within a few, when the same named person did
        what it dates ("Petrov on Tuesday rejected ... . Petrov also criticized ..."): they go on that day."""
        reach = reach_of(anchor, NAMED_SPEAKER_REACH)
        for span, t in self.nearest_dated_before(anchor, reach, calendar_only=True, passes=self._scene):
            # The verb the time hangs from, or a "when" clause on it ("The hall fell silent Thursday, when
            # Petrov spoke out"): rule named_speaker_goes_on.
            if not any(v.tag_ == "VBD" and subject_named(v, name) for v in acts_of_the_day(span)):
                continue
            got = self._range_of(span, t.value)
            if got is not None and got.start and got.start == got.end and not self._after_publication(got):
                return got
        return None  # the nearest date told before is another's

    def _scene(self, found: list[tuple["SpacySpan", Any]]) -> bool:
        return tells_a_scene(self, found)  # a sentence of plans only is passed over (rule speaker_goes_on)

    def nearest_dated_before(
        self, anchor: "Token", reach: int, calendar_only: bool = False,
        passes: Callable[[list[tuple[SpacySpan, Any]]], bool] | None = None,
    ) -> list[tuple["SpacySpan", Any]]:
        """The time expressions of the nearest sentence before ``anchor``'s, within ``reach``, that has any
        (``calendar_only``: any naming a calendar time, passing over "now" or "so far"; ``passes``: whose
        times pass that test, passing over the others)."""
        sent = sent_of(anchor)
        for _ in range(reach):
            if sent.start == 0:
                return []
            sent = sent_of(self.parsed[sent.start - 1])
            found = self.in_sentence(sent)
            if calendar_only:
                # "now", "so far", "the past" name no calendar time, so no other happening (rule dated_before).
                found = [(s, t) for s, t in found if value_range(t.value) is not None]
            if found and (passes is None or passes(found)):
                return found
        return []
