"""Words around a person that name someone or somewhere else: a home town, and the party a relation is to.

"an Ohio man", "a man from Akron", "X, 41, of Lubbock": the place says where the person is from and does
not act (rule ``sides:home-place``). "the sister of X", "the victims of Y": a relation's "of" phrase names
the party the relation is to, another actor than the one the phrase stands for (rule ``sides:relation-of``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.groups import PATIENT_PEOPLE, PLAIN_PEOPLE, ROLE_PEOPLE
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.titles import KINSHIP, NOMINAL_HEADS, RELATIONS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies of a country word that only describes the person it modifies ("Russian President X").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# One person named by sex, age, kin, home or trade ("an Ohio man", "a teacher from Leeds"; more trades
# in the derived occupation lists of lexicon.titles): the place says where the person is from and does
# not act. The leading offices (titles.NOMINAL_HEADS: governor, mayor, senator...) are left out: they serve
# their place.
INDIVIDUAL_NOUNS = (PLAIN_PEOPLE | RELATIONS | frozenset(ROLE_PEOPLE) | frozenset(
    {"teenager", "teen", "resident", "native", "student", "pensioner", "retiree", "couple"}
)) - NOMINAL_HEADS
# Place entity types that only say where an individual is from.
HOME_TYPES = frozenset({"GPE", "LOC"})
# Prepositions that give an individual's home ("a man from Akron", "X of Lubbock").
HOME_PREPS = frozenset({"from", "of"})
# Nouns for what one is to another party, whose "of"/"for" phrase names that party ("the widow of X",
# "a friend of Y"): kin and personal ties (titles.RELATIONS, less the working ties "agent", "employee",
# "boss"..., by which one acts for a body), and those acted on (groups.PATIENT_PEOPLE: "the victims of X").
RELATION_NOUNS = KINSHIP | PATIENT_PEOPLE | frozenset({
    "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "friend", "neighbor", "neighbour",
    "roommate", "classmate", "mentor", "protégé", "protege", "successor", "predecessor", "family", "relative",
})
# Prepositions of the party a relation is to ("the widow of X", "a friend for the family").
RELATION_PREPS = frozenset({"of", "for"})


def is_individual(head: "Token") -> bool:
    """A singular noun for one person by sex, age, kin, home or trade ("man", "teenager", "teacher")."""
    return head.tag_ == "NN" and (lemma_of(head) in INDIVIDUAL_NOUNS or lemma_of(head) in occupations())


def individual_heads(head: "Token", person_tokens: set[int]) -> list["Token"]:
    """The tokens of a phrase that stand for one person a place may be the home of: the head when it is
    an individual noun, its apposition when that is one ("the victim, a Yonkers grandmother"), and the
    named person's own tokens ("Owen Tate of Lubbock"), given by ``person_tokens``."""
    out = [head] if is_individual(head) else []
    out += [c for c in head.children if c.dep_ == "appos" and is_individual(c)]
    out += [t for t in head.subtree if t.i in person_tokens and (t.i == head.i or t.dep_ == "appos")]
    return out


def home_of_individual(toks: list["Token"], head: "Token") -> bool:
    """Whether place tokens only say where one person (``head``, see :func:`individual_heads`) is from
    ("an Ohio man", "a man from Akron", "X, 41, of Lubbock")."""
    named = head.ent_type_ == "PERSON"
    for t in toks:
        if not named and t.head.i == head.i and t.dep_ in MODIFIER_DEPS and t.dep_ != "poss":
            continue
        if _in_home_phrase(t, head):
            continue  # "a man from New York", "X of Boise, Idaho"
        if not named and t.dep_ == "compound" and t.head.head.i == head.i and t.head.dep_ == "compound":
            continue  # "a New York woman"
        return False
    return True


def _in_home_phrase(tok: "Token", head: "Token") -> bool:
    """Whether a token is in the object of a home preposition on ``head`` ("from New York", "of Boise, Idaho")."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in HOME_PREPS and tok.head.head.i == head.i


def is_relation_of(child: "Token") -> bool:
    """Whether a child is the "of"/"for" phrase of a relation noun (no name's part): the party the relation
    is to ("the sister of X", "the victims of Y")."""
    noun = child.head
    whose = child.dep_ == "prep" and child.lower_ in RELATION_PREPS
    return whose and noun.pos_ == "NOUN" and not noun.ent_type_ and lemma_of(noun) in RELATION_NOUNS

