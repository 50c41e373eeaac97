"""Quotes: direct, indirect and mixed reported speech, with its cue and speaker.

The extractor works over the one spaCy parse of the document, in passes:

1. ``find_regions`` (:mod:`.marks`) finds the stretches inside quotation marks, whatever
   the glyphs and however unbalanced; a quotation left open at the end of a paragraph goes
   on in the next paragraph when that one opens with a mark.
2. Reporting frames (:mod:`.frames`) of the dependency parse give a cue, a speaker and the reported clause:
   "X said (that) ...", "..., X said.", "X, he said, is ...", "X expressed confidence that
   ...", "according to X, ...", "In a statement, ...", and verbs whose object is what they
   report ("urged Congress to act", "called for a ban", "called the plan a disgrace"; a noun phrase
   alone, "announced his endorsement", reports nothing). A clause made only of quoted text
   is a direct quote; a clause that merely contains quoted words is a mixed quote, kept as
   ONE quote with ``direct=False`` whose content is the whole clause (inner marks included).
   A reported sentence cut by its cue ("Under the plan, he said, the port will reopen") leaves the
   cue and speaker out: each side with a verb is a quote of that speaker. An object cue needs a
   speaker and more than a bare short noun phrase ("called the delegates" reports nothing).
3. Quotations that no frame covers are attributed (:mod:`.attribution`) by a cue right after ("“...,” X said") or
   right before ("X told reporters: “...”") them, or by the sentence a colon ends before them
   ("X turned to the crowd: “...”"); "Name: ..." lines (headlines, transcripts) are attributed
   to the name. Nothing in the headline is a quote, and no quote takes a speaker from it. What a
   poll, survey or count shows is a quote of kind "finding", not a statement (dropped only with
   ``drop_findings``); a noun phrase alone as a cue's object ("announced his endorsement"), and outside
   quotation marks an indirect question ("explained how ...") or a bare infinitive ("vowed to cut taxes"),
   is a quote of kind "stance", not a statement, and so is a belief held ("X thought ...", a verb of
   cognition) or a question put ("X asked if ...", "“Will you sign?” X asked": a quotation of questions only,
   :mod:`.questions`); "I think ..." or a cue in the
   imperative ("Remember the promises ...") outside quotation marks is the writer's voice, a quote of kind
   "writer" (dropped with ``drop_writer_voice``).
   (:mod:`.raising`) Where no frame found a quote: a raising verb or an agentless passive of a verb of saying
   or judging ("X seems to ...", "X is expected to ...", "X was asked about ...", "X is seen as ...") is a
   quote of kind "writer" with no speaker; a refusal ("declined to comment") or a question put ("Asked
   whether ...") is a quote of kind "stance".
4. (:mod:`.joining`) A quotation cut by its cue ("“...,” she said, “...”") goes on as a second quote
   with the same cue and speaker, and so does a quotation that follows its attributed sentence in
   the same paragraph ("“...,” he said. “...”"); a quotation that
   stands as its own paragraph after a quote keeps that quote's speaker (as a new quote).
   Other quotations are scare quotes or titles ("a “historic step”") and are not quotes.
5. (:mod:`.quoted_words`, only with ``quoted_words_apart``) the quoted words of a mixed statement whose longest
   quotation is less than half its clause become a direct statement of their own, the clause a quote of kind
   "paraphrase" (a question put, a belief or a finding keeps its kind and its quoted words).

6. (:mod:`.acceptance`) a model learned on PolNeAR and the whole-article gold scores each quote: under its
   threshold it is dropped, a statement under its statement threshold becomes kind "unsure" (rule "acceptance");
   so does one whose content is no sentence of its own (:mod:`.gaps`, rule "gapped-content").

A direct quote's content excludes its outer marks and never holds the writer's cue: an
utterance interrupted by its cue is two quotes sharing the cue and the speaker. Speakers:
``speaker_mention`` is the local
phrase ("he", "the Turkish president", "officials"); ``speaker`` is the entity with a
mention over the phrase's head word (or over the possessor in "X's spokesman"); for "he"/"she"
that is the person the entities' coreference linked it to, else null (:mod:`.speakers`); a definite
description of a person no rule resolves ("the Air Force veteran said") is the person quoted last.

This module is the adapter of the ``quotes`` extractor: it runs the passes in order and writes the
``quotes`` layer. :mod:`.syntax` holds the helpers over the parse, :mod:`.slips` mends a parse slip of the
frames (a subject read as the reported clause), :mod:`.candidates` the
``QuoteCandidate`` and ``QuoteRules``, :mod:`.config` the windows and thresholds
([extractors.quotes]).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sidelines.content.text import headline_span
from sidelines.extractors.base import BaseExtractor
from sidelines.extractors.explain import explain
from sidelines.extractors.lookup import fresh_quote_regions
from sidelines.extractors.quotes.acceptance import accept, load_acceptance
from sidelines.extractors.quotes.attribution import find_colon_lines, find_cued_regions
from sidelines.extractors.quotes.candidates import QuoteCandidate, QuoteRules
from sidelines.extractors.quotes.config import QuotesConfig
from sidelines.extractors.quotes.frames import find_frames
from sidelines.extractors.quotes.gaps import doubt_gapped
from sidelines.extractors.quotes.inner_speakers import gerund_speakers
from sidelines.extractors.quotes.joining import carry_on, drop_nested, drop_overlaps, join_interrupted, yield_stances
from sidelines.extractors.quotes.kinds import is_finding, kind_of
from sidelines.extractors.quotes.labels import is_label, label_frame, scare_phrase
from sidelines.extractors.quotes.marks import find_regions
from sidelines.extractors.quotes.questions import answered_questions
from sidelines.extractors.quotes.quoted_words import PARAPHRASE, split_quoted_words
from sidelines.extractors.quotes.raising import find_raising
from sidelines.extractors.quotes.speakers import DESCRIPTION, SpeakerResolver, after_dateline, past_dateline
from sidelines.extractors.quotes.syntax import TextIndex
from sidelines.extractors.quotes.titles import is_title
from sidelines.lexicon.speech import (
    CLAUSE_CUE_VERBS,
    INFINITIVE_CUE_VERBS,
    OBJECT_CUE_VERBS,
    QUOTING_VERBS,
    REPORTING_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
)
from sidelines.model.record import Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document
    from sidelines.settings import Settings

log = logging.getLogger(__name__)

__all__ = ["QuoteCandidate", "QuoteExtractor", "QuotesConfig", "find_regions"]


class QuoteExtractor(BaseExtractor):
    """Direct, indirect and mixed quotes with cue, content and speaker (mention and entity)."""

    name = "quotes"
    version = "v3"
    requires = ("entities",)
    produces = ("quotes",)
    Config = QuotesConfig
    config: QuotesConfig

    #: Verbs that report a clause (lemmas); override per instance to change the vocabulary.
    REPORTING_VERBS: frozenset[str] = REPORTING_VERBS | CLAUSE_CUE_VERBS
    #: Verbs that introduce a quotation placed before or after them.
    QUOTING_VERBS: frozenset[str] = QUOTING_VERBS
    #: Verbs whose object is the attributed content ("urged Congress to act").
    OBJECT_CUE_VERBS: frozenset[str] = OBJECT_CUE_VERBS | INFINITIVE_CUE_VERBS
    #: Nouns of stance frames ("expressed confidence that").
    STANCE_NOUNS: frozenset[str] = STANCE_NOUNS
    #: Verbs whose object is a stance, never a statement ("voiced his support for the plan").
    STANCE_VERBS: frozenset[str] = STANCE_VERBS

    def __init__(
        self, settings: "Settings | None" = None, config: QuotesConfig | None = None, **overrides: Any
    ) -> None:
        super().__init__(settings, config)
        for key, value in overrides.items():
            if key not in ("REPORTING_VERBS", "QUOTING_VERBS", "OBJECT_CUE_VERBS", "STANCE_NOUNS", "STANCE_VERBS"):
                raise TypeError(f"unknown override {key!r}")
            setattr(self, key, frozenset(value))
        self.rules = QuoteRules(
            self.REPORTING_VERBS, self.QUOTING_VERBS, self.OBJECT_CUE_VERBS, self.STANCE_NOUNS, self.config,
            self.STANCE_VERBS,
        )
        self.acceptance = load_acceptance(self.config.acceptance_model)

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write the ``quotes`` layer of ``doc`` from its parse and its ``entities`` layer."""
        headline = headline_span(doc)
        candidates = self.find(doc.text, parsed, headline)
        quotes = self.annotate(doc, candidates, parsed, headline)
        types = {e.id: getattr(e, "type", "") for e in doc.layer("entities")}
        doc.layers["quotes"] = doubt_gapped(parsed, accept(doc.text, parsed, quotes, types, self.acceptance))

    # -- finding -------------------------------------------------------------

    def find(self, text: str, parsed: "Doc", headline: tuple[int, int] | None = None) -> list[QuoteCandidate]:
        """Quote candidates of a parsed text, in text order, without ids or entities.

        A headline restates the story in few words: nothing in it is a quote, and no quote of the
        body takes its speaker from it.
        """
        if not text.strip() or len(parsed) == 0:
            return []
        regions = fresh_quote_regions(parsed)  # found once per document; these are marked used
        h0, h1 = headline or (0, 0)
        for r in regions:
            if h0 <= r.mark_start < h1:
                r.used = True
        index = TextIndex(text, parsed, regions)
        cands = yield_stances(find_frames(self.rules, text, parsed, index))
        cands = drop_nested(text, parsed, cands)
        drop_writer = self.config.drop_writer_voice
        cands = [c for c in cands if not _quoted_cue(c, regions) and not _impersonal(c, parsed)
                 and not (drop_writer and (_writer(c, parsed, index) or _imperative(c, parsed, index)))]
        for c in cands:
            if _writer(c, parsed, index) or _imperative(c, parsed, index):
                c.kind = WRITER  # kept, of kind "writer": the story's own voice, no one it reports
        cands.extend(_unclaimed(cands, find_raising(text, parsed, index, self.config.max_speaker_tokens,
                                                     self.rules.frame_verbs),
                                drop_writer))
        for c in cands:
            for r in c.regions:
                r.used = True
        cands.extend(find_cued_regions(self.rules, text, parsed, index))
        cands.extend(find_colon_lines(self.rules, text, parsed, index, cands))
        findings = self.config.drop_findings
        cands = sorted((c for c in cands if not h0 <= c.start < h1 and not (findings and is_finding(c, parsed))),
                       key=lambda c: c.start)
        cands = join_interrupted(text, cands)
        cands = carry_on(self.rules, text, index, cands)
        # "the “Cosmos 101” course", “The Evening Hour with Ann Lee”: a quoted name or title is no one's words.
        cands = [c for c in cands if not (c.direct and is_title(text, c.start, c.end, parsed))]
        # "the so-called “reform”", "calls itself “the real opposition”": a quoted label (rule "label")
        cands = [c for c in cands if not _labelled(c, text, parsed)]
        cands.sort(key=lambda c: c.start)
        cands = drop_overlaps(cands)
        answered_questions(text, cands, parsed)  # "“Who will pay?” / “The city!” they shouted back": put
        # "a statement by X saying ...": X's, where that leaves what kind of quote it is
        gerund_speakers(parsed, cands, lambda c: is_finding(c, parsed))
        if not self.config.quoted_words_apart:
            return cands
        # only a clause that is a statement is a paraphrase: not a question put, a belief, a finding
        return split_quoted_words(text, parsed, cands, lambda c: kind_of(c, text, parsed, {}) == "statement")

    # -- writing -------------------------------------------------------------

    def annotate(
        self, doc: "Document", cands: list[QuoteCandidate], parsed: "Doc", headline: tuple[int, int] | None = None
    ) -> list[Quote]:
        """Quotes of the record from the candidates: spans, speaker entities and ids."""
        text = doc.text
        resolver = SpeakerResolver(doc.layer("entities"), parsed, headline)
        quotes: list[Quote] = []
        persons = {e.id for e in doc.layer("entities") if getattr(e, "type", "") == "PERSON"}
        last: tuple[str, int] | None = None  # the person quoted last, and where
        body = after_dateline(parsed, (doc.dateline.start, doc.dateline.end) if doc.dateline else None)
        d0 = doc.dateline.start if doc.dateline else len(text)
        for c in cands:
            if c.end <= c.start:
                continue
            if c.speaker is None or c.speaker[1] > d0:  # a speaker above the dateline (a headline's) stays
                c.speaker, c.speaker_head = past_dateline(parsed, c.speaker, c.speaker_head, body)
            if body is not None and c.start < body < c.end:
                c.start = body  # the dateline opens the text, not what anyone said
            speaker_mention = Span.of(text, *c.speaker) if c.speaker and c.speaker[1] > c.speaker[0] else None
            speaker, how = resolver.resolve_how(c.speaker, c.speaker_head) if speaker_mention else (None, "")
            if how == DESCRIPTION and last is not None and c.start - last[1] <= self.config.max_description_gap:
                # "“...,” Petrov said. [...] The veteran also believes that ...": the person quoted last.
                speaker, how = last[0], "a definite description: the person quoted last"
            if speaker is not None and speaker in persons:
                last = (speaker, c.start)
            why = explain(self.name, c.rule or "frame")
            if speaker_mention is not None:
                why.decisions["speaker"] = f"quotes: {c.speaker_rule + ': ' if c.speaker_rule else ''}{how}"
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}",
                    speaker=speaker,
                    speaker_mention=speaker_mention,
                    cue=Span.of(text, *c.cue) if c.cue else None,
                    content=Span.of(text, c.start, c.end),
                    direct=c.direct,
                    kind=c.kind if c.kind in (WRITER, PARAPHRASE) else kind_of(c, text, parsed, why.decisions),
                    explanation=why,
                )
            )
        return quotes


def _unclaimed(cands: list[QuoteCandidate], extra: list[QuoteCandidate], drop_writer: bool) -> list[QuoteCandidate]:
    """The raising frames and refusals that overlap no quote found so far (a reporting frame wins), without
    those of kind "writer" when the writer's voice is dropped."""
    spans = [(c.start, c.end) for c in cands]
    return [x for x in extra if not (drop_writer and x.kind == WRITER)
            and not any(s < x.end and x.start < e for s, e in spans)]


# Rules of a quotation no cue reports, which takes its speaker from around it.
UNCUED_RULES = frozenset({"standalone", "sentence-subject", "carried"})


def _labelled(cand: QuoteCandidate, text: str, parsed: "Doc") -> bool:
    """A quotation that is a name or label, or a naming cue's object that is the thing named (:mod:`.labels`)."""
    if cand.direct and is_label(text, cand.start, parsed, cand.end):
        return True
    if cand.direct and cand.cue is None and cand.rule in UNCUED_RULES and scare_phrase(text, cand.start, cand.end,
                                                                                         parsed):
        return True
    return cand.cue_token is not None and bool(cand.regions) and label_frame(parsed[cand.cue_token]) and all(
        is_label(text, r.start, parsed) for r in cand.regions if cand.start <= r.start < cand.end)


def _quoted_cue(cand: QuoteCandidate, regions: list[Any]) -> bool:
    """A frame with no speaker whose cue lies inside quotation marks ("“Tell them to pray for us…”"):
    the quoted person's own words, not the writer's attribution; the quotation is attributed as a whole."""
    if cand.speaker is not None or cand.cue is None:
        return False
    return any(r.start <= cand.cue[0] < r.end for r in regions)


def _impersonal(cand: QuoteCandidate, parsed: "Doc") -> bool:
    """ "It is worth noting that ...", "it is hard to say whether ...": an "it" that is the subject of
    "be", not of the cue, is the writer's own voice, not anyone's statement."""
    if cand.speaker_head is None or cand.cue_token is None:
        return False
    it = parsed[cand.speaker_head]
    return it.lower_ == "it" and it.head.i != cand.cue_token and it.head.lemma_ == "be"


# The kind of a quote in the writer's own voice ("I think ...", "we now know that ...").
WRITER = "writer"
# Pronouns of the first and second person: outside any quotation, the writer and the reader.
WRITER_PRONOUNS = frozenset({"i", "we", "you"})


def _imperative(cand: QuoteCandidate, parsed: "Doc", index: TextIndex) -> bool:
    """ "Remember the promises before you vote!", "Note that the fee rises in May." outside any quotation: a cue in
    the imperative, with no subject, is the writer's appeal to the reader, not anyone's statement."""
    if cand.speaker is not None or cand.cue_token is None:
        return False
    cue = parsed[cand.cue_token]
    if cue.tag_ not in ("VB", "VBP") or cue.dep_ != "ROOT" or index.region_of(cue.idx) is not None:
        return False
    if any(t.dep_ not in ("advmod", "intj", "cc", "punct", "dep") for t in parsed[cue.sent.start:cue.i]):
        return False  # the verb opens its sentence ("Remember ...")
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in cue.children)


# Nouns of the story itself: "this story was corrected to say ..." is the writer's (editor's) note.
STORY_NOUNS = frozenset({"article", "story", "column", "editorial"})


def _writer(cand: QuoteCandidate, parsed: "Doc", index: TextIndex) -> bool:
    """ "I think ...", "we now know that ...", "you may recall that ...", "there's no denying ...", "this
    story was corrected to say that ..." outside any quotation: the writer's own voice (or the
    reader's), not a statement of anyone the story reports."""
    if cand.cue_token is None or index.region_of(parsed[cand.cue_token].idx) is not None:
        return False
    cue = parsed[cand.cue_token]
    if cand.speaker is None and any(t.dep_ == "expl" and t.lower_ == "there"
                                    and (t.head.i in (cue.i, cue.head.i) or t.head.head.i == cue.i)
                                    for t in cue.sent[:cue.i - cue.sent.start]):
        return True  # "There's no denying ...": an existential with no one in it
    if cand.speaker_head is None:
        return False
    head = parsed[cand.speaker_head]
    if head.lower_ in WRITER_PRONOUNS:
        return True
    return head.lemma_.lower() in STORY_NOUNS and any(c.dep_ == "det" and c.lower_ == "this" for c in head.children)
