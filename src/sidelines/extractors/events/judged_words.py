"""Words judged: "criticized the senator's remarks", "condemned the statement by X" judge the one who spoke.

The objects that make a verb tell no act ("released a statement", "gave a speech", "posted a video":
``lex.NON_EVENT_OBJECTS``) are products of talk or a record. A verb of disapproval (CAMEO 111,
criticise or denounce: a trigger typed ACCUSE with the mode ``disapprove``) with such an object judges
whoever said or made it, when the object names that party: a possessive ("X's remarks"), a phrase
after "of", "by" or "from" ("the remarks of X", "the tweet from X"), or a participle with its agent
("the comments made by X"). Without an owner ("condemned the video") the object stays no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.more_triggers import REBUTTAL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that name the owner of words or a record: "the remarks of X", "by X", "from X".
OWNER_PREPS = frozenset({"of", "by", "from"})
# Prepositions that name the doer of any act or thing an object names ("the decision by X").
DOER_PREPS = frozenset({"by"})
# The rule noted on an event when the doer named on its object is its target.
OBJECT_DOER_RULE = "object doer: who did or said what a judging verb's object names is its target"
# The (type, mode) of a trigger that judges what it acts on: disapproval (CAMEO 111).
JUDGING_TRIGGERS = frozenset({("ACCUSE", "disapprove")})


def owner_phrases(noun: "Token", preps: frozenset[str] = OWNER_PREPS) -> list["Token"]:
    """The phrases of a noun that may name whose it is: "of/by/from X" (those of ``preps``), and the
    agent of a participle on it ("the comments made by X")."""
    found = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps]
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > noun.i:
            found.extend(c for c in child.children if c.dep_ == "agent")
    return found


def owner_parties(noun: "Token", preps: frozenset[str] = OWNER_PREPS) -> list["Token"]:
    """The parties a noun names as its owner outside a possessive ("the remarks by X"; see owner_phrases)."""
    from sidelines.extractors.events.lexicon_triggers import is_party

    return [g for phrase in owner_phrases(noun, preps) for g in phrase.children
            if g.dep_ == "pobj" and is_party(g)]


def doers_of_object(noun: "Token") -> list["Token"]:
    """Who did or said what a verb's object names: "the decision by X", "the comments made by X", and
    for words or a record, "the tweet from X" ("the withdrawal from X" names a place left, no doer)."""
    from sidelines.lexicon import plover as lex

    words = lemma_of(noun) in lex.NON_EVENT_OBJECTS
    return owner_parties(noun, DOER_PREPS | {"from"} if words else DOER_PREPS) + active_by_parties(noun)


def active_by_parties(noun: "Token") -> list["Token"]:
    """Parties after "by" on the active verb whose object ``noun`` is: an active verb with a subject has
    no agent, so "denounced the statement by X" is the statement's "by X" that the parser hung on the verb."""
    from sidelines.extractors.events.lexicon_triggers import is_party

    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or not any(
            c.dep_ == "nsubj" for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
            for g in c.children if g.dep_ == "pobj" and is_party(g)]


def owned_by_party(noun: "Token") -> bool:
    """Whether a noun names the party it belongs to: "X's remarks", "the remarks of/by/from X",
    "the comments made by X" (a participle and its agent)."""
    from sidelines.extractors.events.lexicon_triggers import is_party

    return any(c.dep_ == "poss" and is_party(c) for c in noun.children) or bool(
        owner_parties(noun) or active_by_parties(noun))


def judges_owned_words(hit: tuple[str, str | None], noun: "Token") -> bool:
    """Whether a trigger of disapproval (or a rebuttal: "refuted X's comments") judges the words or record
    of a party named in its object."""
    rebuttal = hit[0] == "REJECT" and lemma_of(noun.head) in REBUTTAL_VERBS
    return (tuple(hit) in JUDGING_TRIGGERS or rebuttal) and owned_by_party(noun)
