"""Attributions that name no speaker, and refusals: "X seems to ...", "X is expected to ...", "X declined to ...".

A raising verb ("the plan seems to have failed", "Kovac appeared to rule out ...") or the passive of a
verb of saying or thinking without an agent ("the council is expected to approve ...") attributes its
clause to no one the text names: the writer's own assessment, or the view of people left unsaid. The
content is the raised subject with the complement (the cue between them is a few characters), no
speaker, kind "writer". A refusal ("the bank declined to comment", "the court refused to reconsider")
reports what its subject would not do or say: a quote of kind "stance" of that subject, never a
statement (the article gold records no quote for it); so is a question put ("Asked whether ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.quotes.candidates import QuoteCandidate
from sidelines.extractors.quotes.syntax import (
    TextIndex,
    active_subject,
    is_question_put,
    speaker_span,
    trim_content,
)
from sidelines.lexicon.speech import QUESTION_VERBS, QUESTION_WORDS, REFUSAL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs that raise their complement's subject ("X seems to be", "X appears to have").
RAISING_VERBS = frozenset({"seem", "appear"})
# Verbs of saying and thinking whose agentless passive raises a subject ("X is expected to win").
RAISING_PASSIVES = frozenset({"expect", "believe", "think", "say", "report", "rumor", "rumour", "project",
                              "predict", "estimate", "suppose", "allege"})
# Complements a form of "seem" takes besides an infinitive ("seemed likely", "seems an insult").
SEEM_COMPLEMENTS = frozenset({"acomp", "attr", "oprd"})
# Subjects that stand for no one and nothing said ("it seems", "there appear to be").
EXPLETIVES = frozenset({"it", "there"})
RAISING_RULE = "raising"
REFUSAL_RULE = "refusal"
PASSIVE_RULE = "passive"


def find_raising(text: str, parsed: "Doc", index: TextIndex, max_speaker_tokens: int,
                 passive_verbs: frozenset[str] = frozenset()) -> list[QuoteCandidate]:
    """Raising frames and agentless passives of ``passive_verbs`` (kind "writer", no speaker), and
    refusals (kind "stance"), outside quotations."""
    lemmas = index.analysis.lemmas
    passives = passive_verbs | JUDGMENT_VERBS
    frame_verbs = RAISING_VERBS | RAISING_PASSIVES | REFUSAL_VERBS | QUESTION_VERBS | passives
    out = []
    for k, lemma in enumerate(lemmas):
        if lemma not in frame_verbs:
            continue
        verb = parsed[k]
        if verb.pos_ not in ("VERB", "AUX") or index.region_of(verb.idx, closed_only=True) is not None:
            continue
        if lemma in QUESTION_VERBS and is_question_put(verb):
            cand = _question_put(text, index, verb, max_speaker_tokens)
        elif lemma in REFUSAL_VERBS:
            cand = _refusal(text, index, verb, max_speaker_tokens)
        elif lemma in RAISING_VERBS or lemma in RAISING_PASSIVES:
            cand = _raising(text, index, verb, lemma)
        else:
            cand = None
        if cand is None and lemma in passives:
            cand = _passive(text, index, verb)
        if cand is not None:
            out.append(cand)
    return out


# Verbs of judging whose passive says how someone is seen ("is widely seen as", "was considered a threat").
JUDGMENT_VERBS = frozenset({"see", "consider", "view", "regard", "deem", "perceive"})
# What such a passive reports ("seen [as a moderate]", "considered [an asset]", "asked [whether ...]");
# adjuncts after it ("in Bergen", ", given ...") are the writer's.
PASSIVE_COMPLEMENTS = frozenset({"oprd", "attr", "xcomp", "ccomp", "dobj", "dative", "acomp"})
PASSIVE_PREPOSITIONS = frozenset({"as", "about", "of", "on", "over", "for"})


def _passive(text: str, index: TextIndex, verb: "Token") -> QuoteCandidate | None:
    """ "X was asked about Y", "X is widely seen as Y": an agentless passive of a verb of saying or
    judging reports something no one named said or thinks: its clause, from the subject on."""
    deps = {c.dep_ for c in verb.children}
    if verb.tag_ != "VBN" or "auxpass" not in deps or "agent" in deps or "nsubjpass" not in deps:
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
    if subject.lower_ in EXPLETIVES or subject.i > verb.i:
        return None
    complements = [c for c in verb.rights if c.dep_ in PASSIVE_COMPLEMENTS
                   or (c.dep_ == "prep" and c.lower_ in PASSIVE_PREPOSITIONS
                       and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children))]
    if not complements:
        return None  # "we are being told", "a service is planned Friday": nothing reported
    last = complements[-1]
    p_start, p_end = index.paragraph(verb.idx)
    end = last.right_edge.idx + len(last.right_edge.text)
    return _candidate(text, index, verb, max(subject.left_edge.idx, p_start), min(end, p_end), PASSIVE_RULE, "writer")


def _infinitive(verb: "Token") -> "Token | None":
    """The to-infinitive complement of ``verb`` after it ("seems [to have failed]")."""
    return next((c for c in verb.rights if c.dep_ == "xcomp"
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _raising(text: str, index: TextIndex, verb: "Token", lemma: str) -> QuoteCandidate | None:
    """ "X seems to Y" / "X is expected to Y" (no agent): X with Y, said by no one named."""
    complement = _infinitive(verb)
    if lemma in RAISING_PASSIVES:
        deps = {c.dep_ for c in verb.children}
        if verb.tag_ != "VBN" or "auxpass" not in deps or "agent" in deps:
            return None
    elif complement is None and lemma == "seem":
        complement = next((c for c in verb.rights if c.dep_ in SEEM_COMPLEMENTS), None)
    if complement is None:
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    p_start, p_end = index.paragraph(verb.idx)
    if subject is not None and subject.lower_ not in EXPLETIVES:
        start = subject.left_edge.idx
    else:
        start = complement.left_edge.idx
    end = complement.right_edge.idx + len(complement.right_edge.text)
    return _candidate(text, index, verb, max(start, p_start), min(end, p_end), RAISING_RULE, "writer")


# Words that open the clause of a question put ("asked whether ...", "asked if ...").
QUESTION_OPENERS = QUESTION_WORDS | {"if", "when", "where"}
QUESTION_RULE = "question-put"


def _question_put(text: str, index: TextIndex, verb: "Token", max_speaker_tokens: int) -> QuoteCandidate | None:
    """ "Asked whether ...", "X was asked if ...": the question put, by the "by" agent or by no one
    named; a question is no statement, so its quote is of kind "stance"."""
    question = next((c for c in verb.rights if c.dep_ in ("ccomp", "advcl", "xcomp", "dobj")
                     and c.left_edge.lower_ in QUESTION_OPENERS), None)
    if question is None:
        return None
    p_start, p_end = index.paragraph(verb.idx)
    end = question.right_edge.idx + len(question.right_edge.text)
    cand = _candidate(text, index, verb, max(question.left_edge.idx, p_start), min(end, p_end), QUESTION_RULE,
                      "stance")
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if cand is not None and agent is not None and p_start <= agent.idx:
        cand.speaker = speaker_span(agent, index, max_speaker_tokens)
        cand.speaker_head = agent.i
    return cand


def _refusal(text: str, index: TextIndex, verb: "Token", max_speaker_tokens: int) -> QuoteCandidate | None:
    """ "X declined to comment": the infinitive, a stance of X."""
    complement = _infinitive(verb)
    subject = active_subject(verb)
    if complement is None or subject is None:
        return None
    p_start, p_end = index.paragraph(verb.idx)
    if not p_start <= subject.idx < p_end:
        return None
    end = complement.right_edge.idx + len(complement.right_edge.text)
    cand = _candidate(text, index, verb, max(complement.left_edge.idx, p_start), min(end, p_end), REFUSAL_RULE,
                      "stance")
    if cand is not None:
        cand.speaker = speaker_span(subject, index, max_speaker_tokens)
        cand.speaker_head = subject.i
    return cand


def _candidate(text: str, index: TextIndex, verb: "Token", start: int, end: int, rule: str,
               kind: str) -> QuoteCandidate | None:
    """An indirect quote over ``[start, end)`` with ``verb`` as its cue, whole quotations inside it."""
    start, end = trim_content(text, start, end)
    if end - start < 3:
        return None
    regions = index.regions_in(start, end)
    for r in regions:
        start, end = min(start, r.mark_start), max(end, r.mark_end)
    return QuoteCandidate(start, end, False, cue=(verb.idx, verb.idx + len(verb.text)), cue_token=verb.i,
                          rule=rule, regions=regions, kind=kind)
