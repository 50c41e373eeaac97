"""What the words of a quote are: a finding (what a poll or a record shows), a stance (what was asked for,
wished, judged, answered or meant) or a statement. Judged once per candidate (:func:`kind_of`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.quotes.candidates import QuoteCandidate
from sidelines.extractors.quotes.inner_speakers import INNER_SPEAKER_RULE
from sidelines.extractors.quotes.questions import cut_question, only_questions, question_to_you
from sidelines.extractors.quotes.syntax import FINITE_TAGS, share_of_people
from sidelines.extractors.quotes.unsaid import thing_shows, unsaid
from sidelines.lexicon.speech import (
    DESIRE_FORMS,
    DESIRE_VERBS,
    FINDING_NOUNS,
    HELD_VERBS,
    IMAGE_NOUNS,
    INSCRIBED_NOUNS,
    MANDATIVE_WORDS,
    NECESSITY_ADJECTIVES,
    QUESTION_VERBS,
    QUESTION_WORDS,
    TARGET_OBJECT_VERBS,
    WH_ADVERBS,
)
from sidelines.nlp.syntax import SUBJECT_RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan


def kind_of(cand: QuoteCandidate, text: str, parsed: "Doc", decisions: dict[str, str]) -> str:
    """What the words of a quote are: "finding" (:func:`is_finding`), "stance" (:func:`is_stance`, its decisions
    written to ``decisions``) or "statement". Judged once: a candidate judged with the same fields (a mixed
    clause whose quoted words were not split off) takes its verdict and decisions again."""
    read = (cand.start, cand.end, cand.direct, cand.kind, cand.cue_token, cand.speaker_head, cand.speaker_rule,
            bool(cand.regions))
    if cand.judged is None or cand.judged[0] != read:
        made: dict[str, str] = {}
        if is_finding(cand, parsed):
            kind = "finding"
        else:
            kind = "stance" if is_stance(cand, text, parsed, made) else "statement"
        cand.judged = (read, kind, made)
    decisions.update(cand.judged[2])
    return cand.judged[1]


def is_stance(cand: QuoteCandidate, text: str, parsed: "Doc", decisions: dict[str, str] | None = None) -> bool:
    """A bare noun phrase acted on ("announced his endorsement") or, outside quotation marks, an indirect
    question or free relative ("explained how she sees her role"), a bare infinitive of an intention or
    a commitment ("vowed to cut taxes", "wants to run"), an infinitive with its own subject, a request
    ("asked the pharmacist to send the bill"), what a wish verb governs ("hope that ...") or a claim an
    evaluation judges ("rejected claims that ...") or one the cue answers ("replied to charges that ..."): what
    was asked for, judged, answered, spoken of or meant, no statement. An answered claim records its rule in
    ``decisions`` under "kind"."""
    if cand.kind == "stance":
        return True
    cue = parsed[cand.cue_token] if cand.cue_token is not None else None
    if cue is not None and (_held_or_asked(cue, quoted=cand.direct) or unsaid(cue)):
        return True
    if cue is not None and cand.direct and cue.lemma_.lower() in QUESTION_VERBS \
            and (only_questions(text, cand.start, cand.end) or cut_question(text, cand.start, cand.end)):
        return True  # "“So you will sign next week?” the host asked": a question put, no statement
    if cand.direct and question_to_you(text, cand.start, cand.end):
        return True  # "“So you're saying taxes will rise?”": an interviewer's question (rule question_to_you)
    span = None if cand.regions else parsed.char_span(cand.start, cand.end, alignment_mode="expand")
    if not span:
        return False
    first = span[0]
    if first.lower_ in QUESTION_WORDS or (first.lower_ == "to" and first.dep_ == "aux"):
        return True
    if first.lower_ in WH_ADVERBS and first.head.i != first.i and not span.start <= first.head.head.i < span.end:
        return True  # "explained where the money went": an indirect question, not "said when X, Y"
    if cue is not None and (cue.lemma_.lower() in DESIRE_VERBS or cue.lower_ in DESIRE_FORMS):
        return True  # "party leaders hope that ...": a wish, not a statement
    heads = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if cue is not None and _judged_claim(heads, cue):
        return True
    if cue is not None and _answered_claim(heads, cue):
        if decisions is not None:
            decisions["kind"] = f"quotes: {ANSWERED_CLAIM_RULE}"
        return True
    return _infinitive_with_subject(span) or any(_subjunctive(t) for t in heads)


# Subjects of the third person singular: a bare verb after one is no present tense but a subjunctive.
_THIRD_SINGULAR = frozenset({"he", "she", "it"})


def _mandative(governor: "Token") -> bool:
    """A verb or noun of demand, proposal or necessity ("demanded that", "the proposal that") or "it is
    essential that": the only governors of a mandative subjunctive."""
    if governor.lemma_.lower() in MANDATIVE_WORDS or governor.lemma_.lower() in NECESSITY_ADJECTIVES:
        return True
    return governor.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in NECESSITY_ADJECTIVES for c in governor.children)


def _subjunctive(head: "Token") -> bool:
    """ "recommended that she retire", "demanded that the council publish ...", "insisted that the ferry be
    kept", "it is essential that the ferry be kept": under a verb or noun of demand, proposal or necessity, a
    bare verb after its own singular subject (or a bare "be"), with no modal, "to" or "do" (the mandative
    subjunctive), asks for an act, it states nothing. Under "said" a bare verb is a present tense ("said the
    team play better", "said the staff work long hours"). The tagger may read the bare verb as a present
    tense (VBP): after "he", "she", "it" or a singular noun that form can only be the subjunctive."""
    if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in NECESSITY_ADJECTIVES
                                   for c in head.children):
        return any(_subjunctive(c) for c in head.children if c.dep_ == "ccomp")
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or head.pos_ not in ("VERB", "AUX") or head.head.i == head.i or not _mandative(head.head):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" or a.lemma_ == "do" for a in auxes):
        return False
    form = auxes[0] if auxes else head
    if form.lower_ == "be":
        return True
    singular = subject.lower_ in _THIRD_SINGULAR or subject.tag_ in ("NN", "NNP")
    return form.tag_ in ("VB", "VBP") and singular and form.lower_ not in ("am", "are")


def _held_or_asked(cue: "Token", quoted: bool) -> bool:
    """ "X thought the fares were too high", "X asked the mayor if she would sell “the old ferry”": a belief
    held (a verb of cognition) or a question put (a verb of asking) outside a direct quotation, also one that
    holds a few quoted words, is what the speaker meant or asked, no statement; a direct quotation under a verb
    of asking is a question put only when it holds nothing but questions (:func:`is_stance`). So are the derived
    clause and infinitive cues ("assumed the bill would pass", "decided to run": :data:`HELD_VERBS`)."""
    lemma = cue.lemma_.lower()
    return lemma in HELD_VERBS or (lemma in QUESTION_VERBS and not quoted)


def _judged_claim(heads: list["Token"], cue: "Token") -> bool:
    """ "dismissed the argument that ...", "rejected claims that ...": the clause of a noun an evaluation
    judges is what others claimed, judged by the speaker, not the speaker's statement."""
    return cue.lemma_.lower() in TARGET_OBJECT_VERBS and any(
        t.dep_ in ("acl", "relcl", "appos", "ccomp") and t.head.pos_ == "NOUN" and t.head.head.i == cue.i
        for t in heads)


# Nouns of what others claim or report (closed class): "responded to accusations that ..." answers them.
CLAIM_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "report", "rumor", "rumour", "suggestion",
                         "speculation", "criticism", "assertion", "insinuation"})
# Prepositions through which a cue answers or takes up a claim ("responded to", "hit back at", "spoke of"); not
# those of the medium the speaker uses ("said in a report that ...", "argued in a claim that ...").
ANSWER_PREPOSITIONS = frozenset({"to", "at", "on", "about", "over", "against", "of"})
# The decision an answered claim records: why its clause is a stance, not the speaker's statement.
ANSWERED_CLAIM_RULE = "answered claim (the clause of a claim noun the cue answers through a preposition)"


def _answered_claim(heads: list["Token"], cue: "Token") -> bool:
    """ "replied to charges that she misled ...": the clause of a noun of claim the cue
    answers through a preposition is what others claimed, not the speaker's statement (a claim of the
    speaker's own, "stood by her claim that ...", has its owner)."""
    return any(t.dep_ in ("acl", "ccomp", "appos") and t.head.lemma_.lower() in CLAIM_NOUNS
               and t.head.dep_ == "pobj" and t.head.head.dep_ == "prep" and t.head.head.head.i == cue.i
               and t.head.head.lemma_.lower() in ANSWER_PREPOSITIONS
               and not any(c.dep_ == "poss" for c in t.head.children) for t in heads)


def _infinitive_with_subject(span: "TokenSpan") -> bool:
    """ "asked the pharmacist to send the bill", "wants his party to act": a content whose head is an
    infinitive with its own subject or object before it is a request or a wish, not a statement."""
    heads = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    verbs = [t for t in heads if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)]
    return bool(verbs) and not any(t.tag_ in FINITE_TAGS for t in span if t.i < verbs[0].i)


def is_finding(cand: QuoteCandidate, parsed: "Doc") -> bool:
    """ "A new poll shows ...", "according to a survey ...", "In the latest poll, ...", "one in five
    voters say ...": what a poll, a survey or a count shows is a finding, not a statement (the article
    gold records no quote)."""
    if cand.speaker_head is None or cand.speaker_rule == INNER_SPEAKER_RULE:
        return False  # quoted words set apart from a statement are words someone said, no finding
    head = parsed[cand.speaker_head]
    if head.lower_ in SUBJECT_RELATIVES and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
        head = head.head.head  # "released data that suggest ...": the data, not "that"
    if head.lemma_.lower() in IMAGE_NOUNS and cand.cue_token is not None and parsed[cand.cue_token].lemma_ == "show":
        return True  # "the footage shows ...": what a picture shows is no one's words
    if head.lemma_.lower() in INSCRIBED_NOUNS or head.lower_ in INSCRIBED_NOUNS:
        return True  # "a shirt that read “...”": a slogan on display is no one's statement
    if head.lemma_.lower() in FINDING_NOUNS or head.lower_ in FINDING_NOUNS or share_of_people(head):
        return True
    if cand.cue_token is not None and thing_shows(head, parsed[cand.cue_token]):
        return True  # "records show that ...": what a thing bears out
    # "In a new poll of 600 voters, the institute found that ...": what someone finds in a poll or a study.
    cue = parsed[cand.cue_token] if cand.cue_token is not None else None
    return cue is not None and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in FINDING_NOUNS
                                                       for g in p.children) for p in cue.children)
