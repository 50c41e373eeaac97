"""Reporting frames of the dependency parse: a cue, a speaker and the reported clause.

"X said (that) ...", "..., X said.", "X, he said, is ...", "X expressed confidence that ...",
"according to X, ...", "In a statement, ...", and verbs whose object is what they report
("urged Congress to act", "called for a ban"). A clause made only of quoted text is a direct
quote; a clause that merely contains quoted words is a mixed quote, kept as ONE quote with
``direct=False`` whose content is the whole clause (inner marks included).
A quotation cut by its cue gives two quotes that share the cue and the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import sent_of, sentence_end, sentence_start
from sidelines.extractors.quotes.absolutes import phrase_right
from sidelines.extractors.quotes.according import around_according, before_according, source_end
from sidelines.extractors.quotes.candidates import QuoteCandidate, QuoteRules
from sidelines.extractors.quotes.discourse import discourse_said
from sidelines.extractors.quotes.joining import STANCE_RULE
from sidelines.extractors.quotes.naming import names_only
from sidelines.extractors.quotes.slips import clause_read_as_dep, mend_clauses, speaker_slip
from sidelines.extractors.quotes.syntax import (
    ADJUNCT_PREPOSITIONS,
    CLAUSE_DEPS,
    FINITE_TAGS,
    HOPE_FORMS,
    WORD_RE,
    TextIndex,
    active_subject,
    after_quotation,
    alnum_outside,
    bare_participle,
    before_trailing_relative,
    cue_bounds,
    cue_lemma,
    has_verb,
    infinitive_act,
    is_cue_verb,
    judged_object,
    named_thing,
    object_content,
    open_ended,
    owned_noun,
    skip_conjunction,
    speaker_span,
    subject_outside,
    takes_stance_preposition,
    that_clause,
    tokens_in,
    trim_content,
)
from sidelines.lexicon.speech import ASSERTING_OBJECT_VERBS, FINDING_NOUNS, FRAME_VERBS, SOURCE_NOUNS
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import SUBJECTS_WITH_PASSIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_frames(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex) -> list[QuoteCandidate]:
    """Reporting frames of the parse: verb + clause, stance noun + clause, "according to"."""
    out: list[QuoteCandidate] = []
    lowers, wanted = analysis_of(parsed).lowers, rules.stance_nouns | rules.frame_verbs | {"accord"}
    for k, lemma in enumerate(analysis_of(parsed).lemmas):
        if lemma not in wanted and lowers[k] != "in" and lowers[k] not in HOPE_FORMS:
            continue  # no frame below starts at this word: no token made for it
        tok = parsed[k]
        if index.region_of(tok.idx, closed_only=True) is not None:
            continue  # words inside a quotation are not the writer's attribution
        lemma = cue_lemma(tok)
        if lemma == "accord" and tok.lower_ == "according" and tok.i + 1 < len(parsed) \
                and parsed[tok.i + 1].lower_ == "to":
            cand = _according_to(rules, text, parsed, index, tok)
            if cand is not None:
                out.append(cand)
            continue
        if tok.lower_ == "in" and tok.dep_ == "prep" and tok.i - sentence_start(tok) <= 1:
            cand = _source_in(rules, text, parsed, index, tok)
            if cand is not None:
                out.append(cand)
            continue
        if lemma in rules.stance_nouns and tok.pos_ == "NOUN":
            cand = _stance_frame(rules, text, index, tok)
            if cand is not None:
                out.append(cand)
            continue
        if is_cue_verb(tok, rules.frame_verbs) and not discourse_said(tok) and not bare_participle(tok):
            out.extend(_verb_frame(rules, text, index, tok))
    return out


def _verb_frame(rules: QuoteRules, text: str, index: TextIndex, tok: "Token") -> list[QuoteCandidate]:
    """A reporting verb with its clause ("said (that) ...", "..., she said") or its object."""
    p_start, p_end = index.paragraph(tok.idx)
    lemma = cue_lemma(tok)
    # A stance verb ("voiced his support for X") reports no clause: only its object, as a stance.
    stance_only = lemma not in rules.reporting_verbs | rules.object_cue_verbs
    # A dash the tagger reads as a verb ("WASHINGTON ― This spring, ...") heads no clause (rule "clause").
    clauses = [] if stance_only else [c for c in tok.children if c.dep_ in CLAUSE_DEPS and not c.is_punct
                                      and any(ch.isalnum() for ch in c.text)
                                      and p_start <= c.idx < p_end and not _coordinated_statement(rules, c)]
    clauses = [] if names_only(tok) else clauses  # a verb of naming reports no clause, only its object
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
        # "X said: “...”" introduces what follows; a clause before it is someone else's.
        clauses = [c for c in clauses if c.i > tok.i]
    # "The irony is plain: X reported that ...": the words before a colon introduce what
    # follows it; they are no clause a cue after the colon reports.
    clauses = [c for c in clauses if not (c.i < tok.i and any(t.text == ":" for t in tok.doc[c.right_edge.i:tok.i]))]
    speaker = speaker_slip(index, tok, clauses)
    if speaker is not None:
        # "One delegate, who ..., said X": the subject and its relative clause are no reported clause.
        clauses = [c for c in clauses if c.i > tok.i]
    spans: list[tuple[int, int]] = []
    if stance_only:
        pass
    elif not clauses and tok.dep_ == "parataxis" and tok.head.i != tok.i:
        # "The goal, he said, is ...": the head clause around the cue, as one span.
        head = tok.head
        spans.append((max(head.left_edge.idx, p_start),
                      min(head.right_edge.idx + len(head.right_edge.text), p_end)))
    elif not clauses and _as_clause(tok):
        return _as_frame(rules, text, index, tok, p_start, p_end)
    elif not clauses and not names_only(tok):
        that = that_clause(tok) or clause_read_as_dep(tok)
        if that is not None:
            clauses = [that]
    for clause, last in mend_clauses(tok, clauses, rules.frame_verbs):
        start, end = clause.left_edge.idx, last.idx + len(last.text)
        if clause.i > tok.i and clause.left_edge.i < tok.i:
            start = tok.idx + len(tok.text)
        if clause.i < tok.i and end > tok.idx:
            end = tok.left_edge.idx
        if clause.i > tok.i and rules.config.extend_over_conj:
            # "said A, but B": the reported sentence goes on in a coordinated clause.
            for conj in tok.rights:
                if conj.dep_ == "conj" and conj.idx >= end and conj.pos_ in ("VERB", "AUX") \
                        and any(c.dep_ in SUBJECTS_WITH_PASSIVE for c in conj.children) \
                        and not is_cue_verb(conj, rules.frame_verbs):
                    end = conj.right_edge.idx + len(conj.right_edge.text)
        spans.append((max(start, p_start), min(end, p_end)))
    cue_span: tuple[int, int] | None = None
    kind: str | None = "statement"
    if not spans and (lemma in rules.object_cue_verbs or stance_only or takes_stance_preposition(tok)) \
            and active_subject(tok) is not None \
            and not infinitive_act(tok):
        # "X is expected to return": without a speaker an object reports nothing.
        obj = object_content(tok, rules.config.min_object_tokens)
        if obj is not None:
            obj = (obj[0], before_according(index, obj[0], obj[1]), obj[2])
        kind = _object_kind(rules, index, obj[0], obj[1], tok) if obj is not None else None
        kind = "stance" if stance_only and obj is not None else kind
        if obj is not None and kind is not None:
            spans.append((max(obj[0], p_start), min(obj[1], p_end)))
            cue_span = (tok.idx, obj[2])
    made = []
    for start, end in spans:
        rule = STANCE_RULE if stance_only else "object" if cue_span else "clause"
        for cand in _clause_candidates(rules, text, index, tok, start, end, speaker, cue_span, rule):
            if cand.rule != "interrupted":
                cand.after_cue = cand.end <= tok.idx
            if cue_span and kind and not cand.direct:
                cand.kind = kind  # a bare noun phrase object: a "stance", no statement
            made.append(cand)
    if len(made) == 2 and made[0].direct and made[1].direct:
        # "“...,” she said, “...”": two quotes around their one cue, the first one before it.
        first, second = sorted(made, key=lambda c: c.start)
        first.after_cue, second.after_cue = True, False
        made = [first, second]
    return made


def _coordinated_statement(rules: QuoteRules, clause: "Token") -> bool:
    """ "X said A, and Y said B": a cue with its own subject after "and"/"but" is a second statement
    (however the parser attached it), not part of the first one's content."""
    left = clause.left_edge
    return (left.i > 0 and clause.doc[left.i - 1].lower_ in ("and", "but")
            and is_cue_verb(clause, rules.frame_verbs) and active_subject(clause) is not None)


def _clause_candidates(rules: QuoteRules, text: str, index: TextIndex, cue: "Token", start: int, end: int,
                       speaker: "Token | None" = None, cue_span: tuple[int, int] | None = None,
                       rule: str = "clause") -> list[QuoteCandidate]:
    """The quotes of a reported span: two when the writer's cue interrupts it, one per side with a verb.

    "Under the plan, he said, the port will reopen": the cue and its speaker are never content, and a
    side without a verb ("Under the plan") says nothing on its own.
    """
    sub = speaker if speaker is not None else local_subject(index, cue)
    cue_at = cue_span or cue_bounds(cue)
    lo, hi = cue_at
    if sub is not None and abs(sub.i - cue.i) <= 12:
        # The attribution runs from the speaker's phrase to the cue, whatever stands between them.
        left, right = sub.left_edge, phrase_right(sub)
        lo, hi = min(lo, left.idx), max(hi, right.idx + len(right.text))
    if not (start < hi and lo < end):
        cand = _clause_candidate(rules, text, index, cue, start, end, speaker, cue_span, rule)
        return [cand] if cand is not None else []
    out = []
    for a, b in ((start, lo), (hi, end)):
        a, b = trim_content(text, a, b)
        a = skip_conjunction(text, a, b)
        # only the piece before the cue can stop short of a complement beyond it; one after it is elliptic
        if b - a < 2 or not has_verb(index, a, b) or (b <= lo and open_ended(index, a, b)):
            continue
        cand = _clause_candidate(rules, text, index, cue, a, b, speaker, cue_span, rule)
        if cand is not None:
            out.append(cand)
    if any(c.direct for c in out):
        # "“...,” she says, dressed as ...": beside a quotation, unquoted words are the writer's.
        out = [c for c in out if c.regions]
    if len(out) == 2:
        out[0].after_cue, out[1].rule = True, "interrupted"
    return out


# Tokens left of a subjectless finite cue searched for the name the parser cut off ("X (D-MA) said").
MAX_NAME_REACH = 8
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# Entity types of a day or an hour: never a speaker.
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def local_subject(index: TextIndex, verb: "Token") -> "Token | None":
    """The speaker of a cue verb in its own paragraph: its subject, else the name right before a finite cue.

    A subject above a line break ("12:15 p.m.\n\nX says") is a parse across a dateline, and a finite
    verb without a subject ("Saturday at the convention Sen. X (D-MA) said") has lost its name to a
    preposition's object; then the nearest name or personal pronoun before the verb, outside
    parentheses, is the speaker, and so it is when the parser took a day for the subject. A subject
    inside a quotation is never the speaker of a cue outside it ("“..., but Berg has low numbers,”
    added a Democrat"): the phrase right after the cue is.
    """
    sub = active_subject(verb)
    if sub is not None and index.region_of(sub.idx, closed_only=True) is not None \
            and index.region_of(verb.idx, closed_only=True) is None:
        sub = subject_outside(verb, index, closed_only=True) or _phrase_after(verb)
    p_start = index.paragraph(verb.idx)[0]
    if sub is not None and sub.ent_type_ in TIME_ENTITIES and verb.tag_ in FINITE_TAGS:
        name = _name_before(verb, p_start)
        if name is not None and name.i > sub.i:
            return name
    if sub is not None and sub.idx >= p_start:
        return sub
    if sub is None and after_quotation(index, verb):
        after = _phrase_after(verb)  # "“...,” added Berg": the parser read the name as the cue's object
        if after is not None:
            return after
    if sub is None and verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i < verb.i:
        verb = verb.head  # "- Petrov continued to insist that ...": the name before the verb the cue completes
    if sub is None and (verb.tag_ not in FINITE_TAGS or verb.dep_ != "ROOT"):
        return None
    return _name_before(verb, p_start)


def _name_before(verb: "Token", p_start: int) -> "Token | None":
    """The nearest name or personal pronoun before a cue in its paragraph and clause, outside parentheses."""
    depth = 0
    for j in range(verb.i - 1, max(verb.i - MAX_NAME_REACH, 0) - 1, -1):
        tok = verb.doc[j]
        if tok.dep_ in ("aux", "auxpass", "neg", "advmod") and tok.head.i == verb.i:
            continue  # "X is calling", "X has also said"
        if tok.idx < p_start or tok.text in (".", ";", ":", "!", "?") or tok.pos_ in ("VERB", "AUX"):
            return None
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0 or tok.text == "(":
            continue
        if tok.pos_ == "PROPN" or tok.lower_ in PERSONAL_PRONOUNS:
            while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i and tok.head.i < verb.i:
                tok = tok.head
            return tok
    return None


# Dependents that modify the head of a noun phrase before it ("retired", "the", "former").
NAME_MODIFIERS = frozenset({"amod", "det", "nummod", "poss"})


def _phrase_after(verb: "Token") -> "Token | None":
    """The head of the noun phrase right after an inverted cue ("added a New Hampshire Democrat")."""
    for tok in verb.doc[verb.i + 1 : verb.i + 6]:
        if tok.dep_ in NAME_MODIFIERS and tok.head.i > tok.i:
            continue  # "said retired neurosurgeon X": a modifier of the name, whatever its tag
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            return None
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.dep_ != "npadvmod":
            while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
                tok = tok.head
            return tok
    return None


# Complements that make an as-clause say something of its own ("as he continued to speak").
AS_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "attr", "acomp", "oprd"})


def _as_clause(verb: "Token") -> bool:
    """ "as reported by X", "As X noted": a cue in an as-clause of another verb.

    Only a past verb with no complement of its own reports the clause it modifies; "as X continues
    to ...", "as she seeks ..." are times, not sources.
    """
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return (verb.dep_ == "advcl" and marks == {"as"} and verb.head.i != verb.i and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in AS_COMPLEMENTS for c in verb.children) and not _while_acting(verb))


def _while_acting(verb: "Token") -> bool:
    """ "Berg waved to the crowd as he replied": an as-clause after the clause it modifies, whose subject is
    a personal pronoun, when that clause's own subject is a name or a personal pronoun, tells what the
    speaker did while speaking (a time), not what was said."""
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    acting = next((c for c in head.children if c.dep_ == "nsubj"), None)
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is not None and mark.i > 0 and verb.doc[mark.i - 1].text == ",":
        return False  # "X lost the vote, as he had predicted": set off by a comma, a source
    return (verb.i > head.i and subject is not None and subject.lower_ in PERSONAL_PRONOUNS
            and acting is not None and (acting.pos_ == "PROPN" or acting.lower_ in PERSONAL_PRONOUNS))


def _as_frame(rules: QuoteRules, text: str, index: TextIndex, verb: "Token", p_start: int,
              p_end: int) -> list[QuoteCandidate]:
    """ "X will close, as first reported by Y" / "As Y told reporters, X will close": the clause the
    as-clause modifies, said by the as-clause's agent or subject (never the main clause's subject)."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS_WITH_PASSIVE and c.dep_ != "nsubjpass"]
    if not agents and not subjects:
        return []
    speaker = (agents or subjects)[0]
    head, left, right = verb.head, verb.left_edge, verb.right_edge
    if left.i > head.left_edge.i:
        start, end = head.left_edge.idx, left.idx
    elif right.i < head.right_edge.i:
        start, end = right.idx + len(right.text), head.right_edge.idx + len(head.right_edge.text)
    else:
        return []
    start, end = max(start, p_start), min(end, p_end)
    cand = _clause_candidate(rules, text, index, verb, start, end, speaker=speaker, rule="as-clause")
    if cand is None or not has_verb(index, cand.start, cand.end):
        return []
    cand.after_cue = cand.end <= verb.idx
    return [cand]


def _object_kind(rules: QuoteRules, index: TextIndex, start: int, end: int, cue: "Token") -> str | None:
    """What an object reports: "statement" for a clause the cue governs ("urged X to act", "accused X of
    lying") or a predicate on its object ("called the plan a disgrace", "described him as a liar").

    A noun phrase alone is what the speaker acted on or talked about ("announced his endorsement of
    X", "stressed defence issues"): no statement but a "stance" (kept only with ``object_needs_clause``
    off, and only when longer than ``max_bare_object_words`` or with a verb in it); else None.
    """
    toks = list(tokens_in(index, start, end))
    if judged_object(cue, start, end) or named_thing(cue):
        return "stance"
    if any(_clausal_verb(t, cue) for t in toks) or any(_predicative(t, cue) for t in toks):
        return "statement"
    if rules.config.object_needs_clause:
        return None
    long = len(WORD_RE.findall(index.text, start, end)) > rules.config.max_bare_object_words
    return "stance" if long or any(t.pos_ in ("VERB", "AUX", "PART") for t in toks) else None


def _predicative(tok: "Token", cue: "Token") -> bool:
    """ "called X a disgrace" (an object predicate) / "described X as a liar" (an as-predicate of the cue)."""
    return tok.head.i == cue.i and (tok.dep_ == "oprd" or (tok.dep_ == "prep" and tok.lower_ == "as"))


# Dependencies that hang a word on a noun: a verb below one describes the noun, it states nothing.
NOUN_MODIFIER_DEPS = frozenset({"relcl", "acl", "amod", "appos", "compound", "nmod", "poss", "npadvmod"})


def _clausal_verb(tok: "Token", cue: "Token") -> bool:
    """Whether ``tok`` is a verb of a clause the cue governs ("urged X to act", "accused X of lying"),
    not one inside a noun's modifier ("highlighted comments X made", "criticised his refusal to act") nor in
    a time or manner phrase of the cue ("endorsed X before backing Y", "attacked X by cutting ...") unless
    the cue asserts its object ("acknowledged the losses by releasing ...", rule "object")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in FINITE_TAGS | {"VB", "VBG", "VBN"} or tok.dep_ == "prep":
        return False  # "including", "following": a preposition, whatever its tag
    while tok.i != cue.i:
        if tok.dep_ in NOUN_MODIFIER_DEPS or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and owned_noun(tok.head, cue, tok):
            return False  # "criticized his plan of closing the port": a verb in a noun's own phrase
        if (tok.dep_ == "prep" and tok.head.i == cue.i and tok.lower_ in ADJUNCT_PREPOSITIONS
                and cue.lemma_.lower() not in ASSERTING_OBJECT_VERBS):
            return False
        tok = tok.head
    return True


def _clause_candidate(rules: QuoteRules, text: str, index: TextIndex, cue: "Token", start: int, end: int,
                      speaker: "Token | None" = None, cue_span: tuple[int, int] | None = None,
                      rule: str = "clause") -> QuoteCandidate | None:
    """A quote whose content is ``[start, end)``: direct when it is all quotation, else mixed."""
    start, end = trim_content(text, start, end)
    if end - start < 2 or not WORD_RE.search(text, start, end):
        return None
    regions = index.regions_in(start, end)
    # A quotation that overlaps the clause joins it whole ("said it was “..., ...”").
    for r in regions:
        start, end = min(start, r.start), max(end, r.end)
    direct = bool(regions) and alnum_outside(text, start, end, regions) <= 2
    if direct:
        start, end = min(r.start for r in regions), max(r.end for r in regions)
    else:
        start = min([start] + [r.mark_start for r in regions if r.mark_start < start + 2])
        end = max([end] + [r.mark_end for r in regions if r.mark_end > end - 2])
        start, end = trim_content(text, start, end)
        if rules.config.cut_trailing_relative and cue.idx < start:
            # Only after its cue: before a closing "..., X said" the relative clause is in the speaker's words.
            end = before_trailing_relative(index, start, end)
    sub = speaker if speaker is not None else local_subject(index, cue)
    cand = QuoteCandidate(start, end, direct, cue=cue_span or cue_bounds(cue), cue_token=cue.i,
                     rule=rule, regions=regions)
    if sub is not None:
        cand.speaker = speaker_span(sub, index, rules.config.max_speaker_tokens)
        cand.speaker_head = sub.i
    return cand


def _stance_frame(rules: QuoteRules, text: str, index: TextIndex, noun: "Token") -> QuoteCandidate | None:
    """ "X expressed confidence that ...": the noun's that-clause, spoken by the verb's subject."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "attr", "nsubjpass", "pobj") or verb.lemma_.lower() not in FRAME_VERBS:
        return None
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl", "appos")
         and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)),
        None,
    )
    if clause is None:
        return None
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    cue = (verb.idx, noun.idx + len(noun.text)) if verb.i < noun.i else (noun.idx, noun.idx + len(noun.text))
    return _clause_candidate(rules, text, index, verb, start, end, cue_span=cue, rule="stance")


def _source_in(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex, tok: "Token") -> QuoteCandidate | None:
    """ "In a statement, ..." / "In the poll, ...": the rest of the sentence, from that source."""
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_NOUNS]
    if not objs:
        return None
    src = objs[0]
    if is_cue_verb(tok.head, rules.frame_verbs) or any(
            is_cue_verb(c, rules.frame_verbs) for c in tok.head.children if c.dep_ == "conj"):
        return None  # "In an interview, X said ...": the verb is the cue
    after = src.right_edge.i + 1
    if after >= sentence_end(tok) or parsed[after].text != ",":
        return None
    start, end = parsed[after].idx + 1, sent_of(tok).end_char
    if "\n" in text[start:end]:
        end = text.index("\n", start)
    cand = _clause_candidate(rules, text, index, tok, start, end, speaker=src,
                                  cue_span=(tok.idx, tok.idx + len(tok.text)), rule="source-in")
    if cand is not None:
        # "In a post on Sunday, Kovac was furious about ...": the channel is hers, she is the source.
        sub = active_subject(tok.head) if src.lemma_.lower() not in FINDING_NOUNS else None
        speaker = sub if sub is not None and sub.i > src.i and sub.pos_ in ("PROPN", "PRON") else src
        cand.speaker = speaker_span(speaker, index, rules.config.max_speaker_tokens)
        cand.speaker_head = speaker.i
    return cand


def _according_to(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex, tok: "Token") -> QuoteCandidate | None:
    """ "according to X, ..." / "..., according to X": the rest of the sentence, said by X."""
    to = parsed[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    src = objs[0]
    phrase_end = source_end(index, parsed[sent_of(tok).start], tok, src)
    if tok.i > 0 and parsed[tok.i - 1].lemma_ == "be":
        return None  # "That's according to ...": the source of the previous sentence
    p_start, p_end = index.paragraph(tok.idx)
    sent = sent_of(tok)
    first, last = sent.start, sent.end - 1
    while last > tok.i and (parsed[last].is_space or parsed[last].is_punct or parsed[last].idx >= p_end):
        last -= 1
    while first < tok.i and (parsed[first].is_space or parsed[first].idx < p_start):
        first += 1
    if tok.i - first <= 1:
        start, end = parsed[phrase_end].idx + len(parsed[phrase_end].text), parsed[last].idx + len(parsed[last].text)
    elif phrase_end >= last:
        start, end = parsed[first].idx, tok.idx
    else:
        start, end = around_according(index, parsed[first], tok, parsed[phrase_end], parsed[last])
    cue = (tok.idx, to.idx + len(to.text))
    cand = _clause_candidate(rules, text, index, tok, start, end, speaker=src, cue_span=cue, rule="according")
    if cand is not None:
        cand.after_cue = end <= tok.idx
        # The source phrase is "X", not the whole "according to X" subtree.
        cand.speaker = speaker_span(src, index, rules.config.max_speaker_tokens)
        cand.speaker_head = src.i
    return cand
