"""Attributions that name no speaker, and refusals: "X seems to ...", "X is expected to ...", "X declined to ...".

A raising verb ("the plan seems to have failed", "Kovac appeared to rule out ...") or the passive of a
verb of saying or thinking without an agent ("the council is expected to approve ...") attributes its
clause to no one the text names: the writer's own assessment, or the view of people left unsaid. The
content is the raised subject with the complement (the cue between them is a few characters), no
speaker, kind "writer". A refusal ("the bank declined to comment", "the court refused to reconsider")
reports what its subject would not do or say: a quote of kind "stance" of that subject, never a
statement (the article gold records no quote for it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.quotes.candidates import QuoteCandidate
from sidelines.extractors.quotes.syntax import TextIndex, active_subject, speaker_span, trim_content
from sidelines.lexicon.speech import REFUSAL_VERBS

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


def find_raising(text: str, parsed: "Doc", index: TextIndex, max_speaker_tokens: int) -> list[QuoteCandidate]:
    """Raising frames (kind "writer", no speaker) and refusals (kind "stance") outside quotations."""
    lemmas = index.analysis.lemmas
    out = []
    for k, lemma in enumerate(lemmas):
        if lemma not in RAISING_VERBS and lemma not in RAISING_PASSIVES and lemma not in REFUSAL_VERBS:
            continue
        verb = parsed[k]
        if verb.pos_ not in ("VERB", "AUX") or index.region_of(verb.idx, closed_only=True) is not None:
            continue
        if lemma in REFUSAL_VERBS:
            cand = _refusal(text, index, verb, max_speaker_tokens)
        else:
            cand = _raising(text, index, verb, lemma)
        if cand is not None:
            out.append(cand)
    return out


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
