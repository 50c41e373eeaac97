"""The speaker of a participle cue in an absolute construction ("..., with one skipper claiming ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.lexicon.speech import CUE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Parts of speech of a noun phrase's head that can speak.
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})


def absolute_subject(verb: "Token") -> "Token | None":
    """ "The office was sued, with one skipper claiming (that) ...": a present participle that modifies the
    noun of an absolute construction (the object of a "with" set off by a comma that hangs on a verb) has
    that noun as its subject, not the subject of the main clause. A participle on a text ("released a statement saying")
    or under an adjective ("people familiar with the talks saying", where the parse hangs it on "talks")
    is left to the other rules."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.head
    # a text ("with a statement saying ...") speaks for the subject of the main clause
    if noun.pos_ not in _NOMINALS or noun.i > verb.i or noun.lemma_.lower() in CUE_NOUNS:
        return None
    with_ = noun.head
    ok = noun.dep_ == "pobj" and with_.lower_ == "with" and with_.dep_ == "prep" and with_.head.pos_ in ("VERB", "AUX")
    # set off by a comma: an adjunct of the sentence, not a means ("ended the debate with a reference ...")
    return noun if ok and with_.i > 0 and noun.doc[with_.i - 1].text == "," else None


def phrase_right(noun: "Token") -> "Token":
    """The last word of a speaker's noun phrase: its right edge, stopping before a present participle that
    modifies it and reports a clause ("one skipper claiming the clerk hit him" is "one skipper": what the
    participle says is no part of the name; "people attending the rally" stays whole)."""
    participle = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBG"
                       and any(g.dep_ == "ccomp" for g in c.children)), None)
    if participle is not None and participle.left_edge.i > noun.i:
        return noun.doc[participle.left_edge.i - 1]
    return noun.right_edge
