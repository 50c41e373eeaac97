"""Labels pinned on a party: "X called Y a coward" accuses Y, "X hailed Y as a hero" backs Y.

Verbs of naming and portraying ("call", "brand", "label", "describe as", "portray as", "compare
to") tell no act by themselves: CAMEO has no code for them, and "called the talks" or "described
the plan" are plain statements. With a party as the one named (the object, or the subject of the
passive: "Y was called a liar") and a complement that judges it ("a coward", "as dangerous", "to a
dictator"), the naming is a judgement of that party, which the whole-article guide records as ACCUSE
when the label is bad and SUPPORT when it is good. How bad or good is read with the VADER lexicon
(:func:`.quote_judgements.compound`):
a label scoring at or below ``ACCUSE_AT`` accuses, one at or above ``SUPPORT_AT`` backs, and a neutral
one ("called him the president", "described her as a lawyer") makes no event. The sides come from
the argument rules like any verb's: the subject names, the one named is the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.events.judgement_features import compound
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.lookup import lemma_of
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

RULE_MODE = {"ACCUSE": "disapprove", "SUPPORT": None}
# Verbs that pin a label on what they name: "call X Y", "brand X (as) Y", "describe X as Y".
LABEL_VERBS = frozenset({"call", "brand", "label", "dub", "term", "describe", "characterize", "characterise",
                         "portray", "paint", "depict", "cast", "compare", "liken"})
# Prepositions that carry the label: "as a hero", "to a dictator" (after "compare", "liken" only).
LABEL_PREPS = {"as": LABEL_VERBS, "to": frozenset({"compare", "liken"})}
# VADER compound scores of a label at or beyond which it judges the party (a liar -0.51, a coward -0.46,
# dangerous -0.48, naive -0.27 left out; a hero 0.56, a great leader 0.62, a strong candidate 0.51).
ACCUSE_AT = -0.3
SUPPORT_AT = 0.45
TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})
# Prepositions of a phrase that tells where or when the naming was done, not what the one named is
# ("a liar at the rally", "a fraud during the debate"); "by" (the agent) is left off whatever follows.
SCENE_PREPS = frozenset({"at", "during"})
# Pronouns that stand for a party ("called him a liar"); "what", "it", "this" name things.
PARTY_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "you", "i", "me", "we", "us",
                            "himself", "herself", "themselves", "yourself", "myself", "ourselves"})
# The longest label read, in tokens: a longer complement is a clause, not a label.
MAX_LABEL_TOKENS = 10


def _named(verb: "Token") -> list["Token"]:
    """Who or what the verb names: its (first) object, or the subject of its passive."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return named[:1]


def _names_party(noun: "Token") -> bool:
    """People, a body, a state or a group (named, a pronoun, a group noun, people by their office or
    trade: "the senator"), or a thing of theirs ("the senator's plan"); a plan or a law of no one
    named is no party ("called the plan a disaster")."""

    if noun.pos_ == "PRON" and noun.lower_ not in PARTY_PRONOUNS:
        return False  # "what officials called a crime": the thing named, not a party
    if is_people(noun):
        return True
    return any(c.dep_ == "poss" and is_people(c) for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(is_people(g) for g in c.children if g.dep_ == "pobj")
        for c in noun.children)


def _is_scene(prep: "Token") -> bool:
    """Whether a phrase tells the naming's place or time ("at the rally", "during a debate", "at
    Westminster") or its agent ("by X"), not what the label is about ("a champion at blocking reform",
    "a master at deception", "a success at nothing")."""
    if prep.lower_ == "by":
        return True
    return prep.lower_ in SCENE_PREPS and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or (g.pos_ == "NOUN" and any(d.dep_ in ("det", "poss")
                                                                              for d in g.children)))
        for g in prep.children)


def _words(head: "Token") -> list["Token"]:
    """A label's words: its subtree without a time or scene phrase or an agent the parser hung on it ("a
    liar on Tuesday", "a liar at the rally in X", "was called a liar by X")."""
    timed = {t.i for c in head.children if c.dep_ in ("prep", "npadvmod", "agent")
             and (_is_scene(c) or any(g.ent_type_ in TIME_ENTITY_TYPES for g in c.subtree))
             for t in c.subtree}
    return [t for t in head.subtree if t.i not in timed]


def _label_tokens(verb: "Token", named: list["Token"]) -> list["Token"]:
    """The label's words: an object complement ("a coward"), an apposition the parser hangs on the
    object ("branded the senator a liar"), or what follows "as" ("as dangerous", "as a hero")."""
    lemma = lemma_of(verb)
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp") and child.i > verb.i:
            return _words(child)
        if child.dep_ in ("dobj", "obj") and named and child.i > named[0].i and named[0].dep_ != "nsubjpass":
            return _words(child)  # "branded the senator a liar": two objects, the second the label
        if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and named and child.i > named[0].i and (
                named[0].dep_ != "nsubjpass") and not any(t.ent_type_ in TIME_ENTITY_TYPES for t in child.subtree):
            return _words(child)  # the same second object, parsed as an adverbial noun (no time phrase)
        if child.dep_ == "prep" and lemma in LABEL_PREPS.get(child.lower_, frozenset()):
            words = [t for t in _words(child) if t.i != child.i]
            if words:
                return words
    for noun in named:
        for child in noun.children:
            if child.dep_ == "appos" and child.i > noun.i:
                return _words(child)
    return []


def label_mention(verb: "Token", taken: set[int]) -> EventCandidate | None:
    """The ACCUSE or SUPPORT mention of a naming verb whose label judges the party it names."""
    if verb.i in taken or verb.pos_ != "VERB" or lemma_of(verb) not in LABEL_VERBS:
        return None
    named = _named(verb)
    if not named or not _names_party(named[0]):
        return None
    words = _label_tokens(verb, named)
    if not words or len(words) > MAX_LABEL_TOKENS or any(t.ent_type_ in ACTOR_TYPES for t in words):
        return None  # a clause, or a label that names another party ("compared him to Nixon")
    score = compound(" ".join(t.text for t in words))
    ptype = "ACCUSE" if score <= ACCUSE_AT else "SUPPORT" if score >= SUPPORT_AT else None
    if ptype is None:
        return None
    evidence = [(verb.idx, verb.idx + len(verb)), (words[0].idx, words[-1].idx + len(words[-1]))]
    return EventCandidate(ptype, RULE_MODE[ptype], verb, verb, "verb", evidence, found_by_label=True)


def label_mentions(sent: "SpacySpan", cands: list[EventCandidate]) -> list[EventCandidate]:
    """Mentions of the sentence's naming verbs whose label judges a party (see the module); a verb
    another rule already made a mention of is left to it."""
    taken = {c.head.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
    doc, analysis = sent.doc, analysis_of(sent.doc)
    pos, lemmas = analysis.pos, analysis.lemmas
    # Only the naming verbs are made into tokens (the first test of label_mention, on the shared lists).
    return [cand for k in range(sent.start, sent.end)
            if pos[k] == "VERB" and lemmas[k] in LABEL_VERBS and k not in taken
            and (cand := label_mention(doc[k], taken)) is not None]
