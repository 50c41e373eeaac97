"""Joining and pruning quote candidates.

A quotation cut by its cue ("“...,” she said, “...”") goes on as a second quote with the same cue and
speaker, and so does a quotation that follows its attributed sentence in the same paragraph; a
quotation that stands as its own
paragraph after a quote keeps that quote's speaker (as a new quote); one with no quote before it takes the
speaker of the indirect statement that opens the next paragraph (speaker rule "next-paragraph"). Nested and overlapping
candidates are reduced to one. Other quotations are scare quotes or titles ("a “historic step”")
and are not quotes.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from sidelines.extractors.lookup import sent_of
from sidelines.extractors.quotes.candidates import QuoteCandidate, QuoteRules
from sidelines.extractors.quotes.marks import Region
from sidelines.extractors.quotes.raising import QUESTION_RULE, REFUSAL_RULE
from sidelines.extractors.quotes.syntax import (
    WORD_RE,
    TextIndex,
    active_subject,
    share_of_people,
    speaker_span,
    trim_content,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def carry_on(rules: QuoteRules, text: str, index: TextIndex, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Unattributed quotations that continue the previous quote's speaker."""
    out = list(cands)
    ordered = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for r in index.regions:
        if r.used:
            continue
        k = bisect_left(starts, r.start) - 1
        prev = ordered[k] if k >= 0 else None
        p_start = index.paragraph(r.mark_start)[0]
        tail = text[r.mark_end : index.paragraph(r.mark_end)[1]]
        whole_par = text[p_start : r.mark_start].strip() == "" and tail.strip(" .,;:!?…") == ""
        words = len(WORD_RE.findall(text, r.start, r.end))
        if prev is not None and prev.direct and prev.end <= r.start:
            last = max(prev.end, prev.cue[1] if prev.cue else 0, prev.speaker[1] if prev.speaker else 0)
            gap = text[last : r.mark_start]
            quoted = sum(x.end - x.start for x in prev.regions) + r.end - r.start
            # Joined only when the words between are fewer than the quoted ones; the attribution itself (its
            # cue and speaker, "said the rail company's spokesman, Lev Arin") is no words between.
            if (
                "\n" not in gap
                and words >= 2
                and r.mark_start - prev.end - _attribution_chars(prev, r.mark_start) <= quoted
                and (
                    gap.strip(" .”\"'’") in ("", ",")
                    or (
                        rules.config.merge_after_cue_sentence
                        and len(gap) < 120
                        and gap.rstrip().endswith(".")
                        and sum(gap.count(ch) for ch in ".!?") == 1
                    )
                )
            ):
                # "“...,” he said. “...”": the same speaker goes on in the same paragraph, in a quote of its own.
                r.used = True
                cand = prev.continued(r.start, r.end, [r], "continued")
                out.append(cand)
                ordered.insert(k + 1, cand)
                starts.insert(k + 1, cand.start)
                continue
        if whole_par or (words >= rules.config.min_uncued_words and text[r.start : r.end].rstrip()[-1:] in ".!?,"):
            cand = QuoteCandidate(r.start, r.end, True, rule="standalone", regions=[r])
            new_par = not whole_par and prev is not None and "\n" in text[prev.end : r.mark_start]
            sub = _sentence_subject(index, r) if new_par else None
            if sub is not None:
                # "When the senator finished - “...” - the crowd cheered": a quotation inside a sentence of a
                # new paragraph is said by that sentence's subject, not by the previous paragraph's speaker.
                cand.speaker = speaker_span(sub, index, rules.config.max_speaker_tokens)
                cand.speaker_head, cand.rule = sub.i, "sentence-subject"
            elif ((said := _last_statement(index, ordered, k)) is not None
                  and text.count("\n", said.start, r.start) <= 4):
                # A refusal or a raising frame in between ("..., who declined to be named") says nothing:
                # the quotation goes on with the last statement's speaker.
                cand.speaker, cand.speaker_head = said.speaker, said.speaker_head
                cand.rule = "carried"
                asked = _asked(index, said)
                if asked is not None:
                    # "X was asked whether ... / “...”": the answer is the one asked, not the asker.
                    cand.speaker = speaker_span(asked, index, rules.config.max_speaker_tokens)
                    cand.speaker_head, cand.rule = asked.i, "answer"
            elif not whole_par:
                continue
            else:
                _next_paragraph_speaker(index, ordered, k, cand, r)
            r.used = True
            out.append(cand)
            ordered.insert(k + 1, cand)
            starts.insert(k + 1, cand.start)
    return out


# The speaker rule of a quotation standing as a paragraph said by the speaker of the statement opening the next one.
NEXT_PARAGRAPH_RULE = "next-paragraph"
# Words before the next paragraph's speaker that make its statement no attribution of the quotation: a verb, a
# conjunction, or the sentence's own subject (the speaker then stands in a parenthesis).
OPENER_POS = frozenset({"VERB", "AUX", "CCONJ"})
OPENER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _next_paragraph_speaker(index: TextIndex, ordered: list[QuoteCandidate], k: int, cand: QuoteCandidate,
                            r: Region) -> None:
    """ "“She never asked for anything.” / Maria Lopez says her neighbour was ...": a quotation standing as its own
    paragraph, with no statement before it to carry on, whose next paragraph opens with an indirect statement
    (its cue and speaker in that paragraph's first sentence, no verb before its speaker) is said by that
    statement's speaker (speaker rule "next-paragraph"), in place; else it keeps no speaker."""
    nxt = ordered[k + 1] if k + 1 < len(ordered) else None
    if nxt is None or nxt.direct or nxt.kind != "statement" or nxt.speaker is None or nxt.cue is None:
        return
    text = index.text
    p_start = index.paragraph(nxt.start)[0]
    between = text[r.mark_end:p_start] if p_start >= r.mark_end else "x"
    if between.strip().strip(".,;:!?…") or "\n" not in between:
        return  # the statement is no paragraph of its own right after the quotation
    parsed = index.parsed
    first = sent_of(parsed[index.token_at(p_start)])
    if max(nxt.cue[1], nxt.speaker[1]) > first.end_char:
        return
    if any(t.pos_ in OPENER_POS or t.dep_ in OPENER_DEPS
           for t in parsed[index.token_at(p_start):index.token_at(nxt.speaker[0])]):
        # the paragraph opens with something else than the speaker ("The storm tore ..., and X said"), with the
        # sentence's own subject ("That pledge, critics said, ...") or with a turn ("But X said ...")
        return
    cand.speaker, cand.speaker_head, cand.speaker_rule = nxt.speaker, nxt.speaker_head, NEXT_PARAGRAPH_RULE


def _attribution_chars(prev: QuoteCandidate, until: int) -> int:
    """Characters of ``prev``'s cue and speaker phrase that lie between its content and ``until``."""
    covered: set[int] = set()
    for span in (prev.cue, prev.speaker):
        if span is not None:
            covered.update(range(max(span[0], prev.end), min(span[1], until)))
    return len(covered)


def _last_statement(index: TextIndex, ordered: list[QuoteCandidate], k: int) -> QuoteCandidate | None:
    """The last candidate at or before position ``k`` of ``ordered`` that says something: refusals
    ("declined to comment") and the writer's raising frames are skipped, and so is a question put in the
    same sentence as the quote before it ("“...,” she said when asked whether ..."): the one who goes on
    talking is the one who answered, not the asker."""
    for j in range(k, -1, -1):
        cand = ordered[j]
        if cand.kind == "writer" or cand.rule == REFUSAL_RULE:
            continue
        if cand.rule == QUESTION_RULE and j > 0 and _same_sentence(index, ordered[j - 1], cand):
            continue
        return cand
    return None


def _asked(index: TextIndex, question: QuoteCandidate) -> "Token | None":
    """The one a question put is asked of ("X was asked whether ...", "reporters asked X if ..."), else None."""
    if question.rule != QUESTION_RULE or question.cue_token is None:
        return None
    verb = index.parsed[question.cue_token]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    deps = ("nsubjpass",) if passive else ("dobj",)
    asked = next((c for c in verb.children if c.dep_ in deps), None)
    return asked if asked is not None and _names_someone(asked) else None


def _same_sentence(index: TextIndex, before: QuoteCandidate, after: QuoteCandidate) -> bool:
    """Whether the cues of ``before`` and ``after`` stand in one sentence of the parse."""
    if before.cue_token is None or after.cue_token is None:
        return False
    parsed = index.parsed
    return sent_of(parsed[before.cue_token]).start == sent_of(parsed[after.cue_token]).start


# Subjects that name no one ("it is", "there were", "this shows").
_NO_SPEAKER = frozenset({"it", "there", "this", "that", "which", "what", "who", "whom", "these", "those"})


def _sentence_subject(index: TextIndex, r: Region) -> "Token | None":
    """The subject, before the quotation and in its paragraph, of the clause that holds ``r``.

    The clauses above the quotation's words are tried from the nearest; a subject that comes only after
    the quotation, or that names no one ("it", "there"), is passed over; then the last subject before the
    quotation in its sentence ("When the senator finished - “...”"), then the subject of the sentence
    before in the paragraph, when that one quotes nothing ("Varro disagreed. “...”").
    """
    parsed = index.parsed
    i = index.token_at(r.start)
    if i >= len(parsed):
        return None
    p_start = index.paragraph(r.mark_start)[0]
    tok = parsed[i]
    while tok.head.i != tok.i and r.mark_start <= tok.head.idx < r.mark_end:
        tok = tok.head
    seen = 0
    while seen < 8:
        seen += 1
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            sub = active_subject(tok)
            if sub is not None and p_start <= sub.idx < r.mark_start and _names_someone(sub):
                return sub
        if tok.head.i == tok.i:
            break
        tok = tok.head
    sent = sent_of(parsed[i])
    start = max(p_start, sent.start_char)
    before = [t for t in parsed[index.token_at(start) : i] if t.idx < r.mark_start]
    subs = [t for t in before if t.dep_ == "nsubj" and _names_someone(t)]
    if subs:
        return subs[-1]
    if sent.start > 0 and sent_of(parsed[sent.start - 1]).start_char >= p_start:
        # "Economist Lena Varro disagreed. “...”": the sentence before names who speaks next.
        root = sent_of(parsed[sent.start - 1]).root
        sub = active_subject(root) if root.pos_ in ("VERB", "AUX") else None
        here = sent_of(root)
        if sub is not None and _names_someone(sub) and not index.regions_in(here.start_char, here.end_char):
            return sub
    return None


def _names_someone(sub: "Token") -> bool:
    """A subject that can be a speaker: a noun or a personal pronoun."""
    return sub.pos_ in ("PROPN", "NOUN", "PRON") and sub.lower_ not in _NO_SPEAKER


def join_interrupted(text: str, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """ "“...,” she said, “...”": the part after the cue is a quote of the same speaker and cue."""
    out: list[QuoteCandidate] = []
    for c in cands:
        p = out[-1] if out else None
        if (
            p is not None
            and p.direct
            and c.direct
            and p.after_cue
            and p.cue is not None
            and p.regions
            and c.regions
            and p.cue[0] >= p.regions[-1].mark_end
        ):
            gap = text[p.regions[-1].mark_end : c.regions[0].mark_start]
            own_cue = c.cue is not None and c.cue != p.cue and c.cue[0] >= p.regions[-1].mark_end
            if (
                "\n" not in gap
                and len(gap) < 100
                and gap.rstrip().endswith((",", ":"))
                and not own_cue
                and not any(ch in ".!?;" for ch in gap)
                and p.cue[1] <= c.regions[0].mark_start
            ):
                c.cue, c.cue_token, c.speaker, c.speaker_head = p.cue, p.cue_token, p.speaker, p.speaker_head
        out.append(c)
    return out


# Participles that go on with the speaker's own words whatever follows them ("..., adding that ...").
SAYING_LEMMAS = frozenset({"say", "add"})


def drop_nested(text: str, parsed: "Doc", cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Keep one quote where one content holds another's cue (the writer's, not the quoted one's).

    A cue coordinated with the first ("told X that ... and said ...") or a participle of saying
    after it ("said ... “long,” adding, “...”") starts a second statement of the same speaker: the
    first content stops before it. A parenthetical cue inside a content ("... because, she said,
    the insult ...") is the writer's: the clause around it is its quote, and the outer one goes.
    """
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    drop: set[int] = set()
    for a_i, a in enumerate(cands):
        for b_i in range(a_i + 1, len(cands)):
            b = cands[b_i]
            if b.start >= a.end:
                break
            if b.cue is None or not (a.start <= b.cue[0] < a.end) or a_i in drop:
                continue
            j = b.cue_token - 1 if b.cue_token is not None else -1
            while j > 0 and parsed[j].pos_ == "ADV":
                j -= 1
            if b.cue_token is not None and parsed[b.cue_token].dep_ == "parataxis" and a.start < b.start \
                    and b.speaker is not None and a.start <= b.speaker[0]:
                # "... had said that because, she said, the insult ...": the interrupting cue is the
                # writer's, so the clause around it is its quote, not part of the other one.
                drop.add(a_i)
                continue
            if b.cue_token is not None and _counted_in_subject(parsed[b.cue_token]) and a.start < b.start:
                # "The share of voters who say X has dropped, Y said": the poll's count is part of what Y
                # said, no finding of its own (rule "clause").
                drop.add(b_i)
                continue
            cut = _cut_before(parsed, j, b) if not a.direct and not a.after_cue and j > 0 else None
            if cut is not None and cut > a.start:
                end = trim_content(text, a.start, cut)[1]
                if end - a.start > 2:
                    a.end = end
                    if b.speaker is None or a.start <= b.speaker[0] < cut:
                        b.speaker, b.speaker_head = a.speaker, a.speaker_head
                    continue
            # "X said (that) Y said Z": X's quote; "Y said Z, X reports": Y's quote, but "Y plans to Z, X said":
            # a plan or an act the writer's cue reports is no statement of Y's, and the whole clause is X's.
            drop.add(b_i if not a.after_cue or _reported_act(b) else a_i)
    return [c for i, c in enumerate(cands) if i not in drop]


def _counted_in_subject(cue: "Token") -> bool:
    """ "the percentage of voters who say ...": a cue in a relative clause on those a share counts."""
    return cue.dep_ == "relcl" and share_of_people(cue.head)


# The rule of a quote made by a verb whose object is only ever a stance (lexicon STANCE_VERBS).
STANCE_RULE = "stance-object"


def _reported_act(cand: QuoteCandidate) -> bool:
    """A quote made by a verb's object ("plans to run", "urged X to act") with no quotation: an act, a plan
    or a stance, which a cue around it reports ("Y plans to run, X said")."""
    return cand.rule in ("object", STANCE_RULE) and not cand.regions


def yield_stances(cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Drop a stance verb's object that overlaps another quote or holds a quotation: a statement
    ("expressed doubt that ...", "issued a statement saying ...") or a quotation's own cue wins."""
    others = [c for c in cands if c.rule != STANCE_RULE]
    return [c for c in cands if c.rule != STANCE_RULE
            or not (c.regions or any(o.start < c.end and c.start < o.end for o in others))]


def drop_overlaps(cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Remove a quote whose content mostly repeats an earlier, longer or cued one (a statement first)."""
    out: list[QuoteCandidate] = []
    for c in cands:
        if out:
            p = out[-1]
            ov = min(p.end, c.end) - max(p.start, c.start)
            if ov > 0 and ov * 2 >= min(p.end - p.start, c.end - c.start):
                better = c if (c.rule != STANCE_RULE, c.cue is not None, c.end - c.start) > (
                    p.rule != STANCE_RULE, p.cue is not None, p.end - p.start) else p
                out[-1] = better
                continue
        out.append(c)
    return out


def _subjectless_participle(tok: "Token") -> bool:
    """ "..., adding, “...”": a participle cue with no subject of its own goes on with the same speaker."""
    return tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _cut_before(parsed: "Doc", j: int, b: QuoteCandidate) -> int | None:
    """Where a first statement ends before ``b``, a second one of its speaker, or None.

    "told X that ... and said ...": before the "and"; "said ... “long,” adding, “...”" (a participle
    of saying, or one that introduces a quotation): after the words before the comma (a closing mark
    stays with them). "..., showing that ..." with unquoted words says what the first clause shows.
    """
    if parsed[j].lower_ in ("and", "but"):
        return parsed[j].idx
    cue = b.cue_token
    if cue is None or not _subjectless_participle(parsed[cue]):
        return None
    if not b.direct and parsed[cue].lemma_.lower() not in SAYING_LEMMAS:
        return None
    k = cue - 1
    if parsed[k].text in ("”", "''", '"', "’") and k > 0 and parsed[k - 1].text == ",":
        return parsed[k].idx + len(parsed[k].text)  # “long,” adding
    return parsed[k].idx if parsed[k].text == "," else None
