"""Inner speakers: quoted words of a mixed quote that someone inside the clause said.

"Ortiz said that Weber had called her budget “a fantasy”": the clause is Ortiz's paraphrase, but the
quoted words are Weber's, the subject of the saying verb ("called") the quotation hangs under. Likewise
"Hale's remarks calling the protesters “thugs”" (the owner of a noun of saying), "comments Mendez made
saying she “would never raise taxes”" (who made them), "an aide calling it “a disaster”" (the
noun a saying gerund describes) and "accused Moll of calling pensioners “a drain”" (the one accused).
Walking up from the quotation to the clause's own cue, the first verb or noun of saying passed gives the
speaker; a verb with no subject of its own (a "to" infinitive, a conjunct) shares its head's and the walk goes
on. A verb of wanting is no saying ("Y wants to “take us backward”" is X's words). Only a person-like subject
counts (a name, a personal or indefinite pronoun, "someone", a noun of a person or a group of people):
"said the data “suggest a recovery”" stays the clause's speaker's.

A reporting gerund hung on a noun speaks for the noun's author or the noun itself: "a statement by X saying ..."
is X's, "a source close to the talks saying ..." the source's (:func:`gerund_speakers`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sidelines.extractors.events.people_words import people_word
from sidelines.extractors.quotes.candidates import QuoteCandidate
from sidelines.lexicon.speech import OBJECT_CUE_VERBS, QUOTING_VERBS
from sidelines.lexicon.titles import TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The rule that gives quoted words the speaker of the saying verb or noun they hang under (the subject of
# the saying verb, or the owner of the saying noun, over the quoted words).
INNER_SPEAKER_RULE = "inner_speaker"
# The rule that gives a reporting gerund on a noun the noun's owner or the noun itself as its speaker (the
# author of the noun of saying, or the person, the gerund hangs on).
GERUND_RULE = "gerund_speaker"
# Verbs of wanting or trying: "X said Y wants to “take us backward”" puts X's words on Y's wish.
WANTING_VERBS = frozenset({"want", "need", "hope", "wish", "plan", "intend", "try", "seek", "aim", "like", "love",
                           "prefer", "expect", "mean", "attempt", "hate", "fear"})
# Verbs of the frame lists that act on, hold or pass on words rather than say them ("highlighted comments X
# made", "believes the plan is ...", "cited the report"), and particle or aspect verbs ("went on", "began").
NOT_SAYING = frozenset({
    "go", "begin", "start", "continue", "put", "back", "support", "favor", "favour", "oppose", "vote", "know",
    "determine", "rule", "offer", "invite", "order", "list", "endorse", "refer", "welcome", "smile", "laugh", "sigh",
    "pray", "fire", "shoot", "point", "pipe", "sum", "chime", "cite", "highlight", "quote", "paraphrase", "agree",
    "disagree", "concur", "worry", "doubt", "wonder", "feel", "believe", "think", "guess", "reckon", "recommend",
    "request", "command", "instruct", "advise", "remind", "inform", "brief", "relate", "recall", "repeat", "report",
    "challenge", "contest", "estimate", "forecast", "signal",
})
# Verbs of saying or naming (lemmas) whose subject says the quoted words under them.
SAYING_VERBS = (QUOTING_VERBS | OBJECT_CUE_VERBS | frozenset({"chant", "brand", "dismiss", "characterize",
                                                                "characterise", "deride", "mock", "slam"})) \
    - frozenset({"show", "find", "suggest", "indicate", "read", "mean", "accuse", "ask", "urge"}) \
    - WANTING_VERBS - NOT_SAYING
# Nouns of something said (lemmas): "X's remarks calling ...", "comments X made saying ...".
SAYING_NOUNS = frozenset({
    "comment", "remark", "description", "characterization", "characterisation", "warning", "claim", "promise",
    "pledge", "assertion", "statement", "tweet", "post", "speech", "word", "quip", "insult", "vow", "boast",
    "admission", "prediction", "declaration", "message", "letter", "email", "e-mail", "note", "testimony",
    "interview", "op-ed", "column", "article", "essay", "label", "jab", "retort", "reply", "response", "answer",
})
# Nouns of people and groups of people that the shared lexicon of people (people_word) lacks ("sources said").
EXTRA_PEOPLE_NOUNS = frozenset({"audience", "guest", "kid", "source"})
# Modifiers of the saying word itself: an adverb on the act ("had “cynically” called ...") or an adjective
# on the noun of saying ("Y's “reckless” remarks") describe the saying, in the clause speaker's words.
MANNER_DEPS = ("advmod", "npadvmod", "amod", "compound", "nmod")
# Personal pronouns that stand for people ("it" is a thing's, "this" a fact's).
PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who", "him", "her", "them"})
# Indefinite pronouns of people (closed class): "heard someone shout “...”" is someone's words, no one named.
INDEFINITE_PEOPLE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"})
# Dependencies of a verb's own subject (a passive's agent is read apart).
SUBJECTS = ("nsubj",)
# Relative pronouns that stand, as a relative clause's subject, for the noun the clause describes.
RELATIVE_SUBJECTS = frozenset({"who", "that"})
# Dependencies through which a verb with no subject of its own shares its head's.
SHARED = ("xcomp", "conj", "advcl")


def _person_like(tok: "Token") -> bool:
    """A name, a personal pronoun, or a noun of a person or a group of people."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if tok.pos_ == "PRON" or tok.lower_ in INDEFINITE_PEOPLE:
        return tok.lower_ in PERSON_PRONOUNS or tok.lower_ in INDEFINITE_PEOPLE
    lemma = tok.lemma_.lower()
    # the shared lexicons of people and bodies, not agent suffixes ("flyer", "order", "poster" are things)
    return tok.pos_ == "NOUN" and (lemma in EXTRA_PEOPLE_NOUNS or tok.lower_ in TITLE_HEADS or people_word(lemma))


def _noun_owner(noun: "Token") -> "Token | None":
    """Who made a noun of saying: its possessor ("X's remarks"), the subject of its relative clause
    ("comments X made"), or the name before it ("the Obama statement"); None when it names no one."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "relcl":
            subject = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("that", "which"):
                return subject
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return c
    for c in noun.children:  # "a statement by X", "remarks from X"
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _verb_agent(verb: "Token") -> "Token | bool | None":
    """The subject of a verb of saying, or the agent of a gerund that has none of its own: the noun it
    describes ("a source calling it ..."), the owner of a noun of saying ("remarks calling ..."), the object of
    the verb whose "of"/"for" it completes ("accused X of calling ..."). True: the verb shares its head's
    subject (the walk goes on); None: no one."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        return verb.head  # "residents who called the plan ...": the residents
    if subject is not None:
        return subject
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "the shelter was labeled “an eyesore”": said by no one named
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return _noun_owner(head) if head.lemma_.lower() in SAYING_NOUNS else head
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.pos_ == "VERB":
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)
    return True if verb.dep_ in SHARED else None


def gerund_agent(verb: "Token") -> "Token | None":
    """The speaker of a reporting gerund hung on a noun, with no subject of its own: the owner of a noun of
    saying ("a statement by X saying ...", "X's remarks calling ..."), or the person the noun is ("a source close
    to the talks saying ..."); None elsewhere (the frame's own subject rules go on)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if head.lemma_.lower() in SAYING_NOUNS:
        owner = _noun_owner(head)
        return owner if owner is not None and _person_like(owner) else None
    return head if head.pos_ == "NOUN" and _person_like(head) else None


def gerund_speakers(parsed: "Doc", cands: list[QuoteCandidate], kind_of: Callable[[QuoteCandidate], bool]) -> None:
    """Give each quote whose cue is a reporting gerund hung on a noun the speaker :func:`gerund_agent` finds
    ("a statement by X saying ..." is X's), in place, where the new speaker leaves what ``kind_of`` says of the
    quote (whether it is a finding) as it was; which quotes there are stays as the frames found them."""
    for c in cands:
        if c.cue_token is None or c.speaker_rule:
            continue
        agent = gerund_agent(parsed[c.cue_token])
        if agent is not None and agent.i != c.speaker_head:
            old, was = (c.speaker, c.speaker_head), kind_of(c)
            c.speaker, c.speaker_head, c.speaker_rule = speaker_phrase(agent), agent.i, GERUND_RULE
            if kind_of(c) != was:
                (c.speaker, c.speaker_head), c.speaker_rule = old, ""


def inner_speaker(parsed: "Doc", start: int, end: int, cue_token: int | None) -> "Token | None":
    """The head of the phrase that said the quotation ``[start, end)`` inside a mixed clause whose own cue is
    ``cue_token``: the first verb or noun of saying on the way up from the quotation to the cue gives it; None
    when the walk meets the cue first, or the one who said it is no person."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or cue_token is None or len(span) == 0:
        return None
    tok = span.root
    seen = 0
    while tok.head.i != tok.i and seen < 40:
        seen += 1
        prev, tok = tok, tok.head
        if tok.i == cue_token:
            return None
        if span.start <= tok.i < span.end:
            continue
        lemma = tok.lemma_.lower()
        says_verb = tok.pos_ in ("VERB", "AUX") and lemma in SAYING_VERBS
        says_noun = tok.pos_ == "NOUN" and lemma in SAYING_NOUNS
        if (says_verb or says_noun) and prev.dep_ in MANNER_DEPS:
            return None  # “cynically” called, Y's “reckless” remarks: how it was said, the clause speaker's words
        if says_verb:
            agent = _verb_agent(tok)
            while agent is True and tok.head.i != tok.i:
                tok = tok.head
                if tok.i == cue_token:
                    return None
                agent = _verb_agent(tok) if tok.pos_ in ("VERB", "AUX") else None
            if isinstance(agent, bool) or agent is None:
                return None
            return agent if _person_like(agent) else None
        if says_noun:
            owner = _noun_owner(tok)
            return owner if owner is not None and _person_like(owner) else None
    return None


def speaker_phrase(tok: "Token") -> tuple[int, int]:
    """The characters of the speaker phrase headed by ``tok``: the head with what stands before it ("rebel
    leader Kofi Mensah"), and an apposition after it ("the developer, Frank Dunn")."""
    left = tok.left_edge
    right = tok
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i:
            right = c.right_edge
    for c in tok.children:
        if c.dep_ == "case" and c.i > right.i:
            right = c
    return left.idx, right.idx + len(right.text)


__all__ = ["GERUND_RULE", "INNER_SPEAKER_RULE", "gerund_agent", "gerund_speakers", "inner_speaker", "speaker_phrase"]
