"""Event verbs in a relative clause that describes what kind of party someone is, not an act.

"the stalls went to fishmongers, traders who resent the new market rules", "most tenants are pensioners,
people who distrust the landlord", "the brochure paints the rowers as athletes who are devoted to the
river": a relative clause on an indefinite noun phrase set beside people not named (an apposition),
after a copula or after "as" classifies a kind of party. Said of a named party ("Holt, a senator who
opposes the bill") or, in apposition, of one already known ("the union, a body that rejects the offer",
"China's ally, a state that backs ...") it tells that party's own stance, which is an event.
In the simple present (a habit or a lasting state) or as a stance participle ("is opposed to"), the
classifying clause tells no act done at a time. "a senator who attacked Jones on Monday", "a man who
was sentenced to death", "a country that has imposed sanctions", "a group that meets the minister
today" tell acts: a past, a perfect, a participle of no stance, or a time named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Determiners of an indefinite noun phrase ("a group", "another group").
INDEFINITE_DETS = frozenset({"a", "an", "another"})
# Determiners of a party already known ("the company", "these workers").
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
# Where a noun phrase describes a party named elsewhere: an apposition, after a copula, or a loose
# apposition parsed as an adverbial noun ("beekeepers, one more lobby that ...").
DESCRIPTIVE_DEPS = frozenset({"appos", "attr", "npadvmod"})
# Types whose past participle after "be" is a lasting stance ("is opposed to", "was committed to").
STANCE_TYPES = frozenset({"REJECT", "SUPPORT", "AGREE"})
# Named entities that anchor a clause in time ("on Monday", "today", "last week").
TIME_ENTS = frozenset({"DATE", "TIME"})


def _anchor(noun: "Token") -> "Token | None":
    """What a describing noun phrase is said of: the noun it is set beside, the copula's subject, or
    the object of the verb before "as"; None for a loose adverbial noun."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun.dep_ == "pobj":
        verb = noun.head.head
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return None


def _named(tok: "Token | None") -> bool:
    """A party named or pointed at: a named entity or a pronoun ("Mara Quill, a pilot who ...")."""
    return tok is not None and (bool(tok.ent_type_) or tok.pos_ in ("PROPN", "PRON"))


def _describes_a_party(noun: "Token") -> bool:
    """An indefinite noun phrase (or a bare plural) in apposition, after a copula or after "as" that
    classifies people not named ("fishmongers, traders who ..."): said of a named party, it tells that
    party's own stance ("Holt, a senator who opposes the bill")."""
    if not (noun.dep_ in DESCRIPTIVE_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ == "as")):
        return False
    anchor = _anchor(noun)
    if _named(anchor) or (anchor is not None and noun.dep_ == "appos" and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETS) for c in anchor.children)):
        return False  # "The company, a firm that supports X", "China's ally, a nation that ...": a known party
    dets = [c for c in noun.children if c.dep_ == "det"]
    if dets:
        return dets[0].lower_ in INDEFINITE_DETS
    return noun.tag_ == "NNS" and not noun.ent_type_


def _habitual(verb: "Token") -> bool:
    """A simple present with no auxiliary ("opposes", "criticize")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _stance_state(verb: "Token", event_type: str) -> bool:
    """ "is opposed to", "was committed to": a stance participle after "be", with no agent."""
    return (event_type in STANCE_TYPES and verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and lemma_of(c) == "be" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def describes_a_kind(verb: "Token", event_type: str) -> bool:
    """Whether a trigger verb is a habit or stance in a relative clause that classifies a party (see the module)."""
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ != "relcl" or not _describes_a_party(head.head):
        return False
    if any(t.ent_type_ in TIME_ENTS for t in verb.subtree):
        return False
    return _habitual(verb) or _stance_state(verb, event_type)
