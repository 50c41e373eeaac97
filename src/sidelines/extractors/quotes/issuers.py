"""Who a text speaks for: the one who issued it ("X issued a statement that said ..."), or the author it is
passed on from ("X delivered a letter from Y that said ..."); the noun a relative pronoun stands for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.lexicon.speech import CUE_NOUNS
from sidelines.nlp.syntax import SUBJECT_RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs by which someone puts out a text of their own ("issued a statement", "released a letter").
ISSUE_VERBS = frozenset({"issue", "release", "publish", "post", "send", "write", "sign", "file", "circulate",
                         "deliver", "make", "give", "tweet", "pen"})


# Verbs by which someone passes on a text another wrote ("delivered a letter from X", "handed over a note from X").
BEARER_VERBS = frozenset({"deliver", "send", "give", "hand", "pass", "forward", "bring", "carry", "read", "present",
                          "show", "share", "relay", "convey"})


def issuer(sub: "Token") -> "Token | None":
    """ "X issued a statement that said ...", "X released a letter ... that says ...": the relative pronoun
    stands for a text (a cue noun) its verb's subject put out, and the text speaks for that subject; a text
    that someone passes on "from Y" ("delivered a letter from Y that said ...") speaks for Y, its author."""
    noun = relative_antecedent(sub)
    if noun is None or noun.lemma_.lower() not in CUE_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    author = _author_from(noun, verb) if verb.lemma_.lower() in BEARER_VERBS else None
    if author is not None:
        return author
    if verb.lemma_.lower() not in ISSUE_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _author_from(noun: "Token", verb: "Token") -> "Token | None":
    """Y of "a letter from Y" (or "sent a letter ... from Y" with the phrase hung on the verb), when Y names
    someone, not a place; the bearer is never the author."""
    for head in (noun, verb):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ not in ("GPE", "LOC", "FAC") and obj.pos_ in ("PROPN", "NOUN"):
                    return obj
    return None


def relative_antecedent(sub: "Token") -> "Token | None":
    """The noun a relative pronoun subject stands for ("a super PAC that backed X" -> "PAC"), else None."""
    if sub.lower_ not in SUBJECT_RELATIVES or sub.head.dep_ != "relcl" or sub.i > sub.head.i:
        return None
    noun = sub.head.head
    return noun if noun.i < sub.i and noun.pos_ in ("NOUN", "PROPN", "PRON") else None
