"""Helpers of the quotes extractor over the parse and the text: offsets to tokens and quotation regions,
cue verbs, reported clauses and objects, subjects and speaker phrases."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from sidelines.extractors.quotes.absolutes import absolute_subject, phrase_right
from sidelines.extractors.quotes.issuers import issuer, relative_antecedent
from sidelines.extractors.quotes.judged_roles import judged_end
from sidelines.extractors.quotes.marks import Region
from sidelines.lexicon.speech import (
    CUE_NOUNS,
    CUE_PREPOSITIONS,
    FINDING_NOUNS,
    NEEDS_PARTICLE,
    OBJECT_ACT_PREPS,
    PARTICLE_CUES,
    QUESTION_VERBS,
    REFUSAL_VERBS,
    SHARE_NOUNS,
    STANCE_PREPOSITIONS,
    TARGET_OBJECT_VERBS,
)
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import REPORTED_OBJECT_DEPS
from sidelines.nlp.syntax import inherited_subject as subject_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

# Punctuation trimmed from the ends of a content span.
TRIM_CHARS = " \t\r\n,;:—–-"
# Dependency labels of the clause a reporting verb governs.
CLAUSE_DEPS = frozenset({"ccomp"})
WORD_RE = re.compile(r"\w+")
# A coordinating conjunction that ends a span ("..., and").
TRAILING_CONJUNCTION_RE = re.compile(r"[\s,;]+(?:and|but|or)$")


class TextIndex:
    """Character offsets to tokens and regions, with binary search (no per-character tables)."""

    def __init__(self, text: str, parsed: "Doc", regions: list[Region]) -> None:
        self.text = text
        self.parsed = parsed
        self.analysis = analysis_of(parsed)
        self.regions = regions
        self.r_starts = [r.mark_start for r in regions]

    def paragraph(self, char: int) -> tuple[int, int]:
        """The paragraph (line) around a character offset (the shared analysis's line index)."""
        return self.analysis.paragraph(char)

    def token_at(self, char: int) -> int:
        """Index of the token that contains or starts after ``char``."""
        return self.analysis.token_at(char)

    def region_of(self, char: int, closed_only: bool = False) -> Region | None:
        """The region whose marks enclose ``char``."""
        k = bisect_right(self.r_starts, char) - 1
        if k < 0:
            return None
        r = self.regions[k]
        if r.mark_start <= char < r.mark_end and (r.closed or not closed_only):
            return r
        return None

    def regions_in(self, start: int, end: int) -> list[Region]:
        """Regions that overlap ``[start, end)``."""
        k = max(bisect_left(self.r_starts, start) - 1, 0)
        out = []
        while k < len(self.regions) and self.regions[k].mark_start < end:
            r = self.regions[k]
            if r.mark_end > start:
                out.append(r)
            k += 1
        return out


# Forms of "hope" that the lemmatiser reads as "hop" ("she hopes to", "hoping that").
HOPE_FORMS = frozenset({"hopes", "hoped", "hoping"})


def cue_lemma(tok: "Token") -> str:
    """The lemma of a possible cue word, with "hopes"/"hoped"/"hoping" read as "hope", never "hop"."""
    return "hope" if tok.lower_ in HOPE_FORMS else tok.lemma_.lower()


def bare_participle(verb: "Token") -> bool:
    """ "the woman accused of the killing", "officials, called superdelegates": a past participle that
    modifies a noun without a "by" agent names or describes the noun; nobody in the text says it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children)


def is_cue_verb(tok: "Token", lexicon: frozenset[str]) -> bool:
    """Whether a token is a verb of the lexicon, with its particle where the verb needs one."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBG", "VBN"):
        return False
    lemma = cue_lemma(tok)
    if lemma not in lexicon or is_question_put(tok) or is_refused(tok):
        return False
    if lemma in NEEDS_PARTICLE:
        preps = CUE_PREPOSITIONS.get(lemma, frozenset())
        return any((c.dep_ == "prt" and (lemma, c.lower_) in PARTICLE_CUES) or (c.dep_ == "prep" and c.lower_ in preps)
                   for c in tok.children)
    return True


def takes_stance_preposition(verb: "Token") -> bool:
    """ "worried about falling prices", "complained about the seating": a reporting verb whose first
    phrase after it is a preposition derived as a stance cue of that verb (lexicon STANCE_PREPOSITIONS)."""
    preps = STANCE_PREPOSITIONS.get(cue_lemma(verb), frozenset())
    first = next((c for c in verb.rights if c.dep_ in REPORTED_OBJECT_DEPS), None)
    return first is not None and first.dep_ == "prep" and first.lower_ in preps


def that_clause(verb: "Token") -> "Token | None":
    """A that-clause the parser hung lower down ("said during a conference that ...")."""
    for tok in verb.rights:
        if tok.dep_ in ("advcl", "conj", "ccomp", "xcomp", "parataxis"):
            continue  # a clause of its own, with its own cue
        for sub in tok.subtree:
            if sub.dep_ == "mark" and sub.lower_ == "that" and sub.head.pos_ in ("VERB", "AUX") \
                    and sub.head.i > sub.i and sub.i - verb.i <= 12:
                return sub.head
    return None


def object_content(verb: "Token", min_tokens: int) -> tuple[int, int, int] | None:
    """Content start, end and cue end of a verb whose object is what it reports."""
    # "agreed on Tuesday to revive the corridor": a time phrase is when, not what.
    deps = [c for c in verb.rights if c.dep_ in REPORTED_OBJECT_DEPS and not _time_phrase(c)]
    if not deps:
        return None
    cue_end = verb.idx + len(verb.text)
    preps = CUE_PREPOSITIONS.get(cue_lemma(verb), frozenset())
    first = deps[0]
    for c in verb.rights:
        if c.dep_ == "prt" and c.i == verb.i + 1:
            cue_end = c.idx + len(c.text)
    if first.dep_ == "prep" and first.lower_ in preps and first.i <= verb.i + 2:
        cue_end = first.idx + len(first.text)
        objs = [g for g in first.children if g.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        start = objs[0].left_edge.idx
    elif first.dep_ == "prep":
        return None
    else:
        start = first.left_edge.idx
    last = deps[-1]
    for c in verb.rights:
        # "proposed $1 billion to repair the bridges": the purpose is part of what was proposed.
        if c.dep_ == "advcl" and c.left_edge.i == last.right_edge.i + 1 and c.left_edge.lower_ == "to" \
                and c.left_edge.dep_ == "aux":
            last = c
    end = last.right_edge.idx + len(last.right_edge.text)
    if end - start < 3 or last.right_edge.i - first.left_edge.i + 1 < min_tokens:
        return None
    if judged_object(verb, start, end):
        # "endorsed X on Tuesday": whom it judges is the object (with "as"/"for" its role), not other adjuncts.
        end = judged_end(verb, first)
    return start, end, cue_end


def _time_phrase(tok: "Token") -> bool:
    """A preposition whose object is a date or time ("on Tuesday", "in March")."""
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children)


def judged_object(verb: "Token", start: int, end: int) -> bool:
    """ "endorsed Trump", "criticised the plan": the noun-phrase object of an evaluation is whom or what
    it judges, a stance of the speaker, not a statement (a verb in it makes it a clause: "urged X to act")."""
    if verb.lemma_.lower() not in TARGET_OBJECT_VERBS:
        return False
    span = verb.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def cue_bounds(tok: "Token") -> tuple[int, int]:
    """The cue: the verb, its particle, and a following "in a statement"-like phrase."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            end = c.idx + len(c.text)
        if c.dep_ == "prep" and c.lower_ in ("in", "on") and tok.i < c.i <= tok.i + 3:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() in CUE_NOUNS and objs[0].i <= c.i + 3:
                end = objs[0].idx + len(objs[0].text)
    return start, end


def is_question_put(tok: "Token") -> bool:
    """ "Asked whether ...", "X was asked whether ...": a question put to someone, not their words.

    A passive of a question verb ("has been asked about"), or its participle without the perfect's
    "have" ("has asked" is the asker's own question).
    """
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in QUESTION_VERBS:
        return False
    deps = {c.dep_ for c in tok.children}
    return "auxpass" in deps or "nsubjpass" in deps or not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def is_refused(tok: "Token") -> bool:
    """ "refused to confirm", "declined to comment": a cue verb governed by a refusal says nothing."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSAL_VERBS


def active_subject(verb: "Token") -> "Token | None":
    """The speaker of a cue verb: its subject, or for a passive ("X was asked") the "by" agent.

    Two parse slips are mended: "he's said he'll ..." read as a passive (the "'s" is a contracted "has"
    when a clause follows), and a finite cue hung on its subject noun as a modifier ("X, who ..., tweeted
    on Friday to say ...", the purpose clause taking the subject of the verb it serves).
    """
    controller = _object_controller(verb) or absolute_subject(verb)
    if controller is not None:
        return controller
    sub = subject_of(verb)
    if sub is not None and sub.dep_ == "nsubjpass" and sub.head.i == verb.i:
        if _contracted_perfect(verb) and sub.lower_ not in ("it", "there"):
            return sub  # never "it's been reported that ...": that one is a passive with no one named
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents[0] if agents else None
    if sub is not None:
        return _poll_of_share(verb, sub) or issuer(sub) or sub
    return _modified_noun(verb)


# Object pronouns of people ("urged her to say").
PERSONAL_OBJECTS = frozenset({"me", "him", "her", "us", "them"})
# Verbs of object control whose act took place (a closed class): "prompted X to say" is X speaking, where
# "emailed X to thank him" is a purpose of the subject's; verbs that only ask for the act ("urged X to say",
# "dared X to repeat") leave the words with their subject.
OBJECT_CONTROL_VERBS = frozenset({
    "prompt", "lead", "force", "persuade", "convince", "cause", "compel", "inspire", "move", "spur", "drive", "get",
})


def _object_controller(verb: "Token") -> "Token | None":
    """ "It prompted X to say that ...", "led X to concede": the object of the verb an infinitive cue
    completes is who speaks, not that verb's subject; a thing as object is a means ("used blunt words to
    describe"), a name or a personal pronoun is someone."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.lemma_.lower() not in OBJECT_CONTROL_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or not (obj.pos_ == "PROPN" or (obj.pos_ == "PRON" and obj.lower_ in PERSONAL_OBJECTS)):
        return None
    return obj


def share_of_people(head: "Token") -> bool:
    """ "About one in five voters say ...", "60 percent of respondents said ...", "a majority said ...":
    a share of those asked speaks for a poll, a finding, not anyone's statement; so do those asked whose share
    is counted ("the percentage of voters who say ...")."""
    if head.lemma_.lower() in SHARE_NOUNS:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in SHARE_NOUNS:
        return True
    if head.pos_ == "NUM":  # "one in five say"
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.pos_ == "NUM" for g in c.children)
                   for c in head.children)
    return any(c.dep_ == "nummod" and any(g.dep_ == "quantmod" and g.lower_ == "in" for g in c.children)
               for c in head.children)  # "one in five voters say"


def _poll_of_share(verb: "Token", sub: "Token") -> "Token | None":
    """ "In a new poll, 31% of voters said ...": the poll a share of those asked speaks in."""
    if not share_of_people(sub):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "by"):
            poll = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in FINDING_NOUNS), None)
            if poll is not None:
                return poll
    return None


def _contracted_perfect(verb: "Token") -> bool:
    """ "he's said he'll fight": a passive reading of "'s" + participle with a clause after it is a perfect."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _modified_noun(verb: "Token") -> "Token | None":
    """The noun a finite cue (or the purpose infinitive under it) is hung on as a modifier: its subject."""
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB" and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        verb = verb.head  # "tweeted on Friday to say ...": the subject of the verb the infinitive serves
    # A participle tag ("tweeted" VBN) on a noun the parser made the root: the sentence has no other verb.
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and verb.head.dep_ == "ROOT"
                                                     and not any(c.dep_ == "auxpass" for c in verb.children))
    if verb.dep_ == "acl" and finite and verb.head.pos_ in ("PROPN", "NOUN") and verb.head.i < verb.i:
        return verb.head
    return None


def after_quotation(index: TextIndex, verb: "Token") -> bool:
    """Whether a cue verb stands right after a closing quotation mark (spaces and a comma between)."""
    j = verb.i - 1
    while j >= 0 and (verb.doc[j].is_space or verb.doc[j].text == ","):
        j -= 1
    return j >= 0 and verb.doc[j].is_quote and index.region_of(verb.doc[j].idx, closed_only=True) is not None


def subject_outside(verb: "Token", index: TextIndex, closed_only: bool = False) -> "Token | None":
    """A subject of ``verb`` outside quotation marks: the parser may hang the quotation's own subject
    on the cue beside the speaker's ("“The people who ... --,” X told Y")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and index.region_of(child.idx, closed_only=closed_only) is None:
            return child
    return None


def speaker_span(sub: "Token", index: TextIndex, max_tokens: int) -> tuple[int, int]:
    """The speaker mention: the subject's phrase, cut to its head phrase when longer than ``max_tokens`` or quoted."""
    left, right = sub.left_edge, phrase_right(sub)
    start, end = left.idx, right.idx + len(right.text)
    antecedent = relative_antecedent(sub)
    if antecedent is not None:
        # "a super PAC that backed X", "Ola Dahl, who said ...": the pronoun with the phrase it stands for
        first = antecedent.left_edge
        if sub.i - first.i > max_tokens or any(t.pos_ in ("VERB", "AUX") for t in sub.doc[first.i : antecedent.i]):
            first = _head_phrase_start(antecedent)  # the phrase's clause is no part of the name
        if not index.regions_in(first.idx, end):
            start = first.idx
    elif right.i - left.i + 1 > max_tokens or index.regions_in(start, end):
        # Keep the head with its compounds, modifiers and possessor.
        start, end = _head_phrase_start(sub).idx, sub.idx + len(sub.text)
        name = closing_name(sub)
        if name is not None and not index.regions_in(start, name.idx):
            # "The head of the union backing X for mayor, Ola Dahl, said": the head up to the name it is given
            end = name.idx + len(name.text)
    text = index.text
    # A speaker never runs across a paragraph break ("Holm slams deal\n\nTomas Berg said").
    start = max(start, text.rfind("\n", start, sub.idx) + 1)
    cut = text.find("\n", sub.idx, end)
    end = cut if cut >= 0 else end
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    return start, end


def _head_phrase_start(tok: "Token") -> "Token":
    """The first word of a noun's head phrase: the noun with its compounds, modifiers and possessor."""
    lefts = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod")]
    return lefts[0].left_edge if lefts else tok


def closing_name(sub: "Token") -> "Token | None":
    """The last word of a name in apposition that closes a long subject phrase ("The head of ..., Ola Dahl,")."""
    last = sub.right_edge
    while last.is_punct and last.i > sub.i:
        last = sub.doc[last.i - 1]
    if last.i <= sub.i or last.pos_ != "PROPN":
        return None
    tok = last
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return last if tok.i == last.i and tok.dep_ == "appos" else None


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation, a leading "that" and a trailing "and"/"but"/"or"."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS + ".":
        end -= 1
    tail = TRAILING_CONJUNCTION_RE.search(text, start, end)
    if tail is not None and tail.start() - start > 2:
        # "... hostile to small farms, and": the words of the next clause are not part of this one.
        end = tail.start()
        while end > start and text[end - 1] in TRIM_CHARS + ".":
            end -= 1
    if text.startswith("that ", start) and end - start > 5:
        start += 5
    return start, end


def alnum_outside(text: str, start: int, end: int, regions: list[Region]) -> int:
    """Alphanumeric characters of ``[start, end)`` outside the given regions."""
    count = 0
    pos = start
    for r in sorted(regions, key=lambda r: r.mark_start):
        if r.mark_start > pos:
            count += sum(ch.isalnum() for ch in text[pos:min(r.mark_start, end)])
        pos = max(pos, r.mark_end)
        if pos >= end:
            break
    if pos < end:
        count += sum(ch.isalnum() for ch in text[pos:end])
    return count


# Words that open a non-restrictive relative clause (", where he trailed ...", ", who ...").
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "where", "when"})


def before_trailing_relative(index: TextIndex, start: int, end: int) -> int:
    """The end of a reported clause before a non-restrictive relative clause that closes it.

    "said it would ask for a new count in the district, where its man lost by 300 votes": the relative
    clause is the writer's background on a noun, not part of what was said.
    """
    text, parsed = index.text, index.parsed
    i = index.token_at(start)
    while i < len(parsed) and parsed[i].idx < end:
        tok = parsed[i]
        i += 1
        if tok.dep_ != "relcl" or tok.right_edge.idx + len(tok.right_edge.text) < end:
            continue
        left = tok.left_edge
        comma = parsed[left.i - 1] if left.i > 0 else None
        if left.lower_ in RELATIVE_WORDS and comma is not None and comma.text == "," and comma.idx > start \
                and index.region_of(left.idx) is None:
            cut = trim_content(text, start, comma.idx)[1]
            if WORD_RE.search(text, start, cut):
                return cut
    return end


# Verbs that, with a to-infinitive, tell an act ("invited X to visit"): an invitation is done, not
# reported speech. PolNeAR attributes "agreed to expand ties" as content (a commitment): tried with
# "agree", PolNeAR tune end-to-end F1 fell 0.560 -> 0.559.
INFINITIVE_ACT_VERBS = frozenset({"invite"})


def infinitive_act(verb: "Token") -> bool:
    """Whether ``verb`` is an invitation whose complement is a to-infinitive."""
    if verb.lemma_.lower() not in INFINITIVE_ACT_VERBS:
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in verb.children)


# Tags of a finite verb: a side of an interrupted sentence needs one (or an infinitive) to say anything.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def skip_conjunction(text: str, start: int, end: int) -> int:
    """The start of a side past a leading "and"/"but" left by the cut ("..., he said, and ...")."""
    for word in ("and ", "but "):
        if text.startswith(word, start) and end - start > len(word) + 2:
            return start + len(word)
    return start


def has_verb(index: TextIndex, start: int, end: int) -> bool:
    """Whether a finite verb or an infinitive stands in ``[start, end)`` ("Riding alone" has none)."""
    return any(t.tag_ in FINITE_TAGS or (t.tag_ == "VB" and any(c.lower_ == "to" or c.tag_ == "MD" for c in t.children))
               for t in tokens_in(index, start, end))


def open_ended(index: TextIndex, start: int, end: int) -> bool:
    """Whether ``[start, end)`` stops at its main verb, a bare copula or auxiliary whose complement lies beyond
    it ("Mostly it was, according to X, the wiring ...", "It was, he said, a mistake"): a piece that says
    nothing on its own."""
    words = [t for t in tokens_in(index, start, end) if any(ch.isalnum() for ch in t.text)]
    if not words:
        return False
    last = words[-1]
    return (last.pos_ == "AUX" or last.lemma_ == "be") and (last.head.i == last.i or not start <= last.head.idx < end)


def tokens_in(index: TextIndex, start: int, end: int) -> "Iterator[Token]":
    """The tokens that start in ``[start, end)``."""
    parsed, starts = index.parsed, index.analysis.token_starts  # offsets read from the list, not from tokens
    i = index.token_at(start)
    while i < len(starts) and starts[i] < end:
        if starts[i] >= start:
            yield parsed[i]
        i += 1


# Prepositions of time and manner (general English): hung on a cue, they say when or how it was done.
ADJUNCT_PREPOSITIONS = frozenset({"after", "before", "by", "since", "until", "upon", "while", "whilst"})


def named_thing(cue: "Token") -> bool:
    """ "in what police called an act of revenge", "a plan which critics call a giveaway": a thing the writer
    names by someone's label (the cue's object a wh-word), no statement of the labeller's."""
    return any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in cue.children)


def owned_noun(noun: "Token", cue: "Token", prep: "Token") -> bool:
    """A noun below the cue's object or possessed owns its phrase ("criticized X's plan of closing"), not one the
    cue takes ("accused the mayor's aides of hiding")."""
    return noun.pos_ == "NOUN" and noun.i != cue.i and prep.lower_ not in OBJECT_ACT_PREPS.get(
        cue.lemma_.lower(), ()) and (noun.head.i != cue.i or any(c.dep_ == "poss" for c in noun.children))
