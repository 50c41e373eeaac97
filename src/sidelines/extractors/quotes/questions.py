"""Questions in quotation marks: words put to someone as a question state nothing.

"“So you will sign next week?” the host asked": a direct quote made only of questions, cued by a verb of
asking, is a question put, a quote of kind "stance" like "X asked whether ...", no statement. A question
the speaker says ("“Who would trust them now?” she said", a rhetorical one) and a question answered in the
same quotation ("“Why? Because we care,”") are statements. A quotation cut by its cue after a comma ("“The
ones who came long ago,” the host asked. “Do we send them back?”") is one question with the quotation after
it. An interviewer's question on the other one's mind ("“So you are saying taxes will rise?”", "“Do you regret
it?”": a question to "you" on what "you" say, mean, plan or regret) is put to someone, whoever the cue (rule
"question_to_you"). A question whose next quotation is an answer to it ("“Who will pay for it?” / “The city!”
the crowd shouted back") was put to the one who answers (rule "answered_question").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.lexicon.speech import QUESTION_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.extractors.quotes.candidates import QuoteCandidate

# The end of a sentence inside a quotation: its closing punctuation, then a space or the end.
SENTENCE_END_RE = re.compile(r"[.!?…]+(?=[\s”\"’']|$)")
# Characters after a question's mark that leave it the last thing said (closing marks, spaces).
CLOSING = " \t\r\n”\"’'»)"


def only_questions(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or more questions and nothing else: it ends with a question
    mark, and every sentence in it ends with one."""
    k = end
    while k > start and text[k - 1] in CLOSING:
        k -= 1
    if k <= start or text[k - 1] != "?":
        return False
    return all(m.group().endswith("?") for m in SENTENCE_END_RE.finditer(text, start, k))


# A quotation after a cut one: its opening mark and what it holds, up to its closing mark.
NEXT_QUOTATION_RE = re.compile(r"[^\n“\"]*?[“\"]([^”\"\n]+)[”\"]")
# Verbs of what "you" say, mean, plan or regret, in a question put to "you" ("think" and "believe" left out:
# "Can you believe it?" is said to anyone).
VIEW_VERBS = ("say", "saying", "said", "mean", "regret", "plan", "support", "agree", "intend", "rule")
# "So you're saying ...?", "Do you regret ...?", "Are you going to ...": a question to "you" on their mind.
TO_YOU_RE = re.compile(r"\W*(?:(?:so|and|but|well|then|now),?\s+)?(?:(?:are|do|did|will|would|can|could|have|"
                       r"should)\s+)?you(?:'re|’re| are)?\s+(?:(?:really|still|now|also|not|just)\s+)?(?:"
                       + "|".join(VIEW_VERBS) + r")\b", re.IGNORECASE)


def cut_question(text: str, start: int, end: int) -> bool:
    """ "“The ones who came long ago,” the host asked. “Do we send them back?”": a quotation that stops at a
    comma, with no sentence's end in it, whose next quotation in the paragraph is only questions."""
    k = end
    while k > start and text[k - 1] in CLOSING:
        k -= 1
    if k <= start or text[k - 1] != "," or SENTENCE_END_RE.search(text, start, k):
        return False
    m = NEXT_QUOTATION_RE.match(text, end + 1)
    return m is not None and only_questions(text, m.start(1), m.end(1))


def question_to_you(text: str, start: int, end: int) -> bool:
    """ "“So you're saying there will be exceptions?”": only questions, the first one put to "you" on what
    "you" say, mean, plan or regret."""
    return only_questions(text, start, end) and TO_YOU_RE.match(text, start) is not None


def _own_answer(q: "QuoteCandidate", a: "QuoteCandidate", parsed: "Doc") -> bool:
    """A question its speaker says (a cue that is no verb of asking) answered by a pronoun that may be them."""
    said = q.cue_token is not None and parsed[q.cue_token].lemma_.lower() not in QUESTION_VERBS
    return said and a.speaker_head is not None and parsed[a.speaker_head].pos_ == "PRON"


# Verbs of answering: a quotation they cue answers the question before it.
ANSWER_VERBS = frozenset({"answer", "reply", "respond", "retort"})
# The most characters between a question and the answer after it.
MAX_ANSWER_GAP = 200


def answered_questions(text: str, cands: "list[QuoteCandidate]", parsed: "Doc") -> None:
    """ "“Who will pay for it?” / “The city!” the crowd shouted back": a direct quotation of only questions whose
    next quote is a direct answer to it (cued by a verb of answering, or one with "back") by someone else is a
    question put, of kind "stance" (rule "answered_question")."""
    ordered = sorted(cands, key=lambda c: c.start)
    for q, a in zip(ordered, ordered[1:], strict=False):
        if not (q.direct and a.direct and a.cue_token is not None and 0 <= a.start - q.end <= MAX_ANSWER_GAP):
            continue
        if not only_questions(text, q.start, q.end) or a.cue_token == q.cue_token:
            continue
        cue = parsed[a.cue_token]
        back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in cue.children)
        if cue.lemma_.lower() in ANSWER_VERBS or back:
            if _own_answer(q, a, parsed):
                continue  # "“Who will pay?” Alvarez said. “The workers,” she answered": her own, rhetorical
            if a.speaker_head is None or a.speaker_head != q.speaker_head:
                q.kind = "stance"


__all__ = ["answered_questions", "cut_question", "only_questions", "question_to_you"]
