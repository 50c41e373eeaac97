"""Non-events among trigger words: speeches, interviews, hosted occasions and figurative uses.

A consultation needs two parties who meet or talk with each other. A candidate speaking to a crowd,
a politician giving an interview to an outlet or talking to reporters, someone "talking about" a
subject, or a host "hosting" a dinner or a show tells no meeting. These checks read only the
dependency parse of the trigger's own sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that name the other party of a talk or meeting.
PARTNER_PREPS = frozenset({"with", "to"})
# Verbs whose partners are checked against the audience words.
AUDIENCE_CHECKED_VERBS = lex.SPEECH_CONSULT_VERBS | {"meet", "address"}


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def partners(verb: "Token") -> list["Token"]:
    """The heads of the other party of a talk: "with X", "to X", a direct object, and their conjuncts."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += [obj, *obj.conjuncts]
        elif child.dep_ in ("dobj", "obj"):
            out += [child, *child.conjuncts]
    return out


def is_audience(tok: "Token") -> bool:
    """Whether a partner is an audience, the press or a gathering rather than a party to talks."""
    if tok.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    if _lemma(tok) in lex.AUDIENCE_NOUNS or _lemma(tok) in lex.OCCASION_NOUNS:
        return True
    # "the Chamber of Commerce", "the Economic Club": an organisation addressed, not a counterpart.
    return tok.ent_type_ == "ORG" and any(_lemma(t) in lex.AUDIENCE_NOUNS for t in tok.subtree)


def in_interview(tok: "Token") -> bool:
    """Whether the trigger's sentence tells an interview or a broadcast ("in an interview with X")."""
    return any(t.pos_ == "NOUN" and _lemma(t) in lex.INTERVIEW_WORDS for t in tok.sent)


def is_speech_not_meeting(verb: "Token") -> bool:
    """A talk/speak/meet verb that tells a speech, an interview or remarks, not talks between parties.

    "spoke to reporters", "speaking to the gathering", "met with supporters", "talked about the
    economy" (no partner, a single speaker), "told CNN in an interview" are not consultations;
    "spoke with his counterpart", "the two leaders talked about trade" are.
    """
    lemma = _lemma(verb)
    if lemma not in AUDIENCE_CHECKED_VERBS:
        return False
    found = partners(verb)
    if found and all(is_audience(p) for p in found):
        return True
    if lemma in lex.SPEECH_CONSULT_VERBS and in_interview(verb):
        return True
    if lemma in lex.SPEECH_CONSULT_VERBS and not found and _talks_about_only(verb):
        return True
    return False


def _talks_about_only(verb: "Token") -> bool:
    """ "what they're talking about": a subject talked about, with no conjoined parties who talk."""
    if not any(c.dep_ == "prep" and c.lower_ in lex.TOPIC_PREPS for c in verb.children) and not any(
        c.dep_ == "pobj" and c.lower_ in ("what", "which") for c in verb.subtree
    ):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or not list(subj.conjuncts)


def is_hosted_occasion(verb: "Token") -> bool:
    """ "hosted a dinner", "a breakfast hosted by X", "host the awards": hosting a thing, not a guest."""
    if _lemma(verb) != "host":
        return False
    hosted = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        hosted.append(verb.head)
    if not hosted:
        return False
    return not any(
        h.ent_type_ in lex.GUEST_ENTITY_TYPES or _lemma(h) in lex.GUEST_NOUNS
        or any(c.ent_type_ in lex.GUEST_ENTITY_TYPES for c in h.conjuncts)
        for h in hosted
    )


def is_figurative_protest(verb: "Token") -> bool:
    """ "demonstrated that/how ...", "as campaigns have demonstrated": showing, not protesting."""
    if _lemma(verb) not in lex.INTRANSITIVE_PROTEST_VERBS:
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "ccomp", "xcomp"):
            return True
        if child.dep_ == "mark" and child.lower_ == "as":
            return True
    return False


def is_non_event_verb(verb: "Token") -> bool:
    """Whether a trigger verb tells a speech, an interview, a hosted occasion or a figurative use."""
    return is_speech_not_meeting(verb) or is_hosted_occasion(verb) or is_figurative_protest(verb)


def is_modifier_noun(noun: "Token") -> bool:
    """An event noun that only modifies another noun ("talk shows", "the meeting room")."""
    return noun.dep_ == "compound" and _lemma(noun.head) not in lex.GENERIC_EVENT_NOUNS and (
        _lemma(noun.head) not in lex.NOUN_TRIGGERS
    )


def is_interview_talk(noun: "Token") -> bool:
    """ "a conversation with CNN", "talks with reporters": a talk noun whose partner is an audience."""
    if noun.lemma_.lower() not in ("talk", "conversation", "discussion", "meeting", "chat"):
        return False
    found = [
        obj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return bool(found) and all(is_audience(p) for p in found)
