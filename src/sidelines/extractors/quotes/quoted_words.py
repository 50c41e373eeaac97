"""The quoted words of a mixed quote: the speaker's own words inside the writer's paraphrase.

"Berg said the budget was a “total disaster” for the town": the reported clause is the writer's
paraphrase, a quote of kind "paraphrase"; the words in quotation marks are what Berg said word for
word, a direct statement of their own with the clause's cue and speaker. Only where the clause holds two
quotations or more ("noted that “...” and that “...”") or one that is less than half of it: where one is most
of it ("said the bridge “will be finished by May”") the clause stays one statement. Only a clause that states
something is split: a question put, a belief held or a finding keeps its kind and its quoted words. A title
in marks ("the show “Morning Talk”") and a label or scare word (:mod:`.labels`) are no one's words. Quoted
words under someone else's saying inside the clause ("X said that Y called it “...”") are that one's
(:mod:`.inner_speakers`). A single quoted word counts like a longer one: the whole-article gold records
those too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sidelines.extractors.quotes.candidates import QuoteCandidate
from sidelines.extractors.quotes.inner_speakers import INNER_SPEAKER_RULE, inner_speaker, speaker_phrase
from sidelines.extractors.quotes.labels import is_label
from sidelines.extractors.quotes.titles import is_title
from sidelines.model.record import QUOTED_WORDS_RULE

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The kind of a mixed quote's clause once its quoted words are quotes of their own.
PARAPHRASE = "paraphrase"
# The share of the clause the longest quotation in it must stay under (else the clause stays one statement).
MOST_OF_CLAUSE = 0.5


def split_quoted_words(text: str, parsed: "Doc", cands: list[QuoteCandidate],
                       said: Callable[[QuoteCandidate], bool]) -> list[QuoteCandidate]:
    """The candidates with each mixed statement (one ``said`` accepts) whose longest quotation is less than
    half of it made a paraphrase, followed by a direct statement of each quotation inside it."""
    out: list[QuoteCandidate] = []
    for c in cands:
        out.append(c)
        if c.direct or c.kind != "statement" or not c.regions or not said(c):
            continue
        inside = [r for r in c.regions if c.start <= r.start and r.end <= c.end and r.end > r.start]
        if not inside or (max(r.end - r.start for r in inside) >= MOST_OF_CLAUSE * (c.end - c.start)
                          and not _joined_quotations(text, c, inside)):
            continue
        words = [r for r in inside
                 if not is_title(text, r.start, r.end, parsed) and not is_label(text, r.start, parsed, r.end)]
        if not words:
            continue
        c.kind = PARAPHRASE
        for r in words:
            part = c.continued(r.start, r.end, [r], QUOTED_WORDS_RULE)
            part.direct, part.kind = True, "statement"
            inner = inner_speaker(parsed, r.start, r.end, c.cue_token)
            if inner is not None:  # "X said that Y had called it “...”": Y's words, not X's
                part.speaker, part.speaker_head, part.speaker_rule = speaker_phrase(inner), inner.i, INNER_SPEAKER_RULE
            out.append(part)
    return out


# The most words outside its quotations of a clause that only joins them ("“...” and that, “...”").
MAX_JOINING_WORDS = 3


def _joined_quotations(text: str, cand: QuoteCandidate, inside: list) -> bool:
    """ "noted that “A” and that, “B”": a clause of two quotations or more and a few words joining them (rule
    "joined_quotations"): each quotation is a statement of its own, however long."""
    if len(inside) < 2:
        return False
    rest, k = [], cand.start
    for r in sorted(inside, key=lambda r: r.start):
        rest.append(text[k:r.start])
        k = r.end
    rest.append(text[k:cand.end])
    return len([w for w in " ".join(rest).split() if any(ch.isalnum() for ch in w)]) <= MAX_JOINING_WORDS


__all__ = ["PARAPHRASE", "QUOTED_WORDS_RULE", "split_quoted_words"]
