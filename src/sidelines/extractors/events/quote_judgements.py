"""Judgements inside quotes: a speaker who calls a party bad accuses it, one who calls it good backs it.

"He is weak and dishonest," Smith said of Jones is ACCUSE (Smith -> Jones); "She has done a great
job" is SUPPORT. For each statement of a known speaker, each clause of its content whose subject
is a party other than the speaker (a name, or a pronoun or description the coreference resolved)
-- or, when the speaker speaks of itself ("I blame X"), whose object is -- is scored with the VADER
lexicon (``vaderSentiment``, MIT licence, loaded from the installed package), negation included.
A strongly negative clause is a charge against that party, a strongly positive one backing. Poll
findings, questions, stances and quotes with no speaker make none; the byline (the index leaves it
out) and the story's own outlet are no side.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sidelines.content.source_chain import same_outlet
from sidelines.extractors.events.alerts import FUTURE_OR_MODAL
from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.extractors.events.dates import DateResolver
    from sidelines.extractors.events.index import EntityIndex
    from sidelines.model.document import Document

RULE = "quote_judgement"
#: How sure a judgement read from a quote is: lexicon sentiment, not a reported act.
CONFIDENCE = 0.45
#: VADER compound scores of a clause at or beyond which it judges its party (chosen on tune articles).
ACCUSE_AT = -0.45
SUPPORT_AT = 0.6
# Dependencies that start a clause of their own inside another.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "xcomp"})
# Cue verbs of questions put: what they hold is asked, not said ("asked whether X would resign").
QUESTION_CUES = frozenset({"ask", "wonder", "inquire", "query", "question"})
# Subordinators of conditions: "if X fails" judges no one.
CONDITIONS = frozenset({"if", "unless", "whether"})
# Verbs telling the subject's own feelings ("X enjoys", "X fears"): the clause judges its object, not X.
FEELING_VERBS = frozenset({"enjoy", "like", "love", "hope", "want", "wish", "fear", "hate", "worry", "prefer",
                           "appreciate", "welcome", "dislike", "regret", "dread", "desire", "care"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
THIRD_PERSON = frozenset({"he", "she", "they"})
# Prepositions whose object a first-person clause judges ("ashamed of X", "proud of X").
OBJECT_PREPS = frozenset({"of", "about", "with", "on", "for", "in", "to"})


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """VADER's compound polarity of a text, -1 (most negative) to 1, with its negation rules."""
    return float(_analyzer().polarity_scores(text)["compound"])


def _clause_heads(span: "Span") -> list["Token"]:
    return [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS]


def _is_judgement(head: "Token", span: "Span") -> bool:
    """A clause that says how things are: neither it nor a clause above it in the quote is future, modal,
    infinitival or a condition ("would win", "to help her defeat X", "if he loses")."""
    tok = head
    while True:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_OR_MODAL | {"to"} for c in tok.children):
            return False
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in tok.children):
            return False
        if tok.head.i == tok.i or not span.start <= tok.head.i < span.end:
            return True
        tok = tok.head


def _clause_text(head: "Token", span: "Span", subject_judged: bool) -> str:
    """The words of the clause headed by ``head`` inside the quote, its own sub-clauses left out (and a
    verb of the judged subject's own feelings)."""
    skip: set[int] = set()
    if subject_judged and head.lemma_.lower() in FEELING_VERBS:
        skip.add(head.i)
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in child.subtree)
    words = [t.text for t in head.subtree if span.start <= t.i < span.end and t.i not in skip]
    return " ".join(words)


def _parties(tok: "Token", index: "EntityIndex") -> list[str]:
    """Actor entities at a noun phrase's head, its possessor or its appositions."""
    out: list[str] = []
    for t in (tok, *(c for c in tok.children if c.dep_ in ("poss", "appos"))):
        for eid in index.by_token.get(t.i, ()):
            if eid not in out and index.types.get(eid) in ACTOR_TYPES and eid not in index.patients:
                out.append(eid)
    return out


def _spoken_of(cue: "Span | None", index: "EntityIndex") -> list[str]:
    """The party a quote is said of ("X said of Y", "X said about Y"): the object of the cue's "of"/"about"."""
    if cue is None:
        return []
    return [e for t in cue for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for g in p.children if g.dep_ == "pobj" for e in _parties(g, index)]


def _judged(head: "Token", speaker: str, index: "EntityIndex", about: list[str]) -> tuple[list[str], bool]:
    """The parties a clause speaks of, and whether they are its subject: its active subject (a pronoun the
    coreference left alone stands for the party the quote is said of); or, when the speaker speaks of
    itself ("I blame X"), its objects."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None and head.dep_ == "xcomp":
        # "help her defeat X": the object of another verb, told what to do, is judged by no one.
        return [], False
    if subj is None and head.dep_ in ("conj", "xcomp"):
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.dep_ != "nsubj":
        return [], False
    found = _parties(subj, index)
    if not found and subj.lower_ in THIRD_PERSON:
        found = about
    if found and speaker not in found:
        return found, True
    if subj.lower_ not in FIRST_PERSON and speaker not in found:
        return [], False
    objects: list[str] = []
    for child in head.children:
        if child.dep_ in ("dobj", "attr"):
            objects.extend(_parties(child, index))
        elif child.dep_ in ("prep", "acomp"):
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in OBJECT_PREPS:
                    objects.extend(e for g in grand.children if g.dep_ == "pobj" for e in _parties(g, index))
                elif grand.dep_ == "pobj" and child.lower_ in OBJECT_PREPS:
                    objects.extend(_parties(grand, index))
    return [e for e in objects if e != speaker], False


def quote_judgements(doc: "Document", parsed: "Doc", index: "EntityIndex",
                     types: tuple[str, ...] = ("ACCUSE", "SUPPORT"),
                     dates: "DateResolver | None" = None) -> list[tuple[EventCandidate, float]]:
    """ACCUSE and SUPPORT candidates (those of ``types``) from the judgements of parties in the statements
    of known speakers, each with the VADER compound score of its clause; a judgement is made when it is
    said, so ``dates`` dates it by its cue ("..., X said on Tuesday")."""
    analysis = analysis_of(parsed, doc)
    found: dict[tuple[str, str, str], tuple[EventCandidate, float]] = {}
    for quote in doc.layer("quotes"):
        speaker = quote.speaker
        if quote.kind != "statement" or speaker is None or speaker not in index.types:
            continue
        if same_outlet(index.names.get(speaker), doc.publisher):
            continue
        cue = analysis.span(quote.cue.start, quote.cue.end) if quote.cue is not None else None
        if cue is not None and any(t.lemma_.lower() in QUESTION_CUES for t in cue):
            continue
        span = analysis.span(quote.content.start, quote.content.end)
        if span is None:
            continue
        for head in _clause_heads(span):
            if head.sent.text.rstrip().rstrip("\"'”’ ").endswith("?") or not _is_judgement(head, span):
                continue
            targets, subject_judged = _judged(head, speaker, index, _spoken_of(cue, index))
            # A party written with a name somewhere: generic groups ("voters") are seldom the one judged.
            targets = [t for t in targets if t in index.named and not same_outlet(index.names.get(t), doc.publisher)]
            if not targets:
                continue
            score = compound(_clause_text(head, span, subject_judged))
            kind = "ACCUSE" if score <= ACCUSE_AT else "SUPPORT" if score >= SUPPORT_AT else None
            if kind not in types:
                continue
            for target in targets:
                key = (kind, speaker, target)
                if key in found:
                    continue
                found[key] = (EventCandidate(
                    type=kind, mode="disapprove" if kind == "ACCUSE" else None, head=head, verb=head,
                    kind="verb", evidence=[(head.sent.start_char, head.sent.end_char)],
                    actors={speaker: "source", target: "target"}, confidence=CONFIDENCE,
                    date=dates.of_saying(cue) if dates is not None and cue is not None else None), score)
    return list(found.values())


def already_told(cand: EventCandidate, events: list[EventCandidate]) -> EventCandidate | None:
    """An event of the same type with the same source and target, which a judgement only repeats."""
    for other in events:
        if other.type == cand.type and cand.roles("source") <= other.roles("source", "participant") and (
                cand.roles("target") <= other.roles("target", "participant")):
            return other
    return None
